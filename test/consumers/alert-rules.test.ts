import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadEnvironments } from '../../config/load';
import type { EnvironmentConfig } from '../../config/schema';
import { splitBinaryQuantity } from '../../config/units';
import { environmentsOnDisk, objectsOnDisk, ROOT, type Json } from '../support/on-disk';
import { outcomesByFile, promtoolBinary, promtoolVersion, runPromtool } from '../support/promtool';

/*
 * Every PrometheusRule in dist/, checked and unit-tested by Prometheus's own promtool: `promtool
 * check rules` on the rule groups as the Prometheus Operator hands them to Prometheus, and `promtool
 * test rules` feeding synthetic series to each alert of each environment:
 *
 *   - healthy data: neither firing nor even pending;
 *   - data just inside the threshold, and degraded-but-acceptable data (one target of two down, a
 *     quiet database, no traffic, 3 restarts in 15 minutes): neither firing nor pending;
 *   - data just past the threshold: firing, with the labels and annotations the rule gives, once it
 *     has held for the rule's `for`, and not before;
 *   - the same bad data for less than `for` (a rollout, a blip): pending at most, never firing.
 *
 * "Just inside" and "just past" are 1% either side of the threshold, and every threshold an
 * environment sets is taken from the environment (environments/<env>.yaml with the schema's
 * defaults), never from the expression: a rule whose threshold drifts from its environment fails
 * here, in the named test of that alert. Series carry the labels their exporters give them (the
 * namespace from the environment, the job a ServiceMonitor gives: the Service name), so a selector
 * that misses its target fails too. Samples come every 50 seconds while rules are evaluated every
 * minute, so range windows never line up with samples, as in a real Prometheus (where increase()
 * extrapolates).
 */

type Labels = Readonly<Record<string, string>>;
/** A gauge value; null for no sample; a counter growing by perMinute (whole events when `steps`, in every state then); a timestamp `ago` seconds before the sample. */
type Sample = number | null | { readonly perMinute: number; readonly steps?: boolean } | { readonly ago: number };

interface Series {
  readonly metric: string;
  readonly labels: Labels;
  /** The value in each state; a state not listed is `healthy`. */
  readonly states: { readonly healthy: Sample } & Readonly<Record<string, Sample>>;
}

interface Scenario {
  readonly series: readonly Series[];
  /** States that must never fire (besides healthy): just inside the threshold, degraded but acceptable. */
  readonly silent: readonly string[];
  /** States that must fire, with the label sets of the alerts they raise (besides the rule's own labels). */
  readonly fires: Readonly<Record<string, readonly Labels[]>>;
  /** Minutes from the onset of a state until the expression can hold (range windows, staleness). @default 1 */
  readonly lag?: Readonly<Record<string, number>>;
}

interface Context {
  readonly env: string;
  readonly config: EnvironmentConfig;
  readonly namespace: string;
  /** The component the PrometheusRule belongs to (its name): the Service its targets sit behind, the workload's name. */
  readonly component: string;
  readonly thresholds: EnvironmentConfig['monitoring']['thresholds'];
  /** The rule itself: its static labels tell apart rules sharing an alert name (one per stream, say). */
  readonly rule: Json;
}

const SAMPLE_SECONDS = 50;
const COUNTER_BASE = 1000;
const KSM = { job: 'kube-state-metrics', instance: '10.0.9.9:8080' };
const below = (threshold: number) => threshold * 0.99;
const above = (threshold: number) => (threshold === 0 ? 0.001 : threshold * 1.01);
const bytesOf = (quantity: string) => {
  const { amount, prefix } = splitBinaryQuantity(quantity);
  return amount * 1024 ** ('KMGT'.indexOf(prefix) + 1);
};
/** The age of the last successful run that alerts, as the environment sets it for the CronJob's component. */
function maxAgeOfScheduledJob(component: string, config: EnvironmentConfig): number {
  const { postgres, objectStore } = config.data;
  if (component.endsWith('-restore-drill') && postgres.mode === 'cloudnative-pg' && postgres.restoreDrill) return postgres.restoreDrill.maxAgeDays * 86400;
  if (component.endsWith('-mirror') && 'mirror' in objectStore && objectStore.mirror) return objectStore.mirror.maxAgeHours * 3600;
  throw new Error(`no scheduled job with an age threshold for ${component}`);
}

const seriesOf = (metric: string, labels: Labels, states: Series['states']): Series => ({ metric, labels, states });

/**
 * The alert families, each recognised by the shape of its expression, with the data that should and
 * should not raise it. An alert of no family fails the coverage test: add its family here.
 */
