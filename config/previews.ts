import { evidenceBucket, secretKeyPrefix, type LocatedEnvironment } from './cross-environment';
import { ENVIRONMENT_NAME_MAX } from './fields';
import { usesArgocd } from './gitops-schema';
import type { PreviewsConfig } from './previews-schema';
import type { ClusterConfig, Environment } from './schema';

/*
 * Preview environments per pull request: the names each preview takes, the Helm values it sets
 * over its base environment's values file, and the checks that keep previews away from every
 * environment's namespace, hosts, secrets, buckets and roles. The ApplicationSet
 * (charts/preview-application-set.ts) writes these values as Go templates of the pull request's
 * number; the checks here try them with a sample number.
 */

/** Start of every preview namespace and Application name; `datalens-pr-<number>`. */
export const PREVIEW_PREFIX = 'datalens-pr-';
/** The preview namespaces as an Argo CD glob (AppProject destinations and cluster resources). */
export const PREVIEW_NAMESPACES = `${PREVIEW_PREFIX}*`;
/** Digits of a pull request number the names leave room for (GitHub numbers below a million). */
export const PULL_REQUEST_DIGITS = 6;

/** Namespace, release and Application name of the preview of pull request `number`. */
export const previewName = (number: string) => `${PREVIEW_PREFIX}${number}`;
/**
 * The environment name every preview of `base` shares (labels, alerts, dashboards, secret keys
 * datalens/<name>/). One name for all previews: the chart derives the secret key prefix from it,
 * and one prefix is what the secret store can hold for pull requests nobody knows in advance.
 */
export const previewEnvironment = (base: string) => `${base}-preview`;
/** The domain of a preview; its hosts are cc., admin., portal. and api. under it. */
export const previewDomain = (previews: PreviewsConfig, number: string) => `pr-${number}.${previews.hostSuffix}`;
/** Where a preview archives: a folder per pull request under the previews' destination. */
export const previewArchive = (previews: PreviewsConfig, number: string) => `${previews.backup!.destinationPath.replace(/\/+$/, '')}/pr-${number}`;

type Json = Record<string, unknown>;

/**
 * The Helm values a preview sets over `helm/values-<base>.yaml` (Argo CD merges them over the
 * values file): its environment name, hosts and CORS origins, and every identity outside the
 * cluster the base environment has, replaced by the previews' own. The chart's template set is
 * the base environment's, so only its knobs change (a value that would select another set, such
 * as backups off, is not possible): the secret key prefix follows the environment name, and the
 * archive is told apart by its destination, a folder per pull request.
 */
export function previewValues(previews: PreviewsConfig, base: Environment, number: string): Json {
  const domain = previewDomain(previews, number);
  const { postgres, objectStore } = base.config.data;
  const gateway = base.config.edge.gateway;
  const data: Json = {};
  if (postgres.mode === 'cloudnative-pg' && postgres.backup && previews.backup)
    data.postgres = {
      backup: {
        destinationPath: previewArchive(previews, number),
        ...(postgres.backup.credentials.type === 'irsa' ? { credentials: { roleArn: previews.backup.roleArn } } : {}),
      },
    };
  if (objectStore.mode === 's3' && previews.evidence)
    data.objectStore = {
      ...(previews.evidence.bucket ? { bucket: previews.evidence.bucket } : {}),
      ...(objectStore.credentials.type === 'irsa' ? { credentials: { roleArn: previews.evidence.roleArn } } : {}),
    };
  if (objectStore.mode !== 's3' && objectStore.mirror && previews.mirrorBucket) data.objectStore = { mirror: { bucket: previews.mirrorBucket } };
  return {
    environment: previewEnvironment(base.name),
    domain,
    cors: { allowedOrigins: ['cc', 'admin', 'portal'].map((host) => `https://${host}.${domain}`) },
    ...(gateway?.parentRef && previews.gatewayListener ? { edge: { gateway: { parentRef: { sectionName: previews.gatewayListener } } } } : {}),
    ...(Object.keys(data).length > 0 ? { data } : {}),
  };
}

/** The environment a preview of `base` is, for the checks that apply to every environment's names. */
function previewAsEnvironment(previews: PreviewsConfig, base: Environment, number: string): Environment {
  const values = previewValues(previews, base, number) as { data?: { objectStore?: Json } };
  const objectStore = { ...base.config.data.objectStore, ...(values.data?.objectStore ?? {}) } as Environment['config']['data']['objectStore'];
  return { ...base, name: previewEnvironment(base.name), config: { ...base.config, data: { ...base.config.data, objectStore } } };
}

