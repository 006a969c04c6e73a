import { spawnSync } from 'node:child_process';
import { objectsOnDisk, type Json, type ObjectOnDisk } from './on-disk';

/*
 * A model of one Argo CD sync operation over the committed manifests, written from the behaviour of
 * argo-cd v3.5.1 (the version the clusters run). Only facts are taken from upstream; every line here
 * is our own. The sources each part follows:
 *
 *   gitops-engine/pkg/sync/sync_context.go    Sync(): the loop run on every reconciliation of an
 *                                             operation; getOperationPhase(): hook results
 *   gitops-engine/pkg/sync/sync_tasks.go      task order (phase, wave, kind, name), the kind order,
 *                                             multiStep(); adjustDeps() for namespaces and CRDs
 *   gitops-engine/pkg/sync/sync_phase.go,     which objects are hooks, their phases, Skip
 *     hook/hook.go, hook/helm/*.go
 *   gitops-engine/pkg/sync/syncwaves/waves.go the wave of an object
 *   gitops-engine/pkg/health/*.go             built-in health of core kinds
 *   resource_customizations/<group>/<Kind>/health.lua   built-in health of custom resources
 *   util/lua/lua.go                           argocd-cm health customisations: looked up before the
 *                                             built-in ones; standard libraries only on request
 *
 * What Sync() does on each call, and so what the model does on each tick:
 *  1. Every task that is running (applied, not yet settled) gets the health of its live object.
 *     A non-hook task with no health check at all succeeds; Healthy succeeds; Degraded fails; any
 *     other status (Progressing, Suspended, Unknown, Missing) leaves it running; an error while
 *     assessing health changes nothing. A hook's result comes from getOperationPhase(): no health
 *     check or Healthy succeeds, Progressing or Suspended keeps it running, Degraded or Unknown
 *     fails it.
 *  2. If the operation spans more than one phase or wave, any running task makes it wait; a
 *     running hook makes it wait in every case.
 *  3. A completed but unsuccessful task fails the operation (after the SyncFail hooks, if any).
 *  4. With no pending task left, the operation succeeds.
 *  5. Otherwise the tasks of the first pending (phase, wave) are applied. If nothing is pending
 *     after them and none of them is a hook, the operation succeeds at once: the health of the last
 *     wave's resources is never waited for.
 * Before anything is applied, every object is dry-run; one failure fails the operation with
 * nothing applied.
 *
 * A hang is real: the controller has no sync timeout unless one is configured
 * (cmd/argocd-application-controller, --sync-timeout, default 0), so the operation runs until
 * someone terminates it.
 *
 * Not modelled: pruning, objects already live (hook re-creation, ApplyOutOfSyncOnly), apply
 * failures after the dry run, the delay between waves, retries (a failed operation is retried as a
 * new operation by the Application's retry policy).
 */

// ----------------------------------------------------------------------------------------------
// Health

/** The health codes of gitops-engine/pkg/health/health.go. */
export type HealthCode = 'Healthy' | 'Suspended' | 'Progressing' | 'Missing' | 'Degraded' | 'Unknown';
export const HEALTH_CODES: readonly HealthCode[] = ['Healthy', 'Suspended', 'Progressing', 'Missing', 'Degraded', 'Unknown'];

export interface Health {
  readonly status: HealthCode;
  readonly message?: string;
  /** Set when assessing the health failed (a Lua error): Argo CD then reports Unknown with the error. */
  readonly error?: string;
  /** A Lua check that returned nil: Argo CD gets an empty status, neither healthy nor degraded. */
  readonly empty?: boolean;
}

/** A health check: the health of a live object, or null if the kind has none. */
export type HealthCheck = (live: Json) => Health | null;

const conditionsOf = (live: Json): Json[] => (Array.isArray(live.status?.conditions) ? live.status.conditions : []);
const condition = (live: Json, type: string): Json | undefined => conditionsOf(live).find((c) => c?.type === type);

/** gitops-engine/pkg/health/health_deployment.go */
function deploymentHealth(live: Json): Health {
  const spec = live.spec ?? {};
  const status = live.status ?? {};
  if (spec.paused) return { status: 'Suspended', message: 'paused' };
  if ((live.metadata?.generation ?? 0) > (status.observedGeneration ?? 0)) {
    return { status: 'Progressing', message: 'new generation not yet observed' };
  }
  if (condition(live, 'Progressing')?.reason === 'ProgressDeadlineExceeded') {
    return { status: 'Degraded', message: 'progress deadline exceeded' };
  }
  const updated = status.updatedReplicas ?? 0;
  if (spec.replicas !== undefined && updated < spec.replicas) return { status: 'Progressing', message: `${updated}/${spec.replicas} replicas updated` };
  if ((status.replicas ?? 0) > updated) return { status: 'Progressing', message: 'old replicas still terminating' };
  if ((status.availableReplicas ?? 0) < updated) return { status: 'Progressing', message: 'updated replicas not yet available' };
  return { status: 'Healthy' };
}

/** gitops-engine/pkg/health/health_statefulset.go */
function statefulSetHealth(live: Json): Health {
  const spec = live.spec ?? {};
  const status = live.status ?? {};
  const observed = status.observedGeneration ?? 0;
  if (observed === 0 || (live.metadata?.generation ?? 0) > observed) return { status: 'Progressing', message: 'spec not yet observed' };
  if (spec.replicas !== undefined && (status.readyReplicas ?? 0) < spec.replicas) {
    return { status: 'Progressing', message: `${spec.replicas - (status.readyReplicas ?? 0)} pods not ready` };
  }
  const strategy = spec.updateStrategy ?? {};
  if (strategy.type === 'RollingUpdate' && strategy.rollingUpdate) {
    const partition = strategy.rollingUpdate.partition;
    if (spec.replicas !== undefined && partition !== undefined && (status.updatedReplicas ?? 0) < spec.replicas - partition) {
      return { status: 'Progressing', message: 'partitioned roll-out under way' };
    }
    return { status: 'Healthy' };
  }
  if (strategy.type === 'OnDelete') return { status: 'Healthy' };
  if (status.updateRevision !== status.currentRevision) return { status: 'Progressing', message: 'rolling update under way' };
  return { status: 'Healthy' };
}

