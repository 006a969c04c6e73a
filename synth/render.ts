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
import { ENVIRONMENT_FILE, manifestId, waveOfManifest, type Manifest, type ManifestFile } from './manifest';
import { prerequisitesOf, type Prerequisite } from './prerequisites';
import { alertsOf, type DeclaredAlert } from './runbooks';
import { topologyMermaid } from './topology';
import type { OutputFolder } from './output';

/**
 * One environment rendered, as plain data: its objects grouped per file, and what the picture, the
 * prerequisites and the runbooks read from its constructs. The synth keeps this between runs.
 */
export interface EnvironmentRendering {
  readonly environment: Environment;
  readonly files: readonly ManifestFile[];
  /** The texts the checksums among the objects were made of, by checksum (the Helm templates recompute them). */
  readonly checksums: Readonly<Record<string, string>>;
  /** The Mermaid source of the connections the NetworkPolicies allow (topology.ts). */
  readonly topology: string;
  readonly prerequisites: readonly Prerequisite[];
  readonly alerts: readonly DeclaredAlert[];
  /** The kinds of its objects, sorted (the Argo CD bootstrap allows them): read without its objects. */
  readonly kinds: readonly GroupKind[];
}

/** An environment as the synth writes it: its rendering and the files of its folder in dist/. */
export interface WrittenEnvironment extends EnvironmentRendering {
  /** The files of `dist/<name>/` by name (`api.yaml`, `TOPOLOGY.md`), as written (a kept rendering's known by their hashes). */
  readonly output: OutputFolder;
  /** A hash of `output`, names and texts: equal for equal folders. */
  readonly digest: string;
}

/** One environment rendered, with the constructs it came from (which the checks read). */
export interface RenderedEnvironment extends EnvironmentRendering {
  readonly graph: ConnectionGraph<Component>;
  /** The component each object belongs to, by `Kind/name` (objects of the namespace baseline have none). */
  readonly owners: ReadonlyMap<string, string>;
  /** What the components declared about their health: alerts (and so runbooks), panels. */
  readonly telemetry: readonly Telemetry[];
}

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
  const graph = chart.graph;
  const telemetry = telemetryOf(chart);
  // what is read from the constructs only when asked for: the derivation's sentinel renderings never are
  let topology: string | undefined;
  let prerequisites: Prerequisite[] | undefined;
  let alerts: DeclaredAlert[] | undefined;
  return {
    environment,
    files,
    kinds: kindsOf(files),
    checksums: checksummedTextsOf(chart),
    graph,
    owners,
    telemetry,
    get topology() {
      return (topology ??= topologyMermaid({ graph, environment }));
    },
    get prerequisites() {
      return (prerequisites ??= prerequisitesOf({ environment, files, graph }));
    },
    get alerts() {
      return (alerts ??= alertsOf({ environment, telemetry }));
    },
  };
}

/** Nested components (a pooler, a bootstrap Job) share their parent's file. */
function topLevelComponent(component: Component): Component {
  const outer = component.node.scope ? Component.owning(component.node.scope) : undefined;
  return outer ? topLevelComponent(outer) : component;
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

/** Kinds of the objects of the files, sorted. */
function kindsOf(files: readonly ManifestFile[]): GroupKind[] {
  const keys = new Set(files.flatMap((f) => f.manifests.map((m) => `${m.apiVersion.includes('/') ? m.apiVersion.split('/')[0] : ''}|${m.kind}`)));
  return [...keys].sort().map((key) => {
    const [group, kind] = key.split('|');
    return { group, kind };
  });
}

/** Kinds of the objects of the environments, sorted. */
export function emittedKinds(rendered: readonly EnvironmentRendering[]): GroupKind[] {
  const byKey = new Map(rendered.flatMap((r) => r.kinds.map((k): [string, GroupKind] => [`${k.group}|${k.kind}`, k])));
  return [...byKey.keys()].sort().map((key) => byKey.get(key)!);
}

/** The clusters the environments run on whose GitOps tool passes `deployedBy`, by name. */
function clustersOf(rendered: readonly EnvironmentRendering[], deployedBy: (tool: GitopsTool) => boolean): Cluster[] {
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
export function renderFlux(rendered: readonly EnvironmentRendering[]): ManifestFile[] {
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
export function renderArgocd(rendered: readonly EnvironmentRendering[]): ManifestFile[] {
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
