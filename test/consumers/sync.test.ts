import { environmentsOnDisk, objectsOnDisk, type Json, type ObjectOnDisk } from '../support/on-disk';
import {
  BUILT_IN_CNPG_PHASE_HEALTH,
  compareStep,
  customizationChecks,
  describeTask,
  groupKind,
  healthCustomizationsFor,
  kindRank,
  luaAvailable,
  luaHealthCheck,
  resourceHealth,
  runHealthLua,
  simulateSync,
  syncPhasesOf,
  syncTasks,
  type HealthCheck,
  type Scenario,
  type SyncTask,
} from '../support/argocd-sync-model';

/*
 * The committed manifests as an Argo CD 3.5 sync operation would apply them (the model and its
 * upstream sources: test/support/argocd-sync-model.ts). Each scenario says what the cluster reports
 * for some objects; everything else settles healthy. The tests are generic over the environments in
 * dist/ and name no object, only kinds.
 *
 * The CloudNativePG Cluster is judged by our own health check, run by a real Lua 5.1 interpreter
 * (the Debian package lua5.1): the copy in the argocd-cm that the environment's cluster ships in
 * dist/argocd/<cluster>/.
 */

const WORKLOAD_KINDS = new Set([
  'apps/Deployment', 'apps/StatefulSet', 'apps/DaemonSet', 'batch/Job', 'batch/CronJob',
  'postgresql.cnpg.io/Cluster', 'postgresql.cnpg.io/Pooler',
]);
const isWorkload = (t: SyncTask) => WORKLOAD_KINDS.has(`${t.group}/${t.kind}`);
const ofKind = (gk: string) => (o: Json) => groupKind(o) === gk;
/**
 * The edge's certificate: a platform issuer (ACME) decides when it is ready, so it gates nothing.
 * The internal PKI's certificates (label datalens.io/internal-pki) are the servers' own key
 * material and come deliberately before them, with the Secrets: a server cannot start without it.
 */
const isCertificate = (object: Json) => ofKind('cert-manager.io/Certificate')(object) && object.metadata?.labels?.['datalens.io/internal-pki'] === undefined;
const isHpa = ofKind('autoscaling/HorizontalPodAutoscaler');
const isIngress = ofKind('networking.k8s.io/Ingress');
const isCnpgCluster = ofKind('postgresql.cnpg.io/Cluster');
const describeAll = (tasks: readonly SyncTask[]) => tasks.map(describeTask);

/** A scenario where the objects that match report `status(observation)`, and all others settle. */
const when =
  (match: (o: Json) => boolean, status: (observation: number) => Json | undefined): Scenario =>
  (o, n) =>
    match(o) ? status(n) : undefined;

/** The earliest (phase, wave) among some tasks. */
const firstStep = (tasks: readonly SyncTask[]) => [...tasks].sort(compareStep)[0];

const CLUSTER_KEY = 'postgresql.cnpg.io/Cluster';

// --- statuses the cluster reports in the scenarios ---------------------------------------------

/** cert-manager while an order is pending forever (HTTP-01 solver unreachable, rate limit). */
const CERTIFICATE_ISSUING = {
  conditions: [
    { type: 'Ready', status: 'False', reason: 'DoesNotExist', message: 'Issuing certificate as Secret does not exist' },
    { type: 'Issuing', status: 'True', reason: 'DoesNotExist', message: 'Issuing certificate as Secret does not exist' },
  ],
};
/** cert-manager after a failed issuance, waiting to retry. */
const CERTIFICATE_REFUSED = {
  conditions: [
    { type: 'Ready', status: 'False', reason: 'Failed', message: 'The certificate request has failed to complete and will be retried' },
    { type: 'Issuing', status: 'False', reason: 'Failed', message: 'The certificate request has failed to complete and will be retried' },
  ],
};
/** The HPA controller without metrics-server. */
const HPA_WITHOUT_METRICS = {
  conditions: [
    { type: 'AbleToScale', status: 'True', reason: 'SucceededGetScale' },
    { type: 'ScalingActive', status: 'False', reason: 'FailedGetResourceMetric', message: 'unable to get metrics for resource cpu: no metrics returned from resource metrics API' },
  ],
};
const JOB_FAILED = {
  failed: 3,
  conditions: [{ type: 'Failed', status: 'True', reason: 'BackoffLimitExceeded', message: 'Job has reached the specified backoff limit' }],
};
const clusterStatus = (phase: string, phaseReason = '') => ({
  phase,
  phaseReason,
  conditions: [{ type: 'Ready', status: phase === 'Cluster in healthy state' ? 'True' : 'False', reason: 'ClusterIsNotReady' }],
});

