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
