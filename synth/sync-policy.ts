import { ApiObject, type Chart } from 'cdk8s';
import { SYNC_OPTIONS_ANNOTATION, SYNC_WAVE_ANNOTATION } from '../foundation/argocd';
import { Component } from '../foundation/component';
import type { ConnectionGraph } from '../foundation/connection-graph';
import { DATA_BEARING_KINDS } from './immutable-fields';

/**
 * Waves of the objects that prepare a component, in the order the issue of the GitOps design
 * fixes: the namespace, identities, then configuration and secrets. Every other object belongs to
 * its component's workload wave, computed from the connection graph.
 */
export const SETUP_WAVES: Readonly<Record<string, number>> = {
  Namespace: 0,
  ServiceAccount: 1,
  ConfigMap: 2,
  Secret: 2,
  ExternalSecret: 2,
  NetworkPolicy: 2,
  Certificate: 2,
  ObjectStore: 2,
  PrometheusRule: 2,
};

/** The first wave of workloads: a component needing nothing runs here, each dependency level one later. */
export const FIRST_WORKLOAD_WAVE = 3;

/**
 * The order in which Argo CD applies the built-in kinds of one wave (its gitops-engine kind
 * order, for the kinds this project emits); custom resources come after them.
 */
const APPLY_ORDER = [
  'Namespace', 'NetworkPolicy', 'PodDisruptionBudget', 'ServiceAccount', 'Secret', 'ConfigMap', 'PersistentVolumeClaim',
  'Service', 'Deployment', 'HorizontalPodAutoscaler', 'StatefulSet', 'Job', 'Ingress',
];

/** Position of a kind in Argo CD's apply order within a wave; custom resources share the last place. */
export function applyRank(kind: string): number {
  const index = APPLY_ORDER.indexOf(kind);
  return index === -1 ? APPLY_ORDER.length : index;
}

/** Kinds whose CRDs are too large for client-side apply's last-applied annotation. */
const SERVER_SIDE_APPLY_KINDS = new Set(['Cluster', 'Pooler']);

/** The sync wave of an object, from its kind and the depth of its component in the dependency graph. */
export function waveOf(object: ApiObject, depths: ReadonlyMap<Component, number>): number {
  const setup = SETUP_WAVES[object.kind];
  if (setup !== undefined) return setup;
  const owner = Component.owning(object);
  if (!owner) throw new Error(`${object.kind}/${object.name} belongs to no component, so it has no place in the sync order`);
  return FIRST_WORKLOAD_WAVE + depths.get(owner)!;
}

/**
 * Annotates every object of the chart with its sync wave and the data-safety options: objects that
 * hold data are never pruned or deleted by Argo CD, large custom resources use server-side apply.
 */
export function applySyncPolicy(chart: Chart, graph: ConnectionGraph): void {
  const depths = graph.depths();
  for (const object of chart.node.findAll().filter((c): c is ApiObject => c instanceof ApiObject)) {
    object.metadata.addAnnotation(SYNC_WAVE_ANNOTATION, String(waveOf(object, depths)));
    const options = [
      ...(DATA_BEARING_KINDS.has(object.kind) ? ['Prune=false', 'Delete=false'] : []),
      ...(SERVER_SIDE_APPLY_KINDS.has(object.kind) ? ['ServerSideApply=true'] : []),
    ];
    if (options.length) object.metadata.addAnnotation(SYNC_OPTIONS_ANNOTATION, options.join(','));
  }
}
