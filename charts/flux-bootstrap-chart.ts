import { Chart } from 'cdk8s';
import type { Construct } from 'constructs';
import type { Cluster, Environment } from '../config/schema';
import { PART_OF, PART_OF_LABEL } from '../foundation/labels';
import { distPath } from './cluster-bootstrap-chart';
import { FLUX_FOLDER } from './dist-layout';
import { FluxKustomization, GitRepository, type GitRepositoryRef } from './flux-api';
import { addPriorityClasses } from './priority-classes';

export interface FluxBootstrapChartProps {
  /** The cluster this bootstrap is for. */
  readonly cluster: Cluster;
  /** The environments that run on the cluster; each gets a GitRepository and a Kustomization of `dist/<name>`. */
  readonly environments: readonly Environment[];
}

/** Sub-folder of a cluster's Flux bootstrap with the cluster-wide objects its environments need. */
export const FLUX_PRIORITIES_FOLDER = 'priorities';

/** Path of a cluster's Flux bootstrap in the repository. */
export const fluxPath = (cluster: Cluster) => `dist/${FLUX_FOLDER}/${cluster.name}`;

/** The ref of a git revision: a commit SHA exactly, a full reference name as it is, anything else as a branch. */
export function gitRef(revision: string): GitRepositoryRef {
  if (/^[0-9a-f]{40}$/.test(revision)) return { commit: revision };
  if (revision.startsWith('refs/')) return { name: revision };
  return { branch: revision };
}

/**
 * The Flux bootstrap of one cluster, applied once by hand (`kubectl apply -f dist/flux/<cluster>/`)
 * into the Flux namespace: per environment a GitRepository at the environment's revision and a
 * Kustomization that applies `dist/<env>` (through its kustomization.yaml, namespace first) and
 * prunes what leaves the folder, except the objects that hold data or keep it recoverable (they
 * carry `kustomize.toolkit.fluxcd.io/prune: disabled`, see foundation/sync-policy.ts). Every
 * environment depends on a Kustomization of the cluster-wide PriorityClasses its pods name, so no
 * pod is refused for a missing class.
 */
export class FluxBootstrapChart extends Chart {
  /** Objects the priorities Kustomization applies (written under `priorities/`). */
  readonly managed: Construct;

  constructor(scope: Construct, id: string, props: FluxBootstrapChartProps) {
    super(scope, id, { disableResourceNameHashes: true });
    const { cluster, environments } = props;
    const flux = cluster.config.flux;
    const labels = { [PART_OF_LABEL]: PART_OF, 'datalens.io/cluster': cluster.name };
    const source = (name: string, url: string, revision: string) =>
      new GitRepository(this, `GitRepository-${name}`, {
        metadata: { name, namespace: flux.namespace, labels },
        spec: { url, interval: flux.interval, ref: gitRef(revision), ...(flux.secretRef ? { secretRef: { name: flux.secretRef } } : {}) },
      });

    // the bootstrap's own revision is the cluster's, as for Argo CD's root Application
    const bootstrap = `datalens-${cluster.name}`;
    const repos = [...new Set(environments.map((e) => e.config.argocd.repoURL))].sort();
    source(bootstrap, repos[0], cluster.config.argocd.targetRevision);
    const priorities = `datalens-${cluster.name}-priorities`;
    new FluxKustomization(this, 'Priorities', {
      metadata: { name: priorities, namespace: flux.namespace, labels },
      spec: { interval: flux.interval, timeout: flux.timeout, path: `./${fluxPath(cluster)}/${FLUX_PRIORITIES_FOLDER}`, prune: true, wait: true, sourceRef: { kind: 'GitRepository', name: bootstrap } },
    });
    this.managed = new Chart(this, 'Priorities-objects', { disableResourceNameHashes: true });
    addPriorityClasses(this.managed, labels);

    for (const environment of environments) {
      const name = `datalens-${environment.name}`;
      source(name, environment.config.argocd.repoURL, environment.config.argocd.targetRevision);
      new FluxKustomization(this, `Kustomization-${environment.name}`, {
        metadata: { name, namespace: flux.namespace, labels: { ...labels, 'datalens.io/tier': environment.config.tier } },
        spec: {
          interval: flux.interval,
          timeout: flux.timeout,
          path: `./${distPath(environment)}`,
          // what leaves dist/<env> is deleted, except what carries kustomize.toolkit.fluxcd.io/prune: disabled
          prune: true,
          // readiness of every object would couple this environment to platform components (issuers, metrics-server)
          wait: false,
          sourceRef: { kind: 'GitRepository', name },
          dependsOn: [{ name: priorities }],
        },
      });
    }
  }
}
