import { Chart } from 'cdk8s';
import type { Construct } from 'constructs';
import type { Environment } from '../config/schema';
import { Application } from '../imports/argocd-argoproj.io';
import { AppProject } from '../imports/argocd-project-argoproj.io';

/** A group/kind pair of an object the project emits. */
export interface GroupKind {
  readonly group: string;
  readonly kind: string;
}

export interface ArgocdChartProps {
  /** Every environment; each gets an Application syncing `dist/<name>`. */
  readonly environments: readonly Environment[];
  /** Kinds the environments emit: the only namespaced kinds the project may deploy. */
  readonly kinds: readonly GroupKind[];
}

/** Path of an environment's manifests in the repository. */
export const distPath = (environment: Environment) => `dist/${environment.name}`;

/**
 * The Argo CD objects of DataLens: one AppProject per project named in the environments, limited
 * to their repositories, their namespaces and the kinds the project emits, and one Application
 * per environment. Sync policy comes from the environment file: automated with self-heal and
 * prune, or on demand.
 */
export class ArgocdChart extends Chart {
  constructor(scope: Construct, id: string, props: ArgocdChartProps) {
    super(scope, id, { disableResourceNameHashes: true });
    const projects = [...new Set(props.environments.map((e) => e.config.argocd.project))].sort();
    for (const project of projects) {
      const members = props.environments.filter((e) => e.config.argocd.project === project);
      new AppProject(this, `Project-${project}`, {
        metadata: { name: project, namespace: members[0].config.argocd.namespace, labels: { 'app.kubernetes.io/part-of': 'datalens' } },
        spec: {
          description: `DataLens: ${members.map((e) => e.name).join(', ')}`,
          sourceRepos: [...new Set(members.map((e) => e.config.argocd.repoURL))].sort(),
          destinations: members.map((e) => ({ server: e.config.argocd.destinationServer, namespace: e.config.namespace })),
          clusterResourceWhitelist: [{ group: '', kind: 'Namespace' }],
          namespaceResourceWhitelist: props.kinds.filter((k) => k.kind !== 'Namespace').map((k) => ({ group: k.group, kind: k.kind })),
          orphanedResources: { warn: true },
        },
      });
    }
    for (const environment of props.environments) {
      const argocd = environment.config.argocd;
      new Application(this, `Application-${environment.name}`, {
        metadata: { name: `datalens-${environment.name}`, namespace: argocd.namespace, labels: { 'app.kubernetes.io/part-of': 'datalens', 'datalens.io/tier': environment.config.tier } },
        spec: {
          project: argocd.project,
          source: { repoUrl: argocd.repoURL, targetRevision: argocd.targetRevision, path: distPath(environment), directory: { include: '*.yaml', recurse: false } },
          destination: { server: argocd.destinationServer, namespace: environment.config.namespace },
          revisionHistoryLimit: 10,
          syncPolicy: {
            ...(argocd.automated ? { automated: { prune: true, selfHeal: true } } : {}),
            syncOptions: ['CreateNamespace=false', 'PruneLast=true', 'PrunePropagationPolicy=foreground'],
            retry: { limit: 5, backoff: { duration: '10s', factor: 2, maxDuration: '3m' } },
          },
        },
      });
    }
  }
}
