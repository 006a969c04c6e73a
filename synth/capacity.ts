import { quantityValue } from '../config/units';
import { embeddedManifestsOf } from '../foundation/workload-parts';
import type { RenderedEnvironment } from './render';
import { manifestId, type Manifest } from './manifest';

/*
 * What the environment's pods request at their largest, against its ResourceQuota: every workload
 * at its maximum (autoscalers at maxReplicas, a rollout's extra pod), hooks and scheduled jobs
 * running, and the pods operators make (CloudNativePG instances with the Barman Cloud sidecar and a
 * bootstrap Job, PgBouncer, a restore drill's throwaway cluster). Containers without requests or
 * limits get the LimitRange's defaults, as admission gives them. A quota the pods do not fit fails
 * the synth, instead of a rollout being refused in the cluster.
 */

type Json = Record<string, any>;

/** Requests and limits of a pod, in cores and bytes. */
export interface PodResources {
  readonly requestsCpu: number;
  readonly requestsMemory: number;
  readonly limitsMemory: number;
}

/** What one object brings to the namespace at its largest. */
export interface Budget extends PodResources {
  /** `Kind/name` of the object. */
  readonly owner: string;
  /** Pods at its largest. */
  readonly pods: number;
  /** Bytes of storage its volume claims request. */
  readonly requestsStorage: number;
}

const ZERO: PodResources = { requestsCpu: 0, requestsMemory: 0, limitsMemory: 0 };
const add = (a: PodResources, b: PodResources): PodResources => ({
  requestsCpu: a.requestsCpu + b.requestsCpu,
  requestsMemory: a.requestsMemory + b.requestsMemory,
  limitsMemory: a.limitsMemory + b.limitsMemory,
});
const max = (a: PodResources, b: PodResources): PodResources => ({
  requestsCpu: Math.max(a.requestsCpu, b.requestsCpu),
  requestsMemory: Math.max(a.requestsMemory, b.requestsMemory),
  limitsMemory: Math.max(a.limitsMemory, b.limitsMemory),
});
const times = (n: number, r: PodResources): PodResources => ({ requestsCpu: n * r.requestsCpu, requestsMemory: n * r.requestsMemory, limitsMemory: n * r.limitsMemory });
const value = (q: unknown) => quantityValue(String(q));

/** A container's resources after admission: its own, requests defaulting to limits, then the LimitRange's defaults. */
function containerResources(resources: Json | undefined, defaults: Json): PodResources {
  const requests = resources?.requests ?? {};
  const limits = resources?.limits ?? {};
  return {
    requestsCpu: value(requests.cpu ?? limits.cpu ?? defaults.defaultRequest.cpu),
    requestsMemory: value(requests.memory ?? limits.memory ?? defaults.defaultRequest.memory),
    limitsMemory: value(limits.memory ?? defaults.default.memory),
  };
}

/** A pod's resources as the scheduler and the quota count them: its containers and sidecars, or its largest init container. */
function podResources(spec: Json, defaults: Json): PodResources {
  const inits = (spec.initContainers ?? []) as Json[];
  const running = [...(spec.containers ?? []), ...inits.filter((c) => c.restartPolicy === 'Always')] as Json[];
  const steady = running.reduce<PodResources>((sum, c) => add(sum, containerResources(c.resources, defaults)), ZERO);
  return inits.filter((c) => c.restartPolicy !== 'Always').reduce<PodResources>((m, c) => max(m, containerResources(c.resources, defaults)), steady);
}

/** Pods a rolling update adds: maxSurge of the strategy (25% by default), rounded up as the controller does. */
function surge(spec: Json, replicas: number): number {
  const value = spec.strategy?.rollingUpdate?.maxSurge ?? '25%';
  return typeof value === 'number' ? value : Math.ceil((replicas * Number(String(value).replace('%', ''))) / 100);
}

