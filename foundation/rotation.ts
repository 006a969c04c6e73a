import { ApiObject, type Chart } from 'cdk8s';
import { inspectionJsonOf, referencesOf, type ObjectJson } from './references';

/**
 * Stakater Reloader's annotation naming the Secrets whose change rolls a workload. Explicit
 * names rather than `reloader.stakater.com/auto`: the list is what the pod reads (env, envFrom,
 * volumes, projected sources), so a check can compare the two and a reader sees what rotates.
 */
export const RELOADER_SECRETS_ANNOTATION = 'secret.reloader.stakater.com/reload';

/** Workload kinds whose pods outlive a Secret's rotation. Jobs are not among them: they rerun on every sync. */
export const ROTATED_KINDS: ReadonlySet<string> = new Set(['Deployment', 'StatefulSet', 'DaemonSet']);

/** The Secrets the pods of a workload read, sorted. */
export function secretsReadBy(object: ObjectJson): string[] {
  return [...new Set(referencesOf(object).filter((r) => r.kind === 'Secret').map((r) => r.name))].sort();
}

/**
 * Annotates every long-running workload of the chart with the Secrets its pods read, so a rotated
 * password or a renewed certificate (External Secrets and cert-manager rewrite the Secret in place;
 * a process reads it once at start) takes effect by a rolling restart. Operator-made pods
 * (CloudNativePG) reload their own certificates and credentials.
 */
export function applySecretRotation(chart: Chart): void {
  for (const object of chart.node.findAll().filter((c): c is ApiObject => c instanceof ApiObject && ROTATED_KINDS.has(c.kind))) {
    const secrets = secretsReadBy(inspectionJsonOf(object));
    if (secrets.length) object.metadata.addAnnotation(RELOADER_SECRETS_ANNOTATION, secrets.join(','));
  }
}
