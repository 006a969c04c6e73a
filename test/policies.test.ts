import { join } from 'node:path';
import { loadEnvironments } from '../config/load';
import { isStandby } from '../config/postgres-recovery-schema';
import { renderEnvironment } from '../synth/render';
import { kinds, manifests } from './support/fixtures';

/* Rules every committed environment must follow, checked on its synthesised objects. */

const environments = loadEnvironments(join(__dirname, '..', 'environments')).map(renderEnvironment);

describe.each(environments.map((r) => [r.environment.name, r] as const))('%s', (_name, rendered) => {
  const workloads = manifests(rendered).filter((m) => ['Deployment', 'StatefulSet'].includes(m.kind)) as any[];
  /** Every pod template the environment runs: workloads, Jobs and the Jobs of CronJobs. */
  const podTemplates = [...workloads, ...kinds(rendered, 'Job')].map((w) => w.spec.template).concat(kinds(rendered, 'CronJob').map((c) => c.spec.jobTemplate.spec.template));

  it('enforces the restricted Pod Security Standard on its namespace', () => {
    expect(kinds(rendered, 'Namespace')[0].metadata.labels['pod-security.kubernetes.io/enforce']).toBe('restricted');
  });

  it('probes every long-running container, and checks readiness of every server', () => {
    for (const workload of workloads) {
      const [server, ...sidecars] = workload.spec.template.spec.containers;
      expect([workload.metadata.name, Boolean(server.livenessProbe), Boolean(server.readinessProbe)]).toEqual([workload.metadata.name, true, true]);
      for (const sidecar of sidecars) expect([workload.metadata.name, sidecar.name, Boolean(sidecar.livenessProbe)]).toEqual([workload.metadata.name, sidecar.name, true]);
    }
  });

  it('gives every replicated workload a PDB and spreads it over nodes', () => {
    const budgets = kinds(rendered, 'PodDisruptionBudget').map((p) => p.metadata.name);
    for (const workload of workloads.filter((w) => (w.spec.replicas ?? 2) > 1)) {
      expect([workload.metadata.name, budgets.includes(workload.metadata.name)]).toEqual([workload.metadata.name, true]);
      expect(workload.spec.template.spec.topologySpreadConstraints[0].topologyKey).toBe('kubernetes.io/hostname');
    }
  });

  it('keeps every data volume when a StatefulSet is scaled down or deleted', () => {
    for (const set of kinds(rendered, 'StatefulSet')) expect(set.spec.persistentVolumeClaimRetentionPolicy).toEqual({ whenDeleted: 'Retain', whenScaled: 'Retain' });
  });

  it('shuts down gracefully: a drain before SIGTERM for the HTTP servers', () => {
    // (a standby environment runs neither until it is promoted)
    const servers = workloads.filter((w) => w.kind === 'Deployment' && ['datalens-api', 'datalens-frontend'].includes(w.metadata.name));
    expect(servers.length).toBe(isStandby(rendered.environment.config.data.postgres) ? 0 : 2);
    for (const deployment of servers) expect(deployment.spec.template.spec.containers[0].lifecycle.preStop.exec.command[0]).toBe('sleep');
  });

  it('gives every pod its own ServiceAccount, without a token', () => {
    const accounts = new Set(kinds(rendered, 'ServiceAccount').map((a) => a.metadata.name));
    for (const template of podTemplates) {
      expect(accounts.has(template.spec.serviceAccountName)).toBe(true);
      expect(template.spec.automountServiceAccountToken).toBe(false);
    }
    for (const account of kinds(rendered, 'ServiceAccount')) expect(account.automountServiceAccountToken).toBe(false);
  });

  it('pins every image by tag or digest', () => {
    const images = podTemplates.flatMap((t) => t.spec.containers.map((c: any) => c.image));
    for (const image of images) expect(image).toMatch(/(:[A-Za-z0-9_][A-Za-z0-9_.-]*|@sha256:[a-f0-9]{64})$/);
    expect(images.filter((image) => image.endsWith(':latest'))).toEqual([]);
  });
});
