import * as kplus from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { contextOf } from './deployment-context';
import { MANAGED_BY_LABEL, PART_OF, PART_OF_LABEL } from './labels';
import { telemetryOf, type Panel } from './telemetry';

const PANEL_WIDTH = 12;
const PANEL_HEIGHT = 8;

/** A Grafana dashboard (JSON model) of panels laid out two per row, with a datasource picker. */
export function dashboardJson(uid: string, title: string, tags: string[], panels: readonly (Panel & { type?: string })[]) {
  return {
    uid,
    title,
    tags,
    timezone: 'browser',
    schemaVersion: 39,
    editable: false,
    time: { from: 'now-6h', to: 'now' },
    templating: { list: [{ name: 'datasource', type: 'datasource', query: 'prometheus', current: {} }] },
    panels: panels.map((panel, i) => ({
      id: i + 1,
      type: panel.type ?? 'timeseries',
      title: panel.title,
      datasource: { type: 'prometheus', uid: '${datasource}' },
      gridPos: { x: (i % 2) * PANEL_WIDTH, y: Math.floor(i / 2) * PANEL_HEIGHT, w: PANEL_WIDTH, h: PANEL_HEIGHT },
      fieldConfig: { defaults: { unit: panel.unit ?? 'short' }, overrides: [] },
      targets: [{ refId: 'A', expr: panel.expr, legendFormat: panel.legend ?? '' }],
    })),
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

    for (const telemetry of all.filter((t) => t.panels.length > 0)) {
      const { name, component } = telemetry;
      write(component ?? new Construct(this, name), name, dashboardJson(`${environment.name}-${name}`.slice(0, 40), `${folder}: ${telemetry.title}`, tags, telemetry.panels), component?.labels ?? {});
    }
    const health = all.filter((t) => t.health).map((t) => ({ title: t.title, expr: t.health!, type: 'stat' }));
    write(this, 'datalens-overview', dashboardJson(`${environment.name}-overview`, `${folder}: overview`, tags, health), {
      [PART_OF_LABEL]: PART_OF,
      [MANAGED_BY_LABEL]: 'cdk8s',
    });
  }
}
