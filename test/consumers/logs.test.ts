import { parse } from 'yaml';
import { environmentModel } from '../support/cluster-pods';
import type { Pod } from '../support/policy-engine';
import { environmentsOnDisk, objectsOnDisk, type Json } from '../support/on-disk';

/*
 * The logs as Loki would select them: every logs panel of the dashboards and every LogQL alert of
 * dist/<env>/, read from disk, applied to the pods of the environment as the cluster would name
 * them (test/support/cluster-pods.ts: controllers' pod names, operators' container names). Each
 * must select its own component's pods, all of them, and nothing else. The stream labels are the
 * ones Grafana Alloy's pod discovery attaches (PREREQUISITES.md): namespace, pod, container.
 */

interface Selector {
  readonly namespace: string;
  readonly pod: RegExp;
  readonly container: RegExp;
}

/** The stream selector of a LogQL query: `{namespace="…", pod=~"…", container=~"…"}` (anchored, as Loki matches). */
function selectorOf(query: string): Selector {
  const match = /\{namespace="([^"]+)", pod=~"([^"]+)", container=~"([^"]+)"\}/.exec(query);
  if (!match) throw new Error(`not a stream selector of namespace, pod and container: ${query}`);
  return { namespace: match[1], pod: new RegExp(`^(?:${match[2]})$`), container: new RegExp(`^(?:${match[3]})$`) };
}

const selects = (s: Selector) => (p: Pod) => p.namespace === s.namespace && s.pod.test(p.name) && (p.containers ?? []).some((c) => s.container.test(c));

/** The component a pod belongs to: a CloudNativePG Pooler's or Cluster's, else its own name label. */
const ownerOf = (p: Pod): string | undefined => p.labels['cnpg.io/poolerName'] ?? p.labels['cnpg.io/cluster'] ?? p.labels['app.kubernetes.io/name'];

describe.each(environmentsOnDisk())('logs of %s', (env) => {
  const model = environmentModel(env);
  const objects = objectsOnDisk(env).map((o) => o.object);
  const pods = model.pods.filter((p) => p.namespace === model.facts.namespace);
  const panels = objects
    .filter((o) => o.kind === 'ConfigMap' && o.metadata.labels?.grafana_dashboard !== undefined)
    .flatMap((o) =>
      Object.values(o.data as Record<string, string>).flatMap((text) =>
        (JSON.parse(text).panels as Json[]).filter((p) => p.type === 'logs').map((p) => ({ component: o.metadata.labels['app.kubernetes.io/name'] as string, panel: p })),
      ),
    );
  const logRules = objects
    .filter((o) => o.kind === 'ConfigMap' && o.metadata.labels?.loki_rule !== undefined)
    .flatMap((o) => Object.values(o.data as Record<string, string>).flatMap((text) => (parse(text).groups as Json[]).flatMap((g) => g.rules as Json[])));

  it("has a logs panel on the dashboard of every component with pods, on the Loki data source picked by the dashboard's variable", () => {
    const withPods = new Set(pods.map(ownerOf).filter((o) => objects.some((d) => d.kind === 'ConfigMap' && d.metadata.name === `${o}-dashboard`)));
    expect(panels.map((p) => p.component).sort()).toEqual([...withPods].sort());
    for (const { panel } of panels) expect(panel.datasource).toEqual({ type: 'loki', uid: '${logs}' });
  });

  it.each(panels.map((p) => [p.component, p.panel.targets[0].expr] as const))("%s's logs panel selects all of its pods and no other's", (component, query) => {
    const chosen = pods.filter(selects(selectorOf(query)));
    expect(chosen.length).toBeGreaterThan(0);
    expect(chosen.filter((p) => ownerOf(p) !== component).map((p) => p.name)).toEqual([]);
    // every pod of the component whose containers the model knows, except the operator's bootstrap Jobs of other roles
    const own = pods.filter((p) => ownerOf(p) === component && p.role !== 'cnpg-job');
    expect(own.filter((p) => !chosen.includes(p)).map((p) => p.name)).toEqual([]);
  });

  if (logRules.length)
    it.each(logRules.map((r) => [r.annotations.summary, r] as const))('the LogQL alert "%s" selects that component\'s pods only', (_summary, rule) => {
      const component = String(rule.annotations.summary).split(' ')[0];
      const chosen = pods.filter(selects(selectorOf(rule.expr)));
      expect(chosen.length).toBeGreaterThan(0);
      expect(chosen.filter((p) => ownerOf(p) !== component).map((p) => p.name)).toEqual([]);
      expect(rule.expr).toMatch(/^sum\(count_over_time\(\{[^}]+\} \|~ `[^`]+` \[5m\]\)\) > \d+$/);
    });
});
