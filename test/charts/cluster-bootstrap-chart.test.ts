import { clusterSchema, type Cluster } from '../../config/schema';
import { renderArgocd, renderEnvironment } from '../../synth/render';
import { environment, PROD_BASE, TEST_CLUSTER, TEST_CLUSTER_FILE } from '../support/fixtures';

const PROD_CLUSTER: Cluster = { name: 'prod-cluster', config: clusterSchema.parse({ ...TEST_CLUSTER_FILE, argocd: { server: 'https://prod.example.com' } }) };

describe('ClusterBootstrapChart', () => {
  const dev = renderEnvironment(environment({}, undefined, 'dev', TEST_CLUSTER));
  const prod = renderEnvironment(environment({ argocd: { targetRevision: 'release-2.0' } }, PROD_BASE, 'prod', PROD_CLUSTER));
  const files = renderArgocd([dev, prod]);
  const inFolder = (folder: string) => files.filter((f) => f.file.startsWith(`${folder}/`) && !f.file.slice(folder.length + 1).includes('/')).flatMap((f) => f.manifests) as any[];
  const app = (name: string) => files.flatMap((f) => f.manifests).find((o: any) => o.kind === 'Application' && o.metadata.name === name) as any;

  it('writes one bootstrap per cluster, each holding only its own environments', () => {
    expect([...new Set(files.map((f) => f.file.split('/')[0]))].sort()).toEqual(['prod-cluster', 'test-cluster']);
    const names = (folder: string) => inFolder(folder).map((o) => `${o.kind}/${o.metadata.name}`).sort();
    const priorities = ['PriorityClass/datalens-app', 'PriorityClass/datalens-batch', 'PriorityClass/datalens-data'];
    expect(names('test-cluster/applications')).toEqual(['AppProject/datalens-test-cluster', 'Application/datalens-dev', ...priorities]);
    expect(names('prod-cluster/applications')).toEqual(['AppProject/datalens-prod-cluster', 'Application/datalens-prod', ...priorities]);
  });

  it('bootstraps by hand only a root Application, its project and the health checks; Git manages the rest', () => {
    const bootstrap = inFolder('prod-cluster');
    expect(bootstrap.map((o) => `${o.kind}/${o.metadata.name}`).sort()).toEqual(['AppProject/datalens-prod-cluster-bootstrap', 'Application/datalens-prod-cluster', 'ConfigMap/argocd-cm']);
    const root = bootstrap.find((o) => o.kind === 'Application');
    expect(root.spec).toMatchObject({
      project: 'datalens-prod-cluster-bootstrap',
      source: { path: 'dist/argocd/prod-cluster/applications', targetRevision: 'main' },
      destination: { server: 'https://kubernetes.default.svc', namespace: 'argocd' },
      syncPolicy: { automated: { prune: true, selfHeal: true } },
    });
    const rootProject = bootstrap.find((o) => o.kind === 'AppProject');
    expect(rootProject.spec.namespaceResourceWhitelist).toEqual([
      { group: 'argoproj.io', kind: 'AppProject' },
      { group: 'argoproj.io', kind: 'Application' },
    ]);
    // the root keeps the cluster-wide PriorityClasses, nothing else cluster-wide
    expect(rootProject.spec.clusterResourceWhitelist).toEqual([{ group: 'scheduling.k8s.io', kind: 'PriorityClass' }]);
    const cm = bootstrap.find((o) => o.kind === 'ConfigMap');
    expect(Object.keys(cm.data)).toEqual(['resource.customizations.health.postgresql.cnpg.io_Cluster']);
  });

  it('ships the PriorityClasses, data tier above the application, jobs last and never preempting, before the Applications', () => {
    const classes = inFolder('prod-cluster/applications').filter((o) => o.kind === 'PriorityClass');
    expect(classes.map((c) => [c.metadata.name, c.value, c.preemptionPolicy, c.globalDefault])).toEqual([
      ['datalens-data', 100000, 'PreemptLowerPriority', false],
      ['datalens-app', 50000, 'PreemptLowerPriority', false],
      ['datalens-batch', 10000, 'Never', false],
    ]);
    for (const c of classes) expect(c.metadata.annotations['argocd.argoproj.io/sync-wave']).toBe('-1');
  });

  it("syncs each environment from dist/<env> into its namespace on its cluster's server", () => {
    expect(app('datalens-prod').spec).toMatchObject({
      project: 'datalens-prod-cluster',
      source: { repoURL: 'https://git.example.com/datalens-k8s.git', targetRevision: 'release-2.0', path: 'dist/prod' },
      destination: { server: 'https://prod.example.com', namespace: 'datalens-prod-test' },
    });
    expect(app('datalens-prod').metadata.annotations).toEqual({ 'argocd.argoproj.io/compare-options': 'ServerSideDiff=true' });
  });

  it('automates sync with self-heal and prune where the environment asks, and syncs prod on demand', () => {
    expect(app('datalens-dev').spec.syncPolicy.automated).toEqual({ prune: true, selfHeal: true });
    expect(app('datalens-prod').spec.syncPolicy.automated).toBeUndefined();
  });

  it("limits each cluster's project to that cluster, its environments' namespaces and the kinds they emit", () => {
    const project = inFolder('prod-cluster/applications').find((o) => o.kind === 'AppProject');
    expect(project.spec.sourceRepos).toEqual(['https://git.example.com/datalens-k8s.git']);
    expect(project.spec.destinations).toEqual([{ server: 'https://prod.example.com', namespace: 'datalens-prod-test' }]);
    expect(project.spec.clusterResourceWhitelist).toEqual([{ group: '', kind: 'Namespace' }]);
    const kinds = project.spec.namespaceResourceWhitelist.map((k: any) => `${k.group}/${k.kind}`);
    expect(kinds).toEqual(expect.arrayContaining(['apps/StatefulSet', 'postgresql.cnpg.io/Cluster', 'external-secrets.io/ExternalSecret']));
    expect(kinds).not.toContain('/Namespace');
    expect(kinds).not.toContain('/Secret');
  });
});
