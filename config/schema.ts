import { z } from 'zod';
import { edgeSchema, gatewayDataPlane } from './edge-schema';
import { BINARY_QUANTITY } from './units';

/*
 * The one schema of an environment file (environments/<name>.yaml). Defaults, limits and
 * descriptions live here; `environments/environment.schema.json` is generated from it for editors.
 * Rules that span several fields are in `environmentSchema`'s refinement at the bottom.
 */

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
const DNS_NAME = /^(?=.{1,253}$)[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*$/;
const QUANTITY = /^[0-9]+(\.[0-9]+)?(m|Ki|Mi|Gi|Ti|k|M|G|T)?$/;
const DURATION = /^[0-9]+(s|m|h|d)$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const OCTET = '(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])';
const IPV4 = new RegExp(`^(${OCTET}\\.){3}${OCTET}$`);
const CIDR = new RegExp(`^(${OCTET}\\.){3}${OCTET}/([0-9]|[12][0-9]|3[0-2])$`);

const dnsLabel = (what: string) =>
  z.string().regex(DNS_LABEL, { message: `expected ${what}: a DNS label (lower-case letters, digits and '-', at most 63 characters)` });
const dnsName = (what: string) =>
  z.string().regex(DNS_NAME, { message: `expected ${what}: a DNS name (lower-case labels separated by '.')` });
const quantity = z.string().regex(QUANTITY, { message: 'expected a Kubernetes quantity such as 500m, 256Mi or 10Gi' });
const binaryQuantity = z.string().regex(BINARY_QUANTITY, { message: 'expected a whole number of Ki, Mi, Gi or Ti, such as 256Mi' });
const ipv4 = z.string().regex(IPV4, { message: 'expected an IPv4 address such as 172.20.0.1' });
const cidr = z.string().regex(CIDR, { message: 'expected an IPv4 CIDR such as 10.0.0.0/16' });
const portNumber = z.number().int().min(1).max(65535);
const duration = z.string().regex(DURATION, { message: 'expected a duration such as 15m, 24h or 30d' });

/** A container image pinned by an explicit tag (never `latest`) or a digest. */
export const imageSchema = z
  .strictObject({
    repository: z.string().min(1).describe('Image repository, for example ghcr.io/datalens/datalens-api'),
    tag: z
      .string()
      .regex(TAG, { message: 'expected an image tag' })
      .refine((tag) => tag !== 'latest', { message: "expected an explicit version tag, not 'latest'" })
      .optional()
      .describe('Explicit version tag; `latest` is refused'),
    digest: z.string().regex(DIGEST, { message: 'expected sha256:<64 hex digits>' }).optional().describe('Image digest'),
  })
  .refine((image) => image.tag !== undefined || image.digest !== undefined, {
    message: 'expected an explicit tag or digest for the image',
    path: ['tag'],
  })
  .describe('Container image pinned by tag or digest');
export type ImageConfig = z.infer<typeof imageSchema>;

const image = (repository: string, tag: string) => imageSchema.default({ repository, tag });

export const resourcesSchema = z
  .strictObject({
    cpuRequest: quantity.describe('CPU request'),
    memoryRequest: quantity.describe('Memory request'),
    cpuLimit: quantity.optional().describe('CPU limit; unset leaves CPU unthrottled (requests still schedule)'),
    memoryLimit: quantity.describe('Memory limit'),
  })
  .describe('Container requests and limits');
export type ResourcesConfig = z.infer<typeof resourcesSchema>;
const resources = (cpuRequest: string, memoryRequest: string, memoryLimit: string) =>
  resourcesSchema.default({ cpuRequest, memoryRequest, memoryLimit });

const autoscalingSchema = z
  .strictObject({
    minReplicas: z.number().int().min(1).describe('Lower bound of the HorizontalPodAutoscaler'),
    maxReplicas: z.number().int().min(1).max(100).describe('Upper bound of the HorizontalPodAutoscaler'),
    targetCpuUtilization: z.number().int().min(10).max(95).default(70).describe('Average CPU utilisation to aim for, in percent'),
  })
  .refine((a) => a.maxReplicas >= a.minReplicas, { message: 'expected maxReplicas >= minReplicas', path: ['maxReplicas'] })
  .optional()
  .describe('HorizontalPodAutoscaler bounds; omit for a fixed replica count');

const storageSchema = z
  .strictObject({
    size: quantity.describe('Requested size of each volume'),
    storageClass: z.string().min(1).optional().describe("StorageClass of each volume; unset uses the cluster's default class"),
  })
  .describe('Persistent volume settings');
const storage = (size: string) => storageSchema.default({ size });

/** A value in the environment's secret store, read through External Secrets. */
const remoteSecretSchema = z
  .strictObject({
    remoteKey: z.string().min(1).describe("Key in the secret store under the environment's secrets.keyPrefix, for example redis-url"),
    property: z.string().min(1).default('url').describe('Property of that key holding the connection URL'),
  })
  .describe('Where the connection URL (with credentials) is kept in the secret store');

const externalEndpoint = {
  host: dnsName('a host name').describe('Host name of the managed service'),
  cidr: cidr
    .default('0.0.0.0/0')
    .describe('Addresses the managed service lives in; egress is opened to this range only'),
};

const postgresSchema = z
  .discriminatedUnion('mode', [
    z.strictObject({
      mode: z.literal('statefulset').describe('One in-cluster PostgreSQL pod (development)'),
      image: image('docker.io/library/postgres', '16.10-bookworm'),
      exporterImage: image('quay.io/prometheuscommunity/postgres-exporter', 'v0.17.1'),
      database: dnsLabel('a database name').default('datalens'),
      storage: storage('10Gi'),
      resources: resources('250m', '512Mi', '1Gi'),
      sharedBuffers: binaryQuantity.default('128Mi').describe('PostgreSQL shared_buffers'),
      maxConnections: z.number().int().min(20).max(5000).default(100).describe('PostgreSQL max_connections'),
    }),
    z.strictObject({
      mode: z.literal('cloudnative-pg').describe('A CloudNativePG Cluster managed by the operator'),
      operatorNamespace: dnsLabel('a namespace name').default('cnpg-system').describe('Namespace of the CloudNativePG operator'),
      image: image('ghcr.io/cloudnative-pg/postgresql', '16.10-standard-bookworm'),
      database: dnsLabel('a database name').default('datalens'),
      instances: z.number().int().min(1).max(9).default(3).describe('PostgreSQL instances (1 primary, the rest replicas)'),
      synchronousStandbys: z
        .number()
        .int()
        .min(0)
        .max(8)
        .optional()
        .describe('Standbys that must confirm each commit (quorum, ANY n); 0 is asynchronous. Defaults to 1 in a prod environment with replicas, 0 elsewhere'),
      storage: storage('20Gi'),
      walStorage: storageSchema.optional().describe('Separate WAL volume; strongly advised for production'),
      resources: resources('500m', '1Gi', '2Gi'),
      sharedBuffers: binaryQuantity.default('256Mi').describe('PostgreSQL shared_buffers'),
      maxConnections: z.number().int().min(20).max(5000).default(200).describe('PostgreSQL max_connections'),
      pooler: z
        .strictObject({
          instances: z.number().int().min(1).max(10).default(2).describe('PgBouncer pods'),
          poolMode: z.enum(['session', 'transaction']).default('transaction'),
          defaultPoolSize: z.number().int().min(1).max(1000).default(25),
          maxClientConnections: z.number().int().min(10).max(100000).default(1000),
        })
        .prefault({})
        .describe('PgBouncer Pooler the API connects through'),
      backup: z
        .strictObject({
          serverName: dnsLabel('a server name')
            .optional()
            .describe("Folder of this cluster's archive under destinationPath; defaults to the environment's name, so copies never share an archive. Change it when re-creating or restoring a cluster (a new cluster refuses a non-empty archive)"),
          destinationPath: z
            .string()
            .regex(/^s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](\/.*)?$/, { message: 'expected s3://<bucket>/<path>' })
            .describe('Barman Cloud destination, s3://bucket/path'),
          region: z.string().min(1).describe('AWS region of the backup bucket (keeps backups in-country)'),
          retentionPolicy: z
            .string()
            .regex(/^[1-9][0-9]*[dwm]$/, { message: 'expected a retention such as 30d, 4w or 6m' })
            .default('30d'),
          schedule: z.string().default('0 0 2 * * *').describe('ScheduledBackup cron (six fields, seconds first)'),
          credentials: z
            .discriminatedUnion('type', [
              z.strictObject({ type: z.literal('irsa'), roleArn: z.string().regex(/^arn:aws:iam::[0-9]{12}:role\/.+$/) }),
              z.strictObject({ type: z.literal('secret').describe('Access keys from the secret store (key postgres-backup)') }),
            ])
            .describe('How the instances authenticate to S3'),
        })
        .optional()
        .describe('Continuous WAL archiving and base backups; required in prod'),
    }),
    z.strictObject({
      mode: z.literal('external').describe('A managed PostgreSQL outside the cluster'),
      ...externalEndpoint,
      port: z.number().int().min(1).max(65535).default(5432),
      database: dnsLabel('a database name').default('datalens'),
      urlSecret: remoteSecretSchema,
    }),
  ])
  .describe('PostgreSQL 16');

