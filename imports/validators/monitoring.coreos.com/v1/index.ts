export * from "./ServiceMonitor";
export * from "./PodMonitor";
export * from "./PrometheusRule";
