import { ApiObject, App, type Chart } from 'cdk8s';
import type { Construct } from 'constructs';
import { APPLICATIONS_FOLDER, ClusterBootstrapChart, PREVIEW_NAMESPACE_FOLDER, type GroupKind } from '../charts/cluster-bootstrap-chart';
import { DatalensChart } from '../charts/datalens-chart';
import type { Cluster, Environment } from '../config/schema';
import { usesArgocd, usesFlux, type GitopsTool } from '../config/gitops-schema';
import { FLUX_PRIORITIES_FOLDER, FluxBootstrapChart } from '../charts/flux-bootstrap-chart';
import { Component } from '../foundation/component';
import type { ConnectionGraph } from '../foundation/connection-graph';
import { telemetryOf, type Telemetry } from '../foundation/telemetry';
import { checksummedTextsOf } from '../foundation/workload-parts';
import { applyRank } from '../foundation/sync-policy';
import { compareText } from '../foundation/compare-text';

/** A synthesised Kubernetes object. */
export interface Manifest {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  readonly [field: string]: unknown;
}

/** The objects of one component, written together to `dist/<env>/<file>.yaml`. */
export interface ManifestFile {
  readonly file: string;
  readonly manifests: readonly Manifest[];
}

/** One environment, rendered: its objects grouped per file, and the graph they came from. */
export interface RenderedEnvironment {
  readonly environment: Environment;
  readonly files: readonly ManifestFile[];
  /** The texts the checksums among the objects were made of, by checksum (the Helm templates recompute them). */
  readonly checksums: Readonly<Record<string, string>>;
  readonly graph: ConnectionGraph<Component>;
  /** The component each object belongs to, by `Kind/name` (objects of the namespace baseline have none). */
  readonly owners: ReadonlyMap<string, string>;
  /** What the components declared about their health: alerts (and so runbooks), panels. */
  readonly telemetry: readonly Telemetry[];
}

/** File of the objects that belong to no component (the namespace baseline, environment-wide monitoring). */
export const ENVIRONMENT_FILE = 'namespace';

/**
 * Builds one environment in its own cdk8s App (a single App holding many charts slows down
 * quadratically) and returns its objects, validated by the constructs, grouped per component.
 */
export function renderEnvironment(environment: Environment): RenderedEnvironment {
  const app = new App({ outdir: 'unused', recordConstructMetadata: false });
  const chart = new DatalensChart(app, environment.name, { environment });
  const errors = app.node.findAll().flatMap((c) => c.node.validate().map((e) => `${c.node.path}: ${e}`));
  if (errors.length) throw new Error(`environment ${environment.name}: ${errors.join('; ')}`);

  const byFile = new Map<string, Manifest[]>();
  const owners = new Map<string, string>();
  for (const object of chart.node.findAll().filter((c): c is ApiObject => c instanceof ApiObject)) {
    const owner = Component.owning(object);
    const file = owner ? topLevelComponent(owner).name : ENVIRONMENT_FILE;
    const manifest = object.toJson() as Manifest;
    if (owner) owners.set(manifestId(manifest), owner.name);
    byFile.set(file, [...(byFile.get(file) ?? []), manifest]);
  }
  const files = [...byFile.entries()]
    .sort(([a], [b]) => (a === ENVIRONMENT_FILE ? -1 : b === ENVIRONMENT_FILE ? 1 : compareText(a, b)))
    .map(([file, manifests]) => ({ file, manifests: manifests.sort(compareManifests) }));
  return { environment, files, checksums: checksummedTextsOf(chart), graph: chart.graph, owners, telemetry: telemetryOf(chart) };
}

/** Nested components (a pooler, a bootstrap Job) share their parent's file. */
function topLevelComponent(component: Component): Component {
  const outer = component.node.scope ? Component.owning(component.node.scope) : undefined;
  return outer ? topLevelComponent(outer) : component;
}

/** `Kind/name`: unique within an environment's namespace. */
export function manifestId(manifest: Manifest): string {
  return `${manifest.kind}/${manifest.metadata.name}`;
}

