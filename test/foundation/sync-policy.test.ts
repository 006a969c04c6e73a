import { manifests, PROD_BASE, render } from '../support/fixtures';

describe('sync policy', () => {
  const objects = manifests(render({ data: { objectStore: { mode: 'minio-distributed', replicas: 4 } } }, PROD_BASE)) as any[];
  const options = (o: any) => o.metadata.annotations?.['argocd.argoproj.io/sync-options'] ?? '';

  const protectedIds = (list: any[]) =>
    list
      .filter((o) => options(o).includes('Prune=false') && options(o).includes('Delete=false'))
      .map((o) => `${o.kind}/${o.metadata.name}`)
      .sort();

  it('stops Argo CD pruning or deleting anything that holds data or that its backups need', () => {
    expect(protectedIds(objects)).toEqual([
      'Cluster/datalens-postgres',
      'Namespace/datalens-prod-test',
      'ObjectStore/datalens-postgres-backup',
      'ScheduledBackup/datalens-postgres-daily',
      'StatefulSet/datalens-minio',
      'StatefulSet/datalens-nats',
    ]);
  });

  it('keeps the same objects on helm uninstall (helm.sh/resource-policy: keep), and no others', () => {
    const kept = objects.filter((o) => o.metadata.annotations?.['helm.sh/resource-policy'] === 'keep').map((o) => `${o.kind}/${o.metadata.name}`);
    expect(kept.sort()).toEqual(protectedIds(objects));
  });

  it("protects the backup store's credentials too, when they come from the secret store", () => {
    const withKeys = manifests(render({ data: { postgres: { backup: { credentials: { type: 'secret', roleArn: undefined } } } } }, PROD_BASE)) as any[];
    expect(protectedIds(withKeys)).toContain('ExternalSecret/datalens-postgres-backup-credentials');
  });

  it('leaves the apply strategy to Argo CD (no discontinued structured-merge diff)', () => {
    expect(objects.filter((o) => options(o).includes('ServerSideApply'))).toEqual([]);
  });

  it('applies what waits on the platform (certificate issuer, metrics-server, ingress controller) in a last wave of its own', () => {
    const wave = (o: any) => Number(o.metadata.annotations['argocd.argoproj.io/sync-wave']);
    // the internal PKI's certificates are issued in the namespace by its own CA, not by the platform (next test)
    const gated = objects.filter((o) => ['Certificate', 'HorizontalPodAutoscaler', 'Ingress'].includes(o.kind) && !o.metadata.labels?.['datalens.io/internal-pki']);
    // an Ingress per TLS backend: the API's and the frontend's
    expect(gated.map((o) => o.kind).sort()).toEqual(['Certificate', 'HorizontalPodAutoscaler', 'Ingress', 'Ingress']);
    const last = Math.max(...objects.map(wave));
    expect(gated.every((o) => wave(o) === last)).toBe(true);
    expect(objects.filter((o) => wave(o) === last && !gated.includes(o))).toEqual([]);
  });

  it('issues the internal certificates with the Secrets, before any workload that mounts them', () => {
    const wave = (o: any) => Number(o.metadata.annotations['argocd.argoproj.io/sync-wave']);
    const pki = objects.filter((o) => o.metadata.labels?.['datalens.io/internal-pki']);
    expect(pki.map((o) => o.kind)).toEqual(expect.arrayContaining(['Certificate', 'Issuer']));
    const workloads = objects.filter((o) => ['Deployment', 'StatefulSet', 'Job', 'CronJob'].includes(o.kind));
    expect(workloads.length).toBeGreaterThan(0);
    expect(Math.max(...pki.map(wave))).toBeLessThan(Math.min(...workloads.map(wave)));
  });

  it('issues the CA (and a self-signing Issuer) a wave before the CA Issuer, which is Degraded without its Secret', () => {
    const wave = (o: any) => Number(o.metadata.annotations['argocd.argoproj.io/sync-wave']);
    const caIssuer = objects.find((o) => o.kind === 'Issuer' && o.spec.ca);
    const ca = objects.find((o) => o.kind === 'Certificate' && o.spec.secretName === caIssuer.spec.ca.secretName);
    expect(ca.spec.isCA).toBe(true);
    expect(wave(ca)).toBeLessThan(wave(caIssuer));
    const selfSigning = objects.filter((o) => o.kind === 'Issuer' && o.spec.selfSigned);
    for (const issuer of selfSigning) expect(wave(issuer)).toBeLessThanOrEqual(wave(ca));
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
      ['Ingress', 'datalens-edge-frontend'],
    ];
    const waves = order.map(([kind, name]) => wave(kind, name));
    expect(waves).toEqual([...waves].sort((a, b) => a - b));
    expect(new Set(waves).size).toBe(waves.length);
  });
});
