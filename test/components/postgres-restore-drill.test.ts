import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { environmentSchema } from '../../config/schema';
import { prerequisitesOf } from '../../synth/prerequisites';
import { find, kinds, merge, PROD_BASE, render } from '../support/fixtures';

/*
 * The scheduled restore drill: the throwaway Cluster it creates (validated against the CRD like a
 * deployed object), its least-privilege RBAC and restricted pod, its alerts, and its script run by
 * a real shell against a stand-in kubectl.
 */

const rendered = render({ data: { postgres: { restoreDrill: { schedule: '15 2 * * *', maxAgeDays: 3, timeoutMinutes: 90 } } } }, PROD_BASE);
const configMap = find(rendered, 'ConfigMap', 'datalens-postgres-restore-drill');
const drillCluster = JSON.parse(configMap.data['cluster.json']);
const real = find(rendered, 'Cluster', 'datalens-postgres');
const cronJob = find(rendered, 'CronJob', 'datalens-postgres-restore-drill');
const pod = cronJob.spec.jobTemplate.spec.template.spec;

describe('the throwaway cluster of the restore drill', () => {
  it('is one instance recovered from the latest backup of the real cluster, shaped like it', () => {
    expect(drillCluster.metadata.name).toBe('datalens-postgres-drill');
    expect(drillCluster.spec.instances).toBe(1);
    expect(drillCluster.spec.bootstrap).toEqual({ recovery: { source: 'backups', database: 'datalens', owner: 'datalens' } });
    expect(drillCluster.spec.externalClusters).toEqual([
      { name: 'backups', plugin: { name: 'barman-cloud.cloudnative-pg.io', parameters: { barmanObjectName: 'datalens-postgres-backup', serverName: 'test' } } },
    ]);
    for (const field of ['imageName', 'storage', 'resources', 'serviceAccountTemplate']) expect([field, drillCluster.spec[field]]).toEqual([field, real.spec[field]]);
    // the same parameters and TLS-only pg_hba; no synchronous standby, since one instance has none to wait for
    const { synchronous, ...unreplicated } = real.spec.postgresql;
    expect(synchronous).toMatchObject({ method: 'any', number: 1 });
    expect(drillCluster.spec.postgresql).toEqual(unreplicated);
  });

  it('never archives, so it cannot write into any archive', () => {
    expect(drillCluster.spec.plugins).toBeUndefined();
    expect(drillCluster.spec.backup).toBeUndefined();
  });

  it('validates against the CloudNativePG Cluster CRD', () => {
    const { Cluster } = require('../../imports/validators/postgresql.cnpg.io/v1');
    expect(() => new Cluster(drillCluster).validate()).not.toThrow();
  });

  it("needs the backup role to trust the throwaway cluster's ServiceAccount too", () => {
    const irsa = prerequisitesOf(rendered).find((p) => p.what.startsWith('IAM role `arn:aws:iam::123456789012:role/pg`'))!;
    expect(irsa.neededBy).toEqual(['Cluster/datalens-postgres', 'Cluster/datalens-postgres-drill (created by ConfigMap/datalens-postgres-restore-drill)']);
  });
});

describe('the restore drill', () => {
  it('runs on its schedule, one run at a time, stopped after the restore timeout and its cleanup', () => {
    expect(cronJob.spec).toMatchObject({ schedule: '15 2 * * *', timeZone: 'Etc/UTC', concurrencyPolicy: 'Forbid' });
    expect(cronJob.spec.jobTemplate.spec).toMatchObject({ backoffLimit: 0, activeDeadlineSeconds: (90 + 20) * 60 });
    expect(pod.containers[0].env).toContainEqual({ name: 'DRILL_TIMEOUT', value: '90m' });
  });

  it('may create Clusters, and otherwise touch only the throwaway one and its pod: no Secrets, no other object', () => {
    const role = find(rendered, 'Role', 'datalens-postgres-restore-drill');
    expect(role.rules).toEqual([
      { apiGroups: ['postgresql.cnpg.io'], resources: ['clusters'], verbs: ['create'] },
      { apiGroups: ['postgresql.cnpg.io'], resources: ['clusters'], resourceNames: ['datalens-postgres-drill'], verbs: ['get', 'list', 'watch', 'delete'] },
      { apiGroups: [''], resources: ['pods'], resourceNames: ['datalens-postgres-drill-1'], verbs: ['get'] },
      { apiGroups: [''], resources: ['pods/exec'], resourceNames: ['datalens-postgres-drill-1'], verbs: ['get', 'create'] },
    ]);
    expect(find(rendered, 'RoleBinding', 'datalens-postgres-restore-drill')).toMatchObject({
      roleRef: { kind: 'Role', name: 'datalens-postgres-restore-drill' },
      subjects: [{ kind: 'ServiceAccount', name: 'datalens-postgres-restore-drill', namespace: 'datalens-prod-test' }],
    });
    expect(kinds(rendered, 'ClusterRole')).toEqual([]);
  });

  it('runs restricted, with an expiring API token mounted in its one container, not automounted', () => {
    expect(pod.automountServiceAccountToken).toBe(false);
    expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } });
    expect(pod.containers[0].securityContext).toMatchObject({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } });
    const token = pod.volumes.find((v: any) => v.name === 'kube-api-access');
    expect(token.projected.sources[0]).toEqual({ serviceAccountToken: { path: 'token', expirationSeconds: 3600 } });
    expect(pod.containers[0].volumeMounts).toContainEqual({ name: 'kube-api-access', mountPath: '/var/run/secrets/kubernetes.io/serviceaccount', readOnly: true });
  });

  it('reaches the Kubernetes API only, and its throwaway cluster S3, the API and its operator', () => {
    expect(find(rendered, 'NetworkPolicy', 'datalens-postgres-restore-drill').spec.egress.map((e: any) => e.to[0].ipBlock.cidr)).toEqual(['172.20.0.1/32', '10.0.0.0/28']);
    const throwaway = find(rendered, 'NetworkPolicy', 'datalens-postgres-drill').spec;
    expect(throwaway.podSelector).toEqual({ matchLabels: { 'cnpg.io/cluster': 'datalens-postgres-drill' } });
    expect(throwaway.ingress).toHaveLength(1);
  });

  it('alerts when the last successful drill is older than maxAgeDays, and when the last one failed', () => {
    const rules = find(rendered, 'PrometheusRule', 'datalens-postgres-restore-drill').spec.groups[0].rules;
    expect(rules.map((r: any) => r.alert)).toEqual(['DatalensPostgresRestoreDrillTooOld', 'DatalensPostgresRestoreDrillFailed']);
    expect(rules[0].expr).toBe(
      'time() - max(kube_cronjob_status_last_successful_time{namespace="datalens-prod-test",cronjob="datalens-postgres-restore-drill"}) > 259200 or (time() - max(kube_cronjob_created{namespace="datalens-prod-test",cronjob="datalens-postgres-restore-drill"}) > 259200 unless max(kube_cronjob_status_last_successful_time{namespace="datalens-prod-test",cronjob="datalens-postgres-restore-drill"}))',
    );
  });

  it('needs the backups it restores', () => {
    const parsed = environmentSchema.safeParse(merge(PROD_BASE, { tier: 'staging', data: { postgres: { backup: undefined, restoreDrill: {} } } }));
    expect(parsed.success ? [] : parsed.error.issues.map((i) => i.message)).toContain('expected data.postgres.backup: the drill restores the latest base backup of this cluster');
  });
});

