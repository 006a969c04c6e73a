import { renderArgocd, renderEnvironment } from '../../synth/render';
import { environment, PROD_BASE } from '../support/fixtures';

describe('ArgocdChart', () => {
  const dev = renderEnvironment(environment({}, undefined, 'dev'));
  const prod = renderEnvironment(environment({ argocd: { targetRevision: 'release-2.0' } }, PROD_BASE, 'prod'));
  const objects = renderArgocd([dev, prod]).flatMap((f) => f.manifests) as any[];
  const app = (name: string) => objects.find((o) => o.kind === 'Application' && o.metadata.name === name);

  it('syncs each environment from dist/<env> into its namespace', () => {
    expect(app('datalens-prod').spec).toMatchObject({
      project: 'datalens',
      source: { repoURL: 'https://git.example.com/datalens-k8s.git', targetRevision: 'release-2.0', path: 'dist/prod' },
      destination: { server: 'https://kubernetes.default.svc', namespace: 'datalens-prod-test' },
    });
  });

  it('automates sync with self-heal and prune where the environment asks, and syncs prod on demand', () => {
    expect(app('datalens-dev').spec.syncPolicy.automated).toEqual({ prune: true, selfHeal: true });
    expect(app('datalens-prod').spec.syncPolicy.automated).toBeUndefined();
  });

  it('limits the project to the repositories, namespaces and kinds of the environments', () => {
    const project = objects.find((o) => o.kind === 'AppProject');
    expect(project.spec.sourceRepos).toEqual(['https://git.example.com/datalens-k8s.git']);
    expect(project.spec.destinations.map((d: any) => d.namespace)).toEqual(['datalens-test', 'datalens-prod-test']);
    expect(project.spec.clusterResourceWhitelist).toEqual([{ group: '', kind: 'Namespace' }]);
    const kinds = project.spec.namespaceResourceWhitelist.map((k: any) => `${k.group}/${k.kind}`);
    expect(kinds).toEqual(expect.arrayContaining(['apps/StatefulSet', 'postgresql.cnpg.io/Cluster', 'external-secrets.io/ExternalSecret', '/Secret']));
    expect(kinds).not.toContain('/Namespace');
  });
});
