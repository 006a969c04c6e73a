export * from "./Gateway";
export * from "./HTTPRoute";