const FAMILIES: ReadonlyArray<{ readonly name: string; readonly shape: RegExp; readonly scenario: (c: Context) => Scenario }> = [
  {
    name: 'no target of the component is scraped',
    shape: /^sum\(up\{[^}]*\}\) == 0 or absent\(up\{[^}]*\}\)$/,
    scenario: ({ namespace, component }) => {
      const target = { namespace, job: component };
      return {
        series: [
          seriesOf('up', { ...target, instance: '10.0.1.1:9000' }, { healthy: 1, down: 0, gone: null }),
          seriesOf('up', { ...target, instance: '10.0.1.2:9000' }, { healthy: 1, degraded: 0, down: 0, gone: null }),
          seriesOf('up', { namespace, job: 'another-service', instance: '10.0.1.3:9000' }, { healthy: 1, down: 1, gone: 1 }),
        ],
        silent: ['degraded'],
        fires: { down: [{}], gone: [target] },
        lag: { gone: 6 },
      };
    },
  },
  {
    name: 'a Deployment has fewer available pods than it wants',
    shape: /^kube_deployment_status_replicas_available\{[^}]*\} < kube_deployment_spec_replicas\{[^}]*\}$/,
    scenario: ({ namespace, component }) => {
      const labels = { ...KSM, namespace, deployment: component };
      return {
        series: [seriesOf('kube_deployment_status_replicas_available', labels, { healthy: 3, short: 2 }), seriesOf('kube_deployment_spec_replicas', labels, { healthy: 3 })],
        silent: [],
        fires: { short: [labels] },
      };
    },
  },
  {
    name: 'a StatefulSet has fewer ready pods than it wants',
    shape: /^kube_statefulset_status_replicas_ready\{[^}]*\} < kube_statefulset_replicas\{[^}]*\}$/,
    scenario: ({ namespace, component }) => {
      const labels = { ...KSM, namespace, statefulset: component };
      return {
        series: [seriesOf('kube_statefulset_status_replicas_ready', labels, { healthy: 3, short: 2 }), seriesOf('kube_statefulset_replicas', labels, { healthy: 3 })],
        silent: [],
        fires: { short: [labels] },
      };
    },
  },
  {
    name: 'the 5xx share of API requests',
    shape: /^sum\(rate\(http_requests_total\{[^}]*code=~"5\.\."\}\[5m\]\)\) \/ sum\(rate\(http_requests_total\{[^}]*\}\[5m\]\)\) > [0-9.]+$/,
    scenario: ({ namespace, component, thresholds }) => {
      const perMinute = 1000;
      const failing = { healthy: 0, idle: 0, near: below(thresholds.apiErrorRatio) * perMinute, bad: above(thresholds.apiErrorRatio) * perMinute };
      const target = { namespace, job: component, instance: '10.0.2.1:8080', method: 'POST', route: '/v1/consents' };
      return {
        series: [
          // of `perMinute` requests: 50 answered 404 (not a failure), the failing ones 503, the rest 200
          seriesOf('http_requests_total', { ...target, code: '200' }, {
            healthy: { perMinute: perMinute - 50 },
            idle: { perMinute: 0 },
            near: { perMinute: perMinute - 50 - failing.near },
            bad: { perMinute: perMinute - 50 - failing.bad },
          }),
          seriesOf('http_requests_total', { ...target, code: '404' }, { healthy: { perMinute: 50 }, idle: { perMinute: 0 } }),
          seriesOf('http_requests_total', { ...target, code: '503' }, { healthy: { perMinute: 0 }, idle: { perMinute: 0 }, near: { perMinute: failing.near }, bad: { perMinute: failing.bad } }),
        ],
        silent: ['idle', 'near'],
        fires: { bad: [{}] },
        lag: { bad: 6 },
      };
    },
  },
  {
    name: 'the API p99 latency',
    shape: /^histogram_quantile\(0\.99, sum by \(le\) \(rate\(http_request_duration_seconds_bucket\{[^}]*\}\[5m\]\)\)\) > [0-9.]+$/,
    scenario: ({ namespace, component, thresholds }) => {
      // buckets at 0.9t and 1.1t around the threshold t, everything within 1.1t: with a share s of requests within
      // 0.9t, histogram_quantile interpolates p99 = 0.9t + 0.2t (0.99 - s) / (1 - s); s is chosen for p99 = 0.99t
      // (near) and 1.01t (bad), and 0.999 (healthy) reads about 0.89t
      const t = thresholds.apiLatencyP99Seconds;
      const within = (p99: number) => (0.99 - (p99 - 0.9) / 0.2) / (1 - (p99 - 0.9) / 0.2);
      const target = { namespace, job: component, instance: '10.0.2.1:8080' };
      const perMinute = 2000;
      const bucket = (le: string, share: { healthy: number; near: number; bad: number }) =>
        seriesOf('http_request_duration_seconds_bucket', { ...target, le }, {
          healthy: { perMinute: share.healthy * perMinute },
          near: { perMinute: share.near * perMinute },
          bad: { perMinute: share.bad * perMinute },
        });
      return {
        series: [
          bucket(String(0.9 * t), { healthy: 0.999, near: within(0.99), bad: within(1.01) }),
          bucket(String(1.1 * t), { healthy: 1, near: 1, bad: 1 }),
          bucket('+Inf', { healthy: 1, near: 1, bad: 1 }),
        ],
        silent: ['near'],
        fires: { bad: [{}] },
        lag: { bad: 6 },
      };
    },
  },
  {
    name: 'a Job failed',
    shape: /^kube_job_failed\{[^}]*condition="true"\} == 1$/,
    scenario: ({ namespace, component }) => {
      const job = { ...KSM, namespace, job_name: component };
      return {
        series: [seriesOf('kube_job_failed', { ...job, condition: 'true' }, { healthy: 0, failed: 1 }), seriesOf('kube_job_failed', { ...job, condition: 'false' }, { healthy: 1, failed: 0 })],
        silent: [],
        fires: { failed: [{ ...job, condition: 'true' }] },
      };
    },
  },
  ...(['drive', 'nodes'] as const).map((what) => ({
    name: `MinIO reports offline ${what}`,
    shape: new RegExp(`^max\\(minio_cluster_${what}_offline_total\\{[^}]*\\}\\) > 0$`),
    scenario: ({ namespace, component }: Context): Scenario => ({
      series: [0, 1, 2, 3].map((i) => seriesOf(`minio_cluster_${what}_offline_total`, { namespace, job: component, instance: `10.0.3.${i}:9000` }, { healthy: 0, offline: 1 })),
      silent: [],
      fires: { offline: [{}] },
    }),
  })),
  {
    name: 'JetStream file store use against max_file_store',
    shape: /^gnatsd_varz_jetstream_stats_storage\{[^}]*\} \/ gnatsd_varz_jetstream_config_max_storage\{[^}]*\} > [0-9.]+$/,
    scenario: ({ namespace, component, thresholds, config }) => {
      // the exporter reports max_storage as nats-server reads max_file_store (the NATS tier reads it back from /jsz)
      const max = bytesOf(config.data.nats.maxFileStore);
      const server = { namespace, job: component, instance: '10.0.4.1:7777', server_id: 'NDATALENS0' };
      return {
        series: [
          seriesOf('gnatsd_varz_jetstream_stats_storage', server, { healthy: Math.round(max * 0.1), near: below(thresholds.jetstreamStorageRatio) * max, bad: above(thresholds.jetstreamStorageRatio) * max }),
          seriesOf('gnatsd_varz_jetstream_config_max_storage', server, { healthy: max }),
        ],
        silent: ['near'],
        fires: { bad: [server] },
      };
    },
  },
  {
    name: 'NATS keeps disconnecting slow consumers',
    shape: /^increase\(gnatsd_varz_slow_consumers\{[^}]*\}\[5m\]\) > 0$/,
    scenario: ({ namespace, component }) => {
      const server = { namespace, job: component, instance: '10.0.4.1:7777', server_id: 'NDATALENS0' };
      return {
        series: [seriesOf('gnatsd_varz_slow_consumers', server, { healthy: { perMinute: 0 }, slow: { perMinute: 1, steps: true } })],
        silent: [],
        fires: { slow: [server] },
        lag: { slow: 3 },
      };
    },
  },
  {
    name: 'fewer CloudNativePG instances up than the cluster has',
    shape: /^\(count\(cnpg_collector_up\{[^}]*\} == 1\) or vector\(0\)\) < \d+$/,
    scenario: ({ namespace, component, config }) => {
      const instances = config.data.postgres.mode === 'cloudnative-pg' ? config.data.postgres.instances : 0;
      return {
        series: Array.from({ length: instances }, (_, i) =>
          seriesOf('cnpg_collector_up', { namespace, pod: `${component}-${i + 1}`, job: `${namespace}/${component}`, cluster: component }, { healthy: 1, one_down: i === 0 ? 0 : 1, gone: null }),
        ),
        silent: [],
        fires: { one_down: [{}], gone: [{}] },
        lag: { gone: 6 },
      };
    },
  },
  {
    name: 'no CloudNativePG instance is up',
    shape: /^\(count\(cnpg_collector_up\{[^}]*\} == 1\) or vector\(0\)\) == 0$/,
    scenario: ({ namespace, component, config }) => {
      const instances = config.data.postgres.mode === 'cloudnative-pg' ? config.data.postgres.instances : 0;
      return {
        series: Array.from({ length: instances }, (_, i) =>
          seriesOf('cnpg_collector_up', { namespace, pod: `${component}-${i + 1}`, job: `${namespace}/${component}`, cluster: component }, { healthy: 1, one_left: i === 0 ? 1 : 0, down: 0, gone: null }),
        ),
        silent: instances > 1 ? ['one_left'] : [],
        fires: { down: [{}], gone: [{}] },
        lag: { gone: 6 },
      };
    },
  },
  {
    name: 'a PostgreSQL replica lags',
    shape: /^max\(cnpg_pg_replication_lag\{[^}]*\}\) > [0-9.]+$/,
    scenario: ({ namespace, component, thresholds, config }) => {
      // a standby replica cluster (its designated primary replays the source's archive) has its own, looser threshold
      const standby = config.data.postgres.mode === 'cloudnative-pg' && Boolean(config.data.postgres.recovery?.replica);
      const lag = standby ? thresholds.replicaClusterLagSeconds : thresholds.replicationLagSeconds;
      return {
        series: [1, 2, 3].map((i) =>
          seriesOf('cnpg_pg_replication_lag', { namespace, pod: `${component}-${i}` }, {
            healthy: i === 1 ? 0 : 0.2,
            near: i === 1 ? 0 : below(lag),
            bad: i === 1 ? 0 : i === 2 ? 0.2 : above(lag),
          }),
        ),
        silent: ['near'],
        fires: { bad: [{}] },
      };
    },
  },
  {
    name: 'fewer standbys stream from the primary than the synchronous quorum',
    shape: /^\(max\(cnpg_pg_replication_streaming_replicas\{[^}]*\} and on \(pod\) cnpg_pg_replication_in_recovery\{[^}]*\} == 0\) or vector\(0\)\) < 1$/,
    scenario: ({ namespace, component }) => ({
      // pod 1 is the primary (not in recovery); the standbys stream from it and count none themselves
      series: [1, 2, 3].flatMap((i) => [
        seriesOf('cnpg_pg_replication_in_recovery', { namespace, pod: `${component}-${i}` }, { healthy: i === 1 ? 0 : 1 }),
        seriesOf('cnpg_pg_replication_streaming_replicas', { namespace, pod: `${component}-${i}` }, {
          healthy: i === 1 ? 2 : 0,
          oneLeft: i === 1 ? 1 : 0,
          none: 0,
          // a standby that streams nothing does not hide the primary's count, and no primary at all fires too
          gone: null,
        }),
      ]),
      silent: ['oneLeft'],
      fires: { none: [{}], gone: [{}] },
      // a vanished series stays visible for Prometheus's 5m staleness window
      lag: { gone: 6 },
    }),
  },
  {
    name: 'WAL archiving fails',
    shape: /^max by \(pod\) \(cnpg_pg_stat_archiver_last_failed_time\{[^}]*\}\) > max by \(pod\) \(cnpg_pg_stat_archiver_last_archived_time\{[^}]*\}\)$/,
    scenario: ({ namespace, component }) => {
      const primary = { namespace, pod: `${component}-1` };
      const replica = { namespace, pod: `${component}-2` };
      return {
        series: [
          // a failure an hour ago, archiving fine since
          seriesOf('cnpg_pg_stat_archiver_last_failed_time', primary, { healthy: { ago: 3600 }, failing: { ago: 20 } }),
          seriesOf('cnpg_pg_stat_archiver_last_archived_time', primary, { healthy: { ago: 30 }, failing: { ago: 3600 } }),
          // a replica archives nothing and never failed
          seriesOf('cnpg_pg_stat_archiver_last_failed_time', replica, { healthy: 0 }),
          seriesOf('cnpg_pg_stat_archiver_last_archived_time', replica, { healthy: 0 }),
        ],
        silent: [],
        fires: { failing: [{ pod: primary.pod }] },
      };
    },
  },
  {
    name: 'WAL waits and nothing was archived for too long',
    shape: /^max by \(pod\) \(cnpg_pg_stat_archiver_seconds_since_last_archival\{[^}]*\}\) > \d+ and max by \(pod\) \(cnpg_collector_pg_wal_archive_status\{[^}]*value="ready"\}\) > 0$/,
    scenario: ({ namespace, component, thresholds }) => {
      const primary = { namespace, pod: `${component}-1` };
      const age = thresholds.walArchiveAgeSeconds;
      return {
        series: [
          seriesOf('cnpg_pg_stat_archiver_seconds_since_last_archival', primary, { healthy: 40, quiet: 6 * 3600, near: below(age), bad: above(age) }),
          seriesOf('cnpg_collector_pg_wal_archive_status', { ...primary, value: 'ready' }, { healthy: 0, quiet: 0, near: 4, bad: 4 }),
          seriesOf('cnpg_collector_pg_wal_archive_status', { ...primary, value: 'done' }, { healthy: 12, quiet: 12, near: 12, bad: 12 }),
        ],
        silent: ['quiet', 'near'],
        fires: { bad: [{ pod: primary.pod }] },
      };
    },
  },
  {
    name: 'the last base backup is too old',
    shape: /^time\(\) - max\(barman_cloud_cloudnative_pg_io_last_available_backup_timestamp\{[^}]*\}\) > \d+$/,
    scenario: ({ namespace, component, thresholds }) => {
      const age = thresholds.backupAgeHours * 3600;
      return {
        series: [1, 2].map((i) => seriesOf('barman_cloud_cloudnative_pg_io_last_available_backup_timestamp', { namespace, pod: `${component}-${i}` }, { healthy: { ago: 3 * 3600 }, near: { ago: below(age) }, bad: { ago: above(age) } })),
        silent: ['near'],
        fires: { bad: [{}] },
      };
    },
  },
  ...(['pg_up', 'redis_up'] as const).map((metric) => ({
    name: `${metric}: the exporter cannot reach its server`,
    shape: new RegExp(`^${metric}\\{[^}]*\\} == 0$`),
    scenario: ({ namespace, component }: Context): Scenario => {
      const target = { namespace, job: component, instance: '10.0.5.1:9121' };
      return { series: [seriesOf(metric, target, { healthy: 1, unreachable: 0 })], silent: [], fires: { unreachable: [target] } };
    },
  })),
  {
    name: 'Redis memory against maxmemory',
    shape: /^redis_memory_used_bytes\{[^}]*\} \/ redis_memory_max_bytes\{[^}]*\} > [0-9.]+$/,
    scenario: ({ namespace, component, thresholds, config }) => {
      // the exporter reports maxmemory as Redis reads it (the Redis tier reads it back with CONFIG GET)
      const max = config.data.redis.mode === 'statefulset' ? bytesOf(config.data.redis.maxmemory) : 0;
      const target = { namespace, job: component, instance: '10.0.5.1:9121' };
      return {
        series: [
          seriesOf('redis_memory_used_bytes', target, { healthy: Math.round(max * 0.3), near: below(thresholds.redisMemoryRatio) * max, bad: above(thresholds.redisMemoryRatio) * max }),
          seriesOf('redis_memory_max_bytes', target, { healthy: max }),
        ],
        silent: ['near'],
        fires: { bad: [target] },
      };
    },
  },
  {
    name: 'Redis evicts keys',
    shape: /^increase\(redis_evicted_keys_total\{[^}]*\}\[10m\]\) > 0$/,
    scenario: ({ namespace, component }) => {
      const target = { namespace, job: component, instance: '10.0.5.1:9121' };
      return { series: [seriesOf('redis_evicted_keys_total', target, { healthy: { perMinute: 0 }, evicting: { perMinute: 2, steps: true } })], silent: [], fires: { evicting: [target] }, lag: { evicting: 2 } };
    },
  },
  {
    name: 'a container restarts more than 3 times in 15 minutes',
    shape: /^max_over_time\(kube_pod_container_status_restarts_total\{([^}]*)\}\[15m\]\) - min_over_time\(kube_pod_container_status_restarts_total\{\1\}\[15m\]\) > 3$/,
    scenario: ({ namespace }) => {
      const container = { ...KSM, namespace, pod: 'datalens-api-7c9d8f6b5-x2x7q', container: 'api', uid: '0b5e' };
      // restarts are whole: 3 in 15 minutes is the most that stays silent; 5 is past the threshold in every
      // window the samples can cut (4 can be seen as 3 when the window falls between two samples)
      return {
        series: [
          seriesOf('kube_pod_container_status_restarts_total', container, { healthy: { perMinute: 0 }, three: { perMinute: 3 / 15, steps: true }, five: { perMinute: 5 / 15, steps: true } }),
          seriesOf('kube_pod_container_status_restarts_total', { ...container, pod: 'datalens-frontend-5f4d7c-9k2lm', container: 'nginx' }, { healthy: 2 }),
        ],
        silent: ['three'],
        fires: { five: [{ namespace, pod: container.pod, container: 'api', job: KSM.job, instance: KSM.instance, uid: container.uid }] },
        lag: { five: 16 },
      };
    },
  },
  {
    name: 'a container is CPU-throttled',
    shape: /^sum by \(pod, container\) \(rate\(container_cpu_cfs_throttled_periods_total\{[^}]*container!=""\}\[5m\]\)\) \/ sum by \(pod, container\) \(rate\(container_cpu_cfs_periods_total\{[^}]*container!=""\}\[5m\]\)\) > 0\.25$/,
    scenario: ({ namespace }) => {
      const periods = 600; // 100 ms CFS periods
      const cadvisor = { namespace, job: 'kubelet', metrics_path: '/metrics/cadvisor', pod: 'datalens-api-7c9d8f6b5-x2x7q' };
      return {
        series: [
          seriesOf('container_cpu_cfs_periods_total', { ...cadvisor, container: 'api' }, { healthy: { perMinute: periods } }),
          seriesOf('container_cpu_cfs_throttled_periods_total', { ...cadvisor, container: 'api' }, {
            healthy: { perMinute: periods * 0.02 },
            near: { perMinute: below(0.25) * periods },
            bad: { perMinute: above(0.25) * periods },
          }),
          // the pod-level cgroup (container="") is not a container
          seriesOf('container_cpu_cfs_periods_total', { ...cadvisor, container: '' }, { healthy: { perMinute: periods } }),
          seriesOf('container_cpu_cfs_throttled_periods_total', { ...cadvisor, container: '' }, { healthy: { perMinute: periods } }),
        ],
        silent: ['near'],
        fires: { bad: [{ pod: cadvisor.pod, container: 'api' }] },
        lag: { bad: 6 },
      };
    },
  },
  {
    name: 'a persistent volume fills up',
    shape: /^kubelet_volume_stats_used_bytes\{[^}]*\} \/ kubelet_volume_stats_capacity_bytes\{[^}]*\} > [0-9.]+$/,
    scenario: ({ namespace, thresholds }) => {
      const capacity = 20 * 2 ** 30;
      const volume = { namespace, job: 'kubelet', metrics_path: '/metrics', persistentvolumeclaim: 'data-datalens-nats-0' };
      return {
        series: [
          seriesOf('kubelet_volume_stats_used_bytes', volume, { healthy: capacity * 0.2, near: below(thresholds.pvcUsedRatio) * capacity, bad: above(thresholds.pvcUsedRatio) * capacity }),
          seriesOf('kubelet_volume_stats_capacity_bytes', volume, { healthy: capacity }),
        ],
        silent: ['near'],
        fires: { bad: [volume] },
      };
    },
  },
  {
    name: 'a declared JetStream stream is missing',
    shape: /^absent\(jetstream_stream_total_messages\{[^}]*\}\)( or absent\(jetstream_stream_total_messages\{[^}]*\}\))*$/,
    scenario: ({ namespace, component, config }) => {
      const target = { namespace, job: component.replace(/-streams$/, '') };
      const streams = config.data.nats.streams.map((s) => s.name);
      const last = streams[streams.length - 1];
      // every server hosting a replica reports the stream; losing one server is not losing the stream
      return {
        series: streams.flatMap((stream) =>
          [0, 1, 2].map((i) =>
            seriesOf('jetstream_stream_total_messages', { ...target, instance: `10.0.4.${i + 1}:7777`, server_id: `NDATALENS${i}`, stream_name: stream }, {
              healthy: 1200,
              one_server_down: i === 0 ? null : 1200,
              gone: stream === last ? null : 1200,
            }),
          ),
        ),
        silent: ['one_server_down'],
        fires: { gone: [{ ...target, stream_name: last }] },
        lag: { one_server_down: 6, gone: 6 },
      };
    },
  },
  {
    name: 'a JetStream stream nears its byte limit',
    shape: /^max\(jetstream_stream_total_bytes\{[^}]*\}\) \/ \d+ > [0-9.]+$/,
    scenario: ({ namespace, component, config, thresholds, rule }) => {
      const name = rule.labels.stream_name as string;
      const stream = config.data.nats.streams.find((s) => s.name === name);
      if (!stream) throw new Error(`rule ${rule.alert} names stream ${name}, which ${namespace} does not declare`);
      const max = bytesOf(stream.maxBytes);
      const ratio = thresholds.jetstreamStorageRatio;
      const target = { namespace, job: component.replace(/-streams$/, ''), stream_name: name };
      // the servers hosting its replicas report it; one lags a little behind the others
      return {
        series: [0, 1, 2].map((i) =>
          seriesOf('jetstream_stream_total_bytes', { ...target, instance: `10.0.4.${i + 1}:7777`, server_id: `NDATALENS${i}` }, {
            healthy: Math.round(max * 0.1),
            near: i === 2 ? Math.round(max * 0.5) : below(ratio) * max,
            bad: i === 2 ? Math.round(max * 0.5) : above(ratio) * max,
          }),
        ),
        silent: ['near'],
        fires: { bad: [{}] },
      };
    },
  },
  {
    name: 'a JetStream consumer falls behind',
    shape: /^max by \(stream_name, consumer_name\) \(jetstream_consumer_num_pending\{[^}]*\}\) > \d+$/,
    scenario: ({ namespace, component, thresholds }) => {
      const pending = thresholds.jetstreamConsumerPending;
      const target = { namespace, job: component.replace(/-streams$/, '') };
      const consumer = (i: number, stream: string, name: string) => ({ ...target, instance: `10.0.4.${i + 1}:7777`, server_id: `NDATALENS${i}`, stream_name: stream, consumer_name: name });
      return {
        series: [
          ...[0, 1, 2].map((i) =>
            seriesOf('jetstream_consumer_num_pending', consumer(i, 'SCANS', 'api-workers'), { healthy: 12, near: Math.floor(below(pending)), bad: i === 0 ? Math.ceil(above(pending)) : 12 }),
          ),
          // another consumer, busy but within the threshold all along
          ...[0, 1, 2].map((i) => seriesOf('jetstream_consumer_num_pending', consumer(i, 'EVENTS', 'audit'), { healthy: Math.floor(pending / 2) })),
        ],
        silent: ['near'],
        fires: { bad: [{ stream_name: 'SCANS', consumer_name: 'api-workers' }] },
      };
    },
  },
  {
    name: 'a ResourceQuota resource is nearly used up',
    shape: /^kube_resourcequota\{[^}]*type="used"\} \/ ignoring\(type\) kube_resourcequota\{[^}]*type="hard"\} > 0\.9$/,
    scenario: ({ namespace }) => {
      const cpu = { ...KSM, namespace, resourcequota: 'datalens', resource: 'requests.cpu' };
      const pods = { ...KSM, namespace, resourcequota: 'datalens', resource: 'pods' };
      const hard = 8;
      return {
        series: [
          seriesOf('kube_resourcequota', { ...cpu, type: 'hard' }, { healthy: hard }),
          seriesOf('kube_resourcequota', { ...cpu, type: 'used' }, { healthy: hard * 0.5, near: below(0.9) * hard, bad: above(0.9) * hard }),
          seriesOf('kube_resourcequota', { ...pods, type: 'hard' }, { healthy: 50 }),
          seriesOf('kube_resourcequota', { ...pods, type: 'used' }, { healthy: 20 }),
        ],
        silent: ['near'],
        fires: { bad: [cpu] },
      };
    },
  },
  {
    name: 'the last successful run of a CronJob is too old',
    shape: /^time\(\) - max\(kube_cronjob_status_last_successful_time\{[^}]*\}\) > \d+ or \(time\(\) - max\(kube_cronjob_created\{[^}]*\}\) > \d+ unless max\(kube_cronjob_status_last_successful_time\{[^}]*\}\)\)$/,
    scenario: ({ namespace, component, config }) => {
      const age = maxAgeOfScheduledJob(component, config);
      const cronjob = { ...KSM, namespace, cronjob: component };
      return {
        series: [
          seriesOf('kube_cronjob_status_last_successful_time', cronjob, { healthy: { ago: age * 0.1 }, near: { ago: below(age) }, bad: { ago: above(age) }, fresh: null, never: null }),
          // a CronJob created recently that has not succeeded yet is not late; one created longer ago is
          seriesOf('kube_cronjob_created', cronjob, { healthy: { ago: 30 * 86400 }, fresh: { ago: below(age) }, never: { ago: above(age) } }),
        ],
        silent: ['near', 'fresh'],
        fires: { bad: [{}], never: [{}] },
        lag: { fresh: 6, never: 6 },
      };
    },
  },
  {
    name: 'the last run of a CronJob failed',
    shape: /^\(max\(kube_cronjob_status_last_schedule_time\{[^}]*\}\) > max\(kube_cronjob_status_last_successful_time\{[^}]*\}\) and max\(kube_cronjob_status_active\{[^}]*\}\) == 0\) or \(max\(kube_cronjob_status_last_schedule_time\{[^}]*\}\) and max\(kube_cronjob_status_active\{[^}]*\}\) == 0 unless max\(kube_cronjob_status_last_successful_time\{[^}]*\}\)\)$/,
    scenario: ({ namespace, component }) => {
      const cronjob = { ...KSM, namespace, cronjob: component };
      return {
        series: [
          // a run that is still going started after the last success without having failed
          seriesOf('kube_cronjob_status_last_schedule_time', cronjob, { healthy: { ago: 600 }, running: { ago: 60 }, failed: { ago: 600 }, never: { ago: 600 } }),
          seriesOf('kube_cronjob_status_last_successful_time', cronjob, { healthy: { ago: 300 }, running: { ago: 3600 }, failed: { ago: 3600 }, never: null }),
          seriesOf('kube_cronjob_status_active', cronjob, { healthy: 0, running: 1 }),
        ],
        silent: ['running'],
        fires: { failed: [{}], never: [{}] },
        lag: { never: 6 },
      };
    },
  },
];

