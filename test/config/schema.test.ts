import { environmentSchema } from '../../config/schema';
import { DEV_BASE, merge, PROD_BASE } from '../support/fixtures';

/** The messages of the problems found in an environment, as "path: message". */
function problems(tree: Record<string, unknown>): string[] {
  const result = environmentSchema.safeParse(tree);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
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

  it('refuses an external database where secrets are placeholders', () => {
    expect(problems(merge(DEV_BASE, { data: { postgres: { mode: 'external', host: 'db.example.com', urlSecret: { remoteKey: 'db' } } } }))).toEqual([
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
