export * from "./Cluster";
export * from "./Pooler";
export * from "./ScheduledBackup";
