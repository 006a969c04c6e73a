export * as v1 from "./v1/index";
export * as v1beta1 from "./v1beta1/index";
export * as v1alpha3 from "./v1alpha3/index";
