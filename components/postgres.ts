import type { Construct } from 'constructs';
import { isStandby, type RecoveryConfig } from '../config/postgres-recovery-schema';
import { settingsWithDefaults, type PostgresSettings } from '../config/component-settings';
import type { PostgresConfig, ResourcesConfig } from '../config/schema';
import { splitBinaryQuantity } from '../config/units';
import { AppSecret } from '../foundation/app-secret';
import { InternalCa } from '../foundation/internal-ca';
import { trustPath, type TrustAnchor } from '../foundation/trust-anchor';
import { Component, contextOf, type Binding, type Connectable } from '../foundation/component';
import { scrapePods, scrapeService } from '../foundation/metrics';
import { observe, scrapeDownRule, targetOf, type AlertRule, type Panel } from '../foundation/telemetry';
import { externalPlacement, INTERNET, platformPeer, type Peer, type PortSpec } from '../foundation/peer';
import { kubernetesApiRoutes } from '../foundation/kubernetes-api';
import { inheritableLabels } from '../foundation/labels';
import { clusterAffinity, clusterInheritedMetadata, clusterPodFields, podSettingsOf } from '../foundation/pod-settings';
import { priorityClassOf } from '../foundation/priority';
import { backupServerName } from '../config/cross-environment';
import { execProbe, EXPORTER_RESOURCES, httpProbe, imageRef, spreadConstraints, startupWindow } from '../foundation/pod-template';
import { CONFIG_CHECKSUM_ANNOTATION, configMapFor, serviceAccountFor, serviceFor, statefulServer } from '../foundation/workload-parts';
import {
  ObjectStore,
  ObjectStoreSpecConfigurationDataCompression,
  ObjectStoreSpecConfigurationWalCompression,
  ObjectStoreSpecInstanceSidecarConfigurationResourcesLimits as SidecarLimit,
  ObjectStoreSpecInstanceSidecarConfigurationResourcesRequests as SidecarRequest,
} from '../imports/barman-objectstore-barmancloud.cnpg.io';
import { Cluster, ClusterSpecPostgresqlSynchronousDataDurability, ClusterSpecPostgresqlSynchronousMethod, ClusterSpecPrimaryUpdateStrategy } from '../imports/cnpg-cluster-postgresql.cnpg.io';
import { ScheduledBackup, ScheduledBackupSpecBackupOwnerReference, ScheduledBackupSpecMethod } from '../imports/cnpg-scheduledbackup-postgresql.cnpg.io';
import * as k8s from '../imports/k8s';
import { PostgresDrillCluster } from './postgres-drill-cluster';
import { CNPG_MONITORING, PGBOUNCER_PORT, PostgresPooler } from './postgres-pooler';
import { PostgresRestoreDrill } from './postgres-restore-drill';

/** Label CloudNativePG puts on the pods of a Cluster. */
export const CNPG_CLUSTER_LABEL = 'cnpg.io/cluster';

export const POSTGRES_PORT: PortSpec = { name: 'postgresql', port: 5432 };
export const POSTGRES_EXPORTER_PORT: PortSpec = { name: 'metrics', port: 9187 };
/** CloudNativePG instance manager's status endpoint, used by the operator and by peers. */
export const CNPG_STATUS_PORT: PortSpec = { name: 'status', port: 8000 };
/** Label CloudNativePG gives each pod of a Cluster or Pooler: `instance` or `pooler` (job pods have none). */
export const CNPG_POD_ROLE_LABEL = 'cnpg.io/podRole';
/** The plugin name the Barman Cloud plugin registers with CloudNativePG. */
export const BARMAN_CLOUD_PLUGIN = 'barman-cloud.cloudnative-pg.io';

/** Where the dev StatefulSet's server certificate is mounted. */
const PG_TLS_DIR = '/etc/postgresql/tls';
/** The exporter's web configuration (exporter-toolkit's --web.config.file) and, under tls/, the same server certificate. */
const EXPORTER_CONFIG_DIR = '/etc/postgres-exporter';

/** libpq/pgx URL parameters that verify the server's certificate and name against `trust` (as mounted in the consumer). */
function verifyFull(trust: TrustAnchor): string {
  return `sslmode=verify-full&sslrootcert=${trustPath(trust)}`;
}

/** Name of the external cluster a recovered Cluster reads its archive from. */
export const RECOVERY_SOURCE = 'origin';
/** Annotation of consumers' pods naming the archive (and point) the database was recovered from. */
export const DATABASE_ORIGIN_ANNOTATION = 'datalens.io/database-origin';

/** The official postgres image runs as the `postgres` user, uid 999. */
const POSTGRES_UID = 999;
const APP_USER = 'datalens';

