import { environmentSchema } from '../../config/schema';
import { DEV_BASE, merge, PROD_BASE } from '../support/fixtures';

/** The messages of the problems found in an environment, as "path: message". */
function problems(tree: Record<string, unknown>): string[] {
  const result = environmentSchema.safeParse(tree);
  // an invalid record key carries the key schema's message inside
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.code === 'invalid_key' ? i.issues[0].message : i.message}`);
}

describe('environment schema: data tier rules', () => {
  it('refuses a 2-node NATS cluster', () => {
    expect(problems(merge(DEV_BASE, { data: { nats: { replicas: 2 } } }))).toEqual([
      'data.nats.replicas: expected 1 or an odd number of at least 3 for a JetStream cluster, got 2',
    ]);
  });

  it('refuses a single NATS node in prod', () => {
    expect(problems(merge(PROD_BASE, { data: { nats: { replicas: 1 } } }))).toEqual(['data.nats.replicas: expected a NATS cluster of at least 3 in a prod environment']);
  });

  it('refuses distributed MinIO with fewer than 4 pods', () => {
    expect(problems(merge(DEV_BASE, { data: { objectStore: { mode: 'minio-distributed', replicas: 3 } } }))).toEqual([
      'data.objectStore.replicas: expected at least 4 pods for erasure-coded MinIO, got 3',
    ]);
  });

  it('refuses a prod CloudNativePG cluster without a backup target', () => {
    expect(problems(merge(PROD_BASE, { data: { postgres: { backup: undefined } } }))).toEqual([
      'data.postgres.backup: expected a backup target: a prod CloudNativePG cluster must archive WAL and take base backups',
    ]);
  });

  it('refuses an external service without a secret reference', () => {
    expect(problems(merge(PROD_BASE, { data: { redis: { urlSecret: undefined } } }))).toEqual(['data.redis.urlSecret: Invalid input: expected object, received undefined']);
  });

  it("refuses an external service without its address range, saying what to give", () => {
    expect(problems(merge(PROD_BASE, { data: { redis: { cidr: undefined } } }))).toEqual([
      "data.redis.cidr: expected the service's address range (its subnets, such as 10.10.8.0/22, or 0.0.0.0/0 for a service on the internet)",
    ]);
    expect(problems(merge(PROD_BASE, { data: { redis: { cidr: '10.1.0.0' } } }))).toEqual(['data.redis.cidr: expected an IPv4 CIDR such as 10.0.0.0/16']);
  });

  it('refuses an external database where secrets are placeholders', () => {
    expect(problems(merge(DEV_BASE, { data: { postgres: { mode: 'external', host: 'db.example.com', cidr: '10.1.8.0/22', urlSecret: { remoteKey: 'db' } } } }))).toEqual([
      'data.postgres.mode: expected statefulset or cloudnative-pg: an external database needs the external-secrets provider',
    ]);
  });

  it('refuses MailHog outside dev and an in-cluster single PostgreSQL in prod', () => {
    expect(problems(merge(PROD_BASE, { data: { mail: { mode: 'mailhog' }, postgres: { mode: 'statefulset' } } }))).toEqual([
      'data.mail.mode: expected relay: MailHog is for the dev tier only',
      'data.postgres.mode: expected cloudnative-pg or external in a prod environment',
    ]);
  });

  it('refuses a JetStream limit that is not a binary quantity', () => {
    expect(problems(merge(DEV_BASE, { data: { nats: { maxFileStore: '4G' } } }))).toEqual([
      'data.nats.maxFileStore: expected a whole number of Ki, Mi, Gi or Ti, such as 256Mi',
    ]);
  });

  it('refuses plain http origins outside dev', () => {
    expect(problems(merge(PROD_BASE, { cors: { allowedOrigins: ['http://cc.example.com'] } }))).toEqual([
      'cors.allowedOrigins.0: expected an https:// origin outside dev, got http://cc.example.com',
    ]);
  });
});

/* Values Kubernetes, a registry or an operator would refuse only at sync or pull time are refused here. */
describe('environment schema: what the cluster would refuse', () => {
  const api = (resources: Record<string, unknown>) => merge(DEV_BASE, { api: { resources: { cpuRequest: '250m', memoryRequest: '256Mi', memoryLimit: '512Mi', ...resources } } });

  it.each([
    [{ memoryRequest: '1Gi' }, 'api.resources.memoryRequest: expected at most memoryLimit (512Mi): Kubernetes refuses a request above its limit'],
    [{ cpuRequest: '2', cpuLimit: '1500m' }, 'api.resources.cpuRequest: expected at most cpuLimit (1500m): Kubernetes refuses a request above its limit'],
    [{ memoryLimit: '0' }, 'api.resources.memoryLimit: expected a memory quantity of at least 1 byte'],
    [{ memoryLimit: '512m' }, 'api.resources.memoryLimit: expected a memory quantity such as 256Mi or 1Gi (bytes: a suffix m would mean thousandths of a byte)'],
    [{ cpuRequest: '0' }, 'api.resources.cpuRequest: expected a CPU quantity above 0'],
    [{ cpuRequest: '0.0001' }, 'api.resources.cpuRequest: expected a CPU quantity such as 250m or 1.5 (whole millicores)'],
  ])('refuses the resources %j', (resources, expected) => {
    expect(problems(api(resources))).toEqual([expected]);
  });

  it.each([
    ['0', 'expected a volume size above 0'],
    ['500m', 'expected a volume size such as 10Gi: a whole number of Ki, Mi, Gi or Ti (or k, M, G, T)'],
    ['1.5Gi', 'expected a volume size such as 10Gi: a whole number of Ki, Mi, Gi or Ti (or k, M, G, T)'],
  ])('refuses the volume size %s', (size, expected) => {
    expect(problems(merge(DEV_BASE, { data: { redis: { storage: { size } } } }))).toEqual([`data.redis.storage.size: ${expected}`]);
  });

  it('refuses a StorageClass name with a space', () => {
    expect(problems(merge(DEV_BASE, { data: { redis: { storage: { size: '2Gi', storageClass: 'fast ssd' } } } }))).toEqual([
      "data.redis.storage.storageClass: expected a StorageClass name: a DNS name (lower-case labels separated by '.')",
    ]);
  });

  it.each([
    [{ prometheusLabels: { 'release name': 'x' } }, "monitoring.prometheusLabels.release name: expected a label key: an optional DNS subdomain and '/', then at most 63 letters, digits, '-', '_' or '.', beginning and ending with a letter or digit"],
    [{ prometheusLabels: { 'Example.com/release': 'x' } }, "monitoring.prometheusLabels.Example.com/release: expected a label key: an optional DNS subdomain and '/', then at most 63 letters, digits, '-', '_' or '.', beginning and ending with a letter or digit"],
    [{ prometheusLabels: { release: 'kube prometheus' } }, "monitoring.prometheusLabels.release: expected a label value: empty, or at most 63 letters, digits, '-', '_' or '.', beginning and ending with a letter or digit"],
    [{ grafanaDashboardLabel: '-dashboard' }, "monitoring.grafanaDashboardLabel: expected a label key: an optional DNS subdomain and '/', then at most 63 letters, digits, '-', '_' or '.', beginning and ending with a letter or digit"],
  ])('refuses the labels %j', (monitoring, expected) => {
    expect(problems(merge(DEV_BASE, { monitoring }))).toEqual([expected]);
  });

  it('accepts label keys with a prefix and empty label values', () => {
    expect(problems(merge(DEV_BASE, { monitoring: { prometheusLabels: { 'example.com/release': '', team: 'data_lens.1' }, grafanaDashboardLabel: 'grafana.io/dashboard' } }))).toEqual([]);
  });

  it.each(['ghcr.io/datalens/datalens-api', 'localhost:5000/api', 'registry.example.com:5000/team/sub_team/api', 'nginx', 'docker.io/library/postgres'])('accepts the image repository %s', (repository) => {
    expect(problems(merge(DEV_BASE, { images: { api: { repository, tag: '1.2.3' } } }))).toEqual([]);
  });

  it.each(['ghcr.io/DataLens/api', 'ghcr.io//api', 'ghcr.io/api/', 'ghcr.io/data lens/api', 'https://ghcr.io/api', 'ghcr.io/api-'])('refuses the malformed image repository %s', (repository) => {
    expect(problems(merge(DEV_BASE, { images: { api: { repository, tag: '1.2.3' } } }))).toEqual([
      'images.api.repository: expected an image repository such as ghcr.io/datalens/datalens-api: an optional registry host, then lower-case path components',
    ]);
  });

  it.each(['ghcr.io/datalens/api:latest', 'localhost:5000/api:2.0', `ghcr.io/datalens/api@sha256:${'a'.repeat(64)}`])('refuses a tag or digest inside the repository (%s), which would get round the tag rules', (repository) => {
    expect(problems(merge(DEV_BASE, { images: { api: { repository, tag: '1.2.3' } } }))).toEqual([
      'images.api.repository: expected the repository alone: write its tag or digest in tag or digest, where they are checked',
    ]);
  });

  const backup = (schedule: string) => merge(PROD_BASE, { data: { postgres: { backup: { schedule } } } });
  it.each(['0 0 2 * * *', '@daily', '@every 12h', '0 30 1 * * MON-FRI', '0 */15 * ? JAN,JUL sun', '  0 0 2 1-15/2 * 0  '])('accepts the backup schedule %j', (schedule) => {
    expect(problems(backup(schedule))).toEqual([]);
  });

  it.each([
    ['every night at two', '4 fields'],
    ['0 2 * * *', 'five fields, as a Kubernetes CronJob has: here the first one would be the seconds'],
    ['0 0 25 * * *', 'hours "25" is outside 0-23'],
    ['0 0 2 * * FUN', 'day of week "FUN" is not a value (0-6 or SUN-SAT)'],
    ['0 0 2 */0 * *', 'day of month "*/0" has a bad step'],
    ['0 0 5-2 * * *', 'hours "5-2" is outside 0-23'],
    ['@nightly', '@nightly is not one of @yearly, @annually, @monthly, @weekly, @daily, @midnight, @hourly or @every <duration>'],
  ])('refuses the backup schedule %j', (schedule, detail) => {
    expect(problems(backup(schedule))).toEqual([
      `data.postgres.backup.schedule: expected a cron schedule of six fields, seconds first, such as 0 0 2 * * * (02:00 daily), or a descriptor such as @daily: ${detail}`,
    ]);
  });

  it('refuses a region that is not an AWS region name', () => {
    expect(problems(merge(PROD_BASE, { data: { objectStore: { region: 'Mumbai' }, postgres: { backup: { region: 'ap south 1' } } } }))).toEqual([
      'data.postgres.backup.region: expected an AWS region such as ap-south-1',
      'data.objectStore.region: expected an AWS region such as ap-south-1',
    ]);
  });

  it('refuses a CIDR with an octet above 255', () => {
    expect(problems(merge(PROD_BASE, { data: { redis: { cidr: '999.10.0.0/16' } } }))).toEqual(['data.redis.cidr: expected an IPv4 CIDR such as 10.0.0.0/16']);
  });

  it('refuses a target revision git would not accept', () => {
    expect(problems(merge(DEV_BASE, { argocd: { targetRevision: 'release 2' } }))).toEqual(['argocd.targetRevision: expected a git revision: a branch, tag or commit, without spaces']);
  });

  it('refuses sizes that do not fit the memory or volume they are given', () => {
    expect(
      problems(
        merge(DEV_BASE, {
          data: {
            postgres: { sharedBuffers: '1Gi' },
            redis: { maxmemory: '512Mi' },
            nats: { maxFileStore: '8Gi', maxMemoryStore: '1Gi' },
          },
        }),
      ),
    ).toEqual([
      'data.postgres.sharedBuffers: expected less than data.postgres.resources.memoryLimit (1Gi): PostgreSQL would be killed for memory',
      'data.redis.maxmemory: expected less than data.redis.resources.memoryLimit (512Mi): Redis would be killed for memory before it evicts keys',
      'data.nats.maxMemoryStore: expected less than data.nats.resources.memoryLimit (512Mi): NATS would be killed for memory',
      'data.nats.maxFileStore: expected at most data.nats.storage.size (5Gi): JetStream would run out of disk before its limit',
    ]);
  });
});