// ---------------------------------------------------------------------------------------------
// From scenarios to promtool's unit tests

const minutesOf = (duration: string): number => {
  const match = /^(\d+)(s|m|h)$/.exec(duration);
  if (!match) throw new Error(`unexpected duration ${duration}`);
  return Number(match[1]) * { s: 1 / 60, m: 1, h: 60 }[match[2] as 's' | 'm' | 'h'];
};

/** Which state holds from which minute on (the first starts at 0). */
type Timeline = ReadonlyArray<readonly [state: string, fromMinute: number]>;

/**
 * One alert's test: its scenario played along one timeline, state after state, with the alerts
 * expected at each checked minute. In turn: healthy; each silent state; and for each firing state a
 * blip shorter than `for`, then the state held until the alert fires, each followed by healthy
 * data long enough for the windows to clear and the alert to resolve.
 */
function playbook(rule: Json, scenario: Scenario): { timeline: Timeline; checks: Map<number, readonly Labels[]>; quiet: Array<readonly [number, number]>; end: number } {
  const forMinutes = minutesOf(rule.for ?? '0m');
  // how long bad data keeps the expression true after it ends: its longest range window (or the lag, if longer)
  const window = Math.max(0, ...[...String(rule.expr).matchAll(/\[(\d+)m\]/g)].map((m) => Number(m[1])));
  const timeline: Array<readonly [string, number]> = [['healthy', 0]];
  const checks = new Map<number, readonly Labels[]>();
  const quiet: Array<readonly [number, number]> = [];
  // not firing at any minute of the span; and for healthy and near-threshold data not even pending (the expression never held)
  const silentUntil = (from: number, to: number, pendingAllowed = false) => {
    for (let m = from; m <= to; m++) checks.set(m, []);
    if (!pendingAllowed) quiet.push([from, to]);
  };
  // warm-up: healthy data for the longest window, then each state in turn; a state starts at minute t and the
  // checks of the one before end at t - 1
  let t = Math.max(window, 1) + 1;
  silentUntil(1, t - 1);
  const lagOf = (state: string) => scenario.lag?.[state] ?? 1;
  const settle = Math.max(window, 1, ...Object.values(scenario.lag ?? {})) + 1;
  for (const state of scenario.silent) {
    // long enough for its range windows to hold nothing else, and then for `for` to pass
    const span = window + forMinutes + lagOf(state) + 2;
    timeline.push([state, t], ['healthy', t + span]);
    silentUntil(t, t + span + settle - 1);
    t += span + settle;
  }
  for (const [state, fired] of Object.entries(scenario.fires)) {
    const lag = lagOf(state);
    const blip = forMinutes - Math.max(window, lag) - 2;
    if (blip >= 1) {
      // pending, but never firing
      timeline.push([state, t], ['healthy', t + blip]);
      silentUntil(t, t + blip + settle - 1, true);
      t += blip + settle;
    }
    // silent before `for` has passed since the onset, firing once the expression has held for `for`
    const firing = t + forMinutes + lag;
    timeline.push([state, t], ['healthy', firing + 4]);
    if (forMinutes >= 1) checks.set(t + forMinutes - 1, []);
    checks.set(firing, fired);
    checks.set(firing + 3, fired);
    // resolved once the data is healthy again and the windows have cleared
    t = firing + 4 + settle;
    checks.set(t - 1, []);
  }
  return { timeline, checks, quiet, end: t };
}