export interface PostgresProps {
  /**
   * PostgreSQL settings, as `data.postgres` of an environment file: a StatefulSet, a CloudNativePG cluster or a managed database.
   * @default - `{ mode: 'statefulset' }`: one in-cluster pod (no operator needed), every other field at its schema default (config/schema.ts)
   */
  readonly config?: PostgresSettings;
  /**
   * Kubernetes name of its objects (the CloudNativePG Cluster's too) and its `app.kubernetes.io/name`.
   * @default 'datalens-postgres'
   */
  readonly name?: string;
}

/**
 * PostgreSQL 16 for DataLens, in one of three modes: a single StatefulSet (dev), a CloudNativePG
 * cluster with WAL archiving, backups and a PgBouncer pooler (staging, prod), or a managed
 * database outside the cluster. Consumers connect to it, or to `direct` for session-level work.
 */
export class Postgres extends Component implements Connectable {
  /** Connections that bypass the pooler (migrations need session-level locks). */
  readonly direct: Connectable;
  readonly config: PostgresConfig;
  private readonly pooler?: PostgresPooler;
  private readonly credentials?: AppSecret;
  private statefulSetPort: PortSpec = POSTGRES_PORT;
  private statefulSetTrust?: TrustAnchor;

  constructor(scope: Construct, id: string, props: PostgresProps = {}) {
    const config = settingsWithDefaults('postgres', props.config ?? { mode: 'statefulset' }, `${scope.node.path}/${id}`, contextOf(scope).environment);
    const name = props.name ?? 'datalens-postgres';
    super(scope, id, {
      name,
      role: 'database',
      version: config.mode === 'external' ? undefined : config.image.tag,
      placement:
        config.mode === 'external'
          ? externalPlacement(config.cidr)
          : config.mode === 'cloudnative-pg'
            ? // CloudNativePG labels pooler pods with their cluster too: those are the pooler's, not the database's
              { kind: 'pods', podLabels: { [CNPG_CLUSTER_LABEL]: name }, podRequirements: [{ key: CNPG_POD_ROLE_LABEL, operator: 'NotIn', values: ['pooler'] }] }
            : undefined,
    });
    this.config = config;
    switch (config.mode) {
      case 'statefulset':
        this.credentials = this.statefulSet(config);
        break;
      case 'cloudnative-pg':
        this.pooler = this.cloudNativePg(config);
        break;
      case 'external':
        this.credentials = new AppSecret(this, 'Credentials', {
          name: `${name}-url`,
          values: { url: { remoteKey: config.urlSecret.remoteKey, property: config.urlSecret.property, placeholder: '' } },
        });
        break;
    }
    this.direct = { provider: this, bindingFor: () => this.binding(false) };
  }

  /** The CA of CloudNativePG's server certificate (`<cluster>-ca`, generated by the operator). */
  private get serverCa(): TrustAnchor {
    return { secretName: `${this.name}-ca`, fileName: 'postgres-ca.crt' };
  }

  /**
   * A replica cluster replaying another region's archive: a standby that serves no application
   * until it is promoted (recovery.replica set to false).
   */
  get isStandby(): boolean {
    return isStandby(this.config);
  }

  /** Pooled consumers wait for the pooler, which itself waits for the cluster. */
  get provider(): Component {
    return this.pooler ?? this;
  }

  bindingFor(): Binding {
    return this.binding(true);
  }

  private binding(pooled: boolean): Binding {
    const config = this.config;
    const purpose = pooled ? 'SQL' : 'SQL (migrations, direct)';
    if (config.mode === 'cloudnative-pg') {
      // The operator generates `<cluster>-app` with the owner's credentials; only references are synthesised.
      const appSecret = `${this.name}-app`;
      const usePooler = pooled && this.pooler !== undefined;
      const host = usePooler ? this.pooler!.serviceHost() : this.serviceHost(`${this.name}-rw`);
      // CloudNativePG's own CA signs the server certificate, which names the pooler too (serverAltDNSNames)
      const trust = this.serverCa;
      return {
        peer: usePooler ? this.pooler! : this,
        ports: [{ ...(usePooler ? PGBOUNCER_PORT : POSTGRES_PORT), tls: true }],
        purpose,
        trust: [trust],
        env: [
          { name: 'DATABASE_USER', valueFrom: { secretKeyRef: { name: appSecret, key: 'username' } } },
          { name: 'DATABASE_PASSWORD', valueFrom: { secretKeyRef: { name: appSecret, key: 'password' } } },
          { name: 'DATABASE_URL', value: `postgres://$(DATABASE_USER):$(DATABASE_PASSWORD)@${host}:5432/${config.database}?${verifyFull(trust)}` },
        ],
        // a recovered cluster generates new credentials: consumers restart on the sync that recovers it
        ...(config.recovery ? { podAnnotations: { [DATABASE_ORIGIN_ANNOTATION]: recoveryOrigin(config.recovery) } } : {}),
      };
    }
    if (config.mode === 'external') return { peer: this, ports: [{ ...POSTGRES_PORT, port: config.port }], purpose, env: [this.credentials!.env('DATABASE_URL', 'url')] };
    return { peer: this, ports: [this.statefulSetPort], purpose, env: [this.credentials!.env('DATABASE_URL', 'url')], trust: this.statefulSetTrust ? [this.statefulSetTrust] : [] };
  }

