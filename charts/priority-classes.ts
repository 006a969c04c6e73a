import type { Construct } from 'constructs';
import { PRIORITY_CLASSES } from '../foundation/priority';
import * as k8s from '../imports/k8s';

/**
 * The cluster-wide PriorityClasses every environment's pods name (data tier above the
 * application, scheduled jobs last), for a cluster's GitOps bootstrap to keep.
 */
export function addPriorityClasses(scope: Construct, labels: Record<string, string>, annotations: Record<string, string> = {}): void {
  for (const priority of Object.values(PRIORITY_CLASSES)) {
    new k8s.KubePriorityClass(scope, `PriorityClass-${priority.name}`, {
      metadata: { name: priority.name, labels, ...(Object.keys(annotations).length > 0 ? { annotations } : {}) },
      value: priority.value,
      preemptionPolicy: priority.preemptionPolicy,
      globalDefault: false,
      description: priority.description,
    });
  }
}