function sampleValues(series: Series, timeline: Timeline, endMinute: number): string {
  const stateAt = (minute: number) => [...timeline].reverse().find(([, from]) => minute >= from)![0];
  const sampleOf = (state: string): Sample => (state in series.states ? series.states[state] : series.states.healthy);
  const values: string[] = [];
  let counted = 0; // counter growth so far
  // a counter of whole events (restarts, evictions) stays whole in every state
  const whole = Object.values(series.states).some((v) => v !== null && typeof v === 'object' && 'steps' in v && v.steps);
  for (let j = 0; j * SAMPLE_SECONDS <= endMinute * 60; j++) {
    const seconds = j * SAMPLE_SECONDS;
    if (j > 0) {
      const previous = sampleOf(stateAt((seconds - SAMPLE_SECONDS) / 60));
      if (previous !== null && typeof previous === 'object' && 'perMinute' in previous) counted += (previous.perMinute * SAMPLE_SECONDS) / 60;
    }
    const sample = sampleOf(stateAt(seconds / 60));
    if (sample === null) values.push('_');
    else if (typeof sample === 'number') values.push(String(sample));
    else if ('ago' in sample) values.push(String(seconds - sample.ago));
    else values.push(String(COUNTER_BASE + (whole ? Math.floor(counted + 1e-9) : counted)));
  }
  return values.join(' ');
}

