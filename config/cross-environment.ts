import type { Environment } from './schema';

/** An environment with a way to point at its fields (file:line:col). */
export interface LocatedEnvironment extends Environment {
  readonly locate: (path: readonly (string | number)[]) => string;
  /** '' or ` (inherited by <file> through extends)` when the field's value came from an environment this one extends. */
  readonly inherited: (path: readonly (string | number)[]) => string;
}

/** Something two environments must never share, and where each keeps it. */
interface UniqueClaim {
  /** What is claimed, for the message. */
  readonly what: string;
  /** Why sharing it breaks something. */
  readonly because: string;
  /**
   * The claim (`key`, unique among environments), how to show it, and the field holding it; or
   * nothing when the environment makes no such claim.
   */
  readonly claim: (env: Environment) => { key: string; shown: string; path: (string | number)[] } | undefined;
}

const shown = (value: string, path: (string | number)[]) => ({ key: value, shown: JSON.stringify(value), path });

const CLAIMS: readonly UniqueClaim[] = [
  {
    what: 'a namespace',
    because: 'both would own the same objects',
    claim: (env) => ({ key: `${env.cluster.name}/${env.config.namespace}`, shown: `"${env.config.namespace}" on cluster ${env.cluster.name}`, path: ['namespace'] }),
  },
  {
    what: 'a domain',
    because: 'the hosts cc., admin., portal. and api. under it would be served by two environments',
    claim: (env) => shown(env.config.domain, ['domain']),
  },
  {
    what: 'a secret key prefix',
    because: 'both would read the same credentials',
    claim: (env) => (env.config.secrets.provider === 'external-secrets' ? shown(secretKeyPrefix(env)!, ['secrets', 'keyPrefix']) : undefined),
  },
  {
    what: 'an evidence bucket',
    because: "one environment's evidence would mix with another's",
    claim: (env) => (env.config.data.objectStore.mode === 's3' ? shown(evidenceBucket(env)!, ['data', 'objectStore', 'bucket']) : undefined),
  },
  {
    what: 'a PostgreSQL backup archive (destinationPath and serverName)',
    because: "two clusters archiving into one Barman folder corrupt each other's backups",
    claim: (env) => {
      const pg = env.config.data.postgres;
      if (pg.mode !== 'cloudnative-pg' || !pg.backup) return undefined;
      return shown(archiveOf(env)!, ['data', 'postgres', 'backup', pg.backup.serverName ? 'serverName' : 'destinationPath']);
    },
  },
];

/** The folder of an environment's archive under the backup destination: its own name unless set. */
export function backupServerName(env: Environment): string {
  const pg = env.config.data.postgres;
  return (pg.mode === 'cloudnative-pg' && pg.backup?.serverName) || env.name;
}

/** The prefix of an environment's keys in its secret store: `datalens/<name>` unless set (external-secrets only). */
export function secretKeyPrefix(env: Environment): string | undefined {
  const secrets = env.config.secrets;
  return secrets.provider === 'external-secrets' ? (secrets.keyPrefix ?? `datalens/${env.name}`) : undefined;
}

/** The S3 evidence bucket of an environment that sets none. */
export const defaultEvidenceBucket = (environment: string) => `datalens-${environment}-evidence`;

/** An environment's S3 evidence bucket: `datalens-<name>-evidence` unless set (s3 mode only). */
export function evidenceBucket(env: Environment): string | undefined {
  const store = env.config.data.objectStore;
  return store.mode === 's3' ? (store.bucket ?? defaultEvidenceBucket(env.name)) : undefined;
}

const trimmed = (path: string) => path.replace(/\/+$/, '');

/** The archive an environment's cluster was or is recovered from (`destinationPath/serverName`), if any. */
export function recoverySourceOf(env: Environment): string | undefined {
  const pg = env.config.data.postgres;
  if (pg.mode !== 'cloudnative-pg' || !pg.recovery || !pg.backup) return undefined;
  return `${trimmed(pg.recovery.destinationPath ?? pg.backup.destinationPath)}/${pg.recovery.serverName}`;
}

/** The archive an environment's cluster writes (`destinationPath/serverName`), if it archives. */
export function archiveOf(env: Environment): string | undefined {
  const pg = env.config.data.postgres;
  if (pg.mode !== 'cloudnative-pg' || !pg.backup) return undefined;
  return `${trimmed(pg.backup.destinationPath)}/${backupServerName(env)}`;
}

/**
 * Problems between environments, one line each naming both files: shared namespaces on a cluster,
 * hosts, secret key prefixes, buckets and backup archives; a dev-tier environment (placeholder
 * secrets, MailHog) on a cluster that runs a prod-tier one; an environment in the namespace its
 * cluster's Argo CD runs in.
 */
export function crossEnvironmentProblems(environments: readonly LocatedEnvironment[]): string[] {
  const problems: string[] = [];
  for (const { what, because, claim } of CLAIMS) {
    const owners = new Map<string, LocatedEnvironment>();
    for (const env of environments) {
      const claimed = claim(env);
      if (!claimed) continue;
      const owner = owners.get(claimed.key);
      if (!owner) owners.set(claimed.key, env);
      else
        problems.push(
          `${env.locate(claimed.path)}: ${claimed.path.join('.')}: expected ${what} of its own, got ${claimed.shown}, which ${owner.locate(claim(owner)!.path)} (${owner.name}) uses too: ${because}${env.inherited(claimed.path)}`,
        );
    }
  }
  for (const env of environments) {
    const source = recoverySourceOf(env);
    if (source && source === archiveOf(env)) {
      const pg = env.config.data.postgres as Extract<Environment['config']['data']['postgres'], { mode: 'cloudnative-pg' }>;
      problems.push(
        `${env.locate(['data', 'postgres', 'backup', pg.backup!.serverName ? 'serverName' : 'destinationPath'])}: data.postgres.backup.serverName: expected an archive other than the one the cluster recovers from (${source}), got ${backupServerName(env)}: a recovered cluster must write to a new serverName, or it would overwrite the backups it came from (set backup.serverName, for example ${pg.recovery!.serverName}-2)${env.inherited(['data', 'postgres', 'backup', pg.backup!.serverName ? 'serverName' : 'destinationPath'])}`,
      );
    }
    if (env.config.namespace === env.cluster.config.argocd.namespace)
      problems.push(`${env.locate(['namespace'])}: namespace: expected a namespace of DataLens's own, got ${env.config.namespace}, where Argo CD runs on cluster ${env.cluster.name}${env.inherited(['namespace'])}`);
    const sibling = environments.find((other) => other.cluster.name === env.cluster.name && other.config.argocd.repoURL !== env.config.argocd.repoURL);
    if (sibling && sibling.name < env.name)
      problems.push(
        `${env.locate(['argocd', 'repoURL'])}: argocd.repoURL: expected the repository of the other environments on cluster ${env.cluster.name}, whose root Application reads them all, got ${env.config.argocd.repoURL} where ${sibling.locate(['argocd', 'repoURL'])} (${sibling.name}) has ${sibling.config.argocd.repoURL}${env.inherited(['argocd', 'repoURL'])}`,
      );
    if (env.config.tier !== 'dev') continue;
    const prod = environments.find((other) => other.cluster.name === env.cluster.name && other.config.tier === 'prod');
    if (prod)
      problems.push(
        `${env.locate(['cluster'])}: cluster: expected a cluster without prod-tier environments for the dev tier (placeholder secrets, MailHog), got ${env.cluster.name}, which runs ${prod.name} (${prod.locate(['tier'])})${env.inherited(['cluster'])}`,
      );
  }
  return problems;
}
