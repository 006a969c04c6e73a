import { z } from 'zod';
import { edgeSchema, gatewayDataPlane } from './edge-schema';
import { argocdEnvironmentFields, clusterGitopsFields } from './gitops-schema';
import { quantityValue } from './quantities';
import { API_STREAMS, streamProblems, streamSchema } from './jetstream-schema';
import { cronSchedule, isStandby, recoverySchema, restoreDrillSchema } from './postgres-recovery-schema';
import { awsRegion, binaryQuantity, CIDR, iamRoleArn, imageTag, s3Path, cidr, cpuQuantity, dnsLabel, dnsName, duration, gitRevision, ipv4, labelKey, labelValue, memoryQuantity, portNumber, storageClassName, storageSize } from './fields';
import { podsSchema, type PodComponent } from './pod-settings-schema';
import { previewsSchema } from './previews-schema';

/*
 * The one schema of an environment file (environments/<name>.yaml). Defaults, limits and
 * descriptions live here; `environments/environment.schema.json` is generated from it for editors.
 * Rules that span several fields are in `environmentSchema`'s refinement at the bottom.
 */

const DIGEST = /^sha256:[a-f0-9]{64}$/;


/*
 * Image references by the grammar of the distribution project (what registries and kubelets
 * parse): an optional registry host (with port), then lower-case path components.
 */
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const REPOSITORY_SOURCE = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*(?::[0-9]+)?/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*`;
const REPOSITORY = new RegExp(`^${REPOSITORY_SOURCE}$`);
/** A repository with a tag or digest written into it (`repo:latest`), which would bypass the checks of `tag`. */
const TAGGED_REPOSITORY = new RegExp(`^${REPOSITORY_SOURCE}(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}|@[A-Za-z0-9+._-]+:[A-Za-z0-9=_-]+)$`);

/** A container image pinned by an explicit tag (never `latest`) or a digest. */
export const imageSchema = z
  .strictObject({
    repository: z
      .string()
      .max(255, { message: 'expected an image repository of at most 255 characters', abort: true })
      .refine((repository) => !TAGGED_REPOSITORY.test(repository), {
        message: 'expected the repository alone: write its tag or digest in tag or digest, where they are checked',
        abort: true,
      })
      .regex(REPOSITORY, {
        message: 'expected an image repository such as ghcr.io/datalens/datalens-api: an optional registry host, then lower-case path components',
      })
      .describe('Image repository, for example ghcr.io/datalens/datalens-api; the tag or digest goes in tag or digest'),
    tag: imageTag
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
    cpuRequest: cpuQuantity.describe('CPU request'),
    memoryRequest: memoryQuantity.describe('Memory request'),
    cpuLimit: cpuQuantity.optional().describe('CPU limit; unset leaves CPU unthrottled (requests still schedule)'),
    memoryLimit: memoryQuantity.describe('Memory limit'),
  })
  .superRefine((r, ctx) => {
    // the API server refuses a container whose request is above its limit (an invalid limit has its own problem)
    if (quantityValue(r.memoryLimit) >= 1 && quantityValue(r.memoryRequest) > quantityValue(r.memoryLimit))
      ctx.addIssue({ code: 'custom', path: ['memoryRequest'], message: `expected at most memoryLimit (${r.memoryLimit}): Kubernetes refuses a request above its limit` });
    if (r.cpuLimit !== undefined && quantityValue(r.cpuLimit) > 0 && quantityValue(r.cpuRequest) > quantityValue(r.cpuLimit))
      ctx.addIssue({ code: 'custom', path: ['cpuRequest'], message: `expected at most cpuLimit (${r.cpuLimit}): Kubernetes refuses a request above its limit` });
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
    size: storageSize.describe('Requested size of each volume'),
    storageClass: storageClassName.optional().describe("StorageClass of each volume; unset uses the cluster's default class"),
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
  cidr: z
    .string({ error: (issue) => (issue.input === undefined ? "expected the service's address range (its subnets, such as 10.10.8.0/22, or 0.0.0.0/0 for a service on the internet)" : undefined) })
    .regex(CIDR, { message: 'expected an IPv4 CIDR such as 10.0.0.0/16' })
    .describe(
    "Addresses the managed service lives in (its subnets, never the cluster's whole network); egress is opened to this range on its port only. 0.0.0.0/0 means a service on the internet: private ranges stay closed",
  ),
};

/** A copy of a bucket in another region, kept by S3 replication configured outside Kubernetes. */
const crossRegionCopySchema = z
  .strictObject({
    bucket: dnsName('a bucket name').describe('The bucket the objects are replicated to'),
    region: z.string().min(1).describe('Its AWS region (in India: ap-south-2, Hyderabad, keeps the data in-country)'),
  })
  .describe('S3 Cross-Region Replication to a bucket in another region, configured on the bucket outside Kubernetes (listed in PREREQUISITES.md)');

const postgresSchema = z
  .discriminatedUnion('mode', [
    z.strictObject({
      mode: z.literal('statefulset').describe('One in-cluster PostgreSQL pod (development)'),
      image: image('docker.io/library/postgres', '16.15-bookworm'),
      exporterImage: image('quay.io/prometheuscommunity/postgres-exporter', 'v0.17.1'),
      database: dnsLabel('a database name').default('datalens').describe('Database the API uses'),
      storage: storage('10Gi'),
      resources: resources('250m', '512Mi', '1Gi'),
      sharedBuffers: binaryQuantity.default('128Mi').describe('PostgreSQL shared_buffers'),
      maxConnections: z.number().int().min(20).max(5000).default(100).describe('PostgreSQL max_connections'),
    }),
    z.strictObject({
      mode: z.literal('cloudnative-pg').describe('A CloudNativePG Cluster managed by the operator'),
      operatorNamespace: dnsLabel('a namespace name').default('cnpg-system').describe('Namespace of the CloudNativePG operator'),
      image: image('ghcr.io/cloudnative-pg/postgresql', '16.15-standard-bookworm'),
      database: dnsLabel('a database name').default('datalens').describe('Database the API uses'),
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
      backupSidecarResources: resources('50m', '128Mi', '512Mi').describe('Requests and limits of the Barman Cloud plugin sidecar in each instance (WAL archiving, backups)'),
      sharedBuffers: binaryQuantity.default('256Mi').describe('PostgreSQL shared_buffers'),
      maxConnections: z.number().int().min(20).max(5000).default(200).describe('PostgreSQL max_connections'),
      pooler: z
        .strictObject({
          instances: z.number().int().min(1).max(10).default(2).describe('PgBouncer pods'),
          poolMode: z.enum(['session', 'transaction']).default('transaction').describe('PgBouncer pool_mode: a server connection per transaction, or per client session'),
          defaultPoolSize: z.number().int().min(1).max(1000).default(25).describe('PgBouncer default_pool_size: server connections per user and database'),
          maxClientConnections: z.number().int().min(10).max(100000).default(1000).describe('PgBouncer max_client_conn: client connections accepted'),
          resources: resources('100m', '64Mi', '256Mi'),
        })
        .prefault({})
        .describe('PgBouncer Pooler the API connects through'),
      backup: z
        .strictObject({
          serverName: dnsLabel('a server name')
            .optional()
            .describe("Folder of this cluster's archive under destinationPath; defaults to the environment's name, so copies never share an archive. Change it when re-creating or restoring a cluster (a new cluster refuses a non-empty archive)"),
          destinationPath: s3Path.describe('Barman Cloud destination, s3://bucket/path'),
          region: awsRegion.describe('AWS region of the backup bucket (keeps backups in-country)'),
          retentionPolicy: z
            .string()
            .regex(/^[1-9][0-9]*[dwm]$/, { message: 'expected a retention such as 30d, 4w or 6m' })
            .default('30d')
            .describe('How long base backups and WAL are kept (days, weeks or months)'),
          schedule: z
            .string()
            .superRefine((schedule, ctx) => {
              const problem = cronProblem(schedule);
              if (problem)
                ctx.addIssue({ code: 'custom', message: `expected a cron schedule of six fields, seconds first, such as 0 0 2 * * * (02:00 daily), or a descriptor such as @daily: ${problem}` });
            })
            .default('0 0 2 * * *')
            .describe('ScheduledBackup cron (six fields, seconds first, as robfig/cron reads them; or @daily, @every 12h)'),
          credentials: z
            .discriminatedUnion('type', [
              z.strictObject({ type: z.literal('irsa').describe('An IAM role for the instances\' ServiceAccount (IRSA)'), roleArn: iamRoleArn }),
              z.strictObject({ type: z.literal('secret').describe('Access keys from the secret store (key postgres-backup)') }),
            ])
            .describe('How the instances authenticate to S3'),
          crossRegionCopy: crossRegionCopySchema.optional(),
        })
        .optional()
        .describe('Continuous WAL archiving and base backups; required in prod'),
      recovery: recoverySchema.optional(),
      restoreDrill: restoreDrillSchema.optional(),
    }),
    z.strictObject({
      mode: z.literal('external').describe('A managed PostgreSQL outside the cluster'),
      ...externalEndpoint,
      port: portNumber.default(5432).describe('Port of the managed PostgreSQL'),
      database: dnsLabel('a database name').default('datalens').describe('Database the API uses'),
      urlSecret: remoteSecretSchema,
    }),
  ])
  .describe('PostgreSQL 16');

const redisSchema = z
  .discriminatedUnion('mode', [
    z.strictObject({
      mode: z.literal('statefulset').describe('One in-cluster Redis pod with a volume'),
      image: image('docker.io/library/redis', '7.4.7-alpine'),
      exporterImage: image('docker.io/oliver006/redis_exporter', 'v1.78.0'),
      storage: storage('2Gi'),
      resources: resources('100m', '256Mi', '512Mi'),
      maxmemory: binaryQuantity.default('200Mi').describe('Redis maxmemory; keep below the memory limit'),
      maxmemoryPolicy: z
        .enum(['noeviction', 'allkeys-lru', 'volatile-lru', 'allkeys-lfu', 'volatile-lfu', 'volatile-ttl'])
        .default('volatile-lru')
        .describe('Redis maxmemory-policy: which keys go when maxmemory is reached'),
    }),
    z.strictObject({
      mode: z.literal('external').describe('A managed Redis (TLS on)'),
      ...externalEndpoint,
      port: portNumber.default(6379).describe('Port of the managed Redis'),
      urlSecret: remoteSecretSchema,
    }),
  ])
  .describe('Redis 7');

const natsSchema = z
  .strictObject({
    image: image('docker.io/library/nats', '2.11.17-alpine'),
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
    streams: z
      .array(streamSchema)
      .default(API_STREAMS)
      .describe('JetStream streams, provisioned as NACK Stream resources; default: the streams the API uses (SCANS, DSR, EVENTS)'),
    streamController: z
      .strictObject({
        namespace: dnsLabel('a namespace name').default('nack').describe('Namespace of the NATS JetStream controller (NACK)'),
        podLabels: z
          .record(z.string(), z.string())
          .default({ app: 'nack' })
          .describe("Labels of its pods (the nack chart's legacy labels for a release named nack), admitted to NATS"),
      })
      .prefault({})
      .describe('The NATS JetStream controller (NACK 0.22, started with -crd-connect) that creates and updates the streams'),
  })
  .prefault({})
  .describe('NATS JetStream');

/** A scheduled copy of the MinIO bucket to an S3 endpoint in another region. */
const minioMirrorSchema = z
  .strictObject({
    endpoint: z.url({ protocol: /^https$/ }).describe('S3 endpoint of the copy, such as https://s3.ap-south-2.amazonaws.com or another site\'s MinIO'),
    bucket: dnsName('a bucket name').describe('Bucket of the copy; created by the platform with versioning and object lock'),
    cidr: cidr.default('0.0.0.0/0').describe('Addresses of the endpoint; egress is opened to this range on its port only (the internet by default, never private ranges)'),
    schedule: cronSchedule.default('*/15 * * * *').describe('When the mirror runs (CronJob schedule, UTC)'),
    maxAgeHours: z.number().int().min(1).max(168).default(2).describe('Age of the last successful mirror run that alerts'),
  })
  .describe('Copy new evidence objects to another region on a schedule (mc mirror); access keys of the copy under the secret store key minio-mirror');

const minioCommon = {
  image: image('quay.io/minio/minio', 'RELEASE.2025-09-07T16-13-09Z'),
  clientImage: image('quay.io/minio/mc', 'RELEASE.2025-08-13T08-35-41Z'),
  bucket: dnsName('a bucket name').default('datalens-evidence').describe('Bucket MinIO keeps the evidence in (created with versioning and object lock by the bootstrap Job)'),
  region: z
    .string()
    .regex(/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/, { message: 'expected a region name such as ap-south-1: lower-case letters, digits and -' })
    .default('ap-south-1')
    .describe('Region name MinIO reports'),
  storage: storage('20Gi'),
  resources: resources('250m', '512Mi', '1Gi'),
  objectLockRetentionDays: z.number().int().min(1).max(36500).default(365).describe('Default COMPLIANCE-mode retention of evidence objects'),
  mirror: minioMirrorSchema.optional(),
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
      bucket: dnsName('a bucket name')
        .optional()
        .describe("The evidence bucket; defaults to datalens-<environment>-evidence, so an environment that extends another never shares its parent's bucket"),
      region: awsRegion.describe('AWS region of the bucket (the API receives it as AWS_REGION)'),
      credentials: z
        .discriminatedUnion('type', [
          z.strictObject({ type: z.literal('irsa').describe('An IAM role on the API ServiceAccount (IRSA)'), roleArn: iamRoleArn }),
          z.strictObject({ type: z.literal('secret').describe('Access keys from the secret store (key s3)') }),
        ])
        .describe('IRSA role on the API ServiceAccount, or keys from the secret store'),
      crossRegionCopy: crossRegionCopySchema.optional(),
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
      host: dnsName('a host name').describe('Host name of the SMTP relay'),
      port: portNumber.default(587).describe('Port of the SMTP relay (587: submission with STARTTLS)'),
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
      storeKind: z.enum(['ClusterSecretStore', 'SecretStore']).default('ClusterSecretStore').describe('Kind of the store: cluster-wide, or a SecretStore in the namespace'),
      storeName: dnsName('a secret store name').describe('Name of the (Cluster)SecretStore the ExternalSecrets read'),
      keyPrefix: z
        .string()
        .min(1)
        .optional()
        .describe("Prefix of the remote keys, for example datalens/prod; defaults to datalens/<environment>, so an environment that extends another never reads its parent's credentials"),
      refreshInterval: duration.default('1h').describe('How often External Secrets reads the store again (a rotated value arrives within it)'),
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
        kind: z.enum(['ClusterIssuer', 'Issuer']).default('ClusterIssuer').describe('ClusterIssuer (cluster-wide) or Issuer (in the namespace)'),
        name: dnsName('an issuer name').describe('Name of that issuer'),
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
    replicationLagSeconds: z.number().positive().default(30).describe('Streaming replication lag of a PostgreSQL replica that alerts'),
    replicaClusterLagSeconds: z.number().positive().default(1800).describe('How far a standby replica cluster may replay behind its source (WAL travels through the archive) before it alerts'),
    backupAgeHours: z.number().positive().default(26).describe('Age of the last successful base backup that alerts'),
    walArchiveAgeSeconds: z.number().int().min(360).default(900).describe('Time since the last archived WAL segment that alerts while segments wait to be archived'),
    jetstreamStorageRatio: z.number().min(0.5).max(0.99).default(0.8).describe('Fill level of the JetStream file store, and of each stream against its maxBytes, that alerts'),
    jetstreamConsumerPending: z.number().int().min(1).default(10000).describe('Messages pending for one consumer that alert'),
    redisMemoryRatio: z.number().min(0.5).max(0.99).default(0.9).describe('Share of Redis maxmemory in use that alerts'),
  })
  .prefault({})
  .describe('Where the alerts fire');

const guardrailsSchema = z
  .strictObject({
    containerDefaults: resources('50m', '64Mi', '256Mi').describe(
      "LimitRange defaults for containers that declare no requests or limits (those operators add); every container of this project declares its own",
    ),
    containerMaxMemory: memoryQuantity.optional().describe('LimitRange maximum memory limit of one container; unset leaves it open'),
    quota: z
      .strictObject({
        requestsCpu: cpuQuantity.describe('requests.cpu of all pods together'),
        requestsMemory: memoryQuantity.describe('requests.memory of all pods together'),
        limitsMemory: memoryQuantity.describe('limits.memory of all pods together'),
        requestsStorage: storageSize.describe('Storage requested by all volume claims together'),
      })
      .optional()
      .describe("ResourceQuota of the namespace. The synth checks that the pods at their largest fit: autoscalers at their maximum, a rollout's extra pod, hooks, scheduled jobs and the operators' pods"),
  })
  .prefault({})
  .describe('What keeps one workload from starving the rest: quota and container defaults of the namespace');

export const environmentSchema = z
  .strictObject({
    extends: dnsLabel('the name of another environment')
      .optional()
      .describe(
        'Another environment (environments/<name>.yaml) this file is written as the differences from: mappings merge, lists and other values replace, null removes an inherited key, another mode replaces the whole block. Its own name still derives the backup serverName, secrets.keyPrefix and the S3 evidence bucket',
      ),
    tier: z.enum(['dev', 'staging', 'prod']).describe('Which rules apply: dev allows placeholders, prod demands redundancy'),
    cluster: dnsLabel('a cluster name').describe('The cluster the environment runs on: the name of a file clusters/<name>.yaml'),
    namespace: dnsLabel('a namespace name').describe('Namespace all objects of the environment live in'),
    domain: dnsName('a domain').describe('Base domain; hosts are cc., admin., portal. and api. under it'),
    images: z.strictObject({ api: imageSchema, frontend: imageSchema }).describe('Application images'),
    api: z
      .strictObject({
        replicas: z.number().int().min(1).max(50).default(2).describe('API pods without an autoscaler (the autoscaler owns the count when set)'),
        resources: resources('250m', '256Mi', '512Mi'),
        autoscaling: autoscalingSchema,
        tlsProxyImage: image('docker.io/nginxinc/nginx-unprivileged', '1.31.6-alpine').describe(
          "The TLS sidecar in front of the API's port while internal TLS is on (the API serves plain HTTP on 127.0.0.1's side of the pod only)",
        ),
        jwtExpiry: duration.default('15m').describe('Lifetime of an access token (JWT_EXPIRY)'),
        jwtRefreshExpiry: duration.default('168h').describe('Lifetime of a refresh token (JWT_REFRESH_EXPIRY)'),
        apiVersion: z.string().regex(/^v[0-9]+$/, { message: 'expected an API version such as v1' }).default('v1').describe('API_VERSION the API serves'),
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
        replicas: z.number().int().min(1).max(50).default(2).describe('Frontend pods without an autoscaler (the autoscaler owns the count when set)'),
        resources: resources('50m', '64Mi', '128Mi'),
        autoscaling: autoscalingSchema,
      })
      .prefault({})
      .describe('Frontend (nginx serving the SPA)'),
    edge: edgeSchema,
    cors: z
      .strictObject({ allowedOrigins: z.array(browserOrigin).min(1).describe('Origins of the cc., admin. and portal. browser hosts') })
      .describe('CORS origins the API allows for its own browser hosts (widgets are configured per widget in the API)'),
    fromEmail: z.email({ message: 'expected an e-mail address such as no-reply@example.com' }).describe('FROM_EMAIL of outgoing mail'),
    secrets: secretsSchema,
    internalTls: internalTlsSchema,
    data: z
      .strictObject({ postgres: postgresSchema, redis: redisSchema, nats: natsSchema, objectStore: objectStoreSchema, mail: mailSchema })
      .describe('Data services: in the cluster or managed outside'),
    guardrails: guardrailsSchema,
    pods: podsSchema,
    monitoring: z
      .strictObject({
        namespace: dnsLabel('a namespace name').default('monitoring').describe('Namespace of Prometheus and Grafana (admitted to scrape the pods)'),
        prometheusLabels: z.record(labelKey, labelValue).default({ release: 'kube-prometheus-stack' }).describe('Labels the Prometheus selects monitors and rules by'),
        grafanaDashboardLabel: labelKey.default('grafana_dashboard').describe("Label Grafana's dashboard sidecar discovers"),
        thresholds: thresholdsSchema,
        logs: z
          .strictObject({
            ruleLabel: z
              .string()
              .regex(/^[A-Za-z0-9][-A-Za-z0-9_.]{0,62}$/, { message: 'expected a label key such as loki_rule' })
              .default('loki_rule')
              .describe("Label of the ConfigMaps whose rule files the Loki ruler loads (the Loki chart's rules sidecar)"),
            errorBurst: z
              .strictObject({ linesPer5m: z.number().int().min(1).default(100).describe('Error lines of one component in 5 minutes that alert') })
              .optional()
              .describe('LogQL alerts, evaluated by the Loki ruler, when a component logs a burst of errors'),
          })
          .prefault({})
          .describe("The pods' logs in Loki (shipped by Grafana Alloy): dashboards show each component's, optional LogQL alerts"),
        runbookBaseUrl: z
          .url({ protocol: /^https?$/ })
          .optional()
          .describe("Where the runbooks (docs/runbooks/<alert>.md) are read; every alert's runbook_url points there. Default: the folder in argocd.repoURL at argocd.targetRevision"),
      })
      .prefault({})
      .describe('Prometheus, Grafana and Loki: how they find what this environment ships, and the alert thresholds'),
    argocd: z
      .strictObject({
        repoURL: z.string().regex(/^(https:\/\/|git@|ssh:\/\/)[^\x00-\x20\x7f]+$/, { message: 'expected a git repository URL' }).describe('Repository Argo CD reads dist/ from'),
        targetRevision: gitRevision.default('main').describe('Branch, tag or commit of it Argo CD deploys'),
        automated: z.boolean().describe('Automated sync with self-heal and prune; false syncs on demand'),
        ...argocdEnvironmentFields,
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
      env.data.nats.streamController.namespace,
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
    for (const problem of streamProblems(env.data.nats, env.tier)) issue(problem.path, problem.message);
    const store = env.data.objectStore;
    if (store.mode === 'minio-distributed' && store.replicas < 4)
      issue(['data', 'objectStore', 'replicas'], `expected at least 4 pods for erasure-coded MinIO, got ${store.replicas}`);
    const pg = env.data.postgres;
    if (pg.mode === 'cloudnative-pg' && env.tier === 'prod') {
      if (!pg.backup) issue(['data', 'postgres', 'backup'], 'expected a backup target: a prod CloudNativePG cluster must archive WAL and take base backups');
      if (pg.instances < 3) issue(['data', 'postgres', 'instances'], 'expected at least 3 instances in a prod environment');
    }
    if (pg.mode === 'cloudnative-pg') {
      if ((pg.synchronousStandbys ?? 0) > pg.instances - 1)
        issue(['data', 'postgres', 'synchronousStandbys'], `expected at most ${pg.instances - 1} (instances - 1) synchronous standbys, got ${pg.synchronousStandbys}`);
      if (pg.recovery && !pg.backup)
        issue(['data', 'postgres', 'recovery'], 'expected data.postgres.backup as well: a recovered cluster reads the archive with the backup credentials and archives to a serverName of its own');
      if (pg.recovery?.replica && pg.recovery.target)
        issue(['data', 'postgres', 'recovery', 'target'], 'expected no target for a replica cluster: it follows the archive to its end (a target is for a one-off restore)');
      if (pg.restoreDrill && !pg.backup) issue(['data', 'postgres', 'restoreDrill'], 'expected data.postgres.backup: the drill restores the latest base backup of this cluster');
    }
    if (pg.mode === 'statefulset' && env.tier === 'prod') issue(['data', 'postgres', 'mode'], 'expected cloudnative-pg or external in a prod environment');
    if (env.secrets.provider === 'placeholder') {
      if (pg.mode === 'external') issue(['data', 'postgres', 'mode'], 'expected statefulset or cloudnative-pg: an external database needs the external-secrets provider');
      if (env.data.redis.mode === 'external') issue(['data', 'redis', 'mode'], 'expected statefulset: an external Redis needs the external-secrets provider');
    }
    if (env.tier !== 'dev' && !env.internalTls.enabled) issue(['internalTls', 'enabled'], `expected true: plaintext between components is allowed in the dev tier only, not ${env.tier}`);
    if (env.internalTls.enabled && env.edge.mode !== 'gateway' && env.edge.ingress.implementation !== 'ingress-nginx')
      issue(
        ['edge', 'ingress', 'implementation'],
        "expected ingress-nginx while internalTls is on: the Ingress must verify the backends' TLS, and this project writes only ingress-nginx's backend TLS annotations",
      );
    if (env.tier !== 'dev' && env.internalTls.enabled && !env.internalTls.caIssuer)
      issue(['internalTls', 'caIssuer'], `expected an issuer for the internal CA: a self-signed CA is for the dev tier only, not ${env.tier}`);
    // sizes the services are told must fit the memory and volumes they get
    const below = (path: (string | number)[], size: string, limit: string, what: string, because: string) => {
      if (quantityValue(limit) > 0 && quantityValue(size) >= quantityValue(limit)) issue(path, `expected less than ${what} (${limit}): ${because}`);
    };
    if (pg.mode !== 'external') below(['data', 'postgres', 'sharedBuffers'], pg.sharedBuffers, pg.resources.memoryLimit, 'data.postgres.resources.memoryLimit', 'PostgreSQL would be killed for memory');
    const redis = env.data.redis;
    if (redis.mode === 'statefulset') below(['data', 'redis', 'maxmemory'], redis.maxmemory, redis.resources.memoryLimit, 'data.redis.resources.memoryLimit', 'Redis would be killed for memory before it evicts keys');
    const jetstream = env.data.nats;
    below(['data', 'nats', 'maxMemoryStore'], jetstream.maxMemoryStore, jetstream.resources.memoryLimit, 'data.nats.resources.memoryLimit', 'NATS would be killed for memory');
    if (quantityValue(jetstream.storage.size) > 0 && quantityValue(jetstream.maxFileStore) > quantityValue(jetstream.storage.size))
      issue(['data', 'nats', 'maxFileStore'], `expected at most data.nats.storage.size (${jetstream.storage.size}): JetStream would run out of disk before its limit`);
    const running = podComponentsOf(env);
    for (const component of Object.keys(env.pods.components ?? {}) as PodComponent[])
      if (!running.includes(component))
        issue(['pods', 'components', component], `expected a component whose pods this environment runs (${running.join(', ')}), got ${component}`);
    const hosts = new Set(env.cors.allowedOrigins);
    if (hosts.size !== env.cors.allowedOrigins.length) issue(['cors', 'allowedOrigins'], 'expected each origin once');
    if (env.tier !== 'dev')
      env.cors.allowedOrigins.forEach((origin, i) => {
        if (!origin.startsWith('https://')) issue(['cors', 'allowedOrigins', i], `expected an https:// origin outside dev, got ${origin}`);
      });
  });