const selector = (s: Series) => `${s.metric}{${Object.entries(s.labels).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(',')}}`;

interface AlertCase {
  readonly env: string;
  readonly alert: string;
  readonly family: string;
  readonly rule: Json;
  readonly rulesFile: string;
  /** Selector → the sample values of the alert's series along its playbook. */
  readonly series: ReadonlyMap<string, string>;
  readonly checks: ReadonlyMap<number, readonly Labels[]>;
  /** Spans of minutes [from, to] in which the alert must be neither firing nor pending. */
  readonly quiet: ReadonlyArray<readonly [number, number]>;
  readonly end: number;
}

/**
 * promtool sets up a fresh TSDB for every test group, so alerts share groups: one group holds the
 * series of many alerts, each on its own playbook, as long as no series is shared with different
 * values (the alerts' selectors do not overlap otherwise: each reads its own metrics and targets)
 * and no two rules share an alert name (promtool checks the alerts by name: rules told apart by a
 * label, one per stream, would see each other's alerts on the same playbook).
 */
function packGroups(cases: readonly AlertCase[]): AlertCase[][] {
  const groups: Array<{ cases: AlertCase[]; series: Map<string, string> }> = [];
  for (const c of cases) {
    const fits = (g: { cases: AlertCase[]; series: Map<string, string> }) =>
      g.cases.every((other) => other.alert !== c.alert) && [...c.series].every(([sel, values]) => !g.series.has(sel) || g.series.get(sel) === values);
    let group = groups.find(fits);
    if (!group) groups.push((group = { cases: [], series: new Map() }));
    group.cases.push(c);
    for (const [sel, values] of c.series) group.series.set(sel, values);
  }
  return groups.map((g) => g.cases);
}