const redisSchema = z
  .discriminatedUnion('mode', [
    z.strictObject({
      mode: z.literal('statefulset'),
      image: image('docker.io/library/redis', '7.4.6-alpine'),
      exporterImage: image('docker.io/oliver006/redis_exporter', 'v1.78.0'),
      storage: storage('2Gi'),
      resources: resources('100m', '256Mi', '512Mi'),
      maxmemory: binaryQuantity.default('200Mi').describe('Redis maxmemory; keep below the memory limit'),
      maxmemoryPolicy: z
        .enum(['noeviction', 'allkeys-lru', 'volatile-lru', 'allkeys-lfu', 'volatile-lfu', 'volatile-ttl'])
        .default('volatile-lru'),
    }),
    z.strictObject({
      mode: z.literal('external').describe('A managed Redis (TLS on)'),
      ...externalEndpoint,
      port: z.number().int().min(1).max(65535).default(6379),
      urlSecret: remoteSecretSchema,
    }),
  ])
  .describe('Redis 7');

const natsSchema = z
  .strictObject({
    image: image('docker.io/library/nats', '2.11.9-alpine'),
    exporterImage: image('docker.io/natsio/prometheus-nats-exporter', '0.17.3'),
    replicas: z
      .number()
      .int()
      .min(1)
      .max(7)
      .default(1)
      .describe('1 (single node) or an odd cluster size of 3 or more for JetStream quorum'),
    storage: storage('5Gi'),
    maxFileStore: binaryQuantity.default('4Gi').describe('JetStream max_file_store; keep below the volume size'),
    maxMemoryStore: binaryQuantity.default('256Mi').describe('JetStream max_memory_store'),
    resources: resources('100m', '256Mi', '512Mi'),
  })
  .prefault({})
  .describe('NATS JetStream');

