import { diffOutputs, formatDiff, lineDiff, quantityBytes } from '../../synth/diff';
import { textsOf, toYamlDocuments } from '../../synth/output';

const statefulSet = (overrides: { serviceName?: string; size?: string; image?: string } = {}) => ({
  apiVersion: 'apps/v1',
  kind: 'StatefulSet',
  metadata: { name: 'datalens-nats' },
  spec: {
    serviceName: overrides.serviceName ?? 'datalens-nats-headless',
    template: { spec: { containers: [{ name: 'nats', image: overrides.image ?? 'nats:2.11.9' }] } },
    volumeClaimTemplates: [{ metadata: { name: 'data' }, spec: { resources: { requests: { storage: overrides.size ?? '10Gi' } } } }],
  },
});
const files = (...objects: object[]) => new Map([['prod/datalens-nats.yaml', toYamlDocuments(objects)]]);

describe('diff', () => {
  it('reports the changed fields of a safe change, by container name', () => {
    const report = diffOutputs(files(statefulSet()), files(statefulSet({ image: 'nats:2.12.0' })));
    expect(formatDiff(report)).toBe(
      ['prod: 0 added, 0 removed, 1 changed', '  ~ StatefulSet/datalens-nats', '      spec.template.spec.containers[nats].image: "nats:2.11.9" -> "nats:2.12.0"', ''].join('\n'),
    );
  });

  it('flags a shrinking volume and an immutable field', () => {
    const [change] = diffOutputs(files(statefulSet()), files(statefulSet({ size: '5Gi', serviceName: 'nats' }))).get('prod')!;
    expect(change.risks).toEqual([
      'spec.serviceName cannot change in place; the apply fails or the object must be replaced',
      'spec.volumeClaimTemplates[data].spec.resources.requests.storage cannot change in place; the apply fails or the object must be replaced',
      'spec.volumeClaimTemplates[data].spec.resources.requests.storage shrinks from 10Gi to 5Gi; volumes cannot shrink',
    ]);
  });

  it('flags the deletion or renaming of a stateful object, not of a stateless one', () => {
    const configMap = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'settings' }, data: {} };
    const report = diffOutputs(files(statefulSet(), configMap), new Map([['prod/other.yaml', toYamlDocuments([])]]));
    expect(report.get('prod')!.map((c) => [c.id, c.change, c.risks.length])).toEqual([
      ['ConfigMap/settings', 'removed', 0],
      ['StatefulSet/datalens-nats', 'removed', 1],
    ]);
  });

  it('reads Kubernetes quantities', () => {
    expect(quantityBytes('10Gi')).toBe(10 * 2 ** 30);
    expect(quantityBytes('500M')).toBe(5e8);
    expect(Number.isNaN(quantityBytes('lots'))).toBe(true);
  });
});

describe('diff risk flags', () => {
  const { distFiles, writtenEnvironment } = require('../../synth/synthesize') as typeof import('../../synth/synthesize');
  const { render, DEV_BASE, PROD_BASE } = require('../support/fixtures') as typeof import('../support/fixtures');
  /** The risks the diff finds between an environment rendered with `before` and with `after` overrides. */
  const rendered = new Map<string, ReadonlyMap<string, string>>();
  const output = (base: Record<string, unknown>, overrides: Record<string, unknown>) => {
    const key = JSON.stringify([base, overrides]);
    if (!rendered.has(key)) rendered.set(key, textsOf(distFiles([writtenEnvironment(render(overrides, base))])));
    return rendered.get(key)!;
  };
  const risksBetween = (base: Record<string, unknown>, before: Record<string, unknown>, after: Record<string, unknown>) =>
    [...diffOutputs(output(base, before), output(base, after)).values()].flat().flatMap((c) => c.risks.map((r) => `${c.id}: ${r}`));

  it('flags a volume that shrinks to a milli-quantity', () => {
    const [change] = diffOutputs(files(statefulSet({ size: '100Gi' })), files(statefulSet({ size: '500m' }))).get('prod')!;
    expect(change.risks).toContain('spec.volumeClaimTemplates[data].spec.resources.requests.storage shrinks from 100Gi to 500m; volumes cannot shrink');
  });

  it.each([
    [4, 6],
    [6, 4],
  ])('flags resizing distributed MinIO from %i to %i pods', (from, to) => {
    const minio = (replicas: number) => ({ data: { objectStore: { mode: 'minio-distributed', replicas } } });
    expect(risksBetween(DEV_BASE, minio(from), minio(to))).toContainEqual(
      `StatefulSet/datalens-minio: spec.replicas changes from ${from} to ${to}: MinIO's erasure sets cannot change in place (objects are striped over exactly these pods); add a server pool or migrate the data instead`,
    );
  });

  it('flags NATS going from 3 nodes to 1, not from 1 to 3', () => {
    const nats = (replicas: number) => ({ data: { nats: { replicas } } });
    const down = risksBetween(DEV_BASE, nats(3), nats(1));
    expect(down).toContainEqual(expect.stringMatching(/^StatefulSet\/datalens-nats: spec\.replicas goes down from 3 to 1: JetStream streams lose the replicas on the removed servers/));
    expect(risksBetween(DEV_BASE, nats(1), nats(3)).filter((r) => r.includes('spec.replicas'))).toEqual([]);
  });

  it('flags removing a scheduled backup', () => {
    const withBackup = risksBetween(PROD_BASE, {}, { tier: 'staging', data: { postgres: { backup: undefined } } });
    expect(withBackup).toContainEqual(expect.stringMatching(/^ScheduledBackup\/.*: deletes or renames the ScheduledBackup of a backup chain; WAL archiving or base backups stop$/));
  });

  it('ignores a committed document that is not an object instead of failing', () => {
    const broken = new Map([['prod/datalens-nats.yaml', 'kind: [\n---\njust text\n---\nkind: ConfigMap\n']]);
    expect(() => diffOutputs(broken, files(statefulSet()))).not.toThrow();
  });
});

