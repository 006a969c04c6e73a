import { diffOutputs, formatDiff, quantityBytes } from '../../synth/diff';
import { toYamlDocuments } from '../../synth/output';

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
  const { distFiles } = require('../../synth/synthesize') as typeof import('../../synth/synthesize');
  const { render, DEV_BASE, PROD_BASE } = require('../support/fixtures') as typeof import('../support/fixtures');
  /** The risks the diff finds between an environment rendered with `before` and with `after` overrides. */
  const rendered = new Map<string, ReturnType<typeof distFiles>>();
  const output = (base: Record<string, unknown>, overrides: Record<string, unknown>) => {
    const key = JSON.stringify([base, overrides]);
    if (!rendered.has(key)) rendered.set(key, distFiles([render(overrides, base)]));
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
