import type { ImageConfig, ResourcesConfig } from '../config/schema';
import * as k8s from '../imports/k8s';
import type { Component } from './component';
import { NAME_LABEL } from './labels';
import { podSettingsOf, schedulingFields, withExtraEnv, type PodSettings } from './pod-settings';
import { priorityClassOf } from './priority';
import type { PortSpec } from './peer';
import { RESTRICTED_CONTAINER_SECURITY_CONTEXT, restrictedPodSecurityContext } from './security';

/** `repository:tag`, `repository@digest` or both: the pinned reference of an image. */
export function imageRef(image: ImageConfig): string {
  return `${image.repository}${image.tag ? `:${image.tag}` : ''}${image.digest ? `@${image.digest}` : ''}`;
}

/** The version an image reference stands for, for the version label. */
export function imageVersion(image: ImageConfig): string {
  return image.tag ?? image.digest ?? 'unknown';
}

/** Requests and limits of a metrics exporter sidecar. */
export const EXPORTER_RESOURCES: ResourcesConfig = { cpuRequest: '10m', memoryRequest: '32Mi', memoryLimit: '64Mi' };

export function toResourceRequirements(resources: ResourcesConfig): k8s.ResourceRequirements {
  return {
    requests: { cpu: k8s.Quantity.fromString(resources.cpuRequest), memory: k8s.Quantity.fromString(resources.memoryRequest) },
    limits: {
      memory: k8s.Quantity.fromString(resources.memoryLimit),
      ...(resources.cpuLimit ? { cpu: k8s.Quantity.fromString(resources.cpuLimit) } : {}),
    },
  };
}

/** Timing of a probe; the defaults suit a server that answers within a second. */
export interface ProbeTiming {
  readonly periodSeconds?: number;
  readonly failureThreshold?: number;
  readonly timeoutSeconds?: number;
  readonly initialDelaySeconds?: number;
}

/**
 * An HTTP GET probe of `port` (by name). Given the port's spec, a TLS-only port is probed over
 * HTTPS: the kubelet does not verify the certificate, and a plaintext GET would be refused.
 */
export function httpProbe(path: string, port: string | PortSpec, timing: ProbeTiming = {}): k8s.Probe {
  const spec = typeof port === 'string' ? undefined : port;
  const name = spec ? spec.name : (port as string);
  return { httpGet: { path, port: k8s.IntOrString.fromString(name), ...(spec?.tls ? { scheme: 'HTTPS' } : {}) }, ...probeTiming(timing) };
}

export function execProbe(command: string[], timing: ProbeTiming = {}): k8s.Probe {
  return { exec: { command }, ...probeTiming(timing) };
}

export function tcpProbe(port: string, timing: ProbeTiming = {}): k8s.Probe {
  return { tcpSocket: { port: k8s.IntOrString.fromString(port) }, ...probeTiming(timing) };
}

function probeTiming(timing: ProbeTiming) {
  return { periodSeconds: 10, timeoutSeconds: 3, failureThreshold: 3, ...timing };
}

/** A startup probe giving a server `seconds` to come up before liveness starts counting. */
export function startupWindow(probe: k8s.Probe, seconds: number): k8s.Probe {
  return { ...probe, periodSeconds: 5, failureThreshold: Math.ceil(seconds / 5) };
}

export interface ContainerSpec {
  readonly name: string;
  readonly image: ImageConfig;
  readonly command?: string[];
  readonly args?: string[];
  /** Ports the container listens on. @default - none */
  readonly ports?: readonly PortSpec[];
  readonly env?: readonly k8s.EnvVar[];
  readonly envFrom?: readonly k8s.EnvFromSource[];
  readonly resources: ResourcesConfig;
  readonly startupProbe?: k8s.Probe;
  readonly livenessProbe?: k8s.Probe;
  readonly readinessProbe?: k8s.Probe;
  /** Paths the process writes to; each becomes an emptyDir, as the root filesystem is read-only. @default - none */
  readonly writablePaths?: Readonly<Record<string, string>>;
  /** Further mounts (data volumes, config files). @default - none */
  readonly volumeMounts?: readonly k8s.VolumeMount[];
  /** Command run before SIGTERM, so endpoints drain before the process stops. @default - none */
  readonly preStop?: string[];
  /**
   * Give this container a token of the pod's ServiceAccount to call the Kubernetes API with: a
   * projected, expiring token with the cluster CA and the namespace, at the path client libraries
   * look for. Pods never get a token otherwise (automountServiceAccountToken stays false).
   * @default false
   */
  readonly kubernetesApiAccess?: boolean;
}

/** Where client libraries (kubectl, client-go) read the in-cluster token, CA and namespace. */
export const SERVICE_ACCOUNT_PATH = '/var/run/secrets/kubernetes.io/serviceaccount';
/** The ConfigMap kube-controller-manager publishes into every namespace with the cluster's CA. */
export const KUBE_ROOT_CA_CONFIGMAP = 'kube-root-ca.crt';
const API_ACCESS_VOLUME = 'kube-api-access';

export interface PodTemplateOptions {
  readonly component: Component;
  /** User id the image runs its process as. */
  readonly uid: number;
  readonly serviceAccountName: string;
  readonly containers: readonly ContainerSpec[];
  readonly initContainers?: readonly ContainerSpec[];
  /** Volumes besides the writable paths' emptyDirs. @default - none */
  readonly volumes?: readonly k8s.Volume[];
  /** Replicas of the workload; more than one spreads pods over nodes and zones. */
  readonly replicas: number;
  /** Seconds between SIGTERM and SIGKILL. @default 30 */
  readonly terminationGracePeriodSeconds?: number;
  /** Spread key that distinguishes rollouts (Deployments only). @default false */
  readonly spreadPerRevision?: boolean;
  /** Restart policy; Jobs need Never or OnFailure. @default 'Always' */
  readonly restartPolicy?: 'Always' | 'OnFailure' | 'Never';
  /** Annotations of the pod template, such as config checksums. @default - none */
  readonly annotations?: Readonly<Record<string, string>>;
}

