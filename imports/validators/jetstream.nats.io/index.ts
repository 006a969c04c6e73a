export * as v1beta2 from "./v1beta2/index";
export * as v1beta1 from "./v1beta1/index";