/** gitops-engine/pkg/health/health_service.go: only a LoadBalancer waits, for its address. */
function serviceHealth(live: Json): Health {
  if (live.spec?.type !== 'LoadBalancer') return { status: 'Healthy' };
  return (live.status?.loadBalancer?.ingress ?? []).length > 0 ? { status: 'Healthy' } : { status: 'Progressing', message: 'no load balancer address' };
}

/** gitops-engine/pkg/health/health_ingress.go: Progressing until the controller publishes an address. */
function ingressHealth(live: Json): Health {
  return (live.status?.loadBalancer?.ingress ?? []).length > 0 ? { status: 'Healthy' } : { status: 'Progressing', message: 'no load balancer address' };
}

/** gitops-engine/pkg/health/health_pvc.go */
function pvcHealth(live: Json): Health {
  const phase = live.status?.phase;
  if (phase === 'Bound') return { status: 'Healthy' };
  if (phase === 'Pending') return { status: 'Progressing' };
  if (phase === 'Lost') return { status: 'Degraded' };
  return { status: 'Unknown' };
}

/**
 * gitops-engine/pkg/health/health_job.go: a Failed condition makes it Degraded, Complete Healthy, a
 * Suspended condition that is True Suspended; no such condition yet is Progressing. The types are
 * matched whatever the condition's status, as upstream does.
 */
function jobHealth(live: Json): Health {
  let failed: Json | undefined;
  let complete = false;
  let suspended = false;
  for (const c of conditionsOf(live)) {
    if (c.type === 'Failed') (failed = c), (complete = true);
    else if (c.type === 'Complete') complete = true;
    else if (c.type === 'Suspended') (complete = true), (suspended = suspended || c.status === 'True');
  }
  if (!complete) return { status: 'Progressing', message: 'running' };
  if (failed) return { status: 'Degraded', message: failed.message ?? 'failed' };
  if (suspended) return { status: 'Suspended' };
  return { status: 'Healthy' };
}

/** gitops-engine/pkg/health/health_pod.go (the parts that matter to a sync). */
function podHealth(live: Json): Health {
  const restartPolicy = live.spec?.restartPolicy ?? 'Always';
  const status = live.status ?? {};
  const containers: Json[] = status.containerStatuses ?? [];
  if (restartPolicy === 'Always') {
    const waiting = containers.map((c) => c.state?.waiting?.reason ?? '').filter((r: string) => r.startsWith('Err') || r.endsWith('Error') || r.endsWith('BackOff'));
    if (waiting.length) return { status: 'Degraded', message: waiting.join(', ') };
  }
  switch (status.phase) {
    case 'Pending':
      return { status: 'Progressing' };
    case 'Succeeded':
      return { status: 'Healthy' };
    case 'Failed':
      return { status: 'Degraded', message: status.message };
    case 'Running':
      if (restartPolicy !== 'Always') return { status: 'Progressing' };
      if (condition(live, 'Ready')?.status === 'True') return { status: 'Healthy' };
      return containers.some((c) => c.lastState?.terminated) ? { status: 'Degraded', message: 'restarted' } : { status: 'Progressing' };
    default:
      return { status: 'Unknown' };
  }
}

/** The failed reasons of gitops-engine/pkg/health/health_hpa.go, by condition type. */
const HPA_DEGRADED: Readonly<Record<string, readonly string[]>> = {
  AbleToScale: ['FailedGetScale', 'FailedUpdateScale'],
  ScalingActive: [
    'FailedGetResourceMetric', 'FailedGetObjectMetric', 'FailedGetPodsMetric', 'FailedGetExternalMetric',
    'FailedComputeMetricsReplicas', 'InvalidSelector',
  ],
};

/**
 * gitops-engine/pkg/health/health_hpa.go: any failed condition makes it Degraded (checked first),
 * then AbleToScale or ScalingLimited being True makes it Healthy, else Progressing. autoscaling/v1
 * keeps its conditions in an annotation.
 */
function hpaHealth(live: Json): Health {
  let conditions: Json[] = conditionsOf(live);
  if (live.apiVersion === 'autoscaling/v1') {
    const annotation = live.metadata?.annotations?.['autoscaling.alpha.kubernetes.io/conditions'];
    conditions = annotation ? JSON.parse(annotation) : [];
  }
  const failed = conditions.find((c) => HPA_DEGRADED[c.type]?.includes(c.reason));
  if (failed) return { status: 'Degraded', message: failed.message ?? failed.reason };
  const healthy = conditions.find((c) => (c.type === 'AbleToScale' || c.type === 'ScalingLimited') && c.status === 'True');
  return healthy ? { status: 'Healthy', message: healthy.message } : { status: 'Progressing', message: 'waiting to autoscale' };
}

/**
 * resource_customizations/cert-manager.io/Certificate/health.lua: Issuing=True is Progressing,
 * checked before anything else; then the first Ready condition decides (False: Degraded, True:
 * Healthy); without either, Progressing.
 */
function certificateHealth(live: Json): Health {
  const issuing = conditionsOf(live).find((c) => c.type === 'Issuing' && c.status === 'True');
  if (issuing) return { status: 'Progressing', message: issuing.message };
  return readyConditionHealth(live) ?? { status: 'Progressing', message: 'waiting for certificate' };
}