/** The budget of each object that runs pods or claims storage, at its largest. */
export function budgetsOf(manifests: readonly Manifest[], defaults: Json): Budget[] {
  const autoscaled = new Map(manifests.filter((m) => m.kind === 'HorizontalPodAutoscaler').map((h) => [(h as Json).spec.scaleTargetRef.name, (h as Json).spec.maxReplicas as number]));
  const stores = new Map(manifests.filter((m) => m.kind === 'ObjectStore').map((s) => [s.metadata.name, s as Json]));
  const embedded = manifests.flatMap((m) => embeddedManifestsOf(m) as Manifest[]).map((m) => ({ manifest: m, runtime: true }));
  return [...manifests.map((m) => ({ manifest: m, runtime: false })), ...embedded].flatMap(({ manifest, runtime }): Budget[] => {
    const json = manifest as Json;
    const spec = json.spec ?? {};
    const budget = (pods: number, perPod: PodResources, requestsStorage = 0): Budget[] => [{ owner: manifestId(manifest), pods, ...times(pods, perPod), requestsStorage }];
    switch (manifest.kind) {
      case 'Deployment': {
        const replicas = autoscaled.get(manifest.metadata.name) ?? spec.replicas ?? 1;
        return budget(replicas + surge(spec, replicas), podResources(spec.template.spec, defaults));
      }
      case 'StatefulSet': {
        const claims = ((spec.volumeClaimTemplates ?? []) as Json[]).reduce((sum, t) => sum + value(t.spec.resources.requests.storage), 0);
        return budget(spec.replicas ?? 1, podResources(spec.template.spec, defaults), (spec.replicas ?? 1) * claims);
      }
      case 'Job':
        return budget(spec.parallelism ?? 1, podResources(spec.template.spec, defaults));
      case 'CronJob':
        return budget(spec.concurrencyPolicy === 'Forbid' ? 1 : 2, podResources(spec.jobTemplate.spec.template.spec, defaults));
      case 'PersistentVolumeClaim':
        return budget(0, ZERO, value(spec.resources.requests.storage));
      case 'Pooler': {
        const instances = spec.instances ?? 1;
        const pgbouncer = ((spec.template?.spec?.containers ?? []) as Json[]).find((c) => c.name === 'pgbouncer');
        return budget(instances + surge({}, instances), containerResources(pgbouncer?.resources, defaults));
      }
      case 'Cluster': {
        if (!String(manifest.apiVersion).startsWith('postgresql.cnpg.io/')) return [];
        // the plugin's sidecar takes the resources of the store it archives to, or of the one it reads
        const plugin = (spec.plugins ?? [])[0] ?? ((spec.externalClusters ?? []) as Json[]).map((c) => c.plugin).find(Boolean);
        const store = plugin ? stores.get(plugin.parameters?.barmanObjectName) : undefined;
        const sidecar = plugin ? containerResources(store?.spec?.instanceSidecarConfiguration?.resources, defaults) : ZERO;
        const instance = add(containerResources(spec.resources, defaults), sidecar);
        const instances = spec.instances ?? 1;
        const volumes = value(spec.storage.size) + (spec.walStorage ? value(spec.walStorage.size) : 0);
        // a bootstrap or join Job runs beside the instances; a drill's recovery Job runs before its only instance
        return budget(runtime ? instances : instances + 1, instance, instances * volumes);
      }
      default:
        return [];
    }
  });
}

const gib = (bytes: number) => `${Number((bytes / 1024 ** 3).toFixed(2))}Gi`;
const cores = (n: number) => `${Number(n.toFixed(3))}`;

/** The quota's resources: how each is summed and shown. */
const RESOURCES = [
  { key: 'requests.cpu', field: 'requestsCpu', of: (b: Budget) => b.requestsCpu, show: cores },
  { key: 'requests.memory', field: 'requestsMemory', of: (b: Budget) => b.requestsMemory, show: gib },
  { key: 'limits.memory', field: 'limitsMemory', of: (b: Budget) => b.limitsMemory, show: gib },
  { key: 'requests.storage', field: 'requestsStorage', of: (b: Budget) => b.requestsStorage, show: gib },
] as const;

/** The pods at their largest fit the environment's ResourceQuota, resource by resource. */
export function checkQuota(rendered: RenderedEnvironment): string[] {
  const manifests = rendered.files.flatMap((f) => f.manifests);
  const quota = manifests.find((m) => m.kind === 'ResourceQuota') as Json | undefined;
  const limitRange = manifests.find((m) => m.kind === 'LimitRange') as Json | undefined;
  if (!quota || !limitRange) return [];
  const budgets = budgetsOf(manifests, limitRange.spec.limits[0]);
  return RESOURCES.flatMap(({ key, field, of, show }) => {
    const hard = quota.spec.hard[key];
    if (hard === undefined) return [];
    const total = budgets.reduce((sum, b) => sum + of(b), 0);
    if (total <= value(hard)) return [];
    const largest = [...budgets]
      .filter((b) => of(b) > 0)
      .sort((a, b) => of(b) - of(a))
      .slice(0, 4)
      .map((b) => `${b.owner} ${show(of(b))}${b.pods ? ` (${b.pods} pods)` : ''}`);
    return [
      `ResourceQuota/${quota.metadata.name}: ${key}: the pods at their largest need ${show(total)}, more than the quota's ${hard} (largest: ${largest.join(', ')}); raise guardrails.quota.${field} or lower replicas or requests`,
    ];
  });
}
