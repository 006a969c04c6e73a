export * from "./Certificate";
