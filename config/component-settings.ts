import type { z } from 'zod';
import { clusterSchema, environmentSchema, type Environment } from './schema';

/*
 * The settings a construct takes, as a cdk8s user writes them: the environment file's section for
 * that component with every field that has a default left optional. The defaults are the schema's
 * (config/schema.ts), applied by `settingsWithDefaults`, so the environment files and the
 * constructs cannot disagree on them.
 */

const data = environmentSchema.shape.data.shape;
const settingsSchemas = {
  postgres: data.postgres,
  redis: data.redis,
  nats: data.nats,
  objectStore: data.objectStore,
  api: environmentSchema.shape.api,
  frontend: environmentSchema.shape.frontend,
};
type SettingsSchemas = typeof settingsSchemas;
type Section = keyof SettingsSchemas;

/** A component's settings with its defaults optional (what a construct's `config` prop takes). */
export type SettingsInput<S extends Section> = z.input<SettingsSchemas[S]>;
/** A component's settings with every default filled in (what the construct reads). */
export type Settings<S extends Section> = z.output<SettingsSchemas[S]>;

export type PostgresSettings = SettingsInput<'postgres'>;
export type RedisSettings = SettingsInput<'redis'>;
export type NatsSettings = SettingsInput<'nats'>;
export type ObjectStoreSettings = SettingsInput<'objectStore'>;
export type ApiSettings = SettingsInput<'api'>;
export type FrontendSettings = SettingsInput<'frontend'>;

/** Each section as an environment holds it. */
function sectionOf<S extends Section>(environment: Environment, section: S): Settings<S> {
  const { config } = environment;
  const sections: { [K in Section]: Settings<K> } = {
    postgres: config.data.postgres,
    redis: config.data.redis,
    nats: config.data.nats,
    objectStore: config.data.objectStore,
    api: config.api,
    frontend: config.frontend,
  };
  return sections[section];
}

/**
 * `input` with the schema's defaults filled in and validated as an environment file's section is.
 * The section of the construct's own environment (`environment`, the chart's) is taken as it is:
 * whoever made that environment validated it whole, cross-field rules included (the loader), or
 * made it on purpose (the Helm chart's sentinel rendering puts markers where values go, and a
 * second parse here would refuse them). A value that does not fit fails with one line per
 * problem, naming the construct and the field.
 */
export function settingsWithDefaults<S extends Section>(section: S, input: SettingsInput<S>, where: string, environment: Environment): Settings<S> {
  if (input === sectionOf(environment, section)) return input as Settings<S>;
  const parsed = settingsSchemas[section].safeParse(input);
  if (parsed.success) return parsed.data as Settings<S>;
  const problems = parsed.error.issues.map((issue) => `${where}: config${issue.path.map((key) => `.${String(key)}`).join('')}: ${issue.message}`);
  throw new Error(problems.join('\n'));
}

/**
 * The environment a construct outside an environment chart (in a plain cdk8s `Chart`) builds for:
 * a development-tier environment named after `namespace`, with placeholder Secrets and every other
 * setting at the schema's default. The values the schema requires and has no default for are the
 * least committal ones: an example.com domain, no automated sync, a kind-like cluster.
 */
export function defaultEnvironment(namespace: string): Environment {
  const unpinned = (name: string) => ({ repository: `ghcr.io/datalens/${name}`, tag: 'unset' });
  const domain = 'example.com';
  const config = environmentSchema.parse({
    tier: 'dev',
    cluster: 'default',
    namespace,
    domain,
    // Api and Frontend take their image from their props: these only satisfy the schema, and are no
    // pins for the images table or Renovate
    images: { api: unpinned('datalens-api'), frontend: unpinned('datalens-frontend') },
    edge: { mode: 'ingress', tls: { kind: 'ClusterIssuer', name: 'selfsigned', challenge: 'none' } },
    cors: { allowedOrigins: [`https://cc.${domain}`] },
    fromEmail: `no-reply@${domain}`,
    secrets: { provider: 'placeholder' },
    data: { postgres: { mode: 'statefulset' }, redis: { mode: 'statefulset' }, objectStore: { mode: 'minio' }, mail: { mode: 'mailhog' } },
    argocd: { repoURL: `https://${domain}/datalens-k8s.git`, automated: false },
  } satisfies z.input<typeof environmentSchema>);
  const cluster = clusterSchema.parse({
    description: 'The cluster of a construct used outside an environment chart',
    kubernetesApi: { serviceAddress: '10.96.0.1', endpointCidrs: ['172.18.0.0/16'], endpointPort: 6443 },
    networkPolicy: { engine: 'kube-network-policies' },
  });
  return { name: namespace, config, cluster: { name: 'default', config: cluster } };
}
