import { Chart } from 'cdk8s';
import type { Construct } from 'constructs';
import { Api, type ApiProps } from '../components/api';
import { Edge } from '../components/edge/edge';
import type { EvidenceStore } from '../components/evidence-store';
import { Frontend } from '../components/frontend';
import { MailHog } from '../components/mailhog';
import type { MailTransport } from '../components/mail-transport';
import { Minio } from '../components/minio';
import { Nats } from '../components/nats';
import { Postgres } from '../components/postgres';
import { Redis } from '../components/redis';
import { S3Bucket } from '../components/s3-bucket';
import { SmtpRelay } from '../components/smtp-relay';
import { hostsOf } from '../config/hosts';
import type { Environment } from '../config/schema';
import { ConnectionGraph } from '../foundation/connection-graph';
import { provideContext, type Component } from '../foundation/component';
import { NamespaceBaseline } from '../foundation/namespace-baseline';
import { NamespaceGuardrails } from '../foundation/namespace-guardrails';
import { createNetworkPolicies } from '../foundation/network-policies';
import { LogAlerts } from '../foundation/log-alerts';
import { NamespaceAlerts } from '../foundation/namespace-alerts';
import { Dashboards } from '../foundation/dashboards';
import { applySyncPolicy } from '../foundation/sync-policy';
import { usesFlux } from '../config/gitops-schema';
import { applySecretRotation } from '../foundation/rotation';

export interface DatalensChartProps {
  /** The environment to build: a validated environment file (config/load.ts), or `defaultEnvironment` (config/component-settings.ts). */
  readonly environment: Environment;
}

/**
 * One environment of DataLens: the namespace baseline, the data tier, the API, the frontend and the
 * edge, wired by typed connections. The connection graph then yields the network policies and the
 * sync order, so neither can drift from the wiring. A standby environment (its PostgreSQL a
 * replica cluster of another region's) has the data tier only; promoting it brings the rest.
 */
export class DatalensChart extends Chart {
  readonly graph = new ConnectionGraph<Component>();
  readonly environment: Environment;

  constructor(scope: Construct, id: string, props: DatalensChartProps) {
    super(scope, id, { disableResourceNameHashes: true });
    const { environment } = props;
    this.environment = environment;
    provideContext(this, { environment, graph: this.graph });
    const { config } = environment;

    new NamespaceBaseline(this, 'Namespace');
    new NamespaceGuardrails(this, 'Guardrails');
    const postgres = new Postgres(this, 'Postgres', { config: config.data.postgres });
    const redis = new Redis(this, 'Redis', { config: config.data.redis });
    const nats = new Nats(this, 'Nats', { config: config.data.nats });
    const store = config.data.objectStore;
    const evidence: EvidenceStore = store.mode === 's3' ? new S3Bucket(this, 'Evidence', { config: store }) : new Minio(this, 'Evidence', { config: store });
    const mailConfig = config.data.mail;
    const mail: MailTransport =
      mailConfig.mode === 'mailhog' ? new MailHog(this, 'Mail', { image: mailConfig.image }) : new SmtpRelay(this, 'Mail', { host: mailConfig.host, port: mailConfig.port });

    // a standby (a replica cluster in another region) runs the data tier only, until it is promoted
    if (!postgres.isStandby) this.applicationTier(environment, { postgres, redis, nats, evidence, mail });

    new NamespaceAlerts(this, 'NamespaceAlerts');
    new LogAlerts(this, 'LogAlerts');
    new Dashboards(this, 'Dashboards');
    createNetworkPolicies(this.graph);
    applySyncPolicy(this, this.graph, { flux: usesFlux(environment.cluster.config.gitops) });
    applySecretRotation(this);
  }

  /** The API (with its migration), the frontend and the edge: what serves users, on top of the data tier. */
  private applicationTier(environment: Environment, data: Pick<ApiProps, 'postgres' | 'redis' | 'nats' | 'evidence' | 'mail'>): void {
    const { config } = environment;
    const hosts = hostsOf(environment);
    const api = new Api(this, 'Api', {
      config: config.api,
      image: config.images.api,
      corsAllowedOrigins: config.cors.allowedOrigins,
      fromEmail: config.fromEmail,
      ...data,
    });
    const frontend = new Frontend(this, 'Frontend', {
      config: config.frontend,
      image: config.images.frontend,
      api,
      apiBaseUrl: `https://${hosts.api}`,
      apiVersion: config.api.apiVersion,
    });
    new Edge(this, 'Edge', {
      config: config.edge,
      routes: [
        { host: hosts.cc, backend: frontend },
        { host: hosts.admin, backend: frontend },
        { host: hosts.portal, backend: frontend },
        // health and metrics endpoints stay inside the cluster: the edge routes the API's /api/ only
        { host: hosts.api, backend: api, pathPrefix: '/api' },
      ],
    });
  }
}
