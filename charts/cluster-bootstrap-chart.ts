import { Chart } from 'cdk8s';
import type { Construct } from 'constructs';
import { notificationAnnotations } from '../config/gitops-schema';
import { previewBase } from '../config/previews';
import type { Cluster, Environment } from '../config/schema';
import { SERVER_SIDE_DIFF_ANNOTATIONS, SYNC_RETRY, SYNC_WAVE_ANNOTATION } from '../foundation/argocd';
import { PART_OF, PART_OF_LABEL } from '../foundation/labels';
import { Application } from '../imports/argocd-argoproj.io';
import { AppProject, type AppProjectSpecSyncWindows } from '../imports/argocd-project-argoproj.io';
import * as k8s from '../imports/k8s';
import { CNPG_CLUSTER_HEALTH_LUA } from './cnpg-cluster-health';
import { KUSTOMIZATION_FILE } from './dist-layout';
import { PreviewApplicationSet } from './preview-application-set';
import { addPriorityClasses } from './priority-classes';

/** A group/kind pair of an object the project emits. */
export interface GroupKind {
  readonly group: string;
  readonly kind: string;
}

export interface ClusterBootstrapChartProps {
  /** The cluster this bootstrap is for. */
  readonly cluster: Cluster;
  /** The environments that run on the cluster; each gets an Application syncing `dist/<name>`. */
  readonly environments: readonly Environment[];
  /** Kinds the environments emit: the only namespaced kinds the project may deploy. */
  readonly kinds: readonly GroupKind[];
}

/** Folder of dist/ with the Argo CD objects; no environment may take this name. */
export const ARGOCD_FOLDER = 'argocd';
/** Sub-folder of a cluster's bootstrap the root Application syncs: the project and the Applications. */
export const APPLICATIONS_FOLDER = 'applications';
/** Sub-folder of a cluster's bootstrap with the Namespace each preview renames (a kustomization). */
export const PREVIEW_NAMESPACE_FOLDER = 'preview-namespace';

/** Name of an environment's Application. */
export const applicationName = (environment: Environment) => `datalens-${environment.name}`;
/** Path of an environment's manifests in the repository. */
export const distPath = (environment: Environment) => `dist/${environment.name}`;
/** Path of a cluster's Applications in the repository. */
export const applicationsPath = (cluster: Cluster) => `dist/${ARGOCD_FOLDER}/${cluster.name}/${APPLICATIONS_FOLDER}`;

/** Key of argocd-cm that overrides Argo CD's health check of CloudNativePG Clusters. */
export const CNPG_CLUSTER_HEALTH_KEY = 'resource.customizations.health.postgresql.cnpg.io_Cluster';

/** The sync windows the environments ask for, each limited to its environment's Application; none when none asks. */
function syncWindowsOf(environments: readonly Environment[]): { syncWindows?: AppProjectSpecSyncWindows[] } {
  const windows = environments.flatMap((environment) =>
    environment.config.argocd.syncWindows.map((window) => ({
      kind: window.kind,
      schedule: window.schedule,
      duration: window.duration,
      applications: [applicationName(environment)],
      manualSync: window.manualSync,
      ...(window.timeZone ? { timeZone: window.timeZone } : {}),
    })),
  );
  return windows.length > 0 ? { syncWindows: windows } : {};
}

/**
 * The Argo CD bootstrap of one cluster, applied once by hand (`kubectl apply -n argocd -f
 * dist/argocd/<cluster>/`): an AppProject and a root Application that syncs the cluster's
 * Applications from Git (app of apps), and the argocd-cm health check under which rolling updates
 * of a CloudNativePG Cluster are Progressing rather than Degraded. Under `applications/`, managed
 * by the root: the project of the environments, limited to this cluster's namespaces and the kinds
 * the project emits, one Application per environment of the cluster, and the PriorityClasses their
 * pods name (data tier above the application, scheduled jobs last). Nothing of another cluster's
 * environments ever reaches this one.
 */
export class ClusterBootstrapChart extends Chart {
  /** Objects the root Application manages (written under `applications/`). */
  readonly managed: Construct;
  /** The Namespace previews read with kustomize (written under `preview-namespace/`), when the cluster has previews. */
  readonly previewNamespace?: Construct;

