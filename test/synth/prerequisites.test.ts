import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTROLLERS, prerequisitesDocument, prerequisitesOf } from '../../synth/prerequisites';
import { manifests, PROD_BASE, render } from '../support/fixtures';

describe('prerequisites', () => {
  const prod = render({ data: { postgres: { storage: { size: '9Gi', storageClass: 'io2' }, walStorage: { size: '1Gi', storageClass: 'io2' } }, nats: { storage: { size: '2Gi', storageClass: 'fast-ssd' }, maxFileStore: '1536Mi' } } }, PROD_BASE);
  const dev = render();
  const whats = (rendered: ReturnType<typeof render>) => prerequisitesOf(rendered).map((p) => p.what);

  it('names every StorageClass the volumes ask for, and the default class where none is named', () => {
    expect(whats(prod)).toEqual(expect.arrayContaining(['StorageClass `io2`', 'StorageClass `fast-ssd`']));
    expect(whats(dev)).toContain('a default StorageClass');
    expect(whats(prod)).not.toContain('a default StorageClass');
  });

  it('names every key the environment reads from its secret store, with its properties', () => {
    const keys = (manifests(prod) as any[]).filter((m) => m.kind === 'ExternalSecret').flatMap((m) => m.spec.data.map((d: any) => d.remoteRef.key));
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(whats(prod).some((w) => w.startsWith('ClusterSecretStore `vault` with key `' + key + '`'))).toBe(true);
  });

  it('asks for metrics-server exactly when there is an HPA', () => {
    expect(whats(prod).filter((w) => w.startsWith('metrics-server'))).toHaveLength(1);
    expect(whats(dev).filter((w) => w.startsWith('metrics-server'))).toEqual([]);
  });

  it("names the cluster's NetworkPolicy engine, the issuer with its challenge and the IRSA roles", () => {
    expect(whats(prod)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^NetworkPolicy engine: the Amazon VPC CNI add-on with `enableNetworkPolicy: "true"`/),
        'cert-manager ClusterIssuer `selfsigned` (ACME HTTP-01 through the edge)',
        expect.stringContaining('IAM role `arn:aws:iam::123456789012:role/pg`'),
        expect.stringContaining('IAM role `arn:aws:iam::123456789012:role/api`'),
      ]),
    );
  });

  it('asks for client addresses at the edge exactly when admin. has an allow-list, in either mode', () => {
    const passThrough = (rendered: ReturnType<typeof render>) => whats(rendered).filter((w) => w.includes('passing client addresses through'));
    expect(passThrough(render({ edge: { mode: 'ingress', tls: { name: 'x' }, adminAllowedCidrs: ['203.0.113.0/24'] } }))).toHaveLength(1);
    expect(passThrough(render({ edge: { mode: 'gateway', tls: { name: 'x' }, adminAllowedCidrs: ['203.0.113.0/24'], gateway: { className: 'eg' } } }, PROD_BASE))).toHaveLength(1);
    expect(passThrough(prod)).toEqual([]);
  });

  it('names the controller of every custom resource, at the version cdk8s.yaml imports', () => {
    const imports = readFileSync(join(__dirname, '..', '..', 'cdk8s.yaml'), 'utf8');
    // CRD files are named <group>_<plural>.yaml upstream, except NACK's one file of all its CRDs
    const fileOf = (group: string) => (group === 'jetstream.nats.io' ? 'nats-io/nack/v[^/]+/deploy/crds\\.yml' : `${group.replace(/\./g, '\\.')}_`);
    for (const [group, controller] of Object.entries(CONTROLLERS)) {
      expect([group, imports.split('\n').some((l) => l.includes(`/v${controller.version}/`) && new RegExp(fileOf(group)).test(l))]).toEqual([group, true]);
    }
    const groups = new Set((manifests(prod) as any[]).map((m) => m.apiVersion).filter((v) => v.includes('.')).map((v) => v.split('/')[0]).filter((g) => !g.endsWith('k8s.io')));
    for (const group of groups) expect(whats(prod).some((w) => w.includes(`(CRDs of ${group})`))).toBe(true);
  });

  it('names the platform pods the NetworkPolicies admit', () => {
    expect(whats(prod)).toEqual(
      expect.arrayContaining([
        'cloudnative-pg operator: pods labelled `app.kubernetes.io/name=cloudnative-pg` in namespace `cnpg-system`',
        'ingress controller: pods labelled `app.kubernetes.io/name=ingress-nginx` in namespace `ingress-nginx`',
      ]),
    );
  });

  it('writes a table naming the cluster and, per prerequisite, the objects that need it', () => {
    const doc = prerequisitesDocument(prod);
    expect(doc).toContain('# What cluster `test-cluster` needs before `dist/test` syncs');
    expect(doc).toMatch(/\| metrics-server \(HPAs without resource metrics are Degraded\) \| `HorizontalPodAutoscaler\/datalens-api`/);
  });
});