/**
 * Phases CloudNativePG v1.30.0 passes through on its own while it rolls out a change, moves the
 * primary or replaces an instance (api/v1/cluster_types.go): none may fail a sync.
 */
const ROLLING_PHASES = [
  'Setting up primary',
  'Creating a new replica',
  'Waiting for the instances to become active',
  'Upgrading cluster',
  'Cluster upgrade delayed',
  'Online upgrade in progress',
  'Upgrading Postgres major version',
  'Applying configuration',
  'Primary instance is being restarted in-place',
  'Primary instance is being restarted without a switchover',
  'Switchover in progress',
  'Failing over',
  'Promoting to primary cluster',
];
/** Phases in which the operator has stopped until someone fixes something: the sync must fail. */
const FAILED_PHASES = [
  'Cluster is unrecoverable and needs manual intervention',
  'Unable to create required cluster objects',
  'Invalid cluster definition',
  'Cluster cannot proceed to reconciliation due to an unknown plugin being required',
  'Cluster cannot proceed to reconciliation due to an error while interacting with plugins',
  'Cluster has incomplete or invalid image catalog',
  'Cluster cannot execute instance online upgrade due to missing architecture binary',
  'Not enough disk space',
  'Instance Status Extraction Error: HTTP communication issue',
];

// --- the model itself, on tiny synthetic object sets --------------------------------------------

let serial = 0;
function object(apiVersion: string, kind: string, wave: number, extra: Json = {}): ObjectOnDisk {
  const { annotations, ...rest } = extra;
  return {
    file: 'synthetic.yaml',
    object: {
      apiVersion, kind,
      metadata: { name: `${kind.toLowerCase()}-${++serial}`, namespace: 'ns', annotations: { 'argocd.argoproj.io/sync-wave': String(wave), ...annotations } },
      ...rest,
    },
  };
}
const deployment = (wave: number) => object('apps/v1', 'Deployment', wave, { spec: { replicas: 2 } });
const configMap = (wave: number) => object('v1', 'ConfigMap', wave);
const syncHookJob = (wave: number, hook = 'Sync') => object('batch/v1', 'Job', wave, { annotations: { 'argocd.argoproj.io/hook': hook } });
const PROGRESSING_DEPLOYMENT = { observedGeneration: 1, replicas: 2, updatedReplicas: 1, availableReplicas: 1 };
const DEGRADED_DEPLOYMENT = { observedGeneration: 1, conditions: [{ type: 'Progressing', status: 'False', reason: 'ProgressDeadlineExceeded' }] };
const is = (o: ObjectOnDisk) => (x: Json) => x === o.object;

