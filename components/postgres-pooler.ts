import type { Construct } from 'constructs';
import { Pooler, PoolerSpecPgbouncerPoolMode, PoolerSpecType } from '../imports/cnpg-pooler-postgresql.cnpg.io';
import { Component } from '../foundation/component';
import { InternalCa } from '../foundation/internal-ca';
import { inheritableLabels } from '../foundation/labels';
import { clusterInheritedMetadata, podSettingsOf, schedulingFields, withExtraEnv } from '../foundation/pod-settings';
import { scrapePods } from '../foundation/metrics';
import type { PortSpec } from '../foundation/peer';
import type { TrustAnchor } from '../foundation/trust-anchor';
import { spreadConstraints, toResourceRequirements } from '../foundation/pod-template';
import { priorityClassOf } from '../foundation/priority';
import type { ResourcesConfig } from '../config/schema';

/** Label CloudNativePG puts on the pods of a Pooler. */
export const CNPG_POOLER_LABEL = 'cnpg.io/poolerName';

/**
 * The metrics endpoint of CloudNativePG's instance manager (9187) and PgBouncer manager (9127)
 * served over TLS 1.3 with the certificate the instances (and the pooler, to its clients) serve:
 * the cluster's server certificate, signed by `<cluster>-ca` (pkg/management/postgres/webserver/metricserver,
 * internal/cmd/manager/pgbouncer/run in 1.30). Its own certificate authority, not the internal CA.
 */
export const CNPG_MONITORING = { tls: { enabled: true } };

export const PGBOUNCER_PORT: PortSpec = { name: 'pgbouncer', port: 5432 };
export const PGBOUNCER_METRICS_PORT: PortSpec = { name: 'metrics', port: 9127 };

export interface PostgresPoolerProps {
  /** Name of the CloudNativePG Cluster the pooler fronts. */
  readonly clusterName: string;
  /** PgBouncer pods. @default 2 */
  readonly instances?: number;
  /** @default 'transaction' */
  readonly poolMode?: 'session' | 'transaction';
  /** Server connections per user and database. @default 25 */
  readonly defaultPoolSize?: number;
  /** Client connections PgBouncer accepts. @default 1000 */
  readonly maxClientConnections?: number;
  /** Requests and limits of PgBouncer. */
  readonly resources: ResourcesConfig;
  /**
   * The CA of the cluster's server certificate, which PgBouncer serves to its clients and on its
   * metrics port (the Pooler names no clientTLSSecret of its own); the certificate must name this
   * pooler's Service (the Cluster's serverAltDNSNames).
   */
  readonly serverCa: TrustAnchor;
}

/** A CloudNativePG PgBouncer `Pooler` in front of the read-write service of a cluster. */
export class PostgresPooler extends Component {
  readonly serviceName: string;

  constructor(scope: Construct, id: string, props: PostgresPoolerProps) {
    const name = `${props.clusterName}-pooler`;
    super(scope, id, { name, role: 'database-pooler', placement: { kind: 'pods', podLabels: { [CNPG_POOLER_LABEL]: name } } });
    this.serviceName = name;
    const instances = props.instances ?? 2;
    const settings = podSettingsOf(this);
    const env = withExtraEnv(settings, []);
    new Pooler(this, 'Resource', {
      metadata: this.metadata(),
      spec: {
        cluster: { name: props.clusterName },
        instances,
        // the metrics port serves TLS with the cluster's server certificate (CNPG_MONITORING)
        monitoring: CNPG_MONITORING,
        type: PoolerSpecType.RW,
        pgbouncer: {
          poolMode: props.poolMode === 'session' ? PoolerSpecPgbouncerPoolMode.SESSION : PoolerSpecPgbouncerPoolMode.TRANSACTION,
          parameters: {
            default_pool_size: String(props.defaultPoolSize ?? 25),
            max_client_conn: String(props.maxClientConnections ?? 1000),
            // clients must speak TLS (PgBouncer's default, prefer, would take plain text too); dev may opt out
            ...(InternalCa.of(this).enabled ? { client_tls_sslmode: 'require' } : {}),
            // towards PostgreSQL, the host name too (CloudNativePG's default, verify-ca, checks only the
            // CA); the server certificate names the cluster's -rw Service, which PgBouncer connects to
            server_tls_sslmode: 'verify-full',
          },
        },
        template: {
          // CloudNativePG sets the app.kubernetes.io labels of pooler pods itself
          metadata: { ...clusterInheritedMetadata(settings, inheritableLabels(this.labels)) },
          spec: {
            ...schedulingFields(settings),
            priorityClassName: priorityClassOf(this.role),
            // the operator merges this with its own pgbouncer container
            containers: [{ name: 'pgbouncer', resources: toResourceRequirements(props.resources), ...(env.length ? { env } : {}) }],
            ...(instances > 1 ? { topologySpreadConstraints: spreadConstraints({ [CNPG_POOLER_LABEL]: name }) } : {}),
          },
        },
      },
    });
    scrapePods(this, { port: PGBOUNCER_METRICS_PORT, tls: { trust: props.serverCa, serverName: name } });
  }
}