/** Owner and name of a GitHub repository from its clone URL (https or ssh), or undefined for another host. */
export function githubRepository(repoURL: string): { owner: string; repo: string } | undefined {
  const match = repoURL.match(/^(?:https:\/\/github\.com\/|git@github\.com:|ssh:\/\/git@github\.com\/)([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+?)(?:\.git)?\/?$/);
  return match ? { owner: match[1], repo: match[2] } : undefined;
}

/** The environment a cluster's previews copy, when the cluster has previews and the environment runs there. */
export function previewBase(cluster: { name: string; config: ClusterConfig }, environments: readonly Environment[]): Environment | undefined {
  const previews = cluster.config.argocd.previews;
  return previews ? environments.find((e) => e.name === previews.environment && e.cluster.name === cluster.name) : undefined;
}

/** A cluster file as the checks see it: its name, settings and a way to point at its fields. */
export interface LocatedCluster {
  readonly name: string;
  readonly config: ClusterConfig;
  readonly locate: (path: readonly (string | number)[]) => string;
}

const bucketOf = (s3: string) => s3.replace(/^s3:\/\//, '').split('/')[0];

/** The buckets and IAM roles of an environment: what a preview must never be given. */
function externalIdentitiesOf(env: Environment): { buckets: string[]; roles: string[] } {
  const { postgres, objectStore } = env.config.data;
  const buckets: string[] = [];
  const roles: string[] = [];
  if (postgres.mode === 'cloudnative-pg' && postgres.backup) {
    buckets.push(bucketOf(postgres.backup.destinationPath));
    if (postgres.recovery?.destinationPath) buckets.push(bucketOf(postgres.recovery.destinationPath));
    if (postgres.backup.crossRegionCopy) buckets.push(postgres.backup.crossRegionCopy.bucket);
    if (postgres.backup.credentials.type === 'irsa') roles.push(postgres.backup.credentials.roleArn);
  }
  if (objectStore.mode === 's3') {
    buckets.push(evidenceBucket(env)!);
    if (objectStore.crossRegionCopy) buckets.push(objectStore.crossRegionCopy.bucket);
    if (objectStore.credentials.type === 'irsa') roles.push(objectStore.credentials.roleArn);
  } else if (objectStore.mirror) buckets.push(objectStore.mirror.bucket);
  return { buckets, roles };
}

/** Whether one secret key prefix holds the other's keys (equal, or one a folder of the other). */
const prefixesOverlap = (a: string, b: string) => a === b || a.startsWith(`${b}/`) || b.startsWith(`${a}/`);

/**
 * Problems of the clusters' `argocd.previews`, one line each naming the cluster file's field: a
 * cluster not deployed by Argo CD, a base environment that is not on the cluster (or cannot be
 * copied), a missing or needless identity, an identity an environment already has, and preview
 * names that an environment's namespace, Application or domain would fall under.
 */
export function previewProblems(clusters: readonly LocatedCluster[], environments: readonly LocatedEnvironment[]): string[] {
  const problems: string[] = [];
  for (const cluster of clusters) {
    const previews = cluster.config.argocd.previews;
    const members = environments.filter((e) => e.cluster.name === cluster.name);
    // a cluster no environment runs on gets no bootstrap at all, so its previews are inert too
    if (!previews || members.length === 0) continue;
    const at = (field: string[], message: string) => problems.push(`${cluster.locate(['argocd', 'previews', ...field])}: ${['argocd', 'previews', ...field].join('.')}: ${message}`);
    if (!usesArgocd(cluster.config.gitops))
      at([], `expected gitops argocd or both on a cluster with previews (they are an Argo CD ApplicationSet), got ${cluster.config.gitops}`);
    const base = members.find((e) => e.name === previews.environment);
    if (!base) {
      at(['environment'], `expected an environment of cluster ${cluster.name} (${members.map((e) => e.name).join(', ') || 'none'}), got ${previews.environment}: a preview runs with the values of its cluster`);
      continue;
    }
    const sample = '9'.repeat(PULL_REQUEST_DIGITS);
    const name = previewEnvironment(base.name);
    if (name.length > ENVIRONMENT_NAME_MAX)
      at(['environment'], `expected an environment name of at most ${ENVIRONMENT_NAME_MAX - previewEnvironment('').length} characters, got ${base.name}: its previews are named ${name}, and an environment name has at most ${ENVIRONMENT_NAME_MAX}`);
    const namesake = environments.find((e) => e.name === name);
    if (namesake) at(['environment'], `expected no environment named ${name}, the name of the previews of ${base.name}, got the environment of ${namesake.locate(['tier'])}: previews would read its secrets and share its labels and dashboards`);
    if (!githubRepository(base.config.argocd.repoURL))
      at(['environment'], `expected an environment whose argocd.repoURL is on github.com (the pull request generator reads GitHub), got ${base.name} with ${base.config.argocd.repoURL}`);
    const pg = base.config.data.postgres;
    if (pg.mode === 'cloudnative-pg' && pg.recovery)
      at(['environment'], `expected an environment that does not recover from an archive, got ${base.name}: a preview would read the archive of ${pg.recovery.serverName}, which its own backup role cannot and must not`);

    // what the base has outside the cluster, the previews must have their own of; nothing more
    const wants = (field: string[], needed: boolean, given: unknown, why: string) => {
      if (needed && given === undefined) at(field, `expected a value, got none: ${base.name} ${why}, and a preview must not use ${base.name}'s`);
      if (!needed && given !== undefined) at(field, `expected no value, got ${JSON.stringify(given)}: ${base.name} has nothing it would replace`);
    };
    const store = base.config.data.objectStore;
    wants(['backup'], pg.mode === 'cloudnative-pg' && pg.backup !== undefined, previews.backup, 'archives its database');
    if (previews.backup && pg.mode === 'cloudnative-pg' && pg.backup)
      wants(['backup', 'roleArn'], pg.backup.credentials.type === 'irsa', previews.backup.roleArn, 'archives with an IAM role (IRSA)');
    wants(['evidence'], store.mode === 's3' && (store.bucket !== undefined || store.credentials.type === 'irsa'), previews.evidence, 'names its S3 evidence bucket or reaches it with an IAM role (IRSA)');
    if (previews.evidence && store.mode === 's3') {
      wants(['evidence', 'bucket'], store.bucket !== undefined, previews.evidence.bucket, 'names its evidence bucket');
      wants(['evidence', 'roleArn'], store.credentials.type === 'irsa', previews.evidence.roleArn, 'reaches its evidence bucket with an IAM role (IRSA)');
    }
    wants(['mirrorBucket'], store.mode !== 's3' && store.mirror !== undefined, previews.mirrorBucket, 'mirrors its MinIO to another bucket');

    // none of them may be an environment's: previews run code under review
    const preview = previewAsEnvironment(previews, base, sample);
    const previewPrefix = secretKeyPrefix(preview);
    const previewBucket = evidenceBucket(preview);
    for (const env of environments) {
      const prefix = secretKeyPrefix(env);
      if (previewPrefix && prefix && prefixesOverlap(previewPrefix, prefix))
        at(['environment'], `expected previews whose secret keys (${previewPrefix}) are apart from every environment's, got ${base.name}, whose previews' keys overlap ${prefix} of ${env.name} (${env.locate(['secrets'])}): previews would read its credentials`);
      const { buckets, roles } = externalIdentitiesOf(env);
      const ownBuckets: [string[], string | undefined][] = [
        [['backup', 'destinationPath'], previews.backup && bucketOf(previews.backup.destinationPath)],
        [previews.evidence?.bucket ? ['evidence', 'bucket'] : ['environment'], previewBucket],
        [['mirrorBucket'], previews.mirrorBucket],
      ];
      for (const [field, bucket] of ownBuckets)
        if (bucket && buckets.includes(bucket))
          at(field, `expected a bucket of the previews, got ${bucket}, a bucket of ${env.name} (${env.locate(['data'])}): previews would write next to its data`);
      for (const [field, role] of [[['backup', 'roleArn'], previews.backup?.roleArn], [['evidence', 'roleArn'], previews.evidence?.roleArn]] as const)
        if (role && roles.includes(role)) at([...field], `expected a role of the previews, got ${role}, a role of ${env.name}: previews would reach its data`);
    }
    // names: the preview globs must hold no environment's namespace or Application, the hosts no environment's
    for (const env of members) {
      if (env.config.namespace.startsWith(PREVIEW_PREFIX))
        at(['environment'], `expected no environment namespace under ${PREVIEW_NAMESPACES} on cluster ${cluster.name}, got ${env.config.namespace} of ${env.name} (${env.locate(['namespace'])}): closing a pull request could delete it`);
      if (`datalens-${env.name}`.startsWith(PREVIEW_PREFIX))
        at(['environment'], `expected no environment named pr-<...> on a cluster with previews, got ${env.name} (${env.locate(['namespace'])}): its Application datalens-${env.name} would share the previews' names`);
    }
    if (cluster.config.argocd.namespace.startsWith(PREVIEW_PREFIX))
      at([], `expected Argo CD's namespace outside ${PREVIEW_NAMESPACES}, got ${cluster.config.argocd.namespace}`);
    for (const env of environments)
      if (new RegExp(`^pr-[0-9]+\\.${previews.hostSuffix.replace(/\./g, '\\.')}$`).test(env.config.domain))
        at(['hostSuffix'], `expected a suffix whose pr-<number> domains no environment has, got ${previews.hostSuffix}, under which ${env.name} has ${env.config.domain} (${env.locate(['domain'])})`);
  }
  return problems;
}