/** promtool's test file for the alerts of one environment. */
function unitTestFile(cases: readonly AlertCase[]): Json {
  const groups = packGroups(cases);
  return {
    rule_files: [...new Set(cases.map((c) => c.rulesFile))],
    evaluation_interval: '1m',
    tests: groups.map((group) => {
      const end = Math.max(...group.map((c) => c.end));
      const series = new Map<string, string>();
      for (const c of group) {
        for (const [sel, values] of c.series) {
          // a series ends where its alert's playbook ends; pad with its last value to the group's end
          const samples = values.split(' ');
          const missing = Math.floor((end * 60) / SAMPLE_SECONDS) + 1 - samples.length;
          series.set(sel, missing > 0 ? [...samples, ...Array(missing).fill('_')].join(' ') : values);
        }
      }
      return {
        interval: `${SAMPLE_SECONDS}s`,
        input_series: [...series].map(([sel, values]) => ({ series: sel, values })),
        alert_rule_test: group.flatMap((c) =>
          [...c.checks]
            .sort(([a], [b]) => a - b)
            .map(([minute, fired]) => ({
              eval_time: `${minute}m`,
              alertname: c.alert,
              exp_alerts: fired.map((l) => ({ exp_labels: { ...c.rule.labels, ...l }, exp_annotations: c.rule.annotations })),
            })),
        ),
        // ALERTS holds a sample for every evaluation at which the alert was pending or firing; the range
        // reaches half a minute before `from`, so it holds the evaluations from..to whether its start is open or closed
        promql_expr_test: group.flatMap((c) =>
          c.quiet.map(([from, to]) => ({ expr: `count_over_time(ALERTS{alertname="${c.alert}"}[${(to - from) * 60 + 30}s])`, eval_time: `${to}m`, exp_samples: [] })),
        ),
      };
    }),
  };
}