describe('the Argo CD sync model', () => {
  it('waits on a Progressing resource: the next wave is never applied', () => {
    const [a, b] = [deployment(0), configMap(1)];
    const run = simulateSync([a, b], { scenario: when(is(a), () => PROGRESSING_DEPLOYMENT) });
    expect(run.outcome).toBe('Hangs');
    expect(run.notApplied.map((t) => t.object)).toEqual([b.object]);
    expect(run.waitingFor.map((t) => t.object)).toEqual([a.object]);
    expect(run.stoppedAt).toEqual({ phase: 'Sync', wave: 0 });
  });

  it('goes on once the resource becomes Healthy', () => {
    const [a, b] = [deployment(0), configMap(1)];
    const run = simulateSync([a, b], { scenario: when(is(a), (n) => (n <= 5 ? PROGRESSING_DEPLOYMENT : undefined)) });
    expect(run.outcome).toBe('Succeeded');
    const [ta, tb] = run.tasks;
    expect(ta.completedAt).toBe(ta.appliedAt! + 6);
    expect(tb.appliedAt).toBeGreaterThanOrEqual(ta.completedAt!);
  });

  it('fails on a Degraded resource, even one that would recover, and applies nothing after it', () => {
    for (const recovers of [false, true]) {
      const [a, b] = [deployment(0), configMap(1)];
      const run = simulateSync([a, b], { scenario: when(is(a), (n) => (n === 1 || !recovers ? DEGRADED_DEPLOYMENT : undefined)) });
      expect(run.outcome).toBe('Failed');
      expect(run.failed.map((t) => t.object)).toEqual([a.object]);
      expect(run.notApplied.map((t) => t.object)).toEqual([b.object]);
    }
  });

  it('keeps waiting on Suspended and Unknown resources (the built-in CloudNativePG check makes an unrecoverable Cluster Suspended)', () => {
    for (const phase of ['Cluster is unrecoverable and needs manual intervention', 'a phase nobody knows']) {
      const [a, b] = [object('postgresql.cnpg.io/v1', 'Cluster', 0), configMap(1)];
      const run = simulateSync([a, b], { scenario: when(is(a), () => clusterStatus(phase)) });
      expect(run.outcome).toBe('Hangs');
      expect(run.waitingFor[0].health?.status).toBe(phase.startsWith('Cluster') ? 'Suspended' : 'Unknown');
    }
  });

  it('does not wait for the health of the last wave, unless it holds a hook', () => {
    const [a, b] = [configMap(0), object('networking.k8s.io/v1', 'Ingress', 1)];
    const run = simulateSync([a, b], { scenario: when(is(b), () => ({ loadBalancer: {} })) });
    expect(run.outcome).toBe('Succeeded');
    expect(run.tasks[1].state).toBe('Running');

    const [c, d] = [configMap(0), syncHookJob(1)];
    expect(simulateSync([c, d], { scenario: when(is(d), () => ({})) }).outcome).toBe('Hangs');
    expect(simulateSync([c, d], { scenario: when(is(d), () => JOB_FAILED) }).outcome).toBe('Failed');
    expect(simulateSync([c, d]).outcome).toBe('Succeeded');
  });

  it('does not wait at all when everything is in one wave, except for hooks', () => {
    const [a] = [deployment(0)];
    expect(simulateSync([a], { scenario: () => PROGRESSING_DEPLOYMENT }).outcome).toBe('Succeeded');
    const [b, c] = [deployment(0), syncHookJob(0)];
    expect(simulateSync([b, c], { scenario: when(is(c), () => ({})) }).outcome).toBe('Hangs');
  });

  it("judges a CronJob by its last run, as argo-cd v3.5.1's batch/CronJob check", () => {
    const health = (status?: Json, spec: Json = {}) => resourceHealth({ apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name: 'c' }, spec, ...(status ? { status } : {}) })?.status;
    expect(health()).toBe('Progressing');
    expect(health({})).toBe('Healthy');
    expect(health({ lastScheduleTime: '2026-11-22T04:30:00Z' })).toBe('Healthy');
    expect(health({ lastScheduleTime: '2026-11-22T04:30:00Z', lastSuccessfulTime: '2026-11-15T04:31:00Z' })).toBe('Degraded');
    expect(health({ lastScheduleTime: '2026-11-22T04:30:00Z', lastSuccessfulTime: '2026-11-15T04:31:00Z', active: [{ name: 'j' }] })).toBe('Healthy');
    expect(health({ lastScheduleTime: '2026-11-22T04:30:00Z', lastSuccessfulTime: '2026-11-22T04:41:00Z' })).toBe('Healthy');
    expect(health({ lastScheduleTime: '2026-11-22T04:30:00Z', lastSuccessfulTime: '2026-11-15T04:31:00Z' }, { suspend: true })).toBe('Healthy');
  });

  it('counts kinds without a health check as healthy at once', () => {
    const none = [
      object('monitoring.coreos.com/v1', 'ServiceMonitor', 0), object('monitoring.coreos.com/v1', 'PodMonitor', 0),
      object('monitoring.coreos.com/v1', 'PrometheusRule', 0), object('postgresql.cnpg.io/v1', 'Pooler', 0),
      object('postgresql.cnpg.io/v1', 'ScheduledBackup', 0), object('barmancloud.cnpg.io/v1', 'ObjectStore', 0),
      object('policy/v1', 'PodDisruptionBudget', 0), object('networking.k8s.io/v1', 'NetworkPolicy', 0),
      object('v1', 'ServiceAccount', 0), object('v1', 'Secret', 0), configMap(0),
    ];
    const run = simulateSync([...none, configMap(1)], { scenario: () => ({ anything: 'at all' }) });
    expect(run.outcome).toBe('Succeeded');
    for (const t of run.tasks.slice(0, none.length)) expect([t.state, t.health, t.completedAt]).toEqual(['Succeeded', null, 1]);
  });

  it('runs a Sync hook in its wave and goes on only once the Job completes', () => {
    const [job, next] = [syncHookJob(0), deployment(1)];
    const slow = simulateSync([job, next], { scenario: when(is(job), (n) => (n < 4 ? { active: 1 } : undefined)) });
    expect(slow.outcome).toBe('Succeeded');
    expect(slow.tasks[1].appliedAt).toBe(slow.tasks[0].appliedAt! + 4);
    const failing = simulateSync([job, next], { scenario: when(is(job), () => JOB_FAILED) });
    expect([failing.outcome, failing.notApplied.map((t) => t.object)]).toEqual(['Failed', [next.object]]);
  });

  it('keeps a Job that is both an Argo CD Sync hook and a Helm hook a Sync hook in its wave (hook.go: Helm types only without an Argo CD one)', () => {
    const both = object('batch/v1', 'Job', 3, {
      annotations: {
        'argocd.argoproj.io/hook': 'Sync',
        'argocd.argoproj.io/hook-delete-policy': 'BeforeHookCreation',
        'helm.sh/hook': 'post-install,pre-upgrade',
        'helm.sh/hook-delete-policy': 'before-hook-creation',
      },
    });
    expect(syncPhasesOf(both.object)).toEqual(['Sync']);
    const run = simulateSync([deployment(2), both, deployment(4)]);
    expect(run.tasks.map((t) => [t.kind, t.phase, t.wave, t.hook])).toEqual([
      ['Deployment', 'Sync', 2, false],
      ['Job', 'Sync', 3, true],
      ['Deployment', 'Sync', 4, false],
    ]);
    // a Helm hook alone would be a PreSync and a PostSync hook
    expect(syncPhasesOf(object('batch/v1', 'Job', 3, { annotations: { 'helm.sh/hook': 'post-install,pre-upgrade' } }).object).sort()).toEqual(['PostSync', 'PreSync']);
  });

  it('runs SyncFail hooks only when the operation fails', () => {
    const [a, b, onFail] = [deployment(0), configMap(1), syncHookJob(0, 'SyncFail')];
    const ok = simulateSync([a, b, onFail]);
    expect([ok.outcome, ok.notApplied.map((t) => t.object)]).toEqual(['Succeeded', [onFail.object]]);
    const failed = simulateSync([a, b, onFail], { scenario: when(is(a), () => DEGRADED_DEPLOYMENT) });
    expect([failed.outcome, failed.applied.map((t) => t.object)]).toEqual(['Failed', [a.object, onFail.object]]);
  });

  it('orders a wave by kind (custom resources last), then name; skips Skip hooks; moves a namespace ahead of its first user', () => {
    const kinds: [string, string][] = [
      ['networking.k8s.io/v1', 'Ingress'], ['example.com/v1', 'Widget'], ['batch/v1', 'Job'], ['apps/v1', 'StatefulSet'],
      ['autoscaling/v2', 'HorizontalPodAutoscaler'], ['apps/v1', 'Deployment'], ['v1', 'Service'], ['v1', 'ConfigMap'],
      ['v1', 'ServiceAccount'], ['networking.k8s.io/v1', 'NetworkPolicy'],
    ];
    const skipped = object('v1', 'ConfigMap', 0, { annotations: { 'argocd.argoproj.io/hook': 'Skip' } });
    const run = simulateSync([...kinds.map(([v, k]) => object(v, k, 0)), skipped]);
    expect(run.applied.map((t) => t.kind)).toEqual([
      'NetworkPolicy', 'ServiceAccount', 'ConfigMap', 'Service', 'Deployment', 'HorizontalPodAutoscaler', 'StatefulSet', 'Job', 'Ingress', 'Widget',
    ]);
    expect(syncPhasesOf(skipped.object)).toEqual([]);

    const ns: ObjectOnDisk = { file: 'synthetic.yaml', object: { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'ns', annotations: { 'argocd.argoproj.io/sync-wave': '5' } } } };
    const moved = simulateSync([configMap(1), ns]);
    expect(moved.applied.map((t) => [t.kind, t.wave])).toEqual([['Namespace', 1], ['ConfigMap', 1]]);
  });

  it('applies nothing when the dry run rejects an object', () => {
    const [a, b] = [configMap(0), deployment(1)];
    const run = simulateSync([a, b], { rejects: (o) => (o === b.object ? 'cannot unmarshal bool into string' : undefined) });
    expect([run.outcome, run.applied]).toEqual(['Failed', []]);
  });
});

