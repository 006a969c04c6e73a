export * from "./Certificate";
export * from "./Issuer";
