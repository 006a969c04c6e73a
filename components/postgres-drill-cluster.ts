import type { Construct } from 'constructs';
import type { PostgresConfig } from '../config/schema';
import { Component } from '../foundation/component';
import { kubernetesApiRoutes } from '../foundation/kubernetes-api';
import { inheritableLabels } from '../foundation/labels';
import { clusterAffinity, clusterInheritedMetadata, clusterPodFields, podSettingsOf } from '../foundation/pod-settings';
import { priorityClassOf } from '../foundation/priority';
import { INTERNET, type Peer, type PortSpec } from '../foundation/peer';
import { imageRef } from '../foundation/pod-template';
import { Cluster } from '../imports/cnpg-cluster-postgresql.cnpg.io';
import * as k8s from '../imports/k8s';
import { CNPG_MONITORING } from './postgres-pooler';

type CnpgConfig = Extract<PostgresConfig, { mode: 'cloudnative-pg' }>;

export interface PostgresDrillClusterProps {
  /** The cluster whose backups are restored: its settings (image, sizing, database, credentials). */
  readonly config: CnpgConfig;
  /** Its PostgreSQL parameters: a recovery replays WAL best with the settings that wrote it. */
  readonly parameters: Readonly<Record<string, string>>;
  /** Its pg_hba rules (TCP without TLS refused, as in the real cluster). @default - the operator's */
  readonly pgHba?: readonly string[];
  /** The application's database owner, whose schema the check reads. */
  readonly owner: string;
  /** The ObjectStore holding its backups, read (never written) by the throwaway cluster. */
  readonly backupStore: string;
  /** The serverName its backups are under. */
  readonly serverName: string;
  /** The plugin name of Barman Cloud. */
  readonly plugin: string;
  /** The CloudNativePG operator, which drives the throwaway cluster's instance. */
  readonly operator: Peer;
  /** PostgreSQL and instance manager ports of the pods of a Cluster. */
  readonly ports: readonly PortSpec[];
  /** Label CloudNativePG puts on the pods of a Cluster. */
  readonly clusterLabel: string;
}

/**
 * The throwaway CloudNativePG Cluster of a restore drill: one instance recovered from the latest
 * base backup and the WAL after it, shaped like the real cluster (image, parameters, storage,
 * resources, IAM role) so a pass means the real one could be restored the same way. It never
 * archives (no WAL archiver), so it cannot write into any archive. Its manifest is not deployed:
 * the drill creates it at run time and deletes it after the check; as a component it has the
 * NetworkPolicy its pods need (the backups in S3, the Kubernetes API, its operator).
 */
export class PostgresDrillCluster extends Component {
  /** The Cluster object the drill creates. */
  readonly manifest: Record<string, unknown>;

  constructor(scope: Construct, id: string, props: PostgresDrillClusterProps) {
    const { config } = props;
    const name = 'datalens-postgres-drill';
    super(scope, id, { name, role: 'database-restore-drill', version: config.image.tag, placement: { kind: 'pods', podLabels: { [props.clusterLabel]: name } } });
    const backup = config.backup!;
    // the throwaway cluster's pods are the drill's: they run where its settings say
    const settings = podSettingsOf(this, 'postgres-restore-drill');
    const affinity = clusterAffinity(settings);
    this.manifest = Cluster.manifest({
      metadata: this.metadata(),
      spec: {
        instances: 1,
        imageName: imageRef(config.image),
        priorityClassName: priorityClassOf(this.role),
        enableSuperuserAccess: false,
        // nothing scrapes the throwaway instance, but its metrics port serves TLS like the real cluster's
        monitoring: CNPG_MONITORING,
        bootstrap: { recovery: { source: 'backups', database: config.database, owner: props.owner } },
        externalClusters: [{ name: 'backups', plugin: { name: props.plugin, parameters: { barmanObjectName: props.backupStore, serverName: props.serverName } } }],
        // a single instance has no standby to wait for: the real cluster's synchronous setting stays behind
        postgresql: { parameters: { ...props.parameters }, ...(props.pgHba ? { pgHba: [...props.pgHba] } : {}) },
        storage: { size: config.storage.size, ...(config.storage.storageClass ? { storageClass: config.storage.storageClass } : {}) },
        resources: {
          requests: { cpu: k8s.Quantity.fromString(config.resources.cpuRequest), memory: k8s.Quantity.fromString(config.resources.memoryRequest) },
          limits: { memory: k8s.Quantity.fromString(config.resources.memoryLimit) },
        },
        inheritedMetadata: clusterInheritedMetadata(settings, inheritableLabels(this.labels)),
        ...(affinity ? { affinity } : {}),
        ...clusterPodFields(settings),
        ...(backup.credentials.type === 'irsa' ? { serviceAccountTemplate: { metadata: { annotations: { 'eks.amazonaws.com/role-arn': backup.credentials.roleArn } } } } : {}),
      },
    });
    const graph = this.context.graph;
    graph.connect(this, INTERNET, [{ name: 'https', port: 443 }], 'base backup and WAL from S3');
    graph.connect(props.operator, this, props.ports, 'operator management');
    for (const route of kubernetesApiRoutes(this.environment.cluster)) graph.connect(this, route.peer, route.ports, 'instance manager');
  }
}
