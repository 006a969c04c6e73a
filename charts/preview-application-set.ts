import { Construct } from 'constructs';
import { githubRepository, PREVIEW_NAMESPACES, previewName, previewValues } from '../config/previews';
import type { PreviewsConfig } from '../config/previews-schema';
import type { Cluster, Environment } from '../config/schema';
import { SERVER_SIDE_DIFF_ANNOTATIONS, SYNC_RETRY, SYNC_WAVE_ANNOTATION } from '../foundation/argocd';
import { RESTRICTED_NAMESPACE_LABELS } from '../foundation/security';
import { ApplicationSet } from '../imports/argocd-applicationset-argoproj.io';
import { AppProject } from '../imports/argocd-project-argoproj.io';
import * as k8s from '../imports/k8s';

export interface PreviewApplicationSetProps {
  /** The cluster the previews run on; its `argocd` section says where Argo CD is. */
  readonly cluster: Cluster;
  /** The environment each preview copies (one of the cluster's). */
  readonly base: Environment;
  /** The cluster file's `argocd.previews`. */
  readonly previews: PreviewsConfig;
  /** Namespaced kinds a preview may hold: those the environments emit. */
  readonly kinds: readonly { readonly group: string; readonly kind: string }[];
  /** Labels of every object. */
  readonly labels: Readonly<Record<string, string>>;
  /** Path in the repository of the folder holding the preview Namespace (a kustomization). */
  readonly namespaceSourcePath: string;
  /**
   * Where the preview Namespace object is written: the folder at `namespaceSourcePath`, read by
   * each preview with kustomize, which renames the Namespace to the preview's.
   */
  readonly namespaceScope: Construct;
  /**
   * Path of the Helm chart in the repository.
   * @default 'helm'
   */
  readonly chartPath?: string;
}

/** Argo CD's finalizer that deletes an Application's resources with it (foreground cascade). */
export const RESOURCES_FINALIZER = 'resources-finalizer.argocd.argoproj.io';
/** Name of the preview Namespace in its source folder; each preview's kustomize renames it. */
export const PREVIEW_NAMESPACE_PLACEHOLDER = previewName('placeholder');
/** The Go template of a pull request's number, as the pull request generator provides it (a string). */
const NUMBER = '{{ .number }}';

/** Name of a cluster's preview AppProject. */
export const previewProjectName = (cluster: Cluster) => `datalens-${cluster.name}-previews`;

/**
 * Preview environments per pull request: an Argo CD ApplicationSet whose pull request generator
 * makes one Application per open, labelled pull request of the repository, and the AppProject
 * that confines them. Each Application renders the Helm chart at the pull request's head commit
 * with the base environment's values file and the preview's own values (config/previews.ts), into
 * the namespace `datalens-pr-<number>`, which comes from a second source (a kustomization that
 * names it) so that the Namespace is a resource of the Application: closing the pull request
 * deletes the Application, its finalizer deletes the Namespace, and with it everything the chart
 * keeps on a normal delete (`Delete=false`: volumes, databases). Previews hold no data worth
 * keeping. The project admits nothing but namespaces `datalens-pr-*` on this cluster, so neither
 * a prune nor a deletion, nor a pull request's chart, can touch an environment.
 */
export class PreviewApplicationSet extends Construct {
  /** The AppProject of the previews. */
  readonly project: AppProject;
  /** The ApplicationSet. */
  readonly applicationSet: ApplicationSet;

  constructor(scope: Construct, id: string, props: PreviewApplicationSetProps) {
    super(scope, id);
    const { cluster, base, previews, labels } = props;
    const argocd = cluster.config.argocd;
    const repoURL = base.config.argocd.repoURL;
    const github = githubRepository(repoURL);
    // config/previews.ts refuses a base environment outside GitHub before anything renders
    if (!github) throw new Error(`previews of ${cluster.name}: ${repoURL} is not a GitHub repository`);
    const projectName = previewProjectName(cluster);

    this.project = new AppProject(this, 'Project', {
      metadata: { name: projectName, namespace: argocd.namespace, labels },
      spec: {
        description: `DataLens previews of ${base.name} on ${cluster.name}: one namespace ${PREVIEW_NAMESPACES} per pull request`,
        sourceRepos: [repoURL],
        destinations: [{ server: argocd.server, namespace: PREVIEW_NAMESPACES }],
        // the Namespace by name: a pull request's chart may create no other cluster-scoped object
        clusterResourceWhitelist: [{ group: '', kind: 'Namespace', name: PREVIEW_NAMESPACES }],
        namespaceResourceWhitelist: props.kinds.filter((k) => k.kind !== 'Namespace').map((k) => ({ group: k.group, kind: k.kind })),
        orphanedResources: { warn: true },
      },
    });

    const name = previewName(NUMBER);
    this.applicationSet = new ApplicationSet(this, 'ApplicationSet', {
      metadata: { name: `datalens-${cluster.name}-previews`, namespace: argocd.namespace, labels },
      spec: {
        goTemplate: true,
        // a parameter the generator does not provide fails the Application, never renders as ""
        goTemplateOptions: ['missingkey=error'],
        generators: [
          {
            pullRequest: {
              github: { owner: github.owner, repo: github.repo, labels: [...previews.labels], tokenRef: { secretName: previews.tokenSecret.name, key: previews.tokenSecret.key } },
              requeueAfterSeconds: previews.requeueAfterSeconds,
            },
          },
        ],
        // deleting the ApplicationSet (previews turned off) deletes the previews too
        syncPolicy: { preserveResourcesOnDeletion: false },
        template: {
          metadata: {
            name,
            namespace: argocd.namespace,
            labels: { ...labels, 'datalens.io/preview-of': base.name, 'datalens.io/pull-request': NUMBER },
            annotations: { ...SERVER_SIDE_DIFF_ANNOTATIONS },
            finalizers: [RESOURCES_FINALIZER],
          },
          spec: {
            project: projectName,
            sources: [
              {
                repoUrl: repoURL,
                // the pull request's own chart and values: what merging it would deploy
                targetRevision: '{{ .head_sha }}',
                path: props.chartPath ?? 'helm',
                helm: { releaseName: name, valueFiles: [`values-${base.name}.yaml`], valuesObject: previewValues(previews, base, NUMBER) },
              },
              {
                repoUrl: repoURL,
                // the Namespace and its Pod Security labels from the reviewed branch, not from the pull request
                targetRevision: argocd.targetRevision,
                path: props.namespaceSourcePath,
                kustomize: { namespace: name },
              },
            ],
            destination: { server: argocd.server, namespace: name },
            revisionHistoryLimit: 3,
            syncPolicy: {
              automated: { prune: true, selfHeal: true },
              syncOptions: ['CreateNamespace=false', 'PrunePropagationPolicy=foreground'],
              retry: SYNC_RETRY,
            },
          },
        },
      },
    });

    new k8s.KubeNamespace(props.namespaceScope, 'PreviewNamespace', {
      metadata: {
        name: PREVIEW_NAMESPACE_PLACEHOLDER,
        labels: { ...labels, ...RESTRICTED_NAMESPACE_LABELS },
        // first, as an environment's namespace; no Delete=false: deleting it is how a preview goes
        annotations: { [SYNC_WAVE_ANNOTATION]: '0' },
      },
    });
  }
}
