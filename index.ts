/**
 * The DataLens constructs as a cdk8s library. Each works in a plain cdk8s `Chart`: its objects go
 * into the chart's namespace and every setting left out takes the environment schema's default.
 * `DatalensChart` composes a whole environment from a validated environment file, as `npm run
 * synth` does (main.ts).
 *
 *   const chart = new Chart(new App(), 'shop', { namespace: 'shop' });
 *   new Redis(chart, 'Cache', { config: { mode: 'statefulset', maxmemory: '100Mi' } });
 */
export { Api, type ApiProps } from './components/api';
export { Frontend, type FrontendProps } from './components/frontend';
export { Postgres, type PostgresProps } from './components/postgres';
export { Redis, type RedisProps } from './components/redis';
export { Nats, type NatsProps } from './components/nats';
export { Minio, type MinioProps, type MinioSettings } from './components/minio';
export { S3Bucket, type S3BucketProps } from './components/s3-bucket';
export { MailHog, type MailHogProps } from './components/mailhog';
export { SmtpRelay, type SmtpRelayProps } from './components/smtp-relay';
export { Edge, type EdgeProps } from './components/edge/edge';
export type { Route } from './components/edge/route';
export type { EvidenceStore } from './components/evidence-store';
export type { MailTransport } from './components/mail-transport';
export { DatalensChart, type DatalensChartProps } from './charts/datalens-chart';
export { ClusterBootstrapChart, type ClusterBootstrapChartProps } from './charts/cluster-bootstrap-chart';
export { FluxBootstrapChart, type FluxBootstrapChartProps } from './charts/flux-bootstrap-chart';
export {
  defaultEnvironment,
  type ApiSettings,
  type FrontendSettings,
  type NatsSettings,
  type ObjectStoreSettings,
  type PostgresSettings,
  type RedisSettings,
} from './config/component-settings';
export type { Environment, EnvironmentConfig, ImageConfig } from './config/schema';