/**
 * A pod template with the restricted security profile, writable emptyDirs, and spread when
 * replicated; with the environment's pod settings for the component (pull secrets, scheduling,
 * annotations, labels, extra env vars).
 */
export function podTemplate(opts: PodTemplateOptions): k8s.PodTemplateSpec {
  const all = [...(opts.initContainers ?? []), ...opts.containers];
  const writable = [...new Set(all.flatMap((c) => Object.entries(c.writablePaths ?? {}).map(([volume]) => volume)))].sort();
  const settings = podSettingsOf(opts.component);
  const annotations = { ...settings.annotations, ...opts.annotations };
  const container = (spec: ContainerSpec) => containerOf(spec, settings);
  return {
    metadata: { labels: { ...settings.labels, ...opts.component.labels }, ...(Object.keys(annotations).length ? { annotations } : {}) },
    spec: {
      ...schedulingFields(settings),
      serviceAccountName: opts.serviceAccountName,
      priorityClassName: priorityClassOf(opts.component.role),
      automountServiceAccountToken: false,
      enableServiceLinks: false,
      securityContext: restrictedPodSecurityContext(opts.uid),
      terminationGracePeriodSeconds: opts.terminationGracePeriodSeconds ?? 30,
      ...(opts.restartPolicy && opts.restartPolicy !== 'Always' ? { restartPolicy: opts.restartPolicy } : {}),
      ...(opts.initContainers?.length ? { initContainers: opts.initContainers.map(container) } : {}),
      containers: opts.containers.map(container),
      volumes: [
        ...writable.map((name) => ({ name, emptyDir: { sizeLimit: k8s.Quantity.fromString('256Mi') } })),
        ...(all.some((c) => c.kubernetesApiAccess) ? [apiAccessVolume()] : []),
        ...(opts.volumes ?? []),
      ],
      ...(opts.replicas > 1 ? { topologySpreadConstraints: spreadConstraints({ [NAME_LABEL]: opts.component.selector[NAME_LABEL] }, opts.spreadPerRevision) } : {}),
    },
  };
}

/**
 * Spread of replicated pods matching `matchLabels`: nodes at most one pod apart (hard), and
 * balanced over zones where there are several (soft). `perRevision` counts each Deployment
 * rollout on its own, so a rollout is not blocked by the old pods.
 */
export function spreadConstraints(matchLabels: Record<string, string>, perRevision = false): k8s.TopologySpreadConstraint[] {
  const constraint = (topologyKey: string, whenUnsatisfiable: string): k8s.TopologySpreadConstraint => ({
    maxSkew: 1,
    topologyKey,
    whenUnsatisfiable,
    labelSelector: { matchLabels },
    ...(perRevision ? { matchLabelKeys: ['pod-template-hash'] } : {}),
  });
  return [constraint('kubernetes.io/hostname', 'DoNotSchedule'), constraint('topology.kubernetes.io/zone', 'ScheduleAnyway')];
}

/** What the kubelet would automount, made explicit: an hour's token (renewed by the kubelet), the CA and the namespace. */
function apiAccessVolume(): k8s.Volume {
  return {
    name: API_ACCESS_VOLUME,
    projected: {
      sources: [
        { serviceAccountToken: { path: 'token', expirationSeconds: 3600 } },
        { configMap: { name: KUBE_ROOT_CA_CONFIGMAP, items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
        { downwardApi: { items: [{ path: 'namespace', fieldRef: { fieldPath: 'metadata.namespace' } }] } },
      ],
    },
  };
}

function containerOf(spec: ContainerSpec, settings: PodSettings): k8s.Container {
  const env = withExtraEnv(settings, spec.env ?? []);
  const mounts = [
    ...Object.entries(spec.writablePaths ?? {}).map(([name, mountPath]) => ({ name, mountPath })),
    ...(spec.volumeMounts ?? []),
    ...(spec.kubernetesApiAccess ? [{ name: API_ACCESS_VOLUME, mountPath: SERVICE_ACCOUNT_PATH, readOnly: true }] : []),
  ];
  return {
    name: spec.name,
    image: imageRef(spec.image),
    imagePullPolicy: 'IfNotPresent',
    ...(spec.command ? { command: spec.command } : {}),
    ...(spec.args ? { args: spec.args } : {}),
    ...(spec.ports?.length
      ? { ports: spec.ports.map((p) => ({ name: p.name, containerPort: p.port, protocol: p.protocol ?? 'TCP' })) }
      : {}),
    ...(env.length ? { env } : {}),
    ...(spec.envFrom?.length ? { envFrom: [...spec.envFrom] } : {}),
    resources: toResourceRequirements(spec.resources),
    securityContext: RESTRICTED_CONTAINER_SECURITY_CONTEXT,
    ...(spec.startupProbe ? { startupProbe: spec.startupProbe } : {}),
    ...(spec.livenessProbe ? { livenessProbe: spec.livenessProbe } : {}),
    ...(spec.readinessProbe ? { readinessProbe: spec.readinessProbe } : {}),
    ...(spec.preStop ? { lifecycle: { preStop: { exec: { command: spec.preStop } } } } : {}),
    ...(mounts.length ? { volumeMounts: mounts } : {}),
    terminationMessagePolicy: 'FallbackToLogsOnError',
  };
}
