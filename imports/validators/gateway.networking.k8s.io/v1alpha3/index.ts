export * from "./BackendTLSPolicy";