  private statefulSet(config: Extract<PostgresConfig, { mode: 'statefulset' }>): AppSecret {
    const ca = InternalCa.of(this);
    const tls = ca.enabled;
    if (tls) {
      this.statefulSetTrust = ca.trust;
      this.statefulSetPort = { ...POSTGRES_PORT, tls: true };
    }
    const credentials = new AppSecret(this, 'Credentials', {
      name: this.name,
      values: { password: { remoteKey: 'postgres', property: 'password', placeholder: 'dev-only-postgres-password' } },
      templates: {
        url: (ref) => `postgres://${APP_USER}:${ref('password')}@${this.serviceHost()}:${POSTGRES_PORT.port}/${config.database}?${tls ? verifyFull(ca.trust) : 'sslmode=disable'}`,
      },
    });
    const certificate = tls ? ca.serverCertificate(this, { services: [this.name], headlessServices: [`${this.name}-headless`] }) : undefined;
    const account = serviceAccountFor(this);
    const exporterPort: PortSpec = tls ? { ...POSTGRES_EXPORTER_PORT, tls: true } : POSTGRES_EXPORTER_PORT;
    // exporter-toolkit serves HTTPS with these files, read again at each handshake; no client_ca_file (Prometheus shows no client certificate)
    const webConfig = certificate
      ? configMapFor(this, 'ExporterWebConfig', { 'web-config.yml': ['tls_server_config:', `  cert_file: ${EXPORTER_CONFIG_DIR}/tls/tls.crt`, `  key_file: ${EXPORTER_CONFIG_DIR}/tls/tls.key`, '  min_version: TLS12', ''].join('\n') }, 'exporter')
      : undefined;
    serviceFor(this, 'Service', [this.statefulSetPort, exporterPort]);
    const pgIsReady = ['pg_isready', '-h', '127.0.0.1', '-p', String(POSTGRES_PORT.port), '-U', APP_USER, '-d', config.database];
    statefulServer(this, {
      storage: config.storage,
      headlessPorts: [this.statefulSetPort],
      uid: POSTGRES_UID,
      serviceAccountName: account.name,
      replicas: 1,
      // a fast shutdown checkpoint of a busy database takes longer than the default 30s
      terminationGracePeriodSeconds: 120,
      ...(webConfig ? { annotations: { [CONFIG_CHECKSUM_ANNOTATION]: webConfig.checksum } } : {}),
      containers: [
        {
          name: 'postgres',
          image: config.image,
          args: [
            '-c',
            `shared_buffers=${postgresMemory(config.sharedBuffers)}`,
            '-c',
            `max_connections=${config.maxConnections}`,
            ...(tls ? ['-c', 'ssl=on', '-c', `ssl_cert_file=${PG_TLS_DIR}/tls.crt`, '-c', `ssl_key_file=${PG_TLS_DIR}/tls.key`, '-c', 'ssl_min_protocol_version=TLSv1.2'] : []),
          ],
          ports: [this.statefulSetPort],
          env: [
            { name: 'POSTGRES_USER', value: APP_USER },
            { name: 'POSTGRES_DB', value: config.database },
            credentials.env('POSTGRES_PASSWORD', 'password'),
            { name: 'PGDATA', value: '/var/lib/postgresql/data/pgdata' },
          ],
          resources: config.resources,
          startupProbe: startupWindow(execProbe(pgIsReady), 300),
          livenessProbe: execProbe(pgIsReady, { periodSeconds: 10, failureThreshold: 6 }),
          readinessProbe: execProbe(pgIsReady, { periodSeconds: 5 }),
          writablePaths: { run: '/var/run/postgresql', tmp: '/tmp' },
          volumeMounts: [
            { name: 'data', mountPath: '/var/lib/postgresql/data' },
            { name: 'shm', mountPath: '/dev/shm' },
            ...(certificate ? [{ name: 'tls', mountPath: PG_TLS_DIR, readOnly: true }] : []),
          ],
        },
        {
          name: 'exporter',
          image: config.exporterImage,
          ...(webConfig ? { args: [`--web.config.file=${EXPORTER_CONFIG_DIR}/web-config.yml`] } : {}),
          ports: [exporterPort],
          env: [
            { name: 'DATA_SOURCE_URI', value: `127.0.0.1:${POSTGRES_PORT.port}/${config.database}?sslmode=disable` },
            { name: 'DATA_SOURCE_USER', value: APP_USER },
            credentials.env('DATA_SOURCE_PASS', 'password'),
          ],
          resources: EXPORTER_RESOURCES,
          livenessProbe: httpProbe('/', exporterPort, { periodSeconds: 30 }),
          readinessProbe: httpProbe('/', exporterPort, { periodSeconds: 30 }),
          ...(webConfig ? { volumeMounts: [{ name: 'exporter-config', mountPath: EXPORTER_CONFIG_DIR, readOnly: true }] } : {}),
        },
      ],
      // PostgreSQL's shared memory lives in /dev/shm; the container default of 64Mi is too small.
      volumes: [
        { name: 'shm', emptyDir: { medium: 'Memory', sizeLimit: k8s.Quantity.fromString(config.sharedBuffers) } },
        // PostgreSQL refuses a key file readable by others: root-owned (the kubelet's) files may be group-readable at most
        ...(certificate ? [{ name: 'tls', secret: { secretName: certificate.secretName, defaultMode: 0o440 } }] : []),
        ...(certificate && webConfig
          ? [
              {
                name: 'exporter-config',
                projected: {
                  defaultMode: 0o440,
                  sources: [{ configMap: { name: webConfig.name } }, { secret: { name: certificate.secretName, items: ['tls.crt', 'tls.key'].map((key) => ({ key, path: `tls/${key}` })) } }],
                },
              },
            ]
          : []),
      ],
    });
    scrapeService(this, { port: exporterPort, ...(certificate ? { tls: { trust: certificate.caTrust, serverName: this.serviceHost() } } : {}) });
    const target = targetOf(this);
    this.observePostgres(
      `min(pg_up{${target}})`,
      [
        scrapeDownRule(this, 'PostgreSQL', 'The API cannot read or write. Check the pod, its volume and the exporter sidecar.'),
        {
          alert: 'DatalensPostgresUnreachable',
          expr: `pg_up{${target}} == 0`,
          for: '2m',
          severity: 'critical',
          summary: 'PostgreSQL does not answer its exporter',
          runbook: 'Check the postgres container logs (crash recovery, full volume).',
        },
      ],
      [
        { title: 'Connections', expr: `sum(pg_stat_database_numbackends{${target}})` },
        { title: 'Transactions per second', expr: `sum(rate(pg_stat_database_xact_commit{${target}}[5m]))`, unit: 'ops' },
      ],
    );
    return credentials;
  }

