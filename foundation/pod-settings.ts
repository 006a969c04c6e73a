import type { ComponentPodsConfig, PodComponent } from '../config/pod-settings-schema';
import { POD_COMPONENTS } from '../config/pod-settings-schema';
import type * as k8s from '../imports/k8s';
import { contextOf, type Component } from './component';

/** An extra env var that would replace one the wiring sets, found while building the component's pods. */
export class PodSettingsError extends Error {
  constructor(
    /** The environment's field holding the variable, such as ['pods', 'components', 'api', 'env', 0, 'name']. */
    readonly path: readonly (string | number)[],
    readonly problem: string,
  ) {
    super(`${path.join('.')}: ${problem}`);
    this.name = 'PodSettingsError';
  }
}

/** The environment's pod settings for one component: the global ones with the component's added. */
export interface PodSettings {
  /** The component's key under pods.components, if it has one. */
  readonly component?: PodComponent;
  readonly imagePullSecrets: readonly string[];
  readonly nodeSelector: Readonly<Record<string, string>>;
  readonly tolerations: readonly k8s.Toleration[];
  readonly nodeAffinity?: k8s.NodeAffinity;
  readonly annotations: Readonly<Record<string, string>>;
  readonly labels: Readonly<Record<string, string>>;
  readonly env: readonly k8s.EnvVar[];
}

const PREFIX = 'datalens-';

/**
 * The pod settings of `component` in its environment: pods, and pods.components.<key>, where the
 * key is the component's name without `datalens-` unless given.
 */
export function podSettingsOf(component: Component, key = component.name.startsWith(PREFIX) ? component.name.slice(PREFIX.length) : component.name): PodSettings {
  const pods = contextOf(component).environment.config.pods;
  const name = key in POD_COMPONENTS ? (key as PodComponent) : undefined;
  const own: ComponentPodsConfig = (name && pods.components?.[name]) || {};
  const nodeAffinity = own.affinity?.nodeAffinity ?? pods.affinity?.nodeAffinity;
  return {
    component: name,
    imagePullSecrets: [...new Set([...(pods.imagePullSecrets ?? []), ...(own.imagePullSecrets ?? [])])],
    nodeSelector: { ...pods.nodeSelector, ...own.nodeSelector },
    tolerations: [...(pods.tolerations ?? []), ...(own.tolerations ?? [])],
    ...(nodeAffinity ? { nodeAffinity: nodeAffinity as k8s.NodeAffinity } : {}),
    annotations: { ...pods.annotations, ...own.annotations },
    labels: { ...pods.labels, ...own.labels },
    env: (own.env ?? []) as k8s.EnvVar[],
  };
}

const nonEmpty = (record: Readonly<Record<string, string>>) => Object.keys(record).length > 0;

/** The pod spec fields the settings add (pull secrets, node selector, tolerations, node affinity); none when unset. */
export function schedulingFields(settings: PodSettings): Pick<k8s.PodSpec, 'imagePullSecrets' | 'nodeSelector' | 'tolerations' | 'affinity'> {
  return {
    ...(settings.imagePullSecrets.length ? { imagePullSecrets: settings.imagePullSecrets.map((name) => ({ name })) } : {}),
    ...(nonEmpty(settings.nodeSelector) ? { nodeSelector: { ...settings.nodeSelector } } : {}),
    ...(settings.tolerations.length ? { tolerations: [...settings.tolerations] } : {}),
    ...(settings.nodeAffinity ? { affinity: { nodeAffinity: settings.nodeAffinity } } : {}),
  };
}

/**
 * `wired` with the component's extra env vars after it; throws PodSettingsError naming the field
 * when an extra one has the name of one the wiring sets (replacing it would cut the component off
 * its peers or credentials).
 */
export function withExtraEnv(settings: PodSettings, wired: readonly k8s.EnvVar[]): k8s.EnvVar[] {
  const names = new Set(wired.map((env) => env.name));
  settings.env.forEach((env, i) => {
    if (names.has(env.name))
      throw new PodSettingsError(
        ['pods', 'components', settings.component!, 'env', i, 'name'],
        `expected a variable the wiring does not set (it sets ${[...names].sort().join(', ')}), got ${env.name}`,
      );
  });
  return [...wired, ...settings.env];
}

/*
 * CloudNativePG makes the pods of a Cluster itself, from fields of its own: scheduling in
 * .spec.affinity, pull secrets in .spec.imagePullSecrets, labels and annotations in
 * .spec.inheritedMetadata, env vars of the instances in .spec.env.
 */

/** A Cluster's .spec.affinity: its own with the settings' node selector, tolerations and node affinity; undefined when empty. */
export function clusterAffinity(settings: PodSettings, own: Readonly<Record<string, unknown>> = {}): Record<string, unknown> | undefined {
  const { nodeSelector, tolerations, affinity } = schedulingFields(settings);
  const merged = { ...own, ...(nodeSelector ? { nodeSelector } : {}), ...(tolerations ? { tolerations } : {}), ...(affinity ?? {}) };
  return Object.keys(merged).length ? merged : undefined;
}

/** A Cluster's .spec.inheritedMetadata: the settings' labels and annotations, with `labels` of its own over them. */
export function clusterInheritedMetadata(settings: PodSettings, labels: Readonly<Record<string, string>>): { labels: Record<string, string>; annotations?: Record<string, string> } {
  return { labels: { ...settings.labels, ...labels }, ...(nonEmpty(settings.annotations) ? { annotations: { ...settings.annotations } } : {}) };
}

/** A Cluster's .spec.imagePullSecrets and .spec.env from the settings; none when unset. */
export function clusterPodFields(settings: PodSettings): { imagePullSecrets?: { name: string }[]; env?: k8s.EnvVar[] } {
  const env = withExtraEnv(settings, []);
  return {
    ...(settings.imagePullSecrets.length ? { imagePullSecrets: settings.imagePullSecrets.map((name) => ({ name })) } : {}),
    ...(env.length ? { env } : {}),
  };
}