const minioCommon = {
  image: image('quay.io/minio/minio', 'RELEASE.2025-09-07T16-13-09Z'),
  clientImage: image('quay.io/minio/mc', 'RELEASE.2025-08-13T08-35-41Z'),
  bucket: dnsName('a bucket name').default('datalens-evidence'),
  region: z.string().min(1).default('ap-south-1').describe('Region name MinIO reports'),
  storage: storage('20Gi'),
  resources: resources('250m', '512Mi', '1Gi'),
  objectLockRetentionDays: z.number().int().min(1).max(36500).default(365).describe('Default COMPLIANCE-mode retention of evidence objects'),
};
const objectStoreSchema = z
  .discriminatedUnion('mode', [
    z.strictObject({ mode: z.literal('minio').describe('Single-node MinIO'), ...minioCommon }),
    z.strictObject({
      mode: z.literal('minio-distributed').describe('Distributed MinIO with erasure coding'),
      ...minioCommon,
      replicas: z.number().int().min(1).max(32).default(4).describe('MinIO pods, one drive each; 4 or more'),
    }),
    z.strictObject({
      mode: z.literal('s3').describe('An AWS S3 bucket managed outside the cluster'),
      bucket: dnsName('a bucket name'),
      region: z.string().min(1).describe('AWS region of the bucket'),
      credentials: z
        .discriminatedUnion('type', [
          z.strictObject({ type: z.literal('irsa'), roleArn: z.string().regex(/^arn:aws:iam::[0-9]{12}:role\/.+$/) }),
          z.strictObject({ type: z.literal('secret') }),
        ])
        .describe('IRSA role on the API ServiceAccount, or keys from the secret store'),
    }),
  ])
  .describe('Object storage for evidence packages');

