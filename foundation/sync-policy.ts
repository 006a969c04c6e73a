import { ApiObject, type Chart } from 'cdk8s';
import { SYNC_OPTIONS_ANNOTATION, SYNC_WAVE_ANNOTATION } from './argocd';
import { Component } from './component';
import { HELM_KEEP_ANNOTATIONS } from './helm-annotations';
import type { ConnectionGraph } from './connection-graph';
import { INTERNAL_PKI_LABEL, INTERNAL_PKI_ROOT } from './internal-ca';
import { inspectionJsonOf, referencesOf, SECRET_PRODUCER_KINDS, secretProducers } from './references';

/** Kinds whose deletion loses data: they hold it, or own the volumes that do. */
export const DATA_BEARING_KINDS: ReadonlySet<string> = new Set(['Namespace', 'StatefulSet', 'Cluster', 'PersistentVolumeClaim']);

/**
 * Kinds that keep a database's data recoverable without holding it: deleting the archive target
 * while the database runs stops WAL archiving, and pg_wal fills until PostgreSQL stops. They, and
 * what they refer to (credentials), are protected like the data.
 */
export const BACKUP_CHAIN_KINDS: ReadonlySet<string> = new Set(['Cluster', 'ObjectStore', 'ScheduledBackup']);

/**
 * Waves of the objects that prepare a component, in the order the issue of the GitOps design
 * fixes: the namespace, identities, then configuration and secrets. Every other object belongs to
 * its component's workload wave, computed from the connection graph.
 */
export const SETUP_WAVES: Readonly<Record<string, number>> = {
  Namespace: 0,
  // before any pod: admission gives containers the defaults and counts them against the quota
  ResourceQuota: 1,
  LimitRange: 1,
  ServiceAccount: 1,
  Role: 1,
  RoleBinding: 1,
  ConfigMap: 2,
  Secret: 2,
  ExternalSecret: 2,
  NetworkPolicy: 2,
  ObjectStore: 2,
  PrometheusRule: 2,
};

/**
 * Kinds whose health Argo CD reads from something outside the environment: a Certificate waits for
 * its issuer, an HPA for metrics-server, an Ingress for its controller to publish an address, a
 * Gateway, its routes and policies for the Gateway implementation to accept them; and a CronJob is
 * Degraded while its last run failed (Argo CD's batch/CronJob check), a past night's outcome that
 * alerts, not something a sync should stop on. A sync waits for every object of a wave to be healthy
 * before the next, so these go to a last wave of their own: a slow issuer, a missing metrics-server
 * or a failed drill then holds back nothing else.
 */
export const PLATFORM_GATED_KINDS: ReadonlySet<string> = new Set(['Certificate', 'HorizontalPodAutoscaler', 'Ingress', 'Gateway', 'HTTPRoute', 'BackendTrafficPolicy', 'SecurityPolicy', 'CronJob']);

/** The first wave of workloads: a component needing nothing runs here, each dependency level one later. */
export const FIRST_WORKLOAD_WAVE = 3;

/**
 * The order in which Argo CD applies the built-in kinds of one wave (its gitops-engine kind
 * order, for the kinds this project emits); custom resources come after them.
 */
const APPLY_ORDER = [
  'Namespace', 'NetworkPolicy', 'ResourceQuota', 'LimitRange', 'PodDisruptionBudget', 'ServiceAccount', 'Secret', 'ConfigMap',
  'PersistentVolumeClaim', 'Role', 'RoleBinding', 'Service', 'Deployment', 'HorizontalPodAutoscaler', 'StatefulSet', 'Job', 'CronJob', 'Ingress',
];

/** Position of a kind in Argo CD's apply order within a wave; custom resources share the last place. */
export function applyRank(kind: string): number {
  const index = APPLY_ORDER.indexOf(kind);
  return index === -1 ? APPLY_ORDER.length : index;
}

