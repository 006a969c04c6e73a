/*
 * Which pods the scheduler places first and evicts last when a cluster runs short: the data tier
 * above the application, the application above scheduled jobs. The PriorityClasses are
 * cluster-wide objects of each cluster's bootstrap (charts/cluster-bootstrap-chart.ts); every pod
 * of an environment names one, chosen by its component's role.
 */

export interface PriorityClassSpec {
  readonly name: string;
  readonly value: number;
  /** Whether pods of this class evict lower-priority pods to be scheduled. */
  readonly preemptionPolicy: 'PreemptLowerPriority' | 'Never';
  readonly description: string;
}

/** The three classes, highest first; all well below the system classes (2000000000 and up). */
export const PRIORITY_CLASSES = {
  data: {
    name: 'datalens-data',
    value: 100000,
    preemptionPolicy: 'PreemptLowerPriority',
    description: 'DataLens data tier (PostgreSQL and its pooler, NATS, Redis, MinIO): scheduled first and evicted last; losing it stops every consumer',
  },
  app: {
    name: 'datalens-app',
    value: 50000,
    preemptionPolicy: 'PreemptLowerPriority',
    description: 'DataLens application tier (API, frontend, migrations): scheduled after the data tier it depends on',
  },
  batch: {
    name: 'datalens-batch',
    value: 10000,
    preemptionPolicy: 'Never',
    description: 'DataLens scheduled jobs (restore drills, evidence mirrors): run when there is room, never evict anything',
  },
} as const satisfies Record<string, PriorityClassSpec>;

/** Roles of the data tier's components. */
const DATA_ROLES: ReadonlySet<string> = new Set(['database', 'database-pooler', 'cache', 'messaging', 'object-storage']);
/** Roles of components that run on a schedule, off the request path. */
const BATCH_ROLES: ReadonlySet<string> = new Set(['backup-verification', 'database-restore-drill', 'object-storage-replication']);

/** The PriorityClass of a component's pods, by its role (`app.kubernetes.io/component`). */
export function priorityClassOf(role: string): string {
  if (DATA_ROLES.has(role)) return PRIORITY_CLASSES.data.name;
  if (BATCH_ROLES.has(role)) return PRIORITY_CLASSES.batch.name;
  return PRIORITY_CLASSES.app.name;
}