/** The first Ready condition with status False (Degraded) or True (Healthy). */
function readyConditionHealth(live: Json): Health | undefined {
  for (const c of conditionsOf(live)) {
    if (c.type === 'Ready' && c.status === 'False') return { status: 'Degraded', message: c.message };
    if (c.type === 'Ready' && c.status === 'True') return { status: 'Healthy', message: c.message };
  }
  return undefined;
}

/**
 * resource_customizations/batch/CronJob/health.lua (argo-cd v3.5.1): a suspended one is Healthy;
 * once scheduled, Degraded only when the last success is older than the last schedule and no run
 * is active (its last run failed); Healthy otherwise, and before its first schedule; Progressing
 * without a status.
 */
function cronJobHealth(live: Json): Health {
  if (live.spec?.suspend === true) return { status: 'Healthy', message: 'CronJob is Suspended' };
  const status = live.status;
  if (!status) return { status: 'Progressing', message: 'Waiting for CronJob' };
  if (status.lastScheduleTime === undefined) return { status: 'Healthy', message: 'CronJob has not been scheduled yet' };
  if (status.lastSuccessfulTime === undefined) return { status: 'Healthy', message: 'The CronJob never completed successfully. It may not be healthy' };
  if ((status.active ?? []).length > 0) return { status: 'Healthy', message: 'The job is running. Its last execution may not have been successful' };
  // RFC 3339 times of one zone compare as strings, as the Lua script compares them
  if (status.lastSuccessfulTime < status.lastScheduleTime) return { status: 'Degraded', message: 'CronJob has not completed its last execution successfully' };
  return { status: 'Healthy', message: 'CronJob has completed its last execution successfully' };
}

/**
 * resource_customizations/cert-manager.io/Issuer/health.lua (and ClusterIssuer's, the same): the
 * first Ready condition decides (False: Degraded, True: Healthy); without one, Progressing. A CA
 * issuer whose Secret does not exist yet reports Ready=False (cert-manager pkg/issuer/ca/setup.go,
 * reason ErrGetKeyPair), so Argo CD calls it Degraded and a sync waiting on it fails.
 */
function issuerHealth(live: Json): Health {
  return readyConditionHealth(live) ?? { status: 'Progressing', message: 'Initializing issuer' };
}

/** resource_customizations/external-secrets.io/ExternalSecret/health.lua: the Ready condition, else Progressing. */
function externalSecretHealth(live: Json): Health {
  return readyConditionHealth(live) ?? { status: 'Progressing', message: 'waiting for ExternalSecret' };
}

/**
 * How argo-cd v3.5.1 resource_customizations/postgresql.cnpg.io/Cluster/health.lua classifies each
 * CloudNativePG phase (the phase strings are cloudnative-pg v1.30.0 api/v1/cluster_types.go's). A
 * phase missing from it is Unknown.
 */
export const BUILT_IN_CNPG_PHASE_HEALTH: Readonly<Record<string, HealthCode>> = {
  'Cluster in healthy state': 'Healthy',
  'Setting up primary': 'Progressing',
  'Creating a new replica': 'Progressing',
  'Upgrading cluster': 'Progressing',
  'Waiting for the instances to become active': 'Progressing',
  'Promoting to primary cluster': 'Progressing',
  'Switchover in progress': 'Degraded',
  'Failing over': 'Degraded',
  'Upgrading Postgres major version': 'Degraded',
  'Cluster upgrade delayed': 'Degraded',
  'Waiting for user action': 'Degraded',
  'Primary instance is being restarted in-place': 'Degraded',
  'Primary instance is being restarted without a switchover': 'Degraded',
  'Cluster cannot execute instance online upgrade due to missing architecture binary': 'Degraded',
  'Online upgrade in progress': 'Degraded',
  'Applying configuration': 'Degraded',
  'Unable to create required cluster objects': 'Suspended',
  'Cluster cannot proceed to reconciliation due to an unknown plugin being required': 'Suspended',
  'Cluster has incomplete or invalid image catalog': 'Suspended',
  'Cluster is unrecoverable and needs manual intervention': 'Suspended',
};

/**
 * The built-in CloudNativePG Cluster check (same file): reconciliation disabled by annotation is
 * Suspended; with status conditions, a cnpg.io/hibernation condition decides (True: Suspended, else
 * Degraded), otherwise the phase table above; without conditions, Progressing.
 */
function builtInCnpgClusterHealth(live: Json): Health {
  if (live.metadata?.annotations?.['cnpg.io/reconciliationLoop'] === 'disabled') return { status: 'Suspended' };
  const status = live.status;
  if (status && Array.isArray(status.conditions)) {
    const hibernation = condition(live, 'cnpg.io/hibernation');
    if (hibernation) return { status: hibernation.status === 'True' ? 'Suspended' : 'Degraded', message: hibernation.message };
    return { status: BUILT_IN_CNPG_PHASE_HEALTH[status.phase] ?? 'Unknown', message: status.phaseReason };
  }
  return { status: 'Progressing', message: status?.phaseReason };
}

/**
 * Argo CD's health checks, keyed `group/Kind` (core group empty), for the kinds that have one. Every
 * other kind has none and its task succeeds as soon as it is applied: here, ConfigMap, Secret,
 * ServiceAccount, NetworkPolicy, PodDisruptionBudget, Namespace, ResourceQuota, LimitRange, Role,
 * RoleBinding, and of the custom resources we emit CloudNativePG Pooler and ScheduledBackup, Barman
 * Cloud ObjectStore, NACK Stream and Account, and Prometheus Operator ServiceMonitor, PodMonitor and
 * PrometheusRule (argo-cd v3.5.1 ships a health.lua for none of them; of monitoring.coreos.com only
 * Prometheus has one, and resource_customizations has no jetstream.nats.io folder at that tag).
 */