  private cloudNativePg(config: Extract<PostgresConfig, { mode: 'cloudnative-pg' }>): PostgresPooler {
    const operator: Peer = platformPeer('cloudnative-pg operator', {
      kind: 'namespace',
      namespace: config.operatorNamespace,
      podLabels: { 'app.kubernetes.io/name': 'cloudnative-pg' },
    });
    const kubeApi = kubernetesApiRoutes(this.environment.cluster);
    const graph = this.context.graph;
    const backup = config.backup;
    const credentials = backup ? this.backupCredentials(backup) : undefined;
    const backupStore = backup
      ? this.objectStore('BackupStore', 'backup', backup.destinationPath, backup.region, credentials, { retentionPolicy: backup.retentionPolicy, sidecar: config.backupSidecarResources })
      : undefined;
    const recovery = config.recovery;
    // a store of its own for the archive recovered from, without retention: nothing here may prune it
    const recoveryStore =
      recovery && backup ? this.objectStore('RecoveryStore', 'recovery', recovery.destinationPath ?? backup.destinationPath, recovery.region ?? backup.region, credentials) : undefined;
    const replicated = config.instances > 1;
    const synchronous = synchronousStandbys(config, this.environment.config.tier);
    const postgresql = {
      parameters: { shared_buffers: postgresMemory(config.sharedBuffers), max_connections: String(config.maxConnections) },
      // a commit returns once `synchronous` standbys have it; with the failover quorum the operator
      // promotes only a standby that must hold every acknowledged commit (with ANY 1 of 2 standbys,
      // losing the primary and the standby that had a commit would otherwise promote one without it),
      // and refuses the failover when it cannot tell: no acknowledged transaction is lost
      ...(synchronous > 0
        ? { synchronous: { method: ClusterSpecPostgresqlSynchronousMethod.ANY, number: synchronous, dataDurability: ClusterSpecPostgresqlSynchronousDataDurability.REQUIRED, failoverQuorum: true } }
        : {}),
      // TCP connections without TLS are refused before any password is asked for (local sockets are the operator's)
      pgHba: ['hostnossl all all 0.0.0.0/0 reject', 'hostnossl all all ::/0 reject'],
    };
    const settings = podSettingsOf(this);
    new Cluster(this, 'Cluster', {
      metadata: this.metadata(),
      spec: {
        instances: config.instances,
        imageName: imageRef(config.image),
        primaryUpdateStrategy: ClusterSpecPrimaryUpdateStrategy.UNSUPERVISED,
        priorityClassName: priorityClassOf(this.role),
        enableSuperuserAccess: false,
        monitoring: CNPG_MONITORING,
        // clients verify-full against <cluster>-ca through the pooler too: its Service name must be in the certificate
        certificates: { serverAltDnsNames: [`${this.name}-pooler`, `${this.name}-pooler.${this.metadata().namespace}`, `${this.name}-pooler.${this.metadata().namespace}.svc`, `${this.name}-pooler.${this.metadata().namespace}.svc.cluster.local`, `${this.name}-rw.${this.metadata().namespace}.svc.cluster.local`] },
        bootstrap: recovery
          ? {
              recovery: {
                source: RECOVERY_SOURCE,
                // the owner gets a generated password once recovery ends (never while a replica)
                database: config.database,
                owner: APP_USER,
                ...(recovery.target ? { recoveryTarget: 'time' in recovery.target ? { targetTime: recovery.target.time } : { targetLsn: recovery.target.lsn } } : {}),
              },
            }
          : { initdb: { database: config.database, owner: APP_USER } },
        ...(recovery && recoveryStore
          ? {
              externalClusters: [{ name: RECOVERY_SOURCE, plugin: { name: BARMAN_CLOUD_PLUGIN, parameters: { barmanObjectName: recoveryStore, serverName: recovery.serverName } } }],
              ...(recovery.replica !== undefined ? { replica: { enabled: recovery.replica, source: RECOVERY_SOURCE } } : {}),
            }
          : {}),
        postgresql,
        storage: { size: config.storage.size, ...(config.storage.storageClass ? { storageClass: config.storage.storageClass } : {}) },
        ...(config.walStorage
          ? { walStorage: { size: config.walStorage.size, ...(config.walStorage.storageClass ? { storageClass: config.walStorage.storageClass } : {}) } }
          : {}),
        resources: {
          requests: { cpu: k8s.Quantity.fromString(config.resources.cpuRequest), memory: k8s.Quantity.fromString(config.resources.memoryRequest) },
          limits: { memory: k8s.Quantity.fromString(config.resources.memoryLimit) },
        },
        affinity: clusterAffinity(settings, {
          enablePodAntiAffinity: true,
          topologyKey: 'kubernetes.io/hostname',
          podAntiAffinityType: replicated ? 'required' : 'preferred',
        }),
        ...(replicated
          ? {
              topologySpreadConstraints: spreadConstraints({ [CNPG_CLUSTER_LABEL]: this.name, [CNPG_POD_ROLE_LABEL]: 'instance' }),
            }
          : {}),
        // the operator sets app.kubernetes.io/name and managed-by on its pods and volumes itself
        inheritedMetadata: clusterInheritedMetadata(settings, inheritableLabels(this.labels)),
        ...clusterPodFields(settings),
        ...(backup?.credentials.type === 'irsa'
          ? { serviceAccountTemplate: { metadata: { annotations: { 'eks.amazonaws.com/role-arn': backup.credentials.roleArn } } } }
          : {}),
        ...(backupStore
          ? { plugins: [{ name: BARMAN_CLOUD_PLUGIN, isWalArchiver: true, parameters: { barmanObjectName: backupStore, serverName: backupServerName(this.environment) } }] }
          : {}),
      },
    });
    if (backup) {
      new ScheduledBackup(this, 'DailyBackup', {
        metadata: this.metadata('daily'),
        spec: {
          schedule: backup.schedule,
          cluster: { name: this.name },
          method: ScheduledBackupSpecMethod.PLUGIN,
          pluginConfiguration: { name: BARMAN_CLOUD_PLUGIN },
          backupOwnerReference: ScheduledBackupSpecBackupOwnerReference.SELF,
          immediate: true,
        },
      });
      graph.connect(this, INTERNET, [{ name: 'https', port: 443 }], 'WAL archive and base backups (S3)');
    }
    // Instances replicate from each other and the operator drives them through the instance manager.
    graph.connect(this, this, [POSTGRES_PORT, CNPG_STATUS_PORT], 'streaming replication');
    graph.connect(operator, this, [POSTGRES_PORT, CNPG_STATUS_PORT], 'operator management');
    for (const route of kubeApi) graph.connect(this, route.peer, route.ports, 'instance manager');
    // Prometheus dials the pods by address: the read-write Service's name is one the server certificate always holds
    scrapePods(this, { port: POSTGRES_EXPORTER_PORT, tls: { trust: this.serverCa, serverName: `${this.name}-rw` } });
    this.observeCluster(config);
    if (config.restoreDrill && backupStore) {
      const cluster = new PostgresDrillCluster(this, 'DrillCluster', {
        config,
        parameters: postgresql.parameters,
        pgHba: postgresql.pgHba,
        owner: APP_USER,
        backupStore,
        serverName: backupServerName(this.environment),
        plugin: BARMAN_CLOUD_PLUGIN,
        operator,
        ports: [POSTGRES_PORT, CNPG_STATUS_PORT],
        clusterLabel: CNPG_CLUSTER_LABEL,
      });
      new PostgresRestoreDrill(this, 'RestoreDrill', { cluster, database: config.database, config: config.restoreDrill, after: this });
    }

    const pooler = new PostgresPooler(this, 'Pooler', {
      clusterName: this.name,
      instances: config.pooler.instances,
      poolMode: config.pooler.poolMode,
      defaultPoolSize: config.pooler.defaultPoolSize,
      maxClientConnections: config.pooler.maxClientConnections,
      resources: config.pooler.resources,
      serverCa: this.serverCa,
    });
    graph.connect(pooler, this, [POSTGRES_PORT], 'pooled SQL');
    for (const route of kubeApi) graph.connect(pooler, route.peer, route.ports, 'instance manager');
    graph.orderAfter(pooler, this);
    return pooler;
  }