/** The components of POD_COMPONENTS whose pods an environment runs (a standby runs its data tier only). */
function podComponentsOf(env: EnvironmentConfig): PodComponent[] {
  const pg = env.data.postgres;
  const store = env.data.objectStore;
  const standby = isStandby(pg);
  const minio = store.mode !== 's3';
  const all: [PodComponent, boolean][] = [
    ['api', !standby],
    ['api-migrate', !standby],
    ['frontend', !standby],
    ['postgres', pg.mode !== 'external'],
    ['postgres-pooler', pg.mode === 'cloudnative-pg'],
    ['postgres-restore-drill', pg.mode === 'cloudnative-pg' && pg.restoreDrill !== undefined],
    ['redis', env.data.redis.mode === 'statefulset'],
    ['nats', true],
    ['minio', minio],
    ['minio-bootstrap', minio],
    ['minio-mirror', minio && store.mirror !== undefined],
    ['mailhog', env.data.mail.mode === 'mailhog'],
  ];
  return all.filter(([, runs]) => runs).map(([component]) => component);
}

/** Fields of a ScheduledBackup schedule as robfig/cron (CloudNativePG's parser) reads them: seconds first. */
const CRON_FIELDS: readonly { name: string; min: number; max: number; names?: readonly string[] }[] = [
  { name: 'seconds', min: 0, max: 59 },
  { name: 'minutes', min: 0, max: 59 },
  { name: 'hours', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] },
  { name: 'day of week', min: 0, max: 6, names: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] },
];
const CRON_DESCRIPTORS = ['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly'];
const GO_DURATION = /^([0-9]+(\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$/;

/** What is wrong with a cron schedule (seconds first), or undefined when robfig/cron would accept it. */
export function cronProblem(schedule: string): string | undefined {
  const spec = schedule.trim();
  if (spec.startsWith('@')) {
    if (CRON_DESCRIPTORS.includes(spec)) return undefined;
    const every = spec.match(/^@every\s+(\S+)$/);
    if (every) return GO_DURATION.test(every[1]) ? undefined : `${every[1]} is not a duration such as 12h or 90m`;
    return `${spec.split(/\s/)[0]} is not one of ${CRON_DESCRIPTORS.join(', ')} or @every <duration>`;
  }
  const fields = spec.split(/\s+/).filter((f) => f !== '');
  if (fields.length !== CRON_FIELDS.length)
    return fields.length === 5 ? 'five fields, as a Kubernetes CronJob has: here the first one would be the seconds' : `${fields.length} field${fields.length === 1 ? '' : 's'}`;
  for (const [i, field] of fields.entries()) {
    const { name, min, max, names } = CRON_FIELDS[i];
    const value = (text: string) => {
      const index = names?.indexOf(text.toLowerCase()) ?? -1;
      if (index >= 0) return index + min;
      return /^[0-9]{1,2}$/.test(text) ? Number(text) : Number.NaN;
    };
    for (const part of field.split(',')) {
      const [range, step, extra] = part.split('/');
      const wrong = `${name} ${JSON.stringify(part)}`;
      if (extra !== undefined || (step !== undefined && !/^[1-9][0-9]*$/.test(step))) return `${wrong} has a bad step`;
      if (range === '*' || range === '?') continue;
      const bounds = range.split('-');
      if (bounds.length > 2) return `${wrong} is not a value or a range`;
      const [from, to] = bounds.map(value);
      const last = to ?? from;
      if (Number.isNaN(from) || Number.isNaN(last)) return `${wrong} is not a value${names ? ` (${min}-${max} or ${names[0].toUpperCase()}-${names[names.length - 1].toUpperCase()})` : ` (${min}-${max})`}`;
      if (from < min || last > max || from > last) return `${wrong} is outside ${min}-${max}`;
    }
  }
  return undefined;
}

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
    networkCidrs: z
      .array(cidr)
      .default([])
      .describe(
        "Ranges the cluster's nodes and pods take addresses from (the VPC with the Amazon VPC CNI): an external service's range that holds one of them would open its port to every node and pod, so environments on the cluster are refused one",
      ),
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
        targetRevision: gitRevision.default('main').describe("Revision the cluster's root Application reads the Applications from (each Application pins its own environment's revision)"),
        previews: previewsSchema,
      })
      .prefault({})
      .describe('The Argo CD that deploys to the cluster'),
    ...clusterGitopsFields,
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
