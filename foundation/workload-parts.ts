import { createHash } from 'node:crypto';
import { Chart } from 'cdk8s';
import * as kplus from 'cdk8s-plus-27';
import type { IConstruct } from 'constructs';
import * as k8s from '../imports/k8s';
import { SYNC_HOOK_ANNOTATIONS } from './argocd';
import { compareCodeUnits } from './compare-text';
import { HELM_HOOK_JOB_ANNOTATIONS } from './helm-annotations';
import type { Component } from './component';
import type { PortSpec } from './peer';
import { podTemplate, type PodTemplateOptions } from './pod-template';

/*
 * The objects every workload has around its pods, made the same way for all of them.
 */

/** The component's own ServiceAccount; pods never get an API token mounted unless they ask. */
export function serviceAccountFor(component: Component, annotations: Record<string, string> = {}): kplus.ServiceAccount {
  return new kplus.ServiceAccount(component, 'ServiceAccount', {
    metadata: component.metadata(undefined, Object.keys(annotations).length ? { annotations } : {}),
    automountToken: false,
  });
}

export interface ServiceOptions {
  /** @default - the component name */
  readonly name?: string;
  /** A headless Service gives each StatefulSet pod a stable DNS name. @default false */
  readonly headless?: boolean;
  /** Publish pods before they are ready (cluster peers discovering each other). @default false */
  readonly publishNotReadyAddresses?: boolean;
}

/** Label naming the Service an object is, so a ServiceMonitor picks one Service of a component, not its headless twin. */
export const SERVICE_LABEL = 'datalens.io/service';

export function serviceFor(component: Component, id: string, ports: readonly PortSpec[], opts: ServiceOptions = {}): k8s.KubeService {
  const suffix = opts.name && opts.name !== component.name ? opts.name.slice(component.name.length + 1) : undefined;
  const name = opts.name ?? component.name;
  return new k8s.KubeService(component, id, {
    metadata: component.metadata(suffix, { labels: { [SERVICE_LABEL]: name } }),
    spec: {
      type: 'ClusterIP',
      ...(opts.headless ? { clusterIp: 'None' } : {}),
      ...(opts.publishNotReadyAddresses ? { publishNotReadyAddresses: true } : {}),
      selector: component.selector,
      ports: ports.map((p) => ({ name: p.name, port: p.port, targetPort: k8s.IntOrString.fromString(p.name), protocol: p.protocol ?? 'TCP' })),
    },
  });
}

/** A PodDisruptionBudget for a replicated workload: voluntary evictions take one pod at a time. */
export function disruptionBudgetFor(component: Component, replicas: number): k8s.KubePodDisruptionBudget | undefined {
  if (replicas < 2) return undefined;
  return new k8s.KubePodDisruptionBudget(component, 'DisruptionBudget', {
    metadata: component.metadata(),
    spec: { maxUnavailable: k8s.IntOrString.fromNumber(1), selector: { matchLabels: component.selector } },
  });
}

export interface AutoscalingBounds {
  readonly minReplicas: number;
  readonly maxReplicas: number;
  readonly targetCpuUtilization: number;
}

/** A CPU-based HorizontalPodAutoscaler for a Deployment, scaling down slowly to avoid flapping. */
export function autoscalerFor(component: Component, deploymentName: string, bounds: AutoscalingBounds): k8s.KubeHorizontalPodAutoscalerV2 {
  return new k8s.KubeHorizontalPodAutoscalerV2(component, 'Autoscaler', {
    metadata: component.metadata(),
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: deploymentName },
      minReplicas: bounds.minReplicas,
      maxReplicas: bounds.maxReplicas,
      metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: bounds.targetCpuUtilization } } }],
      behavior: { scaleDown: { stabilizationWindowSeconds: 300, policies: [{ type: 'Pods', value: 1, periodSeconds: 60 }] } },
    },
  });
}

/**
 * Annotation of a ConfigMap carrying manifests a workload creates at run time (the throwaway
 * Cluster of a restore drill), naming the data keys that hold them (JSON). The synth reads them
 * for the prerequisites, and the tests for the pods and schemas, like deployed objects.
 */
export const EMBEDDED_MANIFESTS_ANNOTATION = 'datalens.io/embedded-manifests';

