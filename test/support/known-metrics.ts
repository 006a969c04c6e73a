/*
 * Metric names the exporters and platform components really emit, from their documentation:
 * what alert and dashboard queries may use. A query naming anything else is a typo or a metric
 * that does not exist, and would never fire.
 */
export const KNOWN_METRICS: Record<string, readonly string[]> = {
  prometheus: ['up'],
  'datalens-api (its /metrics contract, README)': ['http_requests_total', 'http_request_duration_seconds_bucket'],
  'kube-state-metrics': [
    'kube_deployment_status_replicas_available', 'kube_deployment_spec_replicas', 'kube_statefulset_status_replicas_ready', 'kube_statefulset_replicas',
    'kube_pod_container_status_restarts_total', 'kube_job_failed', 'kube_job_status_failed',
    'kube_resourcequota', 'kube_cronjob_created', 'kube_cronjob_status_last_schedule_time', 'kube_cronjob_status_last_successful_time', 'kube_cronjob_status_active',
  ],
  cadvisor: ['container_cpu_cfs_throttled_periods_total', 'container_cpu_cfs_periods_total', 'container_cpu_usage_seconds_total'],
  kubelet: ['kubelet_volume_stats_used_bytes', 'kubelet_volume_stats_capacity_bytes'],
  'postgres_exporter': ['pg_up', 'pg_stat_database_numbackends', 'pg_stat_database_xact_commit'],
  'cloudnative-pg': [
    'cnpg_collector_up', 'cnpg_pg_replication_lag', 'cnpg_backends_total', 'cnpg_pg_replication_streaming_replicas', 'cnpg_pg_replication_in_recovery',
    'cnpg_pg_stat_archiver_last_failed_time', 'cnpg_pg_stat_archiver_last_archived_time', 'cnpg_pg_stat_archiver_seconds_since_last_archival', 'cnpg_collector_pg_wal_archive_status',
  ],
  'barman-cloud plugin': ['barman_cloud_cloudnative_pg_io_last_available_backup_timestamp'],
  redis_exporter: ['redis_up', 'redis_memory_used_bytes', 'redis_memory_max_bytes', 'redis_evicted_keys_total', 'redis_commands_processed_total'],
  'prometheus-nats-exporter': [
    'gnatsd_varz_connections', 'gnatsd_varz_in_msgs', 'gnatsd_varz_slow_consumers', 'gnatsd_varz_jetstream_stats_storage', 'gnatsd_varz_jetstream_config_max_storage',
    // -jsz=all (collector/jsz.go at v0.17.3): per stream and per consumer, labelled stream_name, consumer_name
    'jetstream_stream_total_bytes', 'jetstream_stream_limit_bytes', 'jetstream_stream_total_messages', 'jetstream_consumer_num_pending',
  ],
  'envoy (Envoy Gateway proxies, cluster statistics)': ['envoy_cluster_upstream_rq_total', 'envoy_cluster_upstream_rq_xx', 'envoy_cluster_upstream_rq_time_bucket'],
  'minio (v2 cluster metrics)': ['minio_cluster_drive_offline_total', 'minio_cluster_nodes_offline_total', 'minio_cluster_capacity_usable_free_bytes', 'minio_s3_requests_total'],
};

export const ALL_KNOWN_METRICS = new Set(Object.values(KNOWN_METRICS).flat());
