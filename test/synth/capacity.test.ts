import { join } from 'node:path';
import { loadEnvironments } from '../../config/load';
import { environmentSchema } from '../../config/schema';
import { budgetsOf, checkQuota } from '../../synth/capacity';
import { renderEnvironment } from '../../synth/render';
import { find, kinds, manifests, merge, PROD_BASE, render, TEST_CLUSTER } from '../support/fixtures';

const QUOTA = { requestsCpu: '40', requestsMemory: '100Gi', limitsMemory: '100Gi', requestsStorage: '1Ti' };

describe('namespace guardrails', () => {
  const rendered = render({ guardrails: { containerDefaults: { cpuRequest: '20m', memoryRequest: '32Mi', memoryLimit: '128Mi' }, containerMaxMemory: '8Gi', quota: QUOTA } }, PROD_BASE);

  it('give containers without requests the environment defaults, and cap one container', () => {
    expect(find(rendered, 'LimitRange', 'datalens-guardrails').spec.limits).toEqual([
      { type: 'Container', defaultRequest: { cpu: '20m', memory: '32Mi' }, default: { memory: '128Mi' }, max: { memory: '8Gi' } },
    ]);
  });

  it('set the quota the file declares, before any pod is created', () => {
    const quota = find(rendered, 'ResourceQuota', 'datalens-guardrails');
    expect(quota.spec.hard).toEqual({ 'requests.cpu': '40', 'requests.memory': '100Gi', 'limits.memory': '100Gi', 'requests.storage': '1Ti' });
    expect(quota.metadata.annotations['argocd.argoproj.io/sync-wave']).toBe('1');
    expect(kinds(render({}, PROD_BASE), 'ResourceQuota')).toEqual([]);
  });

  it('give every pod a PriorityClass by tier: the data tier above the application, scheduled jobs last', () => {
    const staging = render({ tier: 'staging', data: { postgres: { restoreDrill: {} } } }, PROD_BASE);
    const classOf = (kind: string, name: string) => {
      const o = find(staging, kind, name);
      return kind === 'Cluster' ? o.spec.priorityClassName : (kind === 'CronJob' ? o.spec.jobTemplate.spec : o.spec).template.spec.priorityClassName;
    };
    expect(classOf('Cluster', 'datalens-postgres')).toBe('datalens-data');
    expect(classOf('Pooler', 'datalens-postgres-pooler')).toBe('datalens-data');
    expect(classOf('StatefulSet', 'datalens-nats')).toBe('datalens-data');
    expect(classOf('Deployment', 'datalens-api')).toBe('datalens-app');
    expect(classOf('Job', 'datalens-api-migrate')).toBe('datalens-app');
    expect(classOf('CronJob', 'datalens-postgres-restore-drill')).toBe('datalens-batch');
    expect(JSON.parse(find(staging, 'ConfigMap', 'datalens-postgres-restore-drill').data['cluster.json']).spec.priorityClassName).toBe('datalens-batch');
  });
});

describe('the quota check', () => {
  const rendered = render({ guardrails: { quota: QUOTA } }, PROD_BASE);
  const budgets = budgetsOf(manifests(rendered), find(rendered, 'LimitRange', 'datalens-guardrails').spec.limits[0]);
  const of = (owner: string) => budgets.find((b) => b.owner === owner)!;

  it('counts workloads at their largest: the autoscaler maximum and a rollout extra pod', () => {
    // PROD_BASE: API autoscaled up to 6, maxSurge 1; 250m and 256Mi each, and its TLS sidecar's 25m and 32Mi
    const api = of('Deployment/datalens-api');
    expect(api).toMatchObject({ pods: 7, requestsMemory: 7 * (256 + 32) * 2 ** 20 });
    expect(api.requestsCpu).toBeCloseTo(7 * (0.25 + 0.025), 9);
  });

  it("counts the operator's pods: instances with the Barman Cloud sidecar, a bootstrap Job, and their volumes", () => {
    // 3 instances + 1 Job of 500m/1Gi (limit 2Gi) each, plus the sidecar's 50m/128Mi (512Mi) in each
    expect(of('Cluster/datalens-postgres')).toMatchObject({
      pods: 4,
      requestsCpu: 4 * 0.55,
      requestsMemory: 4 * (1024 + 128) * 2 ** 20,
      limitsMemory: 4 * (2048 + 512) * 2 ** 20,
      requestsStorage: 3 * (20 + 5) * 2 ** 30,
    });
    expect(of('Pooler/datalens-postgres-pooler')).toMatchObject({ pods: 3, requestsCpu: 3 * 0.1 });
  });

  it('passes a quota the pods fit', () => {
    expect(checkQuota(rendered)).toEqual([]);
  });

  it('fails a quota they outgrow, naming the resource, the need, the largest consumers and the fix', () => {
    const tight = render({ guardrails: { quota: { ...QUOTA, requestsMemory: '4Gi' } } }, PROD_BASE);
    expect(checkQuota(tight)).toEqual([
      expect.stringMatching(
        /^ResourceQuota\/datalens-guardrails: requests\.memory: the pods at their largest need [\d.]+Gi, more than the quota's 4Gi \(largest: Cluster\/datalens-postgres 4\.5Gi \(4 pods\), .*\); raise guardrails\.quota\.requestsMemory or lower replicas or requests$/,
      ),
    ]);
  });

  it('keeps the disaster recovery standby sized for its promotion: promoted, it still fits', () => {
    // as the loader reads it: prod-dr extends prod
    const standby = loadEnvironments(join(__dirname, '..', '..', 'environments')).find((e) => e.name === 'prod-dr')!;
    const promoted = merge(standby.config, { data: { postgres: { recovery: { replica: false } } } });
    const environment = { name: 'prod-dr', config: environmentSchema.parse(promoted), cluster: TEST_CLUSTER };
    const rendered = renderEnvironment(environment);
    expect(kinds(rendered, 'Deployment').length).toBeGreaterThan(0);
    expect(checkQuota(rendered)).toEqual([]);
  });
});