/** The manifests a ConfigMap (as JSON) carries for a workload to create at run time. */
export function embeddedManifestsOf(object: { readonly kind: string; readonly metadata: { readonly annotations?: Record<string, string> }; readonly [field: string]: unknown }): Record<string, any>[] {
  const keys = object.kind === 'ConfigMap' ? object.metadata.annotations?.[EMBEDDED_MANIFESTS_ANNOTATION] : undefined;
  if (!keys) return [];
  const data = (object.data ?? {}) as Record<string, string>;
  return keys.split(',').map((key) => JSON.parse(data[key.trim()]) as Record<string, any>);
}

/** Annotation key of the pod template's config checksum: a changed ConfigMap rolls the pods. */
export const CONFIG_CHECKSUM_ANNOTATION = 'datalens.io/config-checksum';

/**
 * The texts checksums were made of, by checksum, per chart: the Helm chart recomputes a checksum
 * from its values. Kept with the chart, not the process, so a rendering tells all it made and
 * nothing another one did.
 */
const checksummedTexts = new WeakMap<Chart, Map<string, string>>();

/** The checksum of `value` for an object of `scope`'s chart. */
export function checksum(scope: IConstruct, value: unknown): string {
  const text = JSON.stringify(value);
  const digest = createHash('sha256').update(text).digest('hex');
  const chart = Chart.of(scope);
  let texts = checksummedTexts.get(chart);
  if (!texts) checksummedTexts.set(chart, (texts = new Map()));
  texts.set(digest, text);
  return digest;
}

/** The texts of the checksums made for objects of `chart`, by checksum, sorted. */
export function checksummedTextsOf(chart: Chart): Record<string, string> {
  return Object.fromEntries([...(checksummedTexts.get(chart) ?? [])].sort(([a], [b]) => compareCodeUnits(a, b)));
}

/** A ConfigMap of the component; its data is returned with a checksum for the pod template. */
export function configMapFor(component: Component, id: string, data: Record<string, string>, suffix?: string) {
  const map = new kplus.ConfigMap(component, id, { metadata: component.metadata(suffix), data });
  return { configMap: map, name: map.name, checksum: checksum(component, data) };
}

/**
 * A volume claim template with the environment's size and class. Its labels are the selector's
 * only: a StatefulSet's claim templates cannot change, so no version label may be in them.
 */
export function claimTemplate(name: string, storage: { size: string; storageClass?: string }, component: Component): k8s.KubePersistentVolumeClaimProps {
  return {
    metadata: { name, labels: component.selector },
    spec: {
      accessModes: ['ReadWriteOnce'],
      ...(storage.storageClass ? { storageClassName: storage.storageClass } : {}),
      resources: { requests: { storage: k8s.Quantity.fromString(storage.size) } },
    },
  };
}

/** StatefulSet volumes outlive scale-down and deletion of the StatefulSet: data is removed only by hand. */
export const RETAIN_CLAIMS: k8s.StatefulSetPersistentVolumeClaimRetentionPolicy = { whenDeleted: 'Retain', whenScaled: 'Retain' };

export interface StatelessDeploymentOptions extends Omit<PodTemplateOptions, 'component' | 'replicas' | 'spreadPerRevision'> {
  /** Replicas without an autoscaler. */
  readonly replicas: number;
  /** CPU autoscaling bounds; the autoscaler then owns the replica count. @default - fixed replicas */
  readonly autoscaling?: AutoscalingBounds;
}

/**
 * A Deployment that rolls out without ever lowering capacity (one surge pod, none unavailable),
 * with a PDB and spread when replicated and an HPA when autoscaled.
 */
export function statelessDeployment(component: Component, opts: StatelessDeploymentOptions): k8s.KubeDeployment {
  const { autoscaling, replicas: fixed, ...template } = opts;
  const replicas = autoscaling?.minReplicas ?? fixed;
  const deployment = new k8s.KubeDeployment(component, 'Deployment', {
    metadata: component.metadata(),
    spec: {
      // with an autoscaler the replica count is the autoscaler's; leaving it out stops every sync resetting it
      ...(autoscaling ? {} : { replicas }),
      revisionHistoryLimit: 5,
      selector: { matchLabels: component.selector },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: k8s.IntOrString.fromNumber(0), maxSurge: k8s.IntOrString.fromNumber(1) } },
      template: podTemplate({ ...template, component, replicas, spreadPerRevision: true }),
    },
  });
  disruptionBudgetFor(component, replicas);
  if (autoscaling) autoscalerFor(component, deployment.name, autoscaling);
  return deployment;
}

