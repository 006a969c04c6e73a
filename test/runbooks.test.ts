import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { repositoryWebUrl, RUNBOOKS_FOLDER, runbookUrl } from '../foundation/telemetry';
import { runbookFiles } from '../synth/runbooks';
import { layoutOf, renderAll } from '../synth/synthesize';
import { environment } from './support/fixtures';
import { environmentsOnDisk, objectsOnDisk, ROOT, type Json } from './support/on-disk';

/*
 * Every alert of every environment, as read back from dist/ (Prometheus rules and the Loki
 * ruler's rule files alike), links through its runbook_url to a runbook that exists in the
 * repository and is about that alert; and the committed runbooks are what the synth generates.
 */

const RUNBOOKS = join(ROOT, RUNBOOKS_FOLDER);

/** Every alert rule of an environment on disk: PrometheusRule groups and rule files in ConfigMaps for the Loki ruler. */
function alertsOnDisk(env: string): { source: string; rule: Json }[] {
  return objectsOnDisk(env).flatMap(({ file, object }) => {
    if (object.kind === 'PrometheusRule') return object.spec.groups.flatMap((g: Json) => g.rules.map((rule: Json) => ({ source: `${file} ${object.metadata.name}`, rule })));
    if (object.kind === 'ConfigMap' && Object.keys(object.data ?? {}).some((k) => k.endsWith('.rules.yaml')))
      return Object.entries(object.data as Record<string, string>).flatMap(([key, text]) =>
        (parse(text).groups as Json[]).flatMap((g) => g.rules.map((rule: Json) => ({ source: `${file} ${object.metadata.name}/${key}`, rule }))),
      );
    return [];
  });
}

const alerts = environmentsOnDisk().flatMap((env) => alertsOnDisk(env).map(({ source, rule }) => [`${env} ${rule.alert}`, source, rule] as const));

describe('runbooks', () => {
  it('exist for a meaningful number of alerts', () => {
    expect(alerts.length).toBeGreaterThan(40);
  });

  it.each(alerts)('%s links to its runbook in the repository', (_name, source, rule) => {
    const url: string = rule.annotations?.runbook_url ?? '';
    const suffix = `/${RUNBOOKS_FOLDER}/${rule.alert}.md`;
    expect([source, url.endsWith(suffix)]).toEqual([source, true]);
    const file = join(RUNBOOKS, `${rule.alert}.md`);
    expect([source, existsSync(file)]).toEqual([source, true]);
    const text = readFileSync(file, 'utf8');
    expect(text.split('\n')[0]).toBe(`# ${rule.alert}`);
    // the runbook shows the very expression the rule evaluates, and the rule's advice
    expect(text).toContain(rule.expr);
    expect(text).toContain(rule.annotations.description);
    for (const section of ['## What it means', '## How to confirm', '## What to do']) expect(text).toContain(section);
  });

  it('in docs/runbooks are exactly what the synth generates (run `npm run synth` and commit if not)', () => {
    const fresh = runbookFiles(renderAll(layoutOf(ROOT)));
    const committed = Object.fromEntries(readdirSync(RUNBOOKS).map((f) => [f, readFileSync(join(RUNBOOKS, f), 'utf8')]));
    expect(committed).toEqual(Object.fromEntries(fresh));
  });

  it('have no orphans: every runbook belongs to an alert that some environment raises', () => {
    const raised = new Set(alerts.map(([, , rule]) => `${rule.alert}.md`));
    expect(readdirSync(RUNBOOKS).filter((f) => f !== 'README.md' && !raised.has(f))).toEqual([]);
  });
});

describe('runbook_url', () => {
  it("points into the environment's repository at the revision it deploys", () => {
    const config = environment({ argocd: { repoURL: 'https://github.com/acme/deploy.git', targetRevision: 'release-2' } }).config;
    expect(runbookUrl(config, 'DatalensApiDown')).toBe('https://github.com/acme/deploy/blob/release-2/docs/runbooks/DatalensApiDown.md');
  });

  it('reads scp-like and ssh repository addresses as their web address', () => {
    expect(repositoryWebUrl('git@github.com:acme/deploy.git')).toBe('https://github.com/acme/deploy');
    expect(repositoryWebUrl('ssh://git@gitlab.example.com/acme/deploy.git')).toBe('https://gitlab.example.com/acme/deploy');
  });

  it('takes monitoring.runbookBaseUrl when set', () => {
    const config = environment({ monitoring: { runbookBaseUrl: 'https://runbooks.example.com/datalens/' } }).config;
    expect(runbookUrl(config, 'DatalensApiDown')).toBe('https://runbooks.example.com/datalens/DatalensApiDown.md');
  });
});