export const BUILT_IN_HEALTH: Readonly<Record<string, HealthCheck>> = {
  'apps/Deployment': deploymentHealth,
  'apps/StatefulSet': statefulSetHealth,
  '/Service': serviceHealth,
  '/PersistentVolumeClaim': pvcHealth,
  '/Pod': podHealth,
  'networking.k8s.io/Ingress': ingressHealth,
  'extensions/Ingress': ingressHealth,
  'batch/Job': jobHealth,
  'batch/CronJob': cronJobHealth,
  'autoscaling/HorizontalPodAutoscaler': hpaHealth,
  'cert-manager.io/Certificate': certificateHealth,
  'cert-manager.io/Issuer': issuerHealth,
  'cert-manager.io/ClusterIssuer': issuerHealth,
  'external-secrets.io/ExternalSecret': externalSecretHealth,
  'postgresql.cnpg.io/Cluster': builtInCnpgClusterHealth,
};

export const groupOf = (object: Json): string => {
  const apiVersion: string = object.apiVersion ?? '';
  return apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '';
};
export const groupKind = (object: Json): string => `${groupOf(object)}/${object.kind}`;

/**
 * gitops-engine/pkg/health/health.go GetResourceHealth: an object being deleted is Progressing; a
 * customisation (argocd-cm) wins over the built-in check; no check at all gives null.
 */
export function resourceHealth(live: Json, customizations: Readonly<Record<string, HealthCheck>> = {}): Health | null {
  if (live.metadata?.deletionTimestamp) return { status: 'Progressing', message: 'pending deletion' };
  const custom = customizations[groupKind(live)]?.(live);
  if (custom) return custom;
  return BUILT_IN_HEALTH[groupKind(live)]?.(live) ?? null;
}

/**
 * The status a kind settles at when everything works, as the cluster would report it: the status
 * the model observes for an object unless a scenario says otherwise.
 */
export function settledStatus(live: Json): Json {
  const replicas = live.spec?.replicas ?? 1;
  const ready = (type: string, extra: Json = {}) => ({ type, status: 'True', ...extra });
  switch (groupKind(live)) {
    case 'apps/Deployment':
      return { observedGeneration: 1, replicas, updatedReplicas: replicas, readyReplicas: replicas, availableReplicas: replicas, conditions: [ready('Available'), ready('Progressing', { reason: 'NewReplicaSetAvailable' })] };
    case 'apps/StatefulSet':
      return { observedGeneration: 1, replicas, readyReplicas: replicas, currentReplicas: replicas, updatedReplicas: replicas, currentRevision: 'r1', updateRevision: 'r1' };
    case '/Service':
    case 'networking.k8s.io/Ingress':
    case 'extensions/Ingress':
      return { loadBalancer: { ingress: [{ hostname: 'lb.example.invalid' }] } };
    case '/PersistentVolumeClaim':
      return { phase: 'Bound' };
    case '/Pod':
      return live.spec?.restartPolicy && live.spec.restartPolicy !== 'Always' ? { phase: 'Succeeded' } : { phase: 'Running', conditions: [ready('Ready')] };
    case 'batch/Job':
      return { succeeded: 1, conditions: [ready('Complete')] };
    case 'autoscaling/HorizontalPodAutoscaler':
      return { conditions: [ready('AbleToScale', { reason: 'ReadyForNewScale' }), ready('ScalingActive', { reason: 'ValidMetricFound' })] };
    case 'cert-manager.io/Certificate':
      return { conditions: [ready('Ready', { reason: 'Ready', message: 'Certificate is up to date and has not expired' })] };
    case 'cert-manager.io/Issuer':
    case 'cert-manager.io/ClusterIssuer':
      return { conditions: [ready('Ready', { reason: 'KeyPairVerified', message: 'Signing CA verified' })] };
    case 'external-secrets.io/ExternalSecret':
      return { conditions: [ready('Ready', { reason: 'SecretSynced', message: 'secret synced' })] };
    case 'postgresql.cnpg.io/Cluster':
      return { phase: 'Cluster in healthy state', conditions: [ready('Ready', { reason: 'ClusterIsReady' })] };
    default:
      return {};
  }
}

// ----------------------------------------------------------------------------------------------
// Tasks: phases, waves, hooks and order

export type SyncPhase = 'PreSync' | 'Sync' | 'PostSync' | 'SyncFail';
const PHASE_ORDER: Readonly<Record<SyncPhase, number>> = { PreSync: -1, Sync: 0, PostSync: 1, SyncFail: 2 };
const HOOK_TYPES = ['PreSync', 'Sync', 'PostSync', 'SyncFail', 'Skip'];
const HELM_HOOK_PHASES: Readonly<Record<string, SyncPhase>> = {
  'pre-install': 'PreSync', 'pre-upgrade': 'PreSync', 'post-install': 'PostSync', 'post-upgrade': 'PostSync',
};

/**
 * The order of kinds within a wave (gitops-engine/pkg/sync/sync_tasks.go kindOrder, itself Helm's);
 * kinds not listed, custom resources among them, come after all of these.
 */
export const KIND_ORDER: readonly string[] = [
  'Namespace', 'NetworkPolicy', 'ResourceQuota', 'LimitRange', 'PodSecurityPolicy', 'PodDisruptionBudget',
  'ServiceAccount', 'Secret', 'SecretList', 'ConfigMap', 'StorageClass', 'PersistentVolume', 'PersistentVolumeClaim',
  'CustomResourceDefinition', 'ClusterRole', 'ClusterRoleList', 'ClusterRoleBinding', 'ClusterRoleBindingList',
  'Role', 'RoleList', 'RoleBinding', 'RoleBindingList', 'Service', 'DaemonSet', 'Pod', 'ReplicationController',
  'ReplicaSet', 'Deployment', 'HorizontalPodAutoscaler', 'StatefulSet', 'Job', 'CronJob', 'IngressClass', 'Ingress',
  'APIService',
];
/** Rank of a kind in KIND_ORDER; every unlisted kind shares the last rank. */
export const kindRank = (kind: string): number => (KIND_ORDER.includes(kind) ? KIND_ORDER.indexOf(kind) : KIND_ORDER.length);