/** The sync wave of an object, from its kind and the depth of its component in the dependency graph. */
export function waveOf(object: ApiObject, depths: ReadonlyMap<Component, number>): number {
  const setup = SETUP_WAVES[object.kind];
  if (setup !== undefined) return setup;
  // the internal CA and its certificates are Secrets' producers the workloads mount: set up with the Secrets
  const pki = object.metadata.getLabel(INTERNAL_PKI_LABEL);
  if (pki === INTERNAL_PKI_ROOT) return SETUP_WAVES.Secret - 1;
  if (pki !== undefined) return SETUP_WAVES.Secret;
  if (PLATFORM_GATED_KINDS.has(object.kind)) return FIRST_WORKLOAD_WAVE + Math.max(0, ...depths.values()) + 1;
  const owner = Component.owning(object);
  if (!owner) throw new Error(`${object.kind}/${object.name} belongs to no component, so it has no place in the sync order`);
  return FIRST_WORKLOAD_WAVE + depths.get(owner)!;
}

/**
 * The objects Argo CD must never prune or delete: data, and everything a database's backups need.
 * Only the objects the references go through are turned into JSON (the costliest step of a render),
 * and each only once for all the steps that read it (inspectionJsonOf).
 */
function protectedObjects(objects: readonly ApiObject[]): Set<ApiObject> {
  const producers = objects.filter((o) => SECRET_PRODUCER_KINDS.has(o.kind));
  const byJson = new Map(producers.map((o) => [inspectionJsonOf(o), o]));
  const secrets = secretProducers([...byJson.keys()]);
  const find = (kind: string, name: string) => (kind === 'Secret' ? byJson.get(secrets.get(name)!) : objects.find((o) => o.kind === kind && o.name === name));
  const kept = new Set(objects.filter((o) => DATA_BEARING_KINDS.has(o.kind) || BACKUP_CHAIN_KINDS.has(o.kind)));
  const pending = [...kept].filter((o) => BACKUP_CHAIN_KINDS.has(o.kind));
  while (pending.length) {
    for (const ref of referencesOf(inspectionJsonOf(pending.pop()!))) {
      const object = find(ref.kind, ref.name);
      if (object && !kept.has(object)) {
        kept.add(object);
        pending.push(object);
      }
    }
  }
  return kept;
}

export interface SyncPolicyOptions {
  /** Whether Flux deploys the chart too: it gets the same protection, and may replace Jobs. @default false */
  readonly flux?: boolean;
}

/** Flux's annotation that keeps an object from being pruned or garbage-collected. */
export const FLUX_PRUNE_DISABLED = { 'kustomize.toolkit.fluxcd.io/prune': 'disabled' } as const;
/**
 * Flux's annotation that replaces an object whose immutable fields changed. A Job's pod template
 * is immutable, so a new image would fail every later apply of the environment; a finished Job
 * holds nothing, so replacing it is safe (never set on StatefulSets, whose replacement stops pods).
 */
export const FLUX_FORCE_ENABLED = { 'kustomize.toolkit.fluxcd.io/force': 'enabled' } as const;

/**
 * Annotates every object of the chart with its sync wave, and keeps Argo CD (and Flux, when it
 * deploys the chart) from pruning or deleting, and `helm uninstall` from deleting, the objects
 * that hold data or keep it recoverable.
 */
export function applySyncPolicy(chart: Chart, graph: ConnectionGraph<Component>, options: SyncPolicyOptions = {}): void {
  const depths = graph.depths();
  const objects = chart.node.findAll().filter((c): c is ApiObject => c instanceof ApiObject);
  const kept = protectedObjects(objects);
  for (const object of objects) {
    object.metadata.addAnnotation(SYNC_WAVE_ANNOTATION, String(waveOf(object, depths)));
    if (options.flux && object.kind === 'Job') for (const [key, value] of Object.entries(FLUX_FORCE_ENABLED)) object.metadata.addAnnotation(key, value);
    if (!kept.has(object)) continue;
    object.metadata.addAnnotation(SYNC_OPTIONS_ANNOTATION, 'Prune=false,Delete=false');
    for (const [key, value] of Object.entries(HELM_KEEP_ANNOTATIONS)) object.metadata.addAnnotation(key, value);
    if (options.flux) for (const [key, value] of Object.entries(FLUX_PRUNE_DISABLED)) object.metadata.addAnnotation(key, value);
  }
}