describe('Lua health checks run as Argo CD runs them', () => {
  it('has lua5.1 (Debian package lua5.1) to run them', () => {
    expect(luaAvailable()).toBe(true);
  });

  it('gives the script no string library unless useOpenLibs is set, turns bad results into Unknown, passes values intact', () => {
    const usesStrings = 'return { status = ("healthy"):upper() == "HEALTHY" and "Healthy" or "Degraded" }';
    expect(runHealthLua(usesStrings, [{}])[0].error).toMatch(/upper|index/);
    expect(runHealthLua(usesStrings, [{}], true)[0]).toEqual({ status: 'Healthy' });
    expect(runHealthLua('return { status = "Fine" }', [{}])[0].status).toBe('Unknown');
    expect(runHealthLua('return nil', [{}])[0].empty).toBe(true);
    const tricky = 'quote " backslash \\ newline \n tab \t ]] ]=] unicode ✓ 🐘';
    const echo = 'return { status = "Healthy", message = obj.metadata.name .. "|" .. #obj.list .. "|" .. tostring(obj.flag) .. "|" .. tostring(obj.gone) }\n-- a comment with ]] and ]=] in it';
    expect(runHealthLua(echo, [{ metadata: { name: tricky }, list: [1, 'two', { three: 3 }], flag: false, gone: null }])).toEqual([
      { status: 'Healthy', message: `${tricky}|3|false|nil` },
    ]);
  });
});

