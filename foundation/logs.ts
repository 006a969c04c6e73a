import { ApiObject } from 'cdk8s';
import { Component, contextOf } from './component';
import { inspectionJsonOf } from './references';

/*
 * Where a component's logs are in Loki. The cluster's log pipeline (Grafana Alloy, a documented
 * prerequisite) labels every stream with what pod discovery gives it: `namespace`, `pod` and
 * `container`. A component's streams are then its pods by name, as their controllers name them,
 * and its own containers (which tells the API's pods from its migration Job's, whose names share a
 * prefix).
 */

type Json = Record<string, any>;

/** Loki stream labels the log pipeline must attach (PREREQUISITES.md names them). */
export const LOG_STREAM_LABELS = ['namespace', 'pod', 'container'] as const;

/** How each controller names its pods, as a regular expression after the object's name. */
const POD_NAME_SUFFIX: Readonly<Record<string, string>> = {
  Deployment: '-[a-z0-9]+-[a-z0-9]+',
  StatefulSet: '-[0-9]+',
  Job: '-[a-z0-9]+',
  CronJob: '-[0-9]+-[a-z0-9]+',
  // CloudNativePG: instances <cluster>-<n>, their Jobs <cluster>-<n>-<role>-<suffix>
  Cluster: '-[0-9]+(-[a-z-]+-[a-z0-9]+)?',
  // a Pooler is a Deployment of the same name
  Pooler: '-[a-z0-9]+-[a-z0-9]+',
};

/** Containers of the pods an object runs; the operator names the main container of its pods. */
function containersOf(kind: string, json: Json): string[] {
  // CloudNativePG names the container of a bootstrap Job after its role (pkg/specs/jobs.go)
  if (kind === 'Cluster') return ['postgres', json.spec?.bootstrap?.recovery ? 'full-recovery' : 'initdb', ...((json.spec?.instances ?? 1) > 1 ? ['join'] : [])];
  if (kind === 'Pooler') return ['pgbouncer'];
  const template = kind === 'CronJob' ? json.spec?.jobTemplate?.spec?.template : json.spec?.template;
  return ((template?.spec?.containers ?? []) as Json[]).map((c) => String(c.name));
}

const selectors = new WeakMap<Component, string | undefined>();

/**
 * The LogQL stream selector of a component's own pods (not those of components nested in it), or
 * undefined for a component without pods of its own (a managed service, a peer outside the cluster).
 * Read once per component (its objects serialised to find their containers), so only once the
 * component is complete: the log alerts and dashboards are made after every component.
 */
export function logSelectorOf(component: Component): string | undefined {
  if (!selectors.has(component)) selectors.set(component, selectorOf(component));
  return selectors.get(component);
}

function selectorOf(component: Component): string | undefined {
  const objects = component.node
    .findAll()
    .filter((c): c is ApiObject => c instanceof ApiObject && POD_NAME_SUFFIX[c.kind] !== undefined && Component.owning(c) === component);
  if (objects.length === 0) return undefined;
  const pods = [...new Set(objects.map((o) => `${o.name}${POD_NAME_SUFFIX[o.kind]}`))];
  const containers = [...new Set(objects.flatMap((o) => containersOf(o.kind, inspectionJsonOf(o))))].sort();
  return `{namespace="${contextOf(component).environment.config.namespace}", pod=~"${pods.join('|')}", container=~"${containers.join('|')}"}`;
}

/** The LogQL stream selector of every pod of the environment's namespace. */
export function namespaceLogSelector(namespace: string): string {
  return `{namespace="${namespace}"}`;
}