const mailSchema = z
  .discriminatedUnion('mode', [
    z.strictObject({
      mode: z.literal('mailhog').describe('MailHog catches all mail (development only)'),
      image: image('docker.io/mailhog/mailhog', 'v1.0.1'),
    }),
    z.strictObject({
      mode: z.literal('relay').describe("The environment's SMTP relay"),
      host: dnsName('a host name'),
      port: z.number().int().min(1).max(65535).default(587),
    }),
  ])
  .describe('Outgoing mail');

const secretsSchema = z
  .discriminatedUnion('provider', [
    z.strictObject({
      provider: z.literal('placeholder').describe('Plain Secrets with placeholder values (dev tier only)'),
    }),
    z.strictObject({
      provider: z.literal('external-secrets').describe('External Secrets Operator'),
      storeKind: z.enum(['ClusterSecretStore', 'SecretStore']).default('ClusterSecretStore'),
      storeName: dnsName('a secret store name'),
      keyPrefix: z.string().min(1).describe('Prefix of the remote keys, for example datalens/prod'),
      refreshInterval: duration.default('1h'),
    }),
  ])
  .describe('Where workloads get their secrets');

/**
 * TLS between the environment's own components (issue 12): an in-namespace CA Issuer whose CA
 * certificate comes from `caIssuer` (a platform issuer that may sign intermediate CAs), or from a
 * self-signed issuer in dev. `enabled: false` is a visible dev-only opt-out.
 */
const goHours = z.string().regex(/^[1-9][0-9]*h$/, { message: 'expected a whole number of hours such as 2160h (cert-manager reads Go durations)' });
const internalTlsSchema = z
  .strictObject({
    enabled: z.boolean().default(true).describe('TLS on every internal listener; false (plaintext inside the namespace) is refused outside dev'),
    caIssuer: z
      .strictObject({
        kind: z.enum(['ClusterIssuer', 'Issuer']).default('ClusterIssuer'),
        name: dnsName('an issuer name'),
      })
      .optional()
      .describe("The cert-manager issuer that signs the environment's internal CA certificate (a CA or Vault/PCA issuer, never ACME); unset means self-signed, dev only"),
    caDuration: goHours.default('8760h').describe('Lifetime of the internal CA certificate'),
    certificateDuration: goHours.default('2160h').describe('Lifetime of each server certificate; cert-manager renews at two thirds'),
  })
  .prefault({})
  .describe('TLS inside the namespace: the internal CA and every server certificate it signs');

const browserOrigin = z.string().regex(/^https?:\/\/[a-z0-9.-]+(:[0-9]+)?$/, { message: 'expected an origin such as https://cc.example.com' });

