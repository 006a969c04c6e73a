export * from "./Application";
export * from "./AppProject";
export * from "./ApplicationSet";