describe('the drill script, run by sh against a stand-in kubectl', () => {
  const dir = mkdtempSync(join(tmpdir(), 'drill-'));
  writeFileSync(join(dir, 'drill.sh'), configMap.data['drill.sh']);
  writeFileSync(join(dir, 'cluster.json'), configMap.data['cluster.json']);
  // records every call; `wait` and `exec` answer as the scenario says
  writeFileSync(
    join(dir, 'kubectl'),
    ['#!/bin/sh', 'echo "$*" >> "$CALLS"', 'case "$*" in', '  *" wait "*) exit "${WAIT_STATUS:-0}" ;;', '  *" exec "*) echo "${CHECK_RESULT:-t}" ;;', 'esac', ''].join('\n'),
  );
  chmodSync(join(dir, 'kubectl'), 0o755);
  const env = Object.fromEntries((pod.containers[0].env as any[]).filter((e) => e.value !== undefined).map((e) => [e.name, e.value]));

  const run = (scenario: Record<string, string>) => {
    const calls = join(dir, `calls-${Math.random().toString(36).slice(2)}`);
    writeFileSync(calls, '');
    const result = spawnSync('sh', [join(dir, 'drill.sh')], { env: { ...env, NAMESPACE: 'datalens-prod-test', PATH: `${dir}:/usr/bin:/bin`, CALLS: calls, ...scenario }, encoding: 'utf8' });
    return { status: result.status, stdout: result.stdout, calls: readFileSync(calls, 'utf8').trim().split('\n') };
  };
  const ns = '--namespace datalens-prod-test';

  it('removes a leftover, restores, waits, checks, and removes the throwaway cluster', () => {
    const { status, stdout, calls } = run({});
    expect(status).toBe(0);
    expect(stdout).toMatch(/restore drill: restored in \d+s; check returned 't'/);
    expect(calls).toEqual([
      `${ns} delete clusters.postgresql.cnpg.io datalens-postgres-drill --ignore-not-found --wait=true --timeout=15m`,
      `${ns} create --filename ${dir}/cluster.json`,
      `${ns} wait clusters.postgresql.cnpg.io datalens-postgres-drill --for=condition=Ready --timeout=90m`,
      `${ns} exec datalens-postgres-drill-1 --container postgres -- psql --dbname datalens --no-align --tuples-only --command SELECT count(*) > 0 FROM information_schema.tables WHERE table_schema = 'public'`,
      `${ns} delete clusters.postgresql.cnpg.io datalens-postgres-drill --ignore-not-found --wait=false`,
    ]);
  });

  it('fails when the check does not return true, and still removes the throwaway cluster', () => {
    const { status, calls } = run({ CHECK_RESULT: 'f' });
    expect(status).not.toBe(0);
    expect(calls[calls.length - 1]).toBe(`${ns} delete clusters.postgresql.cnpg.io datalens-postgres-drill --ignore-not-found --wait=false`);
  });

  it('fails when the restore does not finish in time, without a check, and still removes the throwaway cluster', () => {
    const { status, calls } = run({ WAIT_STATUS: '1' });
    expect(status).not.toBe(0);
    expect(calls.some((c) => c.includes(' exec '))).toBe(false);
    expect(calls[calls.length - 1]).toBe(`${ns} delete clusters.postgresql.cnpg.io datalens-postgres-drill --ignore-not-found --wait=false`);
  });
});