const thresholdsSchema = z
  .strictObject({
    apiErrorRatio: z.number().min(0).max(1).default(0.05).describe('5xx share of API requests that alerts'),
    apiLatencyP99Seconds: z.number().positive().default(1).describe('API p99 latency that alerts'),
    pvcUsedRatio: z.number().min(0.5).max(0.99).default(0.85).describe('Volume fill level that alerts'),
    replicationLagSeconds: z.number().positive().default(30),
    backupAgeHours: z.number().positive().default(26).describe('Age of the last successful base backup that alerts'),
    walArchiveAgeSeconds: z.number().int().min(360).default(900).describe('Time since the last archived WAL segment that alerts while segments wait to be archived'),
    jetstreamStorageRatio: z.number().min(0.5).max(0.99).default(0.8),
    redisMemoryRatio: z.number().min(0.5).max(0.99).default(0.9),
  })
  .prefault({});

export const environmentSchema = z
  .strictObject({
    tier: z.enum(['dev', 'staging', 'prod']).describe('Which rules apply: dev allows placeholders, prod demands redundancy'),
    cluster: dnsLabel('a cluster name').describe('The cluster the environment runs on: the name of a file clusters/<name>.yaml'),
    namespace: dnsLabel('a namespace name').describe('Namespace all objects of the environment live in'),
    domain: dnsName('a domain').describe('Base domain; hosts are cc., admin., portal. and api. under it'),
    images: z.strictObject({ api: imageSchema, frontend: imageSchema }).describe('Application images'),
    api: z
      .strictObject({
        replicas: z.number().int().min(1).max(50).default(2),
        resources: resources('250m', '256Mi', '512Mi'),
        autoscaling: autoscalingSchema,
        jwtExpiry: duration.default('15m'),
        jwtRefreshExpiry: duration.default('168h'),
        apiVersion: z.string().regex(/^v[0-9]+$/).default('v1').describe('API_VERSION the API serves'),
        migrateCommand: z
          .array(z.string().min(1))
          .min(1)
          .default(['/app/datalens-api', 'migrate', 'up', '--dir', '/migrations'])
          .describe('Command of the migration Job (same image as the API)'),
        aiProviders: z
          .array(z.enum(['openai', 'anthropic']))
          .default([])
          .describe('Optional AI providers whose keys the API receives'),
      })
      .prefault({})
      .describe('DataLens API'),
    frontend: z
      .strictObject({
        replicas: z.number().int().min(1).max(50).default(2),
        resources: resources('50m', '64Mi', '128Mi'),
        autoscaling: autoscalingSchema,
      })
      .prefault({})
      .describe('Frontend (nginx serving the SPA)'),
    edge: edgeSchema,
    cors: z
      .strictObject({ allowedOrigins: z.array(browserOrigin).min(1).describe('Origins of the cc., admin. and portal. browser hosts') })
      .describe('CORS origins the API allows for its own browser hosts (widgets are configured per widget in the API)'),
    aws: z.strictObject({ region: z.string().min(1).default('ap-south-1') }).prefault({}),
    fromEmail: z.email().describe('FROM_EMAIL of outgoing mail'),
    secrets: secretsSchema,
    internalTls: internalTlsSchema,
    data: z
      .strictObject({ postgres: postgresSchema, redis: redisSchema, nats: natsSchema, objectStore: objectStoreSchema, mail: mailSchema })
      .describe('Data services: in the cluster or managed outside'),
    monitoring: z
      .strictObject({
        namespace: dnsLabel('a namespace name').default('monitoring'),
        prometheusLabels: z.record(z.string(), z.string()).default({ release: 'kube-prometheus-stack' }).describe('Labels the Prometheus selects monitors and rules by'),
        grafanaDashboardLabel: z.string().default('grafana_dashboard').describe("Label Grafana's dashboard sidecar discovers"),
        thresholds: thresholdsSchema,
      })
      .prefault({}),
    argocd: z
      .strictObject({
        repoURL: z.string().regex(/^(https:\/\/|git@|ssh:\/\/)\S+$/, { message: 'expected a git repository URL' }),
        targetRevision: z.string().min(1).default('main'),
        automated: z.boolean().describe('Automated sync with self-heal and prune; false syncs on demand'),
      })
      .describe('How Argo CD deploys this environment'),
  })
  .superRefine((env, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const platform = [
      ...(env.edge.mode === 'gateway' ? [] : [env.edge.ingress.controller.namespace]),
      ...(env.edge.gateway ? [gatewayDataPlane(env.edge.gateway, env.namespace).namespace] : []),
      ...(env.edge.gateway?.parentRef ? [env.edge.gateway.parentRef.namespace] : []),
      env.monitoring.namespace,
      ...(env.data.postgres.mode === 'cloudnative-pg' ? [env.data.postgres.operatorNamespace] : []),
    ];
    if (RESERVED_NAMESPACES.includes(env.namespace) || env.namespace.startsWith('kube-') || platform.includes(env.namespace))
      issue(['namespace'], `expected a namespace of DataLens's own, not ${env.namespace}: system and platform namespaces would get this environment's default-deny policies`);
    if (env.tier === 'prod' && env.api.replicas < 2) issue(['api', 'replicas'], 'expected at least 2 API replicas in a prod environment');
    if (env.tier === 'prod' && env.api.autoscaling && env.api.autoscaling.minReplicas < 2)
      issue(['api', 'autoscaling', 'minReplicas'], 'expected at least 2 API replicas in a prod environment');
    if (env.tier !== 'dev' && env.secrets.provider === 'placeholder')
      issue(['secrets', 'provider'], `expected external-secrets: placeholder Secrets are allowed in the dev tier only, not ${env.tier}`);
    if (env.tier !== 'dev' && env.data.mail.mode === 'mailhog') issue(['data', 'mail', 'mode'], 'expected relay: MailHog is for the dev tier only');
    const nats = env.data.nats.replicas;
    if (nats > 1 && (nats < 3 || nats % 2 === 0))
      issue(['data', 'nats', 'replicas'], `expected 1 or an odd number of at least 3 for a JetStream cluster, got ${nats}`);
    if (env.tier === 'prod' && nats < 3) issue(['data', 'nats', 'replicas'], 'expected a NATS cluster of at least 3 in a prod environment');
    const store = env.data.objectStore;
    if (store.mode === 'minio-distributed' && store.replicas < 4)
      issue(['data', 'objectStore', 'replicas'], `expected at least 4 pods for erasure-coded MinIO, got ${store.replicas}`);
    const pg = env.data.postgres;
    if (pg.mode === 'cloudnative-pg' && env.tier === 'prod') {
      if (!pg.backup) issue(['data', 'postgres', 'backup'], 'expected a backup target: a prod CloudNativePG cluster must archive WAL and take base backups');
      if (pg.instances < 3) issue(['data', 'postgres', 'instances'], 'expected at least 3 instances in a prod environment');
    }
    if (pg.mode === 'cloudnative-pg' && (pg.synchronousStandbys ?? 0) > pg.instances - 1)
      issue(['data', 'postgres', 'synchronousStandbys'], `expected at most ${pg.instances - 1} (instances - 1) synchronous standbys, got ${pg.synchronousStandbys}`);
    if (pg.mode === 'statefulset' && env.tier === 'prod') issue(['data', 'postgres', 'mode'], 'expected cloudnative-pg or external in a prod environment');
    if (env.secrets.provider === 'placeholder') {
      if (pg.mode === 'external') issue(['data', 'postgres', 'mode'], 'expected statefulset or cloudnative-pg: an external database needs the external-secrets provider');
      if (env.data.redis.mode === 'external') issue(['data', 'redis', 'mode'], 'expected statefulset: an external Redis needs the external-secrets provider');
    }
    if (env.tier !== 'dev' && !env.internalTls.enabled) issue(['internalTls', 'enabled'], `expected true: plaintext between components is allowed in the dev tier only, not ${env.tier}`);
    if (env.tier !== 'dev' && env.internalTls.enabled && !env.internalTls.caIssuer)
      issue(['internalTls', 'caIssuer'], `expected an issuer for the internal CA: a self-signed CA is for the dev tier only, not ${env.tier}`);
    const hosts = new Set(env.cors.allowedOrigins);
    if (hosts.size !== env.cors.allowedOrigins.length) issue(['cors', 'allowedOrigins'], 'expected each origin once');
    if (env.tier !== 'dev')
      env.cors.allowedOrigins.forEach((origin, i) => {
        if (!origin.startsWith('https://')) issue(['cors', 'allowedOrigins', i], `expected an https:// origin outside dev, got ${origin}`);
      });
  });