  constructor(scope: Construct, id: string, props: ClusterBootstrapChartProps) {
    super(scope, id, { disableResourceNameHashes: true });
    const { cluster, environments } = props;
    const argocd = cluster.config.argocd;
    const labels = { [PART_OF_LABEL]: PART_OF, 'datalens.io/cluster': cluster.name };
    const repos = [...new Set(environments.map((e) => e.config.argocd.repoURL))].sort();
    const projectName = `datalens-${cluster.name}`;
    const bootstrapProject = `${projectName}-bootstrap`;
    const previews = argocd.previews;

    new AppProject(this, 'BootstrapProject', {
      metadata: { name: bootstrapProject, namespace: argocd.namespace, labels },
      spec: {
        description: `DataLens on ${cluster.name}: the Applications of its environments`,
        sourceRepos: repos,
        // the Applications live beside Argo CD, whichever cluster they deploy to
        destinations: [{ server: 'https://kubernetes.default.svc', namespace: argocd.namespace }],
        // the PriorityClasses every environment's pods name are cluster-wide: the root keeps them
        clusterResourceWhitelist: [{ group: 'scheduling.k8s.io', kind: 'PriorityClass' }],
        namespaceResourceWhitelist: [
          { group: 'argoproj.io', kind: 'AppProject' },
          { group: 'argoproj.io', kind: 'Application' },
          ...(previews ? [{ group: 'argoproj.io', kind: 'ApplicationSet' }] : []),
        ],
      },
    });
    new Application(this, 'Root', {
      metadata: { name: projectName, namespace: argocd.namespace, labels },
      spec: {
        project: bootstrapProject,
        source: { repoUrl: repos[0], targetRevision: argocd.targetRevision, path: applicationsPath(cluster), directory: { include: '*.yaml', recurse: false } },
        destination: { server: 'https://kubernetes.default.svc', namespace: argocd.namespace },
        syncPolicy: { automated: { prune: true, selfHeal: true } },
      },
    });
    new k8s.KubeConfigMap(this, 'HealthChecks', {
      // merged into the existing argocd-cm by `kubectl apply`; the label is the one Argo CD watches
      metadata: { name: 'argocd-cm', namespace: argocd.namespace, labels: { [PART_OF_LABEL]: 'argocd' } },
      data: { [CNPG_CLUSTER_HEALTH_KEY]: CNPG_CLUSTER_HEALTH_LUA },
    });

    this.managed = new Chart(this, 'Applications', { disableResourceNameHashes: true });
    // before the Applications: their pods are refused while the class they name is missing
    addPriorityClasses(this.managed, labels, { [SYNC_WAVE_ANNOTATION]: '-1' });
    new AppProject(this.managed, 'Project', {
      metadata: { name: projectName, namespace: argocd.namespace, labels },
      spec: {
        description: `DataLens on ${cluster.name}: ${environments.map((e) => e.name).join(', ')}`,
        sourceRepos: repos,
        destinations: environments.map((e) => ({ server: argocd.server, namespace: e.config.namespace })),
        clusterResourceWhitelist: [{ group: '', kind: 'Namespace' }],
        namespaceResourceWhitelist: props.kinds.filter((k) => k.kind !== 'Namespace').map((k) => ({ group: k.group, kind: k.kind })),
        orphanedResources: { warn: true },
        ...syncWindowsOf(environments),
      },
    });
    const base = previewBase(cluster, environments);
    if (previews && base) {
      this.previewNamespace = new Chart(this, 'PreviewNamespace', { disableResourceNameHashes: true });
      new PreviewApplicationSet(this.managed, 'Previews', {
        cluster,
        base,
        previews,
        kinds: props.kinds,
        labels,
        namespaceSourcePath: `dist/${ARGOCD_FOLDER}/${cluster.name}/${PREVIEW_NAMESPACE_FOLDER}`,
        namespaceScope: this.previewNamespace,
      });
    }
    for (const environment of environments) {
      const source = environment.config.argocd;
      new Application(this.managed, `Application-${environment.name}`, {
        metadata: {
          name: applicationName(environment),
          namespace: argocd.namespace,
          labels: { ...labels, 'datalens.io/tier': environment.config.tier },
          // a dry-run apply on the server gives the diff, with the defaults CRDs add (no endless OutOfSync)
          annotations: { ...SERVER_SIDE_DIFF_ANNOTATIONS, ...notificationAnnotations(source.notifications) },
        },
        spec: {
          project: projectName,
          // a plain directory of manifests: the kustomization beside them is for kustomize and Flux users
          source: { repoUrl: source.repoURL, targetRevision: source.targetRevision, path: distPath(environment), directory: { include: '*.yaml', exclude: KUSTOMIZATION_FILE, recurse: false } },
          destination: { server: argocd.server, namespace: environment.config.namespace },
          revisionHistoryLimit: 10,
          syncPolicy: {
            ...(source.automated ? { automated: { prune: true, selfHeal: true } } : {}),
            syncOptions: ['CreateNamespace=false', 'PruneLast=true', 'PrunePropagationPolicy=foreground'],
            retry: SYNC_RETRY,
          },
        },
      });
    }
  }
}