  private observeCluster(config: Extract<PostgresConfig, { mode: 'cloudnative-pg' }>): void {
    const instances = `namespace="${this.metadata().namespace}",pod=~"${this.name}-[0-9]+"`;
    const thresholds = this.environment.config.monitoring.thresholds;
    const rules: AlertRule[] = [
      {
        alert: 'DatalensPostgresInstanceDown',
        expr: `(count(cnpg_collector_up{${instances}} == 1) or vector(0)) < ${config.instances}`,
        for: '5m',
        severity: config.instances > 1 ? 'warning' : 'critical',
        summary: `Fewer than ${config.instances} PostgreSQL instances are up`,
        runbook: 'kubectl cnpg status datalens-postgres shows which instance is down; the operator fails over on its own, check that it did.',
      },
      {
        alert: 'DatalensPostgresDown',
        expr: `(count(cnpg_collector_up{${instances}} == 1) or vector(0)) == 0`,
        for: '2m',
        severity: 'critical',
        summary: 'No PostgreSQL instance is up',
        runbook: 'The API cannot read or write. Check the operator logs (cnpg-system) and the instance pods and volumes.',
      },
    ];
    if (config.recovery?.replica) {
      // the designated primary replays the source's archive (its lag is the cluster's); the other
      // instances stream from it and report next to nothing
      rules.push({
        alert: 'DatalensPostgresReplicaClusterBehind',
        expr: `max(cnpg_pg_replication_lag{${instances}}) > ${thresholds.replicaClusterLagSeconds}`,
        for: '15m',
        severity: 'critical',
        summary: `The standby replica cluster replays WAL more than ${thresholds.replicaClusterLagSeconds}s behind its source`,
        meaning: 'A failover to this region now would lose the commits of that window: the archive it replays from is not reaching it, or the source stopped archiving.',
        confirm: [
          "`kubectl cnpg status datalens-postgres -n <namespace>` shows the replica cluster's source and the last WAL replayed.",
          "The source environment's DatalensPostgresWalArchivingFailing and DatalensPostgresWalArchiveTooOld: a primary that stops archiving starves the standby.",
          '`kubectl logs <designated primary pod> -c plugin-barman-cloud -n <namespace>` names an S3 error reading the source archive (AccessDenied on the cross-region bucket: the IAM role).',
        ],
        runbook: 'Fix the archiving of the source or the read access of this cluster to its archive; the standby catches up on its own. A quiet source with no writes also shows lag (no transaction to replay): compare with its write rate before acting.',
      });
    } else if (config.instances > 1) {
      rules.push({
        alert: 'DatalensPostgresReplicationLag',
        expr: `max(cnpg_pg_replication_lag{${instances}}) > ${thresholds.replicationLagSeconds}`,
        for: '10m',
        severity: 'warning',
        summary: `A PostgreSQL replica lags more than ${thresholds.replicationLagSeconds}s`,
        runbook: 'A failover now would lose recent commits. Check the replica pod, its volume throughput and the network between zones.',
      });
    }
    const synchronous = synchronousStandbys(config, this.environment.config.tier);
    if (synchronous > 0) {
      rules.push({
        alert: 'DatalensPostgresSynchronousReplicationDegraded',
        // the primary (not in recovery) counts the standbys streaming from it; fewer than the quorum stalls every commit
        expr: `(max(cnpg_pg_replication_streaming_replicas{${instances}} and on (pod) cnpg_pg_replication_in_recovery{${instances}} == 0) or vector(0)) < ${synchronous}`,
        for: '2m',
        severity: 'critical',
        summary: `Fewer than ${synchronous} synchronous standbys stream from the PostgreSQL primary: commits wait`,
        runbook:
          'Writes block until a standby is back (dataDurability required), and the failover quorum refuses to promote a standby that may lack acknowledged commits. kubectl cnpg status datalens-postgres shows the standbys; fix the failed instance, or lower data.postgres.synchronousStandbys knowingly (a failover may then lose commits).',
      });
    }
    if (config.backup) {
      rules.push(
        {
          alert: 'DatalensPostgresWalArchivingFailing',
          // the last failure is newer than the last success: WAL piles up in pg_wal until the volume is full
          expr: `max by (pod) (cnpg_pg_stat_archiver_last_failed_time{${instances}}) > max by (pod) (cnpg_pg_stat_archiver_last_archived_time{${instances}})`,
          for: '10m',
          severity: 'critical',
          summary: 'PostgreSQL cannot archive WAL to the backup store',
          runbook:
            'Point-in-time recovery is degrading and pg_wal is filling. Check the barman-cloud plugin sidecar logs of the primary (S3 credentials, IAM role, bucket policy, egress to S3) and that the ObjectStore still exists.',
          meaning: 'WAL segments are not reaching the object store: the recovery point of a restore falls behind, and pg_wal grows until the volume is full and PostgreSQL stops.',
          confirm: [
            '`kubectl cnpg status datalens-postgres -n <namespace>` shows the last archived and the last failed WAL and the working of the plugin.',
            '`kubectl logs <primary pod> -c plugin-barman-cloud -n <namespace>` names the S3 error (AccessDenied, NoSuchBucket, a timeout).',
          ],
        },
        {
          alert: 'DatalensPostgresWalArchiveTooOld',
          // only with segments waiting: a quiet database archives nothing for hours, and that is fine
          expr: `max by (pod) (cnpg_pg_stat_archiver_seconds_since_last_archival{${instances}}) > ${thresholds.walArchiveAgeSeconds} and max by (pod) (cnpg_collector_pg_wal_archive_status{${instances},value="ready"}) > 0`,
          for: '10m',
          severity: 'warning',
          summary: `WAL segments wait and none was archived for more than ${thresholds.walArchiveAgeSeconds}s`,
          runbook: 'Archiving is stuck or too slow: the recovery point falls behind. Check the archiver as for DatalensPostgresWalArchivingFailing, and S3 throughput.',
        },
      );
      rules.push({
        alert: 'DatalensPostgresBackupTooOld',
        expr: `time() - max(barman_cloud_cloudnative_pg_io_last_available_backup_timestamp{${instances}}) > ${thresholds.backupAgeHours * 3600}`,
        for: '30m',
        severity: 'critical',
        summary: `The last successful base backup is older than ${thresholds.backupAgeHours}h`,
        runbook: 'Check the ScheduledBackup and Backup objects and the plugin sidecar logs (S3 credentials, bucket policy).',
        meaning: 'No base backup completed recently: a restore would replay more WAL (slower), and once retention removes older backups the recovery window shrinks.',
        confirm: ['`kubectl get backups.postgresql.cnpg.io -n <namespace>` lists the recent Backups and their phase; a failed one carries the error in its status.'],
      });
    }
    const panels: Panel[] = [
      { title: 'Instances up', expr: `sum(cnpg_collector_up{${instances}})` },
      { title: 'Connections', expr: `sum(cnpg_backends_total{${instances}})` },
      { title: 'Replication lag', expr: `max by (pod) (cnpg_pg_replication_lag{${instances}})`, unit: 's', legend: '{{pod}}' },
      ...(config.backup ? [{ title: 'Age of last backup', expr: `time() - max(barman_cloud_cloudnative_pg_io_last_available_backup_timestamp{${instances}})`, unit: 's' }] : []),
    ];
    this.observePostgres(`min(cnpg_collector_up{${instances}})`, rules, panels);
  }