/** Namespaces of Kubernetes itself, never an environment's. */
export const RESERVED_NAMESPACES: readonly string[] = ['default', 'kube-system', 'kube-public', 'kube-node-lease'];

export const NETWORK_POLICY_ENGINES = ['amazon-vpc-cni', 'calico', 'cilium', 'kube-network-policies'] as const;

/** A cluster environments run on (clusters/<name>.yaml): what its pods, its policy engine and Argo CD need to know. */
export const clusterSchema = z
  .strictObject({
    description: z.string().min(1).describe('What the cluster is, for readers of the bootstrap'),
    kubernetesApi: z
      .strictObject({
        serviceAddress: ipv4.describe(
          'ClusterIP of the default/kubernetes Service (KUBERNETES_SERVICE_HOST): the address pods connect to, and what engines that evaluate policies before the Service DNAT (Amazon VPC CNI) match',
        ),
        servicePort: portNumber.default(443).describe('Port of the default/kubernetes Service'),
        endpointCidrs: z
          .array(cidr)
          .min(1)
          .describe('Ranges holding the API server endpoints (kubectl get endpoints kubernetes): what engines that evaluate after the DNAT (Calico, Cilium, kindnet) match; keep them as narrow as the control-plane subnets'),
        endpointPort: portNumber.default(443).describe('Port the API server endpoints listen on (443 on EKS, 6443 on kind and kubeadm)'),
      })
      .describe('How pods reach the Kubernetes API (CloudNativePG instances, jobs and poolers call it)'),
    networkPolicy: z
      .strictObject({
        engine: z.enum(NETWORK_POLICY_ENGINES).describe('What enforces NetworkPolicies; without one every policy is inert'),
      })
      .describe('The NetworkPolicy engine'),
    dns: z
      .strictObject({
        nodeLocalAddress: ipv4.optional().describe('Address of NodeLocal DNSCache (usually 169.254.20.10) when the cluster runs it'),
      })
      .prefault({})
      .describe('Cluster DNS'),
    argocd: z
      .strictObject({
        namespace: dnsLabel('a namespace name').default('argocd').describe('Namespace of the Argo CD that deploys to this cluster'),
        server: z.url().default('https://kubernetes.default.svc').describe('API server of the cluster as registered in that Argo CD (in-cluster by default)'),
        targetRevision: z.string().min(1).default('main').describe("Revision the cluster's root Application reads the Applications from (each Application pins its own environment's revision)"),
      })
      .prefault({})
      .describe('The Argo CD that deploys to the cluster'),
  })
  .describe('A Kubernetes cluster DataLens environments run on');

export type ClusterConfig = z.infer<typeof clusterSchema>;

/** A cluster as the charts receive it: its name (the file name) plus its settings. */
export interface Cluster {
  readonly name: string;
  readonly config: ClusterConfig;
}

/** A validated environment file, with every default filled in. */
export type EnvironmentConfig = z.infer<typeof environmentSchema>;
export type PostgresConfig = EnvironmentConfig['data']['postgres'];
export type RedisConfig = EnvironmentConfig['data']['redis'];
export type NatsConfig = EnvironmentConfig['data']['nats'];
export type ObjectStoreConfig = EnvironmentConfig['data']['objectStore'];

/** An environment as the charts receive it: its name (the file name), its settings and its cluster. */
export interface Environment {
  readonly name: string;
  readonly config: EnvironmentConfig;
  readonly cluster: Cluster;
}
