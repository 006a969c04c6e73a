export * from "./Application";
export * from "./AppProject";