  private observePostgres(health: string, rules: AlertRule[], panels: Panel[]): void {
    observe(this, { title: 'PostgreSQL', health, rules, panels });
  }

  /** Access keys to the backup bucket from the secret store, unless the instances use an IAM role. */
  private backupCredentials(backup: CnpgBackup): AppSecret | undefined {
    if (backup.credentials.type !== 'secret') return undefined;
    return new AppSecret(this, 'BackupCredentials', {
      name: `${this.name}-backup-credentials`,
      values: {
        ACCESS_KEY_ID: { remoteKey: 'postgres-backup', property: 'access_key_id', placeholder: 'dev-only-access-key' },
        ACCESS_SECRET_KEY: { remoteKey: 'postgres-backup', property: 'secret_access_key', placeholder: 'dev-only-secret-key' },
      },
    });
  }

  /**
   * A Barman Cloud `ObjectStore` (`<cluster>-<suffix>`): the one the cluster archives WAL and base
   * backups to (with its retention), or one it only reads; returns its name.
   */
  private objectStore(
    id: string,
    suffix: string,
    destinationPath: string,
    region: string,
    keys: AppSecret | undefined,
    archive: { retentionPolicy: string; sidecar: ResourcesConfig } | undefined = undefined,
  ): string {
    const name = `${this.name}-${suffix}`;
    new ObjectStore(this, id, {
      metadata: this.metadata(suffix),
      spec: {
        ...(archive
          ? {
              retentionPolicy: archive.retentionPolicy,
              // the plugin's sidecar in every instance (the store the cluster archives to sets it)
              instanceSidecarConfiguration: { resources: sidecarResources(archive.sidecar) },
            }
          : {}),
        configuration: {
          destinationPath,
          // the regional endpoint keeps backup traffic (and data) in the configured region
          endpointUrl: `https://s3.${region}.amazonaws.com`,
          s3Credentials: keys
            ? { accessKeyId: { name: keys.name, key: 'ACCESS_KEY_ID' }, secretAccessKey: { name: keys.name, key: 'ACCESS_SECRET_KEY' } }
            : { inheritFromIamRole: true },
          wal: { compression: ObjectStoreSpecConfigurationWalCompression.GZIP, maxParallel: 2 },
          data: { compression: ObjectStoreSpecConfigurationDataCompression.GZIP, jobs: 2 },
        },
      },
    });
    return name;
  }
}

