export * from "./Stream";
export * from "./Consumer";
export * from "./StreamTemplate";
