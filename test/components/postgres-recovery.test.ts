import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadEnvironments } from '../../config/load';
import { environmentSchema } from '../../config/schema';
import type { RenderedEnvironment } from '../../synth/render';
import type { Manifest } from '../../synth/manifest';
import { DEV_BASE, find, kinds, merge, PROD_BASE, render, writeProject } from '../support/fixtures';

/*
 * Restore, point-in-time recovery and the standby replica cluster, declared in the environment:
 * each form synthesised and validated against the CloudNativePG 1.30 and Barman Cloud 0.14 CRDs.
 */

type Model = new (data: unknown) => { validate(): void };
const validatorOf = (m: Manifest): Model => {
  const [group, version] = m.apiVersion.split('/');
  return require(`../../imports/validators/${group}/${version}`)[m.kind];
};
/** Every custom resource of CloudNativePG and the plugin in the rendering, validated against its CRD. */
const crdViolations = (rendered: RenderedEnvironment) =>
  rendered.files
    .flatMap((f) => f.manifests)
    .filter((m) => /cnpg\.io\//.test(m.apiVersion))
    .flatMap((m) => {
      try {
        new (validatorOf(m))(m).validate();
        return [];
      } catch (error) {
        return [`${m.kind}/${m.metadata.name}: ${(error as Error).message}`];
      }
    });

const restored = (recovery: Record<string, unknown>, backup: Record<string, unknown> = { serverName: 'test-2' }) => render({ data: { postgres: { backup, recovery } } }, PROD_BASE);

describe.each([
  ['the latest state', { serverName: 'test' }, undefined],
  ['a point in time', { serverName: 'test', target: { time: '2026-11-20T09:14:00+05:30' } }, { targetTime: '2026-11-20T09:14:00+05:30' }],
  ['a WAL location', { serverName: 'test', target: { lsn: '0/3000060' } }, { targetLSN: '0/3000060' }],
])('recovery to %s', (_what, recovery, target) => {
  const rendered = restored(recovery);
  const cluster = find(rendered, 'Cluster', 'datalens-postgres');

  it('bootstraps from the archive instead of an empty database, with the application owner', () => {
    expect(cluster.spec.bootstrap).toEqual({ recovery: { source: 'origin', database: 'datalens', owner: 'datalens', ...(target ? { recoveryTarget: target } : {}) } });
    expect(cluster.spec.replica).toBeUndefined();
  });

  it('reads the old archive through a store of its own, which prunes nothing, and archives to the new serverName', () => {
    expect(cluster.spec.externalClusters).toEqual([
      { name: 'origin', plugin: { name: 'barman-cloud.cloudnative-pg.io', parameters: { barmanObjectName: 'datalens-postgres-recovery', serverName: 'test' } } },
    ]);
    expect(cluster.spec.plugins[0].parameters).toEqual({ barmanObjectName: 'datalens-postgres-backup', serverName: 'test-2' });
    const source = find(rendered, 'ObjectStore', 'datalens-postgres-recovery');
    expect(source.spec.retentionPolicy).toBeUndefined();
    expect(source.spec.configuration).toMatchObject({ destinationPath: 's3://backups/pg', endpointURL: 'https://s3.ap-south-1.amazonaws.com', s3Credentials: { inheritFromIAMRole: true } });
    // the store the cluster depends on outlives a prune or an Application deletion, like the backup store
    expect(source.metadata.annotations['argocd.argoproj.io/sync-options']).toBe('Prune=false,Delete=false');
  });

  it('restarts the API on the sync that recovers, so it reads the new generated credentials', () => {
    const annotations = find(rendered, 'Deployment', 'datalens-api').spec.template.metadata.annotations;
    const point = 'target' in recovery ? Object.values(recovery.target)[0] : 'latest';
    expect(annotations['datalens.io/database-origin']).toBe(`test:${point}`);
  });

  it('validates against the CloudNativePG and Barman Cloud CRDs', () => {
    expect(crdViolations(rendered)).toEqual([]);
  });
});

describe('a standby replica cluster in another region', () => {
  const standby = restored({ serverName: 'prod', destinationPath: 's3://prod-backups/cnpg', region: 'ap-south-1', replica: true }, { destinationPath: 's3://dr-backups/cnpg', region: 'ap-south-2' });
  const cluster = find(standby, 'Cluster', 'datalens-postgres');

  it('replays the source archive, read across regions, and archives to its own bucket', () => {
    expect(cluster.spec.replica).toEqual({ enabled: true, source: 'origin' });
    expect(find(standby, 'ObjectStore', 'datalens-postgres-recovery').spec.configuration).toMatchObject({ destinationPath: 's3://prod-backups/cnpg', endpointURL: 'https://s3.ap-south-1.amazonaws.com' });
    expect(find(standby, 'ObjectStore', 'datalens-postgres-backup').spec.configuration).toMatchObject({ destinationPath: 's3://dr-backups/cnpg', endpointURL: 'https://s3.ap-south-2.amazonaws.com' });
  });

  it('runs the data tier only: no API, migration, frontend or edge to write to a read-only database', () => {
    expect(kinds(standby, 'Deployment')).toEqual([]);
    expect(kinds(standby, 'Job')).toEqual([]);
    expect(kinds(standby, 'HTTPRoute')).toEqual([]);
    expect(kinds(standby, 'Stream').length).toBe(3);
  });

  it('alerts when it falls behind its source, instead of on in-cluster replication lag', () => {
    const alerts = find(standby, 'PrometheusRule', 'datalens-postgres').spec.groups[0].rules.map((r: any) => r.alert);
    expect(alerts).toContain('DatalensPostgresReplicaClusterBehind');
    expect(alerts).not.toContain('DatalensPostgresReplicationLag');
  });

  it('is promoted by one change, replica: false, which brings the application tier', () => {
    const promoted = restored({ serverName: 'prod', destinationPath: 's3://prod-backups/cnpg', region: 'ap-south-1', replica: false }, { destinationPath: 's3://dr-backups/cnpg', region: 'ap-south-2' });
    const after = find(promoted, 'Cluster', 'datalens-postgres');
    expect(after.spec.replica).toEqual({ enabled: false, source: 'origin' });
    // nothing the operator refuses to change in place: the bootstrap is the same
    expect(after.spec.bootstrap).toEqual(cluster.spec.bootstrap);
    expect(kinds(promoted, 'Deployment').map((d) => d.metadata.name).sort()).toEqual(['datalens-api', 'datalens-frontend']);
    expect(crdViolations(promoted)).toEqual([]);
  });

  it('validates against the CloudNativePG and Barman Cloud CRDs', () => {
    expect(crdViolations(standby)).toEqual([]);
  });
});

describe('recovery declarations', () => {
  const problems = (postgres: Record<string, unknown>) => {
    const parsed = environmentSchema.safeParse(merge(PROD_BASE, { data: { postgres } }));
    return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('need the backup settings they read the archive with', () => {
    expect(problems({ backup: undefined, recovery: { serverName: 'old' } })).toContain(
      'data.postgres.recovery: expected data.postgres.backup as well: a recovered cluster reads the archive with the backup credentials and archives to a serverName of its own',
    );
  });

  it('refuse a target for a replica cluster, and targets that are not a time with its offset or an LSN', () => {
    expect(problems({ recovery: { serverName: 'old', replica: true, target: { lsn: '0/1' } } })).toEqual([
      'data.postgres.recovery.target: expected no target for a replica cluster: it follows the archive to its end (a target is for a one-off restore)',
    ]);
    expect(problems({ recovery: { serverName: 'old', target: { time: '2026-11-20 09:14:00' } } })).toHaveLength(1);
    expect(problems({ recovery: { serverName: 'old', target: { lsn: 'latest' } } })).toHaveLength(1);
  });

  it('refuse writing to the archive the cluster recovers from, naming the field and a way out', () => {
    const root = mkdtempSync(join(tmpdir(), 'datalens-recovery-'));
    writeProject(root, { prod: merge(PROD_BASE, { data: { postgres: { recovery: { serverName: 'prod' } } } }), dev: DEV_BASE });
    expect(() => loadEnvironments(join(root, 'environments'), join(root, 'clusters'))).toThrow(
      /environments\/prod\.yaml:\d+:\d+: data\.postgres\.backup\.serverName: expected an archive other than the one the cluster recovers from \(s3:\/\/backups\/pg\/prod\), got prod: .*set backup\.serverName, for example prod-2\)/,
    );
  });
});