export function waveOfManifest(manifest: Manifest): number {
  return Number(manifest.metadata.annotations?.['argocd.argoproj.io/sync-wave'] ?? 0);
}

/** Objects in the order Argo CD applies them: by wave, then by its kind order. */
function compareManifests(a: Manifest, b: Manifest): number {
  return (
    waveOfManifest(a) - waveOfManifest(b) ||
    applyRank(a.kind) - applyRank(b.kind) ||
    compareText(a.kind, b.kind) ||
    compareText(a.metadata.name, b.metadata.name)
  );
}

/** Kinds of the objects of the environments, sorted. */
export function emittedKinds(rendered: readonly RenderedEnvironment[]): GroupKind[] {
  const keys = new Set(rendered.flatMap((r) => r.files.flatMap((f) => f.manifests.map((m) => `${m.apiVersion.includes('/') ? m.apiVersion.split('/')[0] : ''}|${m.kind}`))));
  return [...keys].sort().map((key) => {
    const [group, kind] = key.split('|');
    return { group, kind };
  });
}

/** The clusters the environments run on whose GitOps tool passes `deployedBy`, by name. */
function clustersOf(rendered: readonly RenderedEnvironment[], deployedBy: (tool: GitopsTool) => boolean): Cluster[] {
  return [...new Map(rendered.map((r) => [r.environment.cluster.name, r.environment.cluster])).values()]
    .filter((cluster) => deployedBy(cluster.config.gitops))
    .sort((a, b) => compareText(a.name, b.name));
}

/** The objects of a bootstrap chart, one per file: `<cluster>/<kind>-<name>`, or `<cluster>/<sub-folder>/...` for those under a scope of `subFolders`. */
function bootstrapFiles(chart: Chart, cluster: Cluster, subFolders: readonly (readonly [Construct | undefined, string])[]): ManifestFile[] {
  return chart.node
    .findAll()
    .filter((c): c is ApiObject => c instanceof ApiObject)
    .map((object) => {
      const sub = subFolders.find(([scope]) => scope && object.node.scopes.includes(scope));
      const folder = sub ? `${cluster.name}/${sub[1]}` : cluster.name;
      return { file: `${folder}/${object.kind.toLowerCase()}-${object.name}`, manifests: [object.toJson() as Manifest] };
    });
}

/**
 * The Flux bootstrap of every cluster whose environments Flux deploys: `<cluster>/<file>` for what
 * is applied by hand, `<cluster>/priorities/<file>` for what its priorities Kustomization applies.
 */
export function renderFlux(rendered: readonly RenderedEnvironment[]): ManifestFile[] {
  return clustersOf(rendered, usesFlux).flatMap((cluster) => {
    const members = rendered.filter((r) => r.environment.cluster.name === cluster.name);
    const app = new App({ outdir: 'unused', recordConstructMetadata: false });
    const chart = new FluxBootstrapChart(app, cluster.name, { cluster, environments: members.map((r) => r.environment) });
    return bootstrapFiles(chart, cluster, [[chart.managed, FLUX_PRIORITIES_FOLDER]]);
  });
}

/**
 * The Argo CD bootstrap of every cluster that runs an environment, one object per file:
 * `<cluster>/<file>` for what is applied by hand, `<cluster>/applications/<file>` for what the
 * cluster's root Application manages.
 */
export function renderArgocd(rendered: readonly RenderedEnvironment[]): ManifestFile[] {
  return clustersOf(rendered, usesArgocd).flatMap((cluster) => {
    const members = rendered.filter((r) => r.environment.cluster.name === cluster.name);
    const app = new App({ outdir: 'unused', recordConstructMetadata: false });
    const chart = new ClusterBootstrapChart(app, cluster.name, { cluster, environments: members.map((r) => r.environment), kinds: emittedKinds(members) });
    return bootstrapFiles(chart, cluster, [
      [chart.managed, APPLICATIONS_FOLDER],
      [chart.previewNamespace, PREVIEW_NAMESPACE_FOLDER],
    ]);
  });
}