// --- our CloudNativePG Cluster health check -----------------------------------------------------

/** The Cluster checks to judge: every copy a cluster ships, one entry per distinct script, with every place it is read from. */
const clusterChecks = (() => {
  const byScript = new Map<string, { sources: string[]; script: string; openLibs: boolean }>();
  const all = environmentsOnDisk().flatMap(healthCustomizationsFor);
  for (const c of all.filter((h) => h.groupKind === CLUSTER_KEY)) {
    const entry = byScript.get(c.script) ?? { sources: [], script: c.script, openLibs: c.openLibs };
    if (!entry.sources.includes(c.source)) entry.sources.push(c.source);
    byScript.set(c.script, entry);
  }
  return [...byScript.values()];
})();

describe('the CloudNativePG Cluster health check we ship', () => {
  it('exists, for every environment', () => {
    for (const env of environmentsOnDisk()) {
      expect([env, healthCustomizationsFor(env).filter((c) => c.groupKind === CLUSTER_KEY).length]).toEqual([env, 1]);
    }
  });

  describe.each(clusterChecks.map((c) => [c.sources.join(', '), c] as const))('%s', (_, customization) => {
    const cluster = (status?: Json, annotations?: Json): Json => ({
      apiVersion: 'postgresql.cnpg.io/v1', kind: 'Cluster',
      metadata: { name: 'pg', namespace: 'ns', generation: 1, ...(annotations ? { annotations } : {}) },
      spec: { instances: 3 },
      ...(status ? { status } : {}),
    });
    const check = luaHealthCheck(customization.script, customization.openLibs);
    const health = (status?: Json, annotations?: Json) => check(cluster(status, annotations));
    beforeAll(() => check.warm([...ROLLING_PHASES, ...FAILED_PHASES, 'Cluster in healthy state'].map((p) => cluster(clusterStatus(p, 'why')))));

    it('is Healthy in the healthy phase', () => {
      expect(health(clusterStatus('Cluster in healthy state'))).toMatchObject({ status: 'Healthy' });
      expect(health(clusterStatus('Cluster in healthy state')).error).toBeUndefined();
    });

    it('is Progressing while the Cluster has no status or no phase yet', () => {
      expect(health()).toMatchObject({ status: 'Progressing' });
      expect(health({})).toMatchObject({ status: 'Progressing' });
      expect(health({ conditions: [] })).toMatchObject({ status: 'Progressing' });
    });

    it.each(ROLLING_PHASES)('is Progressing in "%s"', (phase) => {
      expect(health(clusterStatus(phase, 'why'))).toMatchObject({ status: 'Progressing' });
    });

    it.each(FAILED_PHASES)('is Degraded in "%s"', (phase) => {
      expect(health(clusterStatus(phase, 'why'))).toMatchObject({ status: 'Degraded' });
    });

    it('waits, neither Healthy nor Degraded, for a supervised switchover or a phase it does not know', () => {
      for (const status of [clusterStatus('Waiting for user action', 'User must issue a supervised switchover'), clusterStatus('A phase from a later operator')]) {
        const h = health(status);
        expect([status.phase, h.error, ['Healthy', 'Degraded'].includes(h.status)]).toEqual([status.phase, undefined, false]);
      }
    });

    it('is not Degraded for a hibernated Cluster, one hibernating, or one whose reconciliation is disabled', () => {
      const hibernation = (state: string, message: string) => ({ ...clusterStatus('Cluster in healthy state'), conditions: [{ type: 'cnpg.io/hibernation', status: state, message }] });
      const paused = [
        health(hibernation('True', 'Cluster has been hibernated')),
        health(hibernation('False', 'Hibernation is in progress')),
        health(clusterStatus('Cluster in healthy state'), { 'cnpg.io/reconciliationLoop': 'disabled' }),
      ];
      for (const h of paused) expect([h.status, h.error]).toEqual([expect.not.stringMatching(/^Degraded$/), undefined]);
    });
  });
});