const annotation = (object: Json, key: string): string | undefined => object.metadata?.annotations?.[key];
const csv = (value: string | undefined): string[] => [...new Set((value ?? '').split(',').map((s) => s.trim()).filter(Boolean))];

/** Argo CD hook types of an object; Helm's hook annotation counts only when there is no Argo CD one. */
function hookTypes(object: Json): string[] {
  const argo = csv(annotation(object, 'argocd.argoproj.io/hook')).filter((t) => HOOK_TYPES.includes(t));
  if (argo.length) return argo;
  return csv(annotation(object, 'helm.sh/hook')).filter((t) => t in HELM_HOOK_PHASES).map((t) => HELM_HOOK_PHASES[t]);
}
/** Skip as the only hook type: the object is neither a resource nor a hook of the sync. */
const isSkipped = (object: Json): boolean => {
  const types = hookTypes(object);
  return types.includes('Skip') && types.length === 1;
};
/** A hook: an Argo CD hook annotation (unless only Skip), else a Helm hook annotation other than crd-install. */
export function isHook(object: Json): boolean {
  if (annotation(object, 'argocd.argoproj.io/hook') !== undefined) return !isSkipped(object);
  const helm = annotation(object, 'helm.sh/hook');
  return helm !== undefined && helm !== 'crd-install';
}
/** The phases an object takes part in: a resource, Sync; a hook, each of its hook phases; skipped, none. */
export function syncPhasesOf(object: Json): SyncPhase[] {
  if (isSkipped(object)) return [];
  if (!isHook(object)) return ['Sync'];
  return [...new Set(hookTypes(object).filter((t): t is SyncPhase => t in PHASE_ORDER))];
}
/** The sync-wave annotation if it is an integer, else the Helm hook weight if it is one, else 0. */
export function waveOf(object: Json): number {
  for (const key of ['argocd.argoproj.io/sync-wave', 'helm.sh/hook-weight']) {
    const text = annotation(object, key);
    if (text !== undefined && /^[+-]?\d+$/.test(text.trim())) return Number(text);
  }
  return 0;
}

export type TaskState = 'Pending' | 'Running' | 'Succeeded' | 'Failed' | 'Error';

export interface SyncTask {
  readonly file: string;
  readonly object: Json;
  readonly group: string;
  readonly kind: string;
  readonly name: string;
  readonly namespace: string;
  phase: SyncPhase;
  /** The wave the task runs in (its annotation, or that of what it was moved ahead of). */
  wave: number;
  readonly hook: boolean;
  state: TaskState;
  /** The tick at which it was applied. */
  appliedAt?: number;
  /** The tick at which it reached a final state. */
  completedAt?: number;
  /** The last health observed. */
  health?: Health | null;
  message?: string;
}

/** `wave <n> [<phase>] group/Kind name`, for messages. */
export function describeTask(t: SyncTask): string {
  return `${t.phase === 'Sync' ? '' : `${t.phase} `}wave ${t.wave} ${t.group ? `${t.group}/` : ''}${t.kind} ${t.name}${t.hook ? ' (hook)' : ''}`;
}

/** Compares two tasks by phase then wave: the (phase, wave) step of the operation they belong to. */
export const compareStep = (a: Pick<SyncTask, 'phase' | 'wave'>, b: Pick<SyncTask, 'phase' | 'wave'>): number =>
  PHASE_ORDER[a.phase] - PHASE_ORDER[b.phase] || a.wave - b.wave;

