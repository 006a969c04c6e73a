import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { clusterSchema, environmentSchema, type Cluster, type Environment } from '../../config/schema';
import type { RenderedEnvironment } from '../../synth/render';
import type { Manifest } from '../../synth/manifest';
import { renderEnvironment } from '../../synth/render';

type Tree = { [key: string]: unknown };

/** The file of the cluster test environments run on: EKS-like, its API Service and endpoints apart. */
export const TEST_CLUSTER_FILE: Tree = {
  description: 'test cluster',
  kubernetesApi: { serviceAddress: '172.20.0.1', endpointCidrs: ['10.0.0.0/28'] },
  networkPolicy: { engine: 'amazon-vpc-cni' },
};

export const TEST_CLUSTER: Cluster = { name: 'test-cluster', config: clusterSchema.parse(TEST_CLUSTER_FILE) };

/**
 * Writes a checkout's data under `root`: environments/<name>.yaml for each environment and
 * clusters/<name>.yaml for each cluster (the test cluster unless given).
 */
export function writeProject(root: string, environments: Record<string, Tree>, clusters: Record<string, Tree> = { [TEST_CLUSTER.name]: TEST_CLUSTER_FILE }): void {
  for (const [folder, files] of [
    ['environments', environments],
    ['clusters', clusters],
  ] as const) {
    mkdirSync(join(root, folder), { recursive: true });
    for (const [name, tree] of Object.entries(files)) writeFileSync(join(root, folder, `${name}.yaml`), stringify(tree));
  }
}

/** The smallest valid dev environment; tests override what they look at. */
export const DEV_BASE: Tree = {
  tier: 'dev',
  cluster: TEST_CLUSTER.name,
  namespace: 'datalens-test',
  domain: 'test.example.com',
  images: { api: { repository: 'registry.example.com/api', tag: '1.2.3' }, frontend: { repository: 'registry.example.com/web', tag: '1.2.3' } },
  edge: { mode: 'ingress', tls: { name: 'selfsigned' } },
  cors: { allowedOrigins: ['https://cc.test.example.com', 'https://admin.test.example.com', 'https://portal.test.example.com'] },
  fromEmail: 'no-reply@test.example.com',
  secrets: { provider: 'placeholder' },
  data: { postgres: { mode: 'statefulset' }, redis: { mode: 'statefulset' }, objectStore: { mode: 'minio' }, mail: { mode: 'mailhog' } },
  argocd: { repoURL: 'https://git.example.com/datalens-k8s.git', automated: true },
};

/** A production-shaped environment: operators, managed services, external secrets. */
export const PROD_BASE: Tree = {
  ...DEV_BASE,
  tier: 'prod',
  namespace: 'datalens-prod-test',
  api: { replicas: 3, autoscaling: { minReplicas: 3, maxReplicas: 6 } },
  frontend: { replicas: 2 },
  secrets: { provider: 'external-secrets', storeName: 'vault', keyPrefix: 'datalens/test' },
  internalTls: { caIssuer: { kind: 'ClusterIssuer', name: 'platform-internal-ca' } },
  data: {
    postgres: {
      mode: 'cloudnative-pg',
      instances: 3,
      walStorage: { size: '5Gi' },
      backup: { destinationPath: 's3://backups/pg', region: 'ap-south-1', credentials: { type: 'irsa', roleArn: 'arn:aws:iam::123456789012:role/pg' } },
    },
    redis: { mode: 'external', host: 'redis.example.com', cidr: '10.1.0.0/16', urlSecret: { remoteKey: 'redis-url' } },
    nats: { replicas: 3 },
    objectStore: { mode: 's3', bucket: 'evidence-test', region: 'ap-south-1', credentials: { type: 'irsa', roleArn: 'arn:aws:iam::123456789012:role/api' } },
    mail: { mode: 'relay', host: 'smtp.example.com' },
  },
  argocd: { repoURL: 'https://git.example.com/datalens-k8s.git', automated: false },
};

function isTree(value: unknown): value is Tree {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `base` with `overrides` merged in: objects merge, anything else replaces, `undefined` removes a
 * key, and an object switching to another `mode` replaces the base object whole.
 */
export function merge(base: Tree, overrides: Tree): Tree {
  const out: Tree = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete out[key];
    else {
      const previous = base[key];
      const sameShape = isTree(value) && isTree(previous) && (value.mode === undefined || value.mode === previous.mode);
      out[key] = sameShape ? merge(previous as Tree, value as Tree) : value;
    }
  }
  return out;
}

export function environment(overrides: Tree = {}, base: Tree = DEV_BASE, name = 'test', cluster: Cluster = TEST_CLUSTER): Environment {
  return { name, config: environmentSchema.parse(merge(base, overrides)), cluster };
}

export function render(overrides: Tree = {}, base: Tree = DEV_BASE): RenderedEnvironment {
  return renderEnvironment(environment(overrides, base));
}

export function manifests(rendered: RenderedEnvironment): Manifest[] {
  return rendered.files.flatMap((f) => f.manifests);
}

/** The one object of `kind` named `name`; fails the test when it is missing. */
export function find(rendered: RenderedEnvironment, kind: string, name: string): any {
  const found = manifests(rendered).find((m) => m.kind === kind && m.metadata.name === name);
  if (!found) throw new Error(`no ${kind}/${name} in ${manifests(rendered).map((m) => `${m.kind}/${m.metadata.name}`).join(', ')}`);
  return found;
}

export function kinds(rendered: RenderedEnvironment, kind: string): any[] {
  return manifests(rendered).filter((m) => m.kind === kind);
}

/** Env vars of the first container of a workload, as name → EnvVar. */
export function envOf(workload: any): Record<string, any> {
  return Object.fromEntries((workload.spec.template.spec.containers[0].env ?? []).map((e: any) => [e.name, e]));
}