// --- the environments --------------------------------------------------------------------------

describe.each(environmentsOnDisk())('dist/%s synced by Argo CD 3.5', (env) => {
  const manifests = objectsOnDisk(env);
  const checks = customizationChecks(healthCustomizationsFor(env));
  const sync = (scenario?: Scenario, customizations: Record<string, HealthCheck> = checks) => simulateSync(manifests, { scenario, customizations });
  const tasks = syncTasks(manifests);
  const step = (match: (o: Json) => boolean) => firstStep(tasks.filter((t) => match(t.object)));

  it('applies every object, wave after healthy wave, in Argo CD order, and succeeds', () => {
    const run = sync();
    expect([run.outcome, describeAll(run.notApplied)]).toEqual(['Succeeded', []]);
    const key = (o: Json) => `${o.apiVersion} ${o.kind} ${o.metadata?.namespace ?? ''} ${o.metadata?.name}`;
    const appliedObjects = new Set(run.applied.map((t) => key(t.object)));
    expect(manifests.filter((m) => syncPhasesOf(m.object).length && !appliedObjects.has(key(m.object))).map((m) => key(m.object))).toEqual([]);

    const outOfOrder: string[] = [];
    run.applied.forEach((t, i) => {
      const before = run.applied[i - 1];
      if (before && (compareStep(before, t) > 0 || (compareStep(before, t) === 0 && kindRank(before.kind) > kindRank(t.kind)))) {
        outOfOrder.push(`${describeTask(before)} before ${describeTask(t)}`);
      }
      // everything of an earlier step has settled, successfully, before this one is applied
      for (const earlier of run.applied.filter((e) => compareStep(e, t) < 0)) {
        if (earlier.state !== 'Succeeded' || earlier.completedAt! > t.appliedAt!) outOfOrder.push(`${describeTask(t)} applied before ${describeTask(earlier)} settled`);
      }
    });
    expect(outOfOrder).toEqual([]);
  });

  describe.each([
    ['stays Issuing (Progressing)', CERTIFICATE_ISSUING],
    ['is refused (Ready=False, Degraded)', CERTIFICATE_REFUSED],
  ])('a Certificate that %s', (_, status) => {
    it('holds back no workload, and nothing of an earlier wave', () => {
      const run = sync(when(isCertificate, () => status));
      expect(describeAll(run.notApplied.filter(isWorkload))).toEqual([]);
      const certificate = step(isCertificate);
      if (certificate) expect(describeAll(run.notApplied.filter((t) => compareStep(t, certificate) < 0))).toEqual([]);
    });
  });

  it('waits for the internal CA to be issued before its Issuer is checked: a CA Issuer without its Secret is Degraded', () => {
    // cert-manager takes a few reconciliations to issue a Certificate (longer from a Vault or AWS PCA
    // issuer); until the CA's Secret exists, the CA Issuer reports Ready=False (ErrGetKeyPair)
    const issued = new Set<string>();
    const scenario: Scenario = (o, n) => {
      if (ofKind('cert-manager.io/Certificate')(o)) {
        if (n < 4) return CERTIFICATE_ISSUING;
        issued.add(o.spec.secretName);
        return undefined;
      }
      if (ofKind('cert-manager.io/Issuer')(o) && o.spec?.ca && !issued.has(o.spec.ca.secretName)) {
        return { conditions: [{ type: 'Ready', status: 'False', reason: 'ErrGetKeyPair', message: `Error getting keypair for CA issuer: secrets "${o.spec.ca.secretName}" not found` }] };
      }
      return undefined;
    };
    const caIssuers = tasks.filter((t) => ofKind('cert-manager.io/Issuer')(t.object) && t.object.spec?.ca);
    const run = sync(scenario);
    expect([run.outcome, describeAll(run.failed)]).toEqual([expect.stringMatching(/^Succeeded$/), []]);
    expect(describeAll(run.notApplied.filter(isWorkload))).toEqual([]);
    // environments with internal TLS have one; the check above would be empty without
    if (env !== 'dev' || caIssuers.length) expect(caIssuers.length).toBeGreaterThan(0);
  });

  describe('without metrics-server (every HPA Degraded: FailedGetResourceMetric)', () => {
    it('still applies every object: an HPA gates nothing', () => {
      const run = sync(when(isHpa, () => HPA_WITHOUT_METRICS));
      expect(describeAll(run.notApplied.filter(isWorkload))).toEqual([]);
      expect(describeAll(run.notApplied)).toEqual([]);
    });

    it('puts each HPA in a later wave than the workload it scales', () => {
      const misplaced = tasks
        .filter((t) => isHpa(t.object))
        .flatMap((hpa) => {
          const ref = hpa.object.spec?.scaleTargetRef ?? {};
          const target = tasks.find((t) => t.kind === ref.kind && t.name === ref.name && t.namespace === hpa.namespace);
          if (!target) return [`${describeTask(hpa)}: target ${ref.kind} ${ref.name} not found`];
          return compareStep(hpa, target) > 0 ? [] : [`${describeTask(hpa)} is not after ${describeTask(target)}`];
        });
      expect(misplaced).toEqual([]);
    });
  });

  it('an Ingress without a load balancer address (slow controller) holds back nothing but the edge', () => {
    const run = sync(when(isIngress, () => ({ loadBalancer: {} })));
    expect(describeAll(run.notApplied.filter(isWorkload))).toEqual([]);
    const ingress = step(isIngress);
    if (ingress) expect(describeAll(run.notApplied.filter((t) => compareStep(t, ingress) <= 0))).toEqual([]);
    expect(describeAll(run.waitingFor.filter((t) => !isIngress(t.object)))).toEqual([]);
  });

  const clusters = tasks.filter((t) => isCnpgCluster(t.object));
  if (clusters.length) describe('a CloudNativePG Cluster rolling out a change', () => {
    const builtIn = Object.fromEntries(Object.entries(checks).filter(([k]) => k !== CLUSTER_KEY));
    const rolling = (phases: string[]) =>
      when(isCnpgCluster, (n) => (n <= phases.length * 2 ? clusterStatus(phases[Math.floor((n - 1) / 2)], 'rolling out') : undefined));
    beforeAll(() => {
      const check = checks[CLUSTER_KEY];
      const live = (phase: string) => ({ ...clusters[0].object, metadata: { ...clusters[0].object.metadata, generation: 1 }, status: clusterStatus(phase, 'rolling out') });
      check?.warm([...ROLLING_PHASES, 'Cluster in healthy state'].map(live));
    });

    it.each(ROLLING_PHASES)('in "%s" does not fail the sync with our check', (phase) => {
      const run = sync(rolling([phase]));
      expect([run.outcome, run.message, describeAll(run.notApplied)]).toEqual(['Succeeded', expect.any(String), []]);
    });

    it.each(ROLLING_PHASES)('in "%s" fails the sync with the built-in check exactly when it calls the phase Degraded', (phase) => {
      const run = sync(rolling([phase]), builtIn);
      if (BUILT_IN_CNPG_PHASE_HEALTH[phase] === 'Degraded') {
        expect(run.outcome).toBe('Failed');
        expect(run.failed.map((t) => t.kind)).toEqual(clusters.map(() => 'Cluster'));
        expect(run.notApplied.filter(isWorkload).length).toBeGreaterThan(0);
      } else {
        expect(run.outcome).toBe('Succeeded');
      }
    });

    it('through a whole configuration change with a switchover: ours succeeds, the built-in check fails it', () => {
      const phases = ['Applying configuration', 'Waiting for the instances to become active', 'Switchover in progress', 'Primary instance is being restarted in-place'];
      expect(sync(rolling(phases)).outcome).toBe('Succeeded');
      expect(sync(rolling(phases), builtIn).outcome).toBe('Failed');
    });

    it('that is unrecoverable fails the sync at its wave with our check (the built-in one waits forever)', () => {
      const broken = when(isCnpgCluster, () => clusterStatus(FAILED_PHASES[0], 'Instance creation failed'));
      const run = sync(broken);
      expect([run.outcome, run.stoppedAt]).toEqual(['Failed', { phase: clusters[0].phase, wave: clusters[0].wave }]);
      expect(sync(broken, builtIn).outcome).toBe('Hangs');
    });
  });

  if (tasks.some((t) => t.kind === 'CronJob')) it('a CronJob whose last run failed (Degraded in Argo CD) holds back nothing and fails no sync', () => {
    const failedLastNight = { lastScheduleTime: '2026-11-22T04:30:00Z', lastSuccessfulTime: '2026-11-15T04:31:12Z', active: [] };
    const run = sync(when(ofKind('batch/CronJob'), () => failedLastNight));
    expect([run.outcome, describeAll(run.notApplied)]).toEqual(['Succeeded', []]);
    // the scenario bites: Argo CD calls such a CronJob Degraded; it sits in the last wave, which nothing waits for
    for (const cronJob of tasks.filter((t) => t.kind === 'CronJob')) {
      expect(resourceHealth({ ...cronJob.object, status: failedLastNight })?.status).toBe('Degraded');
      expect(cronJob.wave).toBe(Math.max(...tasks.map((t) => t.wave)));
    }
  });

  const hookJobs = tasks.filter((t) => t.hook && t.kind === 'Job' && t.phase === 'Sync');
  if (hookJobs.length) it('a Sync hook Job that fails fails the sync: no later wave, so no Deployment after it, is applied', () => {
    let deploymentsHeldBack = 0;
    for (const job of hookJobs) {
      const run = sync(when((o) => o === job.object, () => JOB_FAILED));
      expect([describeTask(job), run.outcome]).toEqual([describeTask(job), 'Failed']);
      expect(run.failed).toContain(run.tasks.find((t) => t.object === job.object));
      expect(describeAll(run.applied.filter((t) => compareStep(t, job) > 0))).toEqual([]);
      deploymentsHeldBack += tasks.filter((t) => t.kind === 'Deployment' && compareStep(t, job) > 0).length;
    }
    // the migration hook runs before the API: some Deployment comes after a hook
    expect(deploymentsHeldBack).toBeGreaterThan(0);
  });
});
