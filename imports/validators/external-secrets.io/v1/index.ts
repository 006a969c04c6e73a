export * from "./ExternalSecret";
