import { createHash } from 'node:crypto';
import * as kplus from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { ENVIRONMENT_NAME_MAX } from '../config/fields';
import { contextOf } from './component';
import { MANAGED_BY_LABEL, PART_OF, PART_OF_LABEL } from './labels';
import { logSelectorOf } from './logs';
import { telemetryOf, type Panel } from './telemetry';

const PANEL_WIDTH = 12;
const PANEL_HEIGHT = 8;

/** A panel of a dashboard: a query over time, a stat, or the logs of a LogQL stream selector. */
export type DashboardPanel = Panel & { readonly type?: 'timeseries' | 'stat' | 'logs' };

const LOGS_PANEL_HEIGHT = 12;

/**
 * A Grafana dashboard (JSON model): metric panels two per row on the environment's Prometheus, and
 * logs panels full width below them on its Loki, each data source chosen by a variable.
 */
export function dashboardJson(uid: string, title: string, tags: string[], panels: readonly DashboardPanel[], links: readonly object[] = []) {
  const metrics = panels.filter((p) => p.type !== 'logs');
  const logs = panels.filter((p) => p.type === 'logs');
  const logsTop = Math.ceil(metrics.length / 2) * PANEL_HEIGHT;
  return {
    uid,
    title,
    tags,
    timezone: 'browser',
    schemaVersion: 39,
    editable: false,
    time: { from: 'now-6h', to: 'now' },
    ...(links.length ? { links } : {}),
    templating: {
      list: [
        { name: 'datasource', type: 'datasource', query: 'prometheus', current: {} },
        ...(logs.length ? [{ name: 'logs', type: 'datasource', query: 'loki', current: {} }] : []),
      ],
    },
    panels: [
      ...metrics.map((panel, i) => ({
        id: i + 1,
        type: panel.type ?? 'timeseries',
        title: panel.title,
        datasource: { type: 'prometheus', uid: '${datasource}' },
        gridPos: { x: (i % 2) * PANEL_WIDTH, y: Math.floor(i / 2) * PANEL_HEIGHT, w: PANEL_WIDTH, h: PANEL_HEIGHT },
        fieldConfig: { defaults: { unit: panel.unit ?? 'short' }, overrides: [] },
        targets: [{ refId: 'A', expr: panel.expr, legendFormat: panel.legend ?? '' }],
      })),
      ...logs.map((panel, i) => ({
        id: metrics.length + i + 1,
        type: 'logs',
        title: panel.title,
        datasource: { type: 'loki', uid: '${logs}' },
        gridPos: { x: 0, y: logsTop + i * LOGS_PANEL_HEIGHT, w: 2 * PANEL_WIDTH, h: LOGS_PANEL_HEIGHT },
        options: { showTime: true, wrapLogMessage: true, sortOrder: 'Descending', enableLogDetails: true },
        targets: [{ refId: 'A', expr: panel.expr }],
      })),
    ],
  };
}

/**
 * Grafana dashboards as ConfigMaps labelled for Grafana's dashboard sidecar: one per component
 * that declared panels, and an overview with every component's health, all built from the same
 * telemetry the alerts come from. Create it after every component.
 */
export class Dashboards extends Construct {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const { environment } = contextOf(this);
    const { config } = environment;
    const folder = `DataLens ${environment.name}`;
    const tags = ['datalens', environment.name];
    const all = telemetryOf(this);
    // a component may own several dashboards (its own and those of its parts), each under its own id
    const write = (owner: Construct, name: string, dashboard: object, labels: Record<string, string>) =>
      new kplus.ConfigMap(owner, owner.node.tryFindChild('Dashboard') ? `Dashboard-${name}` : 'Dashboard', {
        metadata: {
          name: `${name}-dashboard`,
          namespace: config.namespace,
          labels: { ...labels, [config.monitoring.grafanaDashboardLabel]: '1' },
          annotations: { grafana_folder: folder },
        },
        data: { [`${name}.json`]: `${JSON.stringify(dashboard, null, 2)}\n` },
      });

    // every dashboard lists the others of the environment, so each component is one click from the overview
    const related = [{ type: 'dashboards', title: 'DataLens', tags, asDropdown: true, includeVars: false, keepTime: true }];
    for (const telemetry of all.filter((t) => t.panels.length > 0)) {
      const { name, component } = telemetry;
      // a component's own dashboard shows its logs (its parts' dashboards show their metrics only)
      const logs = component && name === component.name ? logSelectorOf(component) : undefined;
      const panels: DashboardPanel[] = [...telemetry.panels, ...(logs ? [{ title: `Logs of ${component!.name}`, expr: logs, type: 'logs' as const }] : [])];
      write(component ?? new Construct(this, name), name, dashboardJson(dashboardUid(environment.name, name), `${folder}: ${telemetry.title}`, tags, panels, related), component?.labels ?? {});
    }
    const health = all.filter((t) => t.health).map((t) => ({ title: t.title, expr: t.health!, type: 'stat' as const }));
    write(this, 'datalens-overview', dashboardJson(dashboardUid(environment.name, 'overview'), `${folder}: overview`, tags, health, related), {
      [PART_OF_LABEL]: PART_OF,
      [MANAGED_BY_LABEL]: 'cdk8s',
    });
  }
}

/** What of a dashboard's uid (at most 40 characters, Grafana's limit) is left for the dashboard after `<environment>-`. */
const DASHBOARD_NAME_BUDGET = 40 - 1 - ENVIRONMENT_NAME_MAX;

/**
 * A dashboard's uid: the environment's name as it is, then the dashboard's name, shortened to what
 * any environment name leaves (its first characters and a hash of all of it, so shortened names
 * stay distinct). The environment's part is never cut, so the uid does not depend on its length.
 */
export function dashboardUid(environment: string, dashboard: string): string {
  if (dashboard.length <= DASHBOARD_NAME_BUDGET) return `${environment}-${dashboard}`;
  const hash = createHash('sha256').update(dashboard).digest('hex').slice(0, 6);
  return `${environment}-${dashboard.slice(0, DASHBOARD_NAME_BUDGET - hash.length - 1)}-${hash}`;
}