/** promtool's failures for `alert` in the output of its test file; undefined when there are none. */
function failuresOf(alert: string, output: string | undefined): string | undefined {
  if (output === undefined) return 'promtool printed nothing for this file';
  if (output === 'SUCCESS') return undefined;
  const entries = output.split(/\n(?=\s*FAILED:|\s{4}(?:alertname|expr): )/).map((e) => e.trim()).filter((e) => e && e !== 'FAILED:');
  const attributable = entries.every((e) => /^(FAILED:\s*)?(alertname|expr): /.test(e));
  if (!attributable) return output; // not a failed expectation: a file or parse error concerns every alert
  const mine = entries.filter((e) => {
    const entry = e.replace(/^FAILED:\s*/, '');
    return entry.startsWith(`alertname: ${alert},`) || (entry.startsWith('expr: ') && entry.includes(`alertname=\\"${alert}\\"`));
  });
  return mine.length ? mine.join('\n') : undefined;
}

// ---------------------------------------------------------------------------------------------

const configs = new Map(loadEnvironments(join(ROOT, 'environments')).map((e) => [e.name, e.config]));
const ruleObjects = [...environmentsOnDisk(), 'argocd'].flatMap((folder) => objectsOnDisk(folder, ['PrometheusRule']).map((o) => ({ folder, ...o })));