describe('diff output for reviewers', () => {
  const configMap = (labels: Record<string, string>, data: Record<string, string>) => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'datalens-api', labels }, data });
  const deployment = (version: string, env: { name: string; value: string }[]) => ({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'datalens-api', labels: { 'app.kubernetes.io/version': version } },
    spec: { template: { metadata: { labels: { 'app.kubernetes.io/version': version } }, spec: { containers: [{ name: 'api', image: `api:${version}`, env }] } } },
  });
  const at = (...objects: object[]) => new Map([['staging/datalens-api.yaml', toYamlDocuments(objects)]]);
  const ENV = [
    { name: 'A', value: '1' },
    { name: 'B', value: '2' },
    { name: 'C', value: '3' },
  ];

  it('folds a label-only change into one line per object, and the labels of a changed object into one line', () => {
    const text = formatDiff(diffOutputs(at(configMap({ 'app.kubernetes.io/version': '1' }, {}), deployment('1', ENV)), at(configMap({ 'app.kubernetes.io/version': '2' }, {}), deployment('2', ENV))));
    expect(text).toBe(
      [
        'staging: 0 added, 0 removed, 2 changed',
        '  ~ ConfigMap/datalens-api (labels only: app.kubernetes.io/version: "1" -> "2")',
        '  ~ Deployment/datalens-api',
        '      labels: app.kubernetes.io/version: "1" -> "2"',
        '      spec.template.spec.containers[api].image: "api:1" -> "api:2"',
        '',
      ].join('\n'),
    );
  });

  it('matches list items by name, so removing one shows only that one', () => {
    const [change] = diffOutputs(at(deployment('1', ENV)), at(deployment('1', [ENV[0], ENV[2]]))).get('staging')!;
    expect(change.fields).toEqual([{ path: 'spec.template.spec.containers[api].env[B]', before: { name: 'B', value: '2' }, after: undefined }]);
  });

  it('matches items by key, and unique scalars by value', () => {
    const volume = (items: { key: string; path: string }[], args: string[]) => ({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'p' },
      spec: { args, volumes: [{ name: 'config', configMap: { name: 'c', items } }] },
    });
    const [change] = diffOutputs(
      at(volume([{ key: 'a', path: 'a' }, { key: 'b', path: 'b' }, { key: 'c', path: 'c' }], ['--x', '--y', '--z'])),
      at(volume([{ key: 'b', path: 'b' }, { key: 'c', path: 'c' }], ['--y', '--z'])),
    ).get('staging')!;
    expect(change.fields.map((f) => f.path)).toEqual(['spec.args["--x"]', 'spec.volumes[config].configMap.items[a]']);
  });

  it('falls back to positions when items have no unique name', () => {
    const pod = (args: string[]) => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { args } });
    const [change] = diffOutputs(at(pod(['a', 'a', 'b'])), at(pod(['a', 'b', 'b']))).get('staging')!;
    expect(change.fields).toEqual([{ path: 'spec.args[1]', before: 'a', after: 'b' }]);
  });

  it('shows the changed lines of a multi-line string, with a line of context', () => {
    const config = (port: string) => ['listen: 0.0.0.0:4222', 'jetstream {', '  store_dir: /data', `  max_file: ${port}`, '}', 'http: 8222'].join('\n');
    const text = formatDiff(diffOutputs(at(configMap({}, { 'nats.conf': config('4Gi') })), at(configMap({}, { 'nats.conf': config('8Gi') }))));
    expect(text).toBe(
      ['staging: 0 added, 0 removed, 1 changed', '  ~ ConfigMap/datalens-api', '      data.nats.conf:', '        @@ line 3', '            store_dir: /data', '        -   max_file: 4Gi', '        +   max_file: 8Gi', '          }', ''].join(
        '\n',
      ),
    );
  });

  it('shows the changed lines of embedded JSON, pretty-printed, not the escaped string', () => {
    const dashboard = (title: string) => JSON.stringify({ title: 'DataLens', panels: Array.from({ length: 40 }, (_, i) => ({ id: i, title: i === 20 ? title : `panel ${i}` })) });
    const [change] = diffOutputs(at(configMap({}, { 'api.json': dashboard('Latency') })), at(configMap({}, { 'api.json': dashboard('Latency p99') }))).get('staging')!;
    expect(change.fields[0]).toMatchObject({ path: 'data.api.json', embedded: 'JSON' });
    expect(change.fields[0].lines!.filter((l) => /^[-+]/.test(l))).toEqual(['-       "title": "Latency"', '+       "title": "Latency p99"']);
    const text = formatDiff(new Map([['staging', [change]]]));
    expect(text).toContain('      data.api.json: (embedded JSON)\n        @@ line ');
    expect(text.length).toBeLessThan(400);
  });

  it('diffs lines as an LCS: an inserted line is one + line', () => {
    expect(lineDiff(['a', 'b', 'c', 'd'], ['a', 'b', 'x', 'c', 'd'])).toEqual(['@@ line 2', '  b', '+ x', '  c']);
    expect(lineDiff(['a', 'b'], ['b', 'a'])).toEqual(['@@ line 1', '- a', '  b', '+ a']);
    expect(lineDiff([], ['a'])).toEqual(['@@ line 1', '+ a']);
  });
});