/** The tasks of one sync of these manifests, in Argo CD's order. */
export function syncTasks(manifests: readonly ObjectOnDisk[]): SyncTask[] {
  const tasks = manifests.flatMap(({ file, object }) =>
    syncPhasesOf(object).map(
      (phase): SyncTask => ({
        file, object, phase, group: groupOf(object), kind: object.kind, name: object.metadata?.name ?? '',
        namespace: object.metadata?.namespace ?? '', wave: waveOf(object), hook: isHook(object), state: 'Pending',
      }),
    ),
  );
  tasks.sort((a, b) => compareStep(a, b) || kindRank(a.kind) - kindRank(b.kind) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  // A namespace, or a CRD, that comes after the first object that needs it moves ahead of that object
  // and takes its phase and wave (sync_tasks.go adjustDeps).
  moveAhead(tasks, (t) => (t.group === '' && t.kind === 'Namespace' ? t.name : undefined), (t) => t.namespace || undefined);
  moveAhead(
    tasks,
    (t) => (t.kind === 'CustomResourceDefinition' ? `${t.object.spec?.group}/${t.object.spec?.names?.kind}` : undefined),
    (t) => `${t.group}/${t.kind}`,
  );
  return tasks;
}

function moveAhead(tasks: SyncTask[], provides: (t: SyncTask) => string | undefined, needs: (t: SyncTask) => string | undefined): void {
  const firstUser = new Map<string, number>();
  for (let i = 0; i < tasks.length; i++) {
    const task = tasks[i];
    const key = provides(task);
    if (key !== undefined) {
      const at = firstUser.get(key);
      if (at === undefined) continue;
      const user = tasks[at];
      task.wave = user.wave;
      task.phase = user.phase;
      tasks.splice(i, 1);
      tasks.splice(at, 0, task);
      for (const [k, index] of firstUser) if (index >= at) firstUser.set(k, index + 1);
    } else {
      const needed = needs(task);
      if (needed !== undefined && !firstUser.has(needed)) firstUser.set(needed, i);
    }
  }
}

// ----------------------------------------------------------------------------------------------
// The sync operation

/**
 * What the cluster reports for an object on its n-th observation after it was applied (n ≥ 1): the
 * live `.status`, or undefined for the status it settles at when everything works.
 */
export type Scenario = (object: Json, observation: number) => Json | undefined;

export interface SyncOptions {
  readonly scenario?: Scenario;
  /** Health customisations (argocd-cm), keyed `group/Kind`; they win over the built-in checks. */
  readonly customizations?: Readonly<Record<string, HealthCheck>>;
  /** Objects the API server rejects: the dry run fails and nothing is applied. Returns the error. */
  readonly rejects?: (object: Json) => string | undefined;
  /** Reconciliations to run before the operation is declared stuck. */
  readonly maxTicks?: number;
}

export type Outcome = 'Succeeded' | 'Failed' | 'Hangs';

export interface SyncResult {
  readonly outcome: Outcome;
  readonly message: string;
  /** Every task, in Argo CD's order. */
  readonly tasks: readonly SyncTask[];
  /** The tasks applied, in the order they were applied. */
  readonly applied: readonly SyncTask[];
  readonly notApplied: readonly SyncTask[];
  /** The last (phase, wave) applied; undefined if nothing was. */
  readonly stoppedAt?: { readonly phase: SyncPhase; readonly wave: number };
  /** The tasks the operation waits for, when it hangs. */
  readonly waitingFor: readonly SyncTask[];
  /** The tasks that failed. */
  readonly failed: readonly SyncTask[];
  readonly ticks: number;
}

const completed = (t: SyncTask) => t.state === 'Succeeded' || t.state === 'Failed' || t.state === 'Error';

/** The live object: the manifest with server-side defaults that health checks read, and a status. */
function liveObject(object: Json, status: Json | undefined): Json {
  const live: Json = { ...object, metadata: { ...object.metadata, generation: 1 } };
  const kind = groupKind(object);
  if (kind === 'apps/Deployment' || kind === 'apps/StatefulSet') {
    live.spec = { ...object.spec, replicas: object.spec?.replicas ?? 1 };
    if (kind === 'apps/StatefulSet' && !live.spec.updateStrategy) live.spec.updateStrategy = { type: 'RollingUpdate', rollingUpdate: { partition: 0 } };
  }
  live.status = status ?? settledStatus(live);
  return live;
}

/** A hook's result from its health (sync_context.go getOperationPhase). */
function hookState(health: Health | null): TaskState {
  if (health === null || health.empty) return 'Succeeded';
  if (health.error) return 'Error';
  switch (health.status) {
    case 'Degraded':
    case 'Unknown':
      return 'Failed';
    case 'Progressing':
    case 'Suspended':
      return 'Running';
    default:
      return 'Succeeded';
  }
}

/** Runs one sync operation of the manifests to its end, or until it is stuck. */
export function simulateSync(manifests: readonly ObjectOnDisk[], options: SyncOptions = {}): SyncResult {
  const { scenario = () => undefined, customizations = {}, rejects, maxTicks = 100 } = options;
  const tasks = syncTasks(manifests);
  const applied: SyncTask[] = [];
  const finish = (outcome: Outcome, message: string, tick: number): SyncResult => {
    const last = applied[applied.length - 1];
    return {
      outcome, message, tasks, applied,
      notApplied: tasks.filter((t) => t.appliedAt === undefined),
      stoppedAt: last && { phase: last.phase, wave: last.wave },
      waitingFor: outcome === 'Hangs' ? tasks.filter((t) => t.state === 'Running') : [],
      failed: tasks.filter((t) => t.state === 'Failed' || t.state === 'Error'),
      ticks: tick,
    };
  };

  const rejected = tasks.map((t) => [t, rejects?.(t.object)] as const).filter(([, error]) => error !== undefined);
  if (rejected.length) {
    for (const [t, error] of rejected) (t.state = 'Failed'), (t.message = error);
    return finish('Failed', `dry run failed: ${rejected.map(([t]) => describeTask(t)).join(', ')}`, 0);
  }

  const first = tasks[0];
  const last = tasks[tasks.length - 1];
  const multiStep = !!first && (first.wave !== last.wave || first.phase !== last.phase);
  const apply = (batch: SyncTask[], tick: number) => {
    for (const t of batch) (t.state = 'Running'), (t.appliedAt = tick), applied.push(t);
  };
  let waiting = '';

  for (let tick = 0; tick <= maxTicks; tick++) {
    // 1. health of what is running
    for (const t of tasks.filter((task) => task.state === 'Running')) {
      const health = resourceHealth(liveObject(t.object, scenario(t.object, tick - t.appliedAt!)), customizations);
      t.health = health;
      t.message = health?.error ?? health?.message;
      if (t.hook) t.state = hookState(health);
      else if (health === null || (!health.error && !health.empty && health.status === 'Healthy')) t.state = 'Succeeded';
      else if (!health.error && !health.empty && health.status === 'Degraded') t.state = 'Failed';
      if (completed(t)) t.completedAt = tick;
    }
    // 2. wait for running tasks (all of them in a multi-step operation, hooks always)
    const running = tasks.filter((t) => (multiStep || t.hook) && t.state === 'Running');
    if (running.length) {
      waiting = `waiting for ${running.map((t) => `${describeTask(t)} (${t.health?.status ?? 'no health'}${t.message ? `: ${t.message}` : ''})`).join(', ')}`;
      continue;
    }
    // 3. a completed, unsuccessful task fails the operation, once the SyncFail hooks have run
    const syncFail = tasks.filter((t) => t.phase === 'SyncFail');
    const regular = tasks.filter((t) => t.phase !== 'SyncFail');
    const unsuccessful = regular.filter((t) => completed(t) && t.state !== 'Succeeded');
    if (unsuccessful.length) {
      const pendingSyncFail = syncFail.filter((t) => t.state === 'Pending');
      if (pendingSyncFail.length) {
        apply(pendingSyncFail, tick);
        continue;
      }
      const why = unsuccessful.map((t) => `${describeTask(t)}${t.message ? `: ${t.message}` : ''}`).join(', ');
      return finish('Failed', `failed: ${why}`, tick);
    }
    // 4. nothing left: success
    const pending = regular.filter((t) => t.state === 'Pending');
    if (!pending.length) return finish('Succeeded', 'all tasks completed', tick);
    // 5. apply the next (phase, wave)
    const next = pending.filter((t) => compareStep(t, pending[0]) === 0);
    apply(next, tick);
    if (next.length === pending.length && !next.some((t) => t.hook)) {
      return finish('Succeeded', `last wave applied (wave ${next[0].wave}); its health is not waited for`, tick);
    }
    waiting = `applied wave ${next[0].wave}`;
  }
  return finish('Hangs', waiting, maxTicks);
}

// ----------------------------------------------------------------------------------------------
// Health customisations in Lua, run by a real Lua 5.1 interpreter

/** The interpreter Argo CD's gopher-lua is compatible with (Debian package lua5.1). */
export const LUA = 'lua5.1';

/** Whether `lua5.1` runs here. */
export function luaAvailable(): boolean {
  const probe = spawnSync(LUA, ['-v'], { encoding: 'utf8' });
  return probe.status === 0;
}

/** A Lua 5.1 expression for a JSON value (null becomes nil, so an object's null fields are absent). */
export function toLuaLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'nil';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`not a JSON number: ${value}`);
    return String(value);
  }
  if (typeof value === 'string') {
    // every byte outside printable ASCII, and the quote and backslash, as a decimal escape
    const bytes = Buffer.from(value, 'utf8');
    let out = '"';
    for (const b of bytes) out += b >= 0x20 && b < 0x7f && b !== 0x22 && b !== 0x5c ? String.fromCharCode(b) : `\\${b}`;
    return `${out}"`;
  }
  if (Array.isArray(value)) return `{${value.map(toLuaLiteral).join(', ')}}`;
  if (typeof value === 'object') {
    const fields = Object.entries(value as Json)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([k, v]) => `[${toLuaLiteral(k)}] = ${toLuaLiteral(v)}`);
    return `{${fields.join(', ')}}`;
  }
  throw new Error(`cannot express ${typeof value} in Lua`);
}

