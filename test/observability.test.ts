import { parser } from '@prometheus-io/lezer-promql';
import { join } from 'node:path';
import { loadEnvironments } from '../config/load';
import { renderEnvironment } from '../synth/render';
import { find, kinds, manifests, PROD_BASE, render } from './support/fixtures';
import { ALL_KNOWN_METRICS } from './support/known-metrics';

/** Metric names a PromQL expression selects; throws when it does not parse. */
function metricsOf(expr: string): string[] {
  const tree = parser.parse(expr);
  const names: string[] = [];
  let error = false;
  tree.iterate({
    enter(node) {
      if (node.type.isError) error = true;
      if (node.name === 'Identifier' && node.node.parent?.name === 'VectorSelector') names.push(expr.slice(node.from, node.to));
    },
  });
  if (error) throw new Error(`does not parse: ${expr}`);
  return names;
}

const environments = loadEnvironments(join(__dirname, '..', 'environments')).map(renderEnvironment);
const everyRule = environments.flatMap((r) =>
  kinds(r, 'PrometheusRule').flatMap((rule) => rule.spec.groups.flatMap((g: any) => g.rules.map((x: any) => [`${r.environment.name} ${x.alert}`, x] as const))),
);

describe('alert rules', () => {
  it.each(everyRule)('%s parses and names only metrics the exporters emit', (_name, rule) => {
    const metrics = metricsOf(rule.expr);
    expect(metrics.length).toBeGreaterThan(0);
    expect(metrics.filter((m) => !ALL_KNOWN_METRICS.has(m))).toEqual([]);
  });

  it.each(everyRule)('%s has a severity, a summary and a runbook-style description', (_name, rule) => {
    expect(['critical', 'warning']).toContain(rule.labels.severity);
    expect(rule.annotations.summary.length).toBeGreaterThan(10);
    expect(rule.annotations.description.length).toBeGreaterThan(30);
  });

  it('the metric check catches a typo', () => {
    expect(metricsOf('redis_memroy_used_bytes > 1').filter((m) => !ALL_KNOWN_METRICS.has(m))).toEqual(['redis_memroy_used_bytes']);
    expect(() => metricsOf('sum(rate(up[5m])')).toThrow('does not parse');
  });

  it('cover what the operators asked for in production', () => {
    const prod = environments.find((r) => r.environment.name === 'prod')!;
    const alerts = kinds(prod, 'PrometheusRule').flatMap((r) => r.spec.groups.flatMap((g: any) => g.rules.map((x: any) => x.alert)));
    expect(alerts).toEqual(
      expect.arrayContaining([
        'DatalensApiDown', 'DatalensApiNotReady', 'DatalensApiErrorRatio', 'DatalensApiLatency', 'DatalensPodRestarting', 'DatalensCpuThrottled',
        'DatalensVolumeFillingUp', 'DatalensPostgresDown', 'DatalensPostgresReplicationLag', 'DatalensPostgresBackupTooOld',
        'DatalensJetStreamStorageHigh', 'DatalensNatsSlowConsumers',
      ]),
    );
    const staging = environments.find((r) => r.environment.name === 'staging')!;
    const stagingAlerts = kinds(staging, 'PrometheusRule').flatMap((r) => r.spec.groups.flatMap((g: any) => g.rules.map((x: any) => x.alert)));
    expect(stagingAlerts).toEqual(expect.arrayContaining(['DatalensRedisMemoryHigh', 'DatalensRedisEvictions', 'DatalensMinioDriveOffline']));
  });

  it('take thresholds from the environment, and say them as clean percentages', () => {
    const rendered = render({ monitoring: { thresholds: { apiErrorRatio: 0.07, pvcUsedRatio: 0.7 } } });
    const rules = kinds(rendered, 'PrometheusRule').flatMap((r) => r.spec.groups.flatMap((g: any) => g.rules));
    const errorRatio = rules.find((r: any) => r.alert === 'DatalensApiErrorRatio');
    expect(errorRatio.expr).toMatch(/> 0\.07$/);
    expect(errorRatio.annotations.summary).toBe('More than 7% of API requests fail with 5xx');
    expect(rules.find((r: any) => r.alert === 'DatalensVolumeFillingUp').expr).toMatch(/> 0\.7$/);
  });
});

describe('monitors', () => {
  const rendered = render({ monitoring: { namespace: 'observability', prometheusLabels: { team: 'sre' } } }, PROD_BASE);

  it('carry the labels the environment Prometheus selects', () => {
    for (const monitor of [...kinds(rendered, 'ServiceMonitor'), ...kinds(rendered, 'PodMonitor'), ...kinds(rendered, 'PrometheusRule')]) {
      expect([monitor.metadata.name, monitor.metadata.labels.team]).toEqual([monitor.metadata.name, 'sre']);
    }
  });

  it('exist for every component exposing metrics', () => {
    const monitored = [...kinds(rendered, 'ServiceMonitor'), ...kinds(rendered, 'PodMonitor')].map((m) => `${m.kind}/${m.metadata.name}`).sort();
    expect(monitored).toEqual(['PodMonitor/datalens-postgres', 'PodMonitor/datalens-postgres-pooler', 'ServiceMonitor/datalens-api', 'ServiceMonitor/datalens-nats']);
  });

  it('are reachable from the monitoring namespace on exactly the scraped ports', () => {
    const fromMonitoring = manifests(rendered)
      .filter((m) => m.kind === 'NetworkPolicy')
      .flatMap((p: any) =>
        (p.spec.ingress ?? [])
          .filter((rule: any) => rule.from[0].namespaceSelector?.matchLabels['kubernetes.io/metadata.name'] === 'observability')
          .map((rule: any) => `${p.metadata.name}:${rule.ports.map((x: any) => x.port).join(',')}`),
      )
      .sort();
    // the API through its TLS port (internal TLS is on in the fixture), the exporters on theirs
    expect(fromMonitoring).toEqual(['datalens-api:8443', 'datalens-nats:7777', 'datalens-postgres-pooler:9127', 'datalens-postgres:9187']);
  });
});

describe('dashboards', () => {
  const rendered = render();
  const dashboards = kinds(rendered, 'ConfigMap').filter((c) => c.metadata.labels?.grafana_dashboard === '1');

  it('ship one per component with panels and an overview, for the Grafana sidecar', () => {
    expect(dashboards.map((d) => d.metadata.name).sort()).toEqual(
      ['datalens-api', 'datalens-frontend', 'datalens-minio', 'datalens-namespace', 'datalens-nats', 'datalens-nats-streams', 'datalens-overview', 'datalens-postgres', 'datalens-redis'].map((n) => `${n}-dashboard`),
    );
  });

  it('show every component with a health query on the overview', () => {
    const overview = JSON.parse(find(rendered, 'ConfigMap', 'datalens-overview-dashboard').data['datalens-overview.json']);
    expect(overview.panels.map((p: any) => p.title)).toEqual(['PostgreSQL', 'Redis', 'NATS JetStream', 'MinIO (evidence)', 'DataLens API', 'DataLens frontend']);
    for (const panel of overview.panels) expect(() => metricsOf(panel.targets[0].expr)).not.toThrow();
  });

  it('use only queries that parse and metrics that exist', () => {
    for (const dashboard of dashboards) {
      const json = JSON.parse(Object.values(dashboard.data as Record<string, string>)[0]);
      for (const panel of json.panels) expect(metricsOf(panel.targets[0].expr).filter((m) => !ALL_KNOWN_METRICS.has(m))).toEqual([]);
    }
  });
});
