import { manifests, PROD_BASE, render } from '../support/fixtures';

describe('sync policy', () => {
  const objects = manifests(render({ data: { objectStore: { mode: 'minio-distributed', replicas: 4 } } }, PROD_BASE)) as any[];
  const options = (o: any) => o.metadata.annotations?.['argocd.argoproj.io/sync-options'] ?? '';

  it('stops Argo CD pruning or deleting anything that holds data', () => {
    const protectedIds = objects.filter((o) => options(o).includes('Prune=false') && options(o).includes('Delete=false')).map((o) => `${o.kind}/${o.metadata.name}`);
    expect(protectedIds.sort()).toEqual(['Cluster/datalens-postgres', 'Namespace/datalens-prod-test', 'StatefulSet/datalens-minio', 'StatefulSet/datalens-nats']);
  });

  it('uses server-side apply for the large CloudNativePG resources', () => {
    expect(objects.filter((o) => options(o).includes('ServerSideApply=true')).map((o) => o.kind).sort()).toEqual(['Cluster', 'Pooler']);
  });

  it('gives every object a sync wave', () => {
    expect(objects.filter((o) => o.metadata.annotations?.['argocd.argoproj.io/sync-wave'] === undefined)).toEqual([]);
  });

  it('orders every dependency before its consumer', () => {
    const wave = (kind: string, name: string) => Number(objects.find((o) => o.kind === kind && o.metadata.name === name).metadata.annotations['argocd.argoproj.io/sync-wave']);
    const order: [string, string][] = [
      ['Namespace', 'datalens-prod-test'],
      ['ServiceAccount', 'datalens-api'],
      ['ExternalSecret', 'datalens-api'],
      ['StatefulSet', 'datalens-minio'],
      ['Job', 'datalens-minio-bootstrap'],
      ['Deployment', 'datalens-api'],
      ['Deployment', 'datalens-frontend'],
      ['Ingress', 'datalens-edge'],
    ];
    const waves = order.map(([kind, name]) => wave(kind, name));
    expect(waves).toEqual([...waves].sort((a, b) => a - b));
    expect(new Set(waves).size).toBe(waves.length);
  });
});