/**
 * Standbys that confirm each commit: the environment's setting, else one in a replicated prod cluster.
 * None while a replica cluster: its designated primary is itself a standby of the archive (PostgreSQL
 * has no synchronous cascading replication); the setting takes effect when it is promoted.
 */
export function synchronousStandbys(config: Extract<PostgresConfig, { mode: 'cloudnative-pg' }>, tier: string): number {
  if (isStandby(config)) return 0;
  return config.synchronousStandbys ?? (tier === 'prod' && config.instances > 1 ? 1 : 0);
}

/** Requests and limits of the plugin's sidecar, in the ObjectStore's own quantity type. */
function sidecarResources(resources: ResourcesConfig) {
  return {
    requests: { cpu: SidecarRequest.fromString(resources.cpuRequest), memory: SidecarRequest.fromString(resources.memoryRequest) },
    limits: { memory: SidecarLimit.fromString(resources.memoryLimit), ...(resources.cpuLimit ? { cpu: SidecarLimit.fromString(resources.cpuLimit) } : {}) },
  };
}

type CnpgBackup = NonNullable<Extract<PostgresConfig, { mode: 'cloudnative-pg' }>['backup']>;

/** What a recovered database came from, for its consumers' pods: `prod:latest`, `prod:2026-11-20T09:14:00+05:30`. */
function recoveryOrigin(recovery: RecoveryConfig): string {
  const target = recovery.target ? ('time' in recovery.target ? recovery.target.time : recovery.target.lsn) : 'latest';
  return `${recovery.destinationPath ? `${recovery.destinationPath.replace(/\/+$/, '')}/` : ''}${recovery.serverName}:${target}`;
}

/** A Kubernetes binary quantity (256Mi, 1Gi) in PostgreSQL's units (256MB, 1GB, both powers of 1024). */
export function postgresMemory(quantity: string): string {
  const { amount, prefix } = splitBinaryQuantity(quantity);
  return `${amount}${prefix === 'K' ? 'kB' : `${prefix}B`}`;
}
