export * as argoprojIo from "./argoproj.io/index";
export * as monitoringCoreosCom from "./monitoring.coreos.com/index";
export * as certManagerIo from "./cert-manager.io/index";
export * as externalSecretsIo from "./external-secrets.io/index";
export * as postgresqlCnpgIo from "./postgresql.cnpg.io/index";
export * as barmancloudCnpgIo from "./barmancloud.cnpg.io/index";
export * as gatewayNetworkingK8sIo from "./gateway.networking.k8s.io/index";
export * as jetstreamNatsIo from "./jetstream.nats.io/index";