/** A long-bracket Lua string holding `text` verbatim. */
function longString(text: string): string {
  let level = 0;
  while (text.includes(`]${'='.repeat(level)}]`)) level++;
  const eq = '='.repeat(level);
  // a newline right after the opening bracket is dropped by Lua, so add one to keep a leading one
  return `[${eq}[\n${text}]${eq}]`;
}

/**
 * The harness: runs the script once per object, each time in a fresh environment holding `obj` and
 * the libraries Argo CD opens for it (util/lua/lua.go: base, package, table and an os with only time
 * and date; everything when useOpenLibs is set). Without open libraries strings lose their methods,
 * as in gopher-lua where the string library is never loaded. One line out per object:
 * `ok <hex status> <hex message>`, `nil`, `bad <type>` or `err <hex error>`.
 */
function harness(script: string, objects: readonly Json[], openLibs: boolean): string {
  return `
local source = ${longString(script)}
local objects = { ${objects.map(toLuaLiteral).join(',\n')} }
local openLibs = ${openLibs}
local function hex(s)
  return (string.gsub(tostring(s), ".", function(c) return string.format("%02x", string.byte(c)) end))
end
local base = { "assert", "error", "getmetatable", "ipairs", "next", "pairs", "pcall", "rawequal", "rawget",
  "rawset", "select", "setmetatable", "tonumber", "tostring", "type", "unpack", "xpcall", "require", "module",
  "loadstring", "load", "getfenv", "setfenv", "collectgarbage", "_VERSION" }
local function environment(o)
  local env
  if openLibs then
    env = setmetatable({}, { __index = _G })
  else
    env = { table = table, os = { time = os.time, date = os.date }, print = function() end }
    for _, name in ipairs(base) do env[name] = _G[name] end
  end
  env._G = env
  env.obj = o
  env.actionParams = {}
  return env
end
local stringMeta = getmetatable("")
for i = 1, #objects do
  local chunk, loadError = loadstring(source, "=health.lua")
  if not chunk then
    io.write("err ", hex(loadError), "\\n")
  else
    setfenv(chunk, environment(objects[i]))
    local stringIndex = stringMeta.__index
    if not openLibs then stringMeta.__index = nil end
    local ok, result = pcall(chunk)
    stringMeta.__index = stringIndex
    if not ok then
      io.write("err ", hex(result), "\\n")
    elseif result == nil then
      io.write("nil\\n")
    elseif type(result) ~= "table" then
      io.write("bad ", type(result), "\\n")
    else
      io.write("ok ", hex(result.status == nil and "" or result.status), " ", hex(result.message == nil and "" or result.message), "\\n")
    end
  end
end
`;
}

const unhex = (s: string | undefined): string => Buffer.from(s ?? '', 'hex').toString('utf8');