describe('Prometheus rules: promtool on every PrometheusRule in dist/', () => {
  const dir = mkdtempSync(join(tmpdir(), 'promtool-'));
  const rulesFiles = ruleObjects.map(({ folder, object }) => {
    const file = `${folder}--${object.metadata.name}.rules.yaml`;
    writeFileSync(join(dir, file), JSON.stringify({ groups: object.spec.groups }, null, 1)); // JSON is YAML
    return { folder, object, file };
  });
  const cases: AlertCase[] = [];
  const unmatched: string[] = [];
  for (const { folder: env, object, file } of rulesFiles) {
    const config = configs.get(env);
    if (!config) throw new Error(`a PrometheusRule in dist/${env}, which is no environment`);
    for (const rule of object.spec.groups.flatMap((g: Json) => g.rules) as Json[]) {
      const families = FAMILIES.filter((f) => f.shape.test(rule.expr));
      if (families.length !== 1) {
        unmatched.push(`${env} ${rule.alert}: ${families.length} families match ${rule.expr}`);
        continue;
      }
      const scenario = families[0].scenario({ env, config, namespace: config.namespace, component: object.metadata.name, thresholds: config.monitoring.thresholds, rule });
      const { timeline, checks, quiet, end } = playbook(rule, scenario);
      const series = new Map(scenario.series.map((s) => [selector(s), sampleValues(s, timeline, end)]));
      cases.push({ env, alert: rule.alert, family: families[0].name, rule, rulesFile: file, series, checks, quiet, end });
    }
  }
  // one test file per PrometheusRule: each evaluates only its own rules (promtool evaluates every rule of a
  // file's rule_files at every step), and the files run in parallel promtool processes
  const testFiles = new Map<string, string>();
  for (const rulesFile of new Set(cases.map((c) => c.rulesFile))) {
    const file = rulesFile.replace(/\.rules\.yaml$/, '.test.yaml');
    writeFileSync(join(dir, file), JSON.stringify(unitTestFile(cases.filter((c) => c.rulesFile === rulesFile)), null, 1));
    testFiles.set(rulesFile, file);
  }
  let check: { status: number | null; output: string } | undefined;
  let outcomes = new Map<string, string>();

  beforeAll(async () => {
    promtoolBinary(); // throws with install instructions if missing
    const files = [...testFiles.values()];
    const [checked, ...tested] = await Promise.all([
      runPromtool(['check', 'rules', ...rulesFiles.map((r) => r.file)], dir, 100_000),
      ...[0, 1, 2].map((k) => runPromtool(['test', 'rules', ...files.filter((_, i) => i % 3 === k)], dir, 100_000)),
    ]);
    check = checked;
    outcomes = new Map(tested.flatMap((t) => [...outcomesByFile(t.output)]));
  }, 120_000);
  // KEEP_PROMTOOL_FILES=1 keeps the rule and test files for a look (their folder is printed)
  afterAll(() => (process.env.KEEP_PROMTOOL_FILES ? console.log(`promtool files kept in ${dir}`) : rmSync(dir, { recursive: true, force: true })));

  it('runs promtool 2.x and finds rules in every environment', () => {
    expect(promtoolVersion()).toMatch(/^2\./);
    expect(new Set(ruleObjects.map((r) => r.folder))).toEqual(new Set(environmentsOnDisk()));
  });

  it('promtool check rules accepts every rule group, counting every rule', () => {
    expect(check?.status).toBe(0);
    for (const { object, file } of rulesFiles) {
      const count = object.spec.groups.reduce((n: number, g: Json) => n + g.rules.length, 0);
      expect(check?.output).toContain(`Checking ${file}\n  SUCCESS: ${count} rules found`);
    }
  });

  it('has a scenario for every alert (a new alert needs its family in FAMILIES)', () => {
    expect(unmatched).toEqual([]);
    expect(cases.length).toBeGreaterThan(0);
  });

  it('annotations are plain text (the unit tests compare them verbatim)', () => {
    for (const { object } of ruleObjects) for (const rule of object.spec.groups.flatMap((g: Json) => g.rules)) expect(JSON.stringify(rule.annotations)).not.toContain('{{');
  });

  it.each(cases.map((c) => [c.env, c.alert, c] as const))('%s %s: fires past its threshold after its `for`, silent on healthy, near-threshold and brief data', (_env, _alert, c) => {
    expect({ family: c.family, failures: failuresOf(c.alert, outcomes.get(testFiles.get(c.rulesFile)!)) }).toEqual({ family: c.family, failures: undefined });
  });
});
