/** `app.kubernetes.io/part-of` of everything this project deploys. */
export const PART_OF = 'datalens';

/** Label keys of the Kubernetes recommended label set. */
export const NAME_LABEL = 'app.kubernetes.io/name';
export const PART_OF_LABEL = 'app.kubernetes.io/part-of';
export const COMPONENT_LABEL = 'app.kubernetes.io/component';
export const INSTANCE_LABEL = 'app.kubernetes.io/instance';
export const VERSION_LABEL = 'app.kubernetes.io/version';
export const MANAGED_BY_LABEL = 'app.kubernetes.io/managed-by';

/**
 * The labels a workload's selector matches. They never include a version or anything derived from
 * the construct path, so selectors (immutable on Deployments and StatefulSets) survive refactoring.
 */
export function selectorLabels(name: string): Record<string, string> {
  return { [NAME_LABEL]: name, [PART_OF_LABEL]: PART_OF };
}

/** The full recommended label set of an object of a component. */
export function recommendedLabels(opts: {
  name: string;
  role: string;
  environment: string;
  version?: string;
}): Record<string, string> {
  return {
    ...selectorLabels(opts.name),
    [COMPONENT_LABEL]: opts.role,
    [INSTANCE_LABEL]: `${PART_OF}-${opts.environment}`,
    [MANAGED_BY_LABEL]: 'cdk8s',
    ...(opts.version ? { [VERSION_LABEL]: labelSafe(opts.version) } : {}),
  };
}

/** A label value made from free text (an image tag or digest): at most 63 characters of the allowed set. */
export function labelSafe(value: string): string {
  return value
    .replace(/^sha256:/, '')
    .replace(/[^A-Za-z0-9_.-]/g, '-')
    .slice(0, 63)
    .replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '');
}

/**
 * The labels an operator may copy onto the pods and volumes it makes: ours only. CloudNativePG
 * sets `app.kubernetes.io/name`, `managed-by` and friends itself; inheriting ours would overwrite
 * them and its volume reconciler would never settle.
 */
export function inheritableLabels(labels: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(labels).filter(([key]) => key === PART_OF_LABEL || key.startsWith('datalens.io/')));
}