/**
 * The health a Lua check gives each object, as Argo CD turns the script's result into one
 * (util/lua/lua.go ExecuteHealthLua): a table with a known status is that status; a table with
 * another status is Unknown; nil is an empty status, which counts as neither healthy nor degraded;
 * an error or a non-table is an error.
 */
export function runHealthLua(script: string, objects: readonly Json[], openLibs = false): Health[] {
  if (!objects.length) return [];
  const run = spawnSync(LUA, ['-'], { input: harness(script, objects, openLibs), encoding: 'utf8', timeout: 20_000 });
  if (run.error) throw new Error(`${LUA} could not run (install the Debian package lua5.1): ${run.error.message}`);
  if (run.status !== 0) throw new Error(`${LUA} failed: ${run.stderr}`);
  const lines = run.stdout.split('\n').filter(Boolean);
  if (lines.length !== objects.length) throw new Error(`${LUA} answered ${lines.length} times for ${objects.length} objects: ${run.stdout}${run.stderr}`);
  return lines.map((line): Health => {
    const [verdict, a, b] = line.split(' ');
    if (verdict === 'ok') {
      const status = unhex(a);
      const message = unhex(b) || undefined;
      return (HEALTH_CODES as readonly string[]).includes(status) ? { status: status as HealthCode, message } : { status: 'Unknown', message: `invalid health status ${JSON.stringify(status)}` };
    }
    if (verdict === 'nil') return { status: 'Unknown', message: 'the script returned nil', empty: true };
    if (verdict === 'bad') return { status: 'Unknown', error: `the script returned a ${a}, not a table` };
    return { status: 'Unknown', error: unhex(a) };
  });
}

/** A health check running a Lua script (memoised per live object), with a batch warm-up. */
export interface LuaHealthCheck {
  (live: Json): Health;
  /** Evaluates many objects in one interpreter run and remembers the results. */
  warm(objects: readonly Json[]): void;
}

export function luaHealthCheck(script: string, openLibs = false): LuaHealthCheck {
  const memo = new Map<string, Health>();
  const warm = (objects: readonly Json[]) => {
    const fresh = [...new Map(objects.map((o) => [JSON.stringify(o), o])).entries()].filter(([k]) => !memo.has(k));
    runHealthLua(script, fresh.map(([, o]) => o), openLibs).forEach((h, i) => memo.set(fresh[i][0], h));
  };
  const check = ((live: Json) => {
    const key = JSON.stringify(live);
    if (!memo.has(key)) warm([live]);
    return memo.get(key)!;
  }) as LuaHealthCheck;
  check.warm = warm;
  return check;
}

// ----------------------------------------------------------------------------------------------
// Where the health customisations come from

const HEALTH_KEY_PREFIX = 'resource.customizations.health.';
const OPEN_LIBS_KEY_PREFIX = 'resource.customizations.useOpenLibs.';
export interface HealthCustomization {
  /** `group/Kind`. */
  readonly groupKind: string;
  readonly script: string;
  readonly openLibs: boolean;
  /** Where it was read from. */
  readonly source: string;
}

/** `postgresql.cnpg.io_Cluster` → `postgresql.cnpg.io/Cluster` (the argocd-cm key suffix; a core kind has no group). */
export function groupKindOfKey(suffix: string): string {
  const cut = suffix.lastIndexOf('_');
  return cut < 0 ? `/${suffix}` : `${suffix.slice(0, cut)}/${suffix.slice(cut + 1)}`;
}

/**
 * The health customisations shipped for the clusters that run an environment: every argocd-cm in
 * `dist/argocd/<cluster>/` (any depth) of a cluster with an Application whose source path is
 * `dist/<environment>`. Undefined when no cluster folder deploys the environment.
 */
export function shippedHealthCustomizations(environment: string): HealthCustomization[] | undefined {
  const byCluster = new Map<string, ObjectOnDisk[]>();
  for (const found of objectsOnDisk('argocd')) {
    const parts = found.file.split(/[\\/]/); // dist, argocd, <cluster>, ...
    if (parts.length < 4) continue; // a file directly in dist/argocd/ belongs to no cluster
    byCluster.set(parts[2], [...(byCluster.get(parts[2]) ?? []), found]);
  }
  const sourcePaths = (app: Json): string[] =>
    [app.spec?.source, ...(app.spec?.sources ?? [])].filter(Boolean).map((s: Json) => String(s.path ?? '').replace(/\/+$/, ''));
  const clusters = [...byCluster].filter(([, objects]) =>
    objects.some(({ object }) => object.kind === 'Application' && sourcePaths(object).includes(`dist/${environment}`)),
  );
  if (!clusters.length) return undefined;
  return clusters.flatMap(([, objects]) =>
    objects
      .filter(({ object }) => object.kind === 'ConfigMap' && object.metadata?.name === 'argocd-cm')
      .flatMap(({ file, object }) =>
        Object.entries((object.data ?? {}) as Record<string, string>)
          .filter(([key]) => key.startsWith(HEALTH_KEY_PREFIX) && !key.includes('*'))
          .map(([key, script]) => {
            const suffix = key.slice(HEALTH_KEY_PREFIX.length);
            return { groupKind: groupKindOfKey(suffix), script, openLibs: object.data[`${OPEN_LIBS_KEY_PREFIX}${suffix}`] === 'true', source: file };
          }),
      ),
  );
}

/** What an environment's cluster runs: the customisations shipped in the bootstrap of the cluster that deploys it. */
export function healthCustomizationsFor(environment: string): HealthCustomization[] {
  return shippedHealthCustomizations(environment) ?? [];
}

/** The customisations as health checks for simulateSync. */
export function customizationChecks(customizations: readonly HealthCustomization[]): Record<string, LuaHealthCheck> {
  return Object.fromEntries(customizations.map((c) => [c.groupKind, luaHealthCheck(c.script, c.openLibs)]));
}
