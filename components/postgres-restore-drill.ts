import * as kplus from 'cdk8s-plus-27';
import type { Construct } from 'constructs';
import type { RestoreDrillConfig } from '../config/postgres-recovery-schema';
import { Component } from '../foundation/component';
import { kubernetesApiRoutes } from '../foundation/kubernetes-api';
import { observe, scheduledJobRules } from '../foundation/telemetry';
import { EMBEDDED_MANIFESTS_ANNOTATION, scheduledJob } from '../foundation/workload-parts';
import * as k8s from '../imports/k8s';
import type { PostgresDrillCluster } from './postgres-drill-cluster';

export interface PostgresRestoreDrillProps {
  /** The throwaway cluster the drill creates, checks and deletes. */
  readonly cluster: PostgresDrillCluster;
  /** Database the check runs in. */
  readonly database: string;
  /** Schedule, check, timeout and alert threshold. */
  readonly config: RestoreDrillConfig;
  /** What must be running first: the cluster whose backups are restored. */
  readonly after: Component;
}

/** The drill's script: every step named, the throwaway cluster removed however the run ends. */
export const DRILL_SCRIPT = `#!/bin/sh
# Restore drill: the latest base backup and the WAL archived after it, restored into a throwaway
# cluster, checked with SQL, then removed. The Job's outcome is the drill's: kube-state-metrics
# reports the last success (kube_cronjob_status_last_successful_time), and alerts read it.
set -eu
k() { kubectl --namespace "$NAMESPACE" "$@"; }
# the full resource name: "cluster" alone may mean another project's kind (Cluster API)
cluster=clusters.postgresql.cnpg.io
trap 'k delete "$cluster" "$DRILL_CLUSTER" --ignore-not-found --wait=false' EXIT
trap 'exit 1' INT TERM
# a run stopped before its cleanup left its cluster behind
k delete "$cluster" "$DRILL_CLUSTER" --ignore-not-found --wait=true --timeout=15m
started=$(date +%s)
k create --filename "$(dirname "$0")/cluster.json"
k wait "$cluster" "$DRILL_CLUSTER" --for=condition=Ready --timeout="$DRILL_TIMEOUT"
restored=$(( $(date +%s) - started ))
result=$(k exec "$DRILL_CLUSTER-1" --container postgres -- psql --dbname "$DATABASE" --no-align --tuples-only --command "$CHECK_SQL")
echo "restore drill: restored in \${restored}s; check returned '$result'"
test "$result" = t
`;

/**
 * A scheduled restore drill that proves the backups: a CronJob restores the latest backup into a
 * throwaway cluster, runs a check on it, and deletes it; an alert fires when the last success is
 * older than `maxAgeDays` or the last run failed. Its ServiceAccount may create Clusters and do
 * nothing else but watch and delete the throwaway one and run the check in its only pod (RBAC
 * cannot limit create by name); its pod meets the restricted profile and reaches only the
 * Kubernetes API, with an expiring token mounted in the one container that needs it.
 */
export class PostgresRestoreDrill extends Component {
  constructor(scope: Construct, id: string, props: PostgresRestoreDrillProps) {
    const { cluster, config } = props;
    super(scope, id, { name: 'datalens-postgres-restore-drill', role: 'backup-verification', version: config.image.tag });
    const instance = `${cluster.name}-1`;
    const manifests = new kplus.ConfigMap(this, 'Manifests', {
      metadata: {
        ...this.metadata(),
        // the Cluster here is created at run time; synth and tests read it like a deployed object
        annotations: { [EMBEDDED_MANIFESTS_ANNOTATION]: 'cluster.json' },
      },
      data: { 'cluster.json': `${JSON.stringify(cluster.manifest, null, 2)}\n`, 'drill.sh': DRILL_SCRIPT },
    });
    const { account } = scheduledJob(this, {
      schedule: config.schedule,
      backoffLimit: 0,
      // the restore's own timeout, and time for the cleanup of a stuck one
      activeDeadlineSeconds: (config.timeoutMinutes + 20) * 60,
      uid: 65532,
      containers: [
        {
          name: 'drill',
          image: { repository: config.image.repository, tag: config.image.tag },
          command: ['/bin/sh', '/drill/drill.sh'],
          env: [
            { name: 'NAMESPACE', valueFrom: { fieldRef: { fieldPath: 'metadata.namespace' } } },
            { name: 'DRILL_CLUSTER', value: cluster.name },
            { name: 'DATABASE', value: props.database },
            { name: 'CHECK_SQL', value: config.check },
            { name: 'DRILL_TIMEOUT', value: `${config.timeoutMinutes}m` },
            // kubectl keeps its discovery cache under $HOME
            { name: 'HOME', value: '/tmp' },
          ],
          resources: { cpuRequest: '10m', memoryRequest: '64Mi', memoryLimit: '256Mi' },
          writablePaths: { tmp: '/tmp' },
          volumeMounts: [{ name: 'drill', mountPath: '/drill', readOnly: true }],
          kubernetesApiAccess: true,
        },
      ],
      volumes: [{ name: 'drill', configMap: { name: manifests.name } }],
    });
    const role = new k8s.KubeRole(this, 'Role', {
      metadata: this.metadata(),
      rules: [
        { apiGroups: ['postgresql.cnpg.io'], resources: ['clusters'], verbs: ['create'] },
        // list and watch by name: kubectl wait and delete --wait select the one object with metadata.name
        { apiGroups: ['postgresql.cnpg.io'], resources: ['clusters'], resourceNames: [cluster.name], verbs: ['get', 'list', 'watch', 'delete'] },
        { apiGroups: [''], resources: ['pods'], resourceNames: [instance], verbs: ['get'] },
        // kubectl exec opens a WebSocket (a GET) where the API server allows it, else a POST (create)
        { apiGroups: [''], resources: ['pods/exec'], resourceNames: [instance], verbs: ['get', 'create'] },
      ],
    });
    new k8s.KubeRoleBinding(this, 'RoleBinding', {
      metadata: this.metadata(),
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: role.name },
      subjects: [{ kind: 'ServiceAccount', name: account.name, namespace: this.metadata().namespace }],
    });
    for (const route of kubernetesApiRoutes(this.environment.cluster)) this.context.graph.connect(this, route.peer, route.ports, 'create, watch and delete the throwaway cluster');
    this.context.graph.orderAfter(this, props.after);
    observe(this, {
      title: 'PostgreSQL restore drill',
      rules: scheduledJobRules(this, {
        what: 'PostgreSQL restore drill',
        maxAgeSeconds: config.maxAgeDays * 86400,
        severity: 'warning',
        meaning: 'Nobody knows whether the backups restore: a broken backup chain (missing WAL, unreadable base backup, wrong credentials) would only show during a real restore.',
        runbook: `Read the last run's log (kubectl logs job/<run>): a timeout means the restore took longer than ${config.timeoutMinutes} minutes (grow restoreDrill.timeoutMinutes or check S3 throughput); a failed check means the restored database lacks what the check looks for; a Cluster stuck in "Setting up primary" shows its error in kubectl describe cluster ${cluster.name} and the logs of its recovery Job.`,
      }),
      panels: [{ title: 'Since the last successful restore drill', expr: `time() - max(kube_cronjob_status_last_successful_time{namespace="${this.metadata().namespace}",cronjob="${this.name}"})`, unit: 's' }],
    });
  }
}