export interface StatefulServerOptions extends Omit<PodTemplateOptions, 'component'> {
  /** Size and class of each pod's `data` volume. */
  readonly storage: { readonly size: string; readonly storageClass?: string };
  /** Ports peers and clients reach single pods on, through the headless Service. */
  readonly headlessPorts: readonly PortSpec[];
  /** Start and stop all pods at once: clustered servers that wait for their peers. @default false */
  readonly parallel?: boolean;
}

/**
 * A StatefulSet of a data server: a headless Service giving each pod a stable name, one retained
 * `data` volume per pod, and a PDB of one when replicated.
 */
export function statefulServer(component: Component, opts: StatefulServerOptions): k8s.KubeStatefulSet {
  const { storage, headlessPorts, parallel, ...template } = opts;
  const headless = serviceFor(component, 'HeadlessService', headlessPorts, {
    name: `${component.name}-headless`,
    headless: true,
    publishNotReadyAddresses: parallel,
  });
  const set = new k8s.KubeStatefulSet(component, 'StatefulSet', {
    metadata: component.metadata(),
    spec: {
      serviceName: headless.name,
      replicas: opts.replicas,
      ...(parallel ? { podManagementPolicy: 'Parallel' } : {}),
      selector: { matchLabels: component.selector },
      persistentVolumeClaimRetentionPolicy: RETAIN_CLAIMS,
      template: podTemplate({ ...template, component }),
      volumeClaimTemplates: [claimTemplate('data', storage, component)],
    },
  });
  disruptionBudgetFor(component, opts.replicas);
  return set;
}

export interface SyncHookJobOptions extends Omit<PodTemplateOptions, 'component' | 'replicas' | 'serviceAccountName' | 'restartPolicy'> {
  /** Retries before the Job, and so the sync, fails. */
  readonly backoffLimit: number;
  /** Seconds after which a hung run is stopped. */
  readonly activeDeadlineSeconds: number;
}

export interface ScheduledJobOptions extends Omit<PodTemplateOptions, 'component' | 'replicas' | 'serviceAccountName' | 'restartPolicy'> {
  /** Five-field cron schedule, read in UTC. */
  readonly schedule: string;
  /** Retries of one run before it counts as failed. */
  readonly backoffLimit: number;
  /** Seconds after which a hung run is stopped. */
  readonly activeDeadlineSeconds: number;
}

/**
 * A CronJob of the component, with its own ServiceAccount: one run at a time (a run still going
 * when the next is due skips it), schedules in UTC, the last success and failures kept for a
 * look. Kube-state-metrics reports its last successful run, which alerts read.
 */
export function scheduledJob(component: Component, opts: ScheduledJobOptions): { cronJob: k8s.KubeCronJob; account: kplus.ServiceAccount } {
  const { schedule, backoffLimit, activeDeadlineSeconds, ...template } = opts;
  const account = serviceAccountFor(component);
  const cronJob = new k8s.KubeCronJob(component, 'CronJob', {
    metadata: component.metadata(),
    spec: {
      schedule,
      timeZone: 'Etc/UTC',
      concurrencyPolicy: 'Forbid',
      // a run missed by more than an hour (controller down) waits for the next slot
      startingDeadlineSeconds: 3600,
      successfulJobsHistoryLimit: 1,
      failedJobsHistoryLimit: 2,
      jobTemplate: {
        metadata: { labels: component.labels },
        spec: { backoffLimit, activeDeadlineSeconds, template: podTemplate({ ...template, component, replicas: 1, serviceAccountName: account.name, restartPolicy: 'Never' }) },
      },
    },
  });
  return { cronJob, account };
}

/**
 * A one-off Job that Argo CD runs as a Sync hook in its wave, recreated on every sync (the work must
 * be idempotent), with its own ServiceAccount. Helm runs it as a post-install and pre-upgrade hook.
 */
export function syncHookJob(component: Component, opts: SyncHookJobOptions): k8s.KubeJob {
  const { backoffLimit, activeDeadlineSeconds, ...template } = opts;
  const account = serviceAccountFor(component);
  return new k8s.KubeJob(component, 'Job', {
    metadata: component.metadata(undefined, { annotations: { ...SYNC_HOOK_ANNOTATIONS, ...HELM_HOOK_JOB_ANNOTATIONS } }),
    spec: {
      backoffLimit,
      activeDeadlineSeconds,
      ttlSecondsAfterFinished: 86400,
      template: podTemplate({ ...template, component, replicas: 1, serviceAccountName: account.name, restartPolicy: 'Never' }),
    },
  });
}
