export * from "./Stream";
export * from "./Consumer";
export * from "./Account";
export * from "./KeyValue";
export * from "./ObjectStore";
