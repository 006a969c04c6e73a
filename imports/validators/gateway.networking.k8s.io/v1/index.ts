export * from "./Gateway";
export * from "./HTTPRoute";
export * from "./BackendTLSPolicy";
