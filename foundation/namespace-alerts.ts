import { Construct } from 'constructs';
import { contextOf } from './component';
import { observeNamespace, percent } from './telemetry';

/** Name of the namespace-wide rule group and dashboard. */
export const NAMESPACE_TELEMETRY = 'datalens-namespace';

/**
 * Alerts that concern every pod and volume of the environment: restarting pods, CPU throttling and
 * volumes filling up (kube-state-metrics, cAdvisor and kubelet metrics of the cluster's Prometheus).
 */
export class NamespaceAlerts extends Construct {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const { config } = contextOf(this).environment;
    const ns = `namespace="${config.namespace}"`;
    const pvc = config.monitoring.thresholds.pvcUsedRatio;
    observeNamespace(this, NAMESPACE_TELEMETRY, {
      title: 'Namespace',
      rules: [
        {
          alert: 'DatalensPodRestarting',
          // restarts seen in the window, counted: increase() extrapolates to the window's edges and reads 3 restarts
          // as about 3.2 when scrapes do not line up with evaluations (promtool in test/consumers/alert-rules.test.ts)
          expr: `max_over_time(kube_pod_container_status_restarts_total{${ns}}[15m]) - min_over_time(kube_pod_container_status_restarts_total{${ns}}[15m]) > 3`,
          for: '5m',
          severity: 'warning',
          summary: 'A container restarted more than 3 times in 15 minutes',
          runbook: 'kubectl describe pod shows the last termination reason (OOMKilled: raise the memory limit; probe failures: check dependencies).',
        },
        {
          alert: 'DatalensCpuThrottled',
          expr: `sum by (pod, container) (rate(container_cpu_cfs_throttled_periods_total{${ns},container!=""}[5m])) / sum by (pod, container) (rate(container_cpu_cfs_periods_total{${ns},container!=""}[5m])) > 0.25`,
          for: '15m',
          severity: 'warning',
          summary: 'A container is CPU-throttled more than 25% of the time',
          runbook: 'Raise or remove its CPU limit in the environment file, or scale out.',
        },
        {
          alert: 'DatalensVolumeFillingUp',
          expr: `kubelet_volume_stats_used_bytes{${ns}} / kubelet_volume_stats_capacity_bytes{${ns}} > ${pvc}`,
          for: '10m',
          severity: 'critical',
          summary: `A persistent volume is more than ${percent(pvc)} full`,
          runbook: 'Grow the volume (storage size in the environment file, then expand the PVC) before the database, queue or object store stops writing.',
          confirm: ['`kubectl get pvc -n <namespace>` and the "Volume fill level" panel show which claim, and how fast it grows.'],
        },
        ...(config.guardrails.quota
          ? [
              {
                alert: 'DatalensResourceQuotaNearlyFull',
                expr: `kube_resourcequota{${ns},type="used"} / ignoring(type) kube_resourcequota{${ns},type="hard"} > 0.9`,
                for: '15m',
                severity: 'warning' as const,
                summary: 'The namespace uses more than 90% of a ResourceQuota resource',
                meaning: 'New pods (a rollout, an autoscaler step, a drill, a hook) will be refused once the quota is reached: a rollout stalls, an autoscaler cannot add pods.',
                confirm: ['`kubectl describe resourcequota -n <namespace>` shows used and hard per resource.'],
                runbook: 'Find what grew (kubectl get pods -n <namespace> -o wide, the requests per pod); raise guardrails.quota in the environment file if the growth is intended, or bring the workload back to its declared size.',
              },
            ]
          : []),
      ],
      panels: [
        { title: 'Container restarts (15m)', expr: `sum by (pod) (increase(kube_pod_container_status_restarts_total{${ns}}[15m]))`, legend: '{{pod}}' },
        { title: 'Volume fill level', expr: `kubelet_volume_stats_used_bytes{${ns}} / kubelet_volume_stats_capacity_bytes{${ns}}`, unit: 'percentunit', legend: '{{persistentvolumeclaim}}' },
        { title: 'CPU by pod', expr: `sum by (pod) (rate(container_cpu_usage_seconds_total{${ns},container!=""}[5m]))`, legend: '{{pod}}' },
      ],
    });
  }
}
