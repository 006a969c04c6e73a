import type { Construct } from 'constructs';
import { settingsWithDefaults, type ApiSettings } from '../config/component-settings';
import type { ImageConfig, ResourcesConfig } from '../config/schema';
import { AppSecret, type SecretValue } from '../foundation/app-secret';
import { Component, contextOf, type Binding } from '../foundation/component';
import { InternalCa } from '../foundation/internal-ca';
import { NGINX_CONF_DIR, NGINX_TLS_DIR, NGINX_WRITABLE_PATHS, nginxTlsServer, nginxTlsVolume, TLS_HEALTH_PATH } from '../foundation/nginx-tls-server';
import { trustOf } from '../foundation/trust-anchor';
import { scrapeService } from '../foundation/metrics';
import { notReadyRule, observe, percent, scrapeDownRule, targetOf } from '../foundation/telemetry';
import { INTERNET, type PortSpec } from '../foundation/peer';
import { httpProbe, imageVersion, startupWindow, type ContainerSpec } from '../foundation/pod-template';
import { checksum, CONFIG_CHECKSUM_ANNOTATION, configMapFor, serviceAccountFor, serviceFor, statelessDeployment } from '../foundation/workload-parts';
import * as k8s from '../imports/k8s';
import { DatabaseMigration } from './database-migration';
import type { EvidenceStore } from './evidence-store';
import type { MailTransport } from './mail-transport';
import type { Nats } from './nats';
import type { Postgres } from './postgres';
import type { Redis } from './redis';

/** The API's own plain HTTP port: the kubelet's probes, and its TLS sidecar on 127.0.0.1 when internal TLS is on. */
export const API_PORT: PortSpec = { name: 'http', port: 8080 };
/** The port its TLS sidecar serves for the edge and Prometheus, with the internal CA's certificate. */
export const API_TLS_PORT: PortSpec = { name: 'https', port: 8443, tls: true };
/** Distroless images run as "nonroot", uid 65532. */
const API_UID = 65532;
/** Seconds the pod keeps serving after removal from endpoints, so in-flight requests finish. */
const DRAIN_SECONDS = 10;
/**
 * Seconds the TLS sidecar waits before its graceful quit: past the API's drain and the API's own
 * shutdown, so the API's last responses still reach the edge through it.
 */
const TLS_PROXY_DRAIN_SECONDS = DRAIN_SECONDS + 15;
/** nginx forwarding without buffering: little memory, CPU for the handshakes. */
const TLS_PROXY_RESOURCES: ResourcesConfig = { cpuRequest: '25m', memoryRequest: '32Mi', memoryLimit: '64Mi' };

export interface ApiProps {
  /**
   * API settings, as `api` of an environment file (replicas, resources, autoscaling, token lifetimes, migrate command).
   * @default - every field at its schema default (config/schema.ts)
   */
  readonly config?: ApiSettings;
  /** The API image, pinned by tag or digest. */
  readonly image: ImageConfig;
  /**
   * Origins of the cc., admin. and portal. browser hosts (CORS_ALLOWED_ORIGINS).
   * @default - none: no browser origin may call the API
   */
  readonly corsAllowedOrigins?: readonly string[];
  /**
   * FROM_EMAIL of outgoing mail.
   * @default - no-reply@ the environment's domain
   */
  readonly fromEmail?: string;
  /**
   * Kubernetes name of its objects and its `app.kubernetes.io/name`.
   * @default 'datalens-api'
   */
  readonly name?: string;
  /** The database it migrates and reads through the pooler. */
  readonly postgres: Postgres;
  /** Cache, rate limits and sessions. */
  readonly redis: Redis;
  /** JetStream: scan, DSR and event streams. */
  readonly nats: Nats;
  /** Where evidence packages are kept (MinIO or an S3 bucket). */
  readonly evidence: EvidenceStore;
  /** How outgoing mail leaves (MailHog or the environment's relay). */
  readonly mail: MailTransport;
}

/**
 * The DataLens API (Go, port 8080): Deployment with zero-unavailable rollouts, Service, HPA and PDB
 * when replicated, probes on /healthz and /readyz, and its database migration Job. Every data
 * service reaches it through a typed connection; its own secrets come from the secret source.
 * With internal TLS on, the Service exposes only a TLS sidecar's port (the API cannot serve TLS):
 * nginx (nginx-unprivileged: NGINX's own maintained unprivileged build, the same server as the
 * frontend's, so one TLS configuration serves both) terminates TLS with a certificate of the
 * internal CA and forwards to the API on 127.0.0.1.
 */
export class Api extends Component {
  /** The port the Service exposes: the TLS sidecar's, or the API's own where internal TLS is off. */
  readonly port: PortSpec;
  /** The name the TLS port's certificate is verified by. @default - none: the port is plain HTTP */
  readonly serverName?: string;
  readonly migration: DatabaseMigration;
  /** API_VERSION the API serves, which its frontend calls. */
  readonly apiVersion: string;

  constructor(scope: Construct, id: string, props: ApiProps) {
    const config = settingsWithDefaults('api', props.config ?? {}, `${scope.node.path}/${id}`, contextOf(scope).environment);
    super(scope, id, { name: props.name ?? 'datalens-api', role: 'api', version: imageVersion(props.image) });
    this.apiVersion = config.apiVersion;
    const ca = InternalCa.of(this);
    const certificate = ca.enabled ? ca.serverCertificate(this, { services: [this.name] }) : undefined;
    this.port = certificate ? API_TLS_PORT : API_PORT;
    this.serverName = certificate?.serverName;

    const aiKeys: Record<string, SecretValue> = Object.fromEntries(
      config.aiProviders.map((provider) => [`${provider}_api_key`, { remoteKey: 'api', property: `${provider}_api_key`, placeholder: `dev-only-${provider}-key` }]),
    );
    const secrets = new AppSecret(this, 'Secrets', {
      name: this.name,
      values: {
        jwt_secret: { remoteKey: 'api', property: 'jwt_secret', placeholder: 'dev-only-jwt-secret-do-not-use-elsewhere' },
        digilocker_client_id: { remoteKey: 'api', property: 'digilocker_client_id', placeholder: 'dev-only-digilocker-client' },
        digilocker_client_secret: { remoteKey: 'api', property: 'digilocker_client_secret', placeholder: 'dev-only-digilocker-secret' },
        ...aiKeys,
      },
    });
    const settingsData = {
      PORT: String(API_PORT.port),
      API_VERSION: config.apiVersion,
      JWT_EXPIRY: config.jwtExpiry,
      JWT_REFRESH_EXPIRY: config.jwtRefreshExpiry,
      CORS_ALLOWED_ORIGINS: (props.corsAllowedOrigins ?? []).join(','),
      FROM_EMAIL: props.fromEmail ?? `no-reply@${this.environment.config.domain}`,
    };
    const settings = configMapFor(this, 'Config', settingsData);
    const tlsData = certificate ? { 'tls.conf': nginxTlsServer({ listen: API_TLS_PORT, upstreamPort: API_PORT.port, timeoutSeconds: this.environment.config.edge.timeoutSeconds }) } : undefined;
    const tlsConfig = tlsData ? configMapFor(this, 'TlsConfig', tlsData, 'tls') : undefined;
    const envFrom: k8s.EnvFromSource[] = [{ configMapRef: { name: settings.name } }];

    const bindings: Binding[] = [props.postgres, props.redis, props.nats, props.evidence, props.mail].map((service) => this.connectTo(service));
    const trust = trustOf(bindings);
    const env: k8s.EnvVar[] = [
      ...bindings.flatMap((binding) => binding.env),
      secrets.env('JWT_SECRET', 'jwt_secret'),
      secrets.env('DIGILOCKER_CLIENT_ID', 'digilocker_client_id'),
      secrets.env('DIGILOCKER_CLIENT_SECRET', 'digilocker_client_secret'),
      ...config.aiProviders.map((provider) => secrets.env(`${provider.toUpperCase()}_API_KEY`, `${provider}_api_key`)),
    ];
    this.context.graph.connect(this, INTERNET, [{ name: 'https', port: 443 }], 'DigiLocker OAuth, AI providers');

    const account = serviceAccountFor(this, Object.assign({}, ...bindings.map((b) => b.serviceAccountAnnotations ?? {})));
    serviceFor(this, 'Service', [this.port]);
    const tlsProxy: ContainerSpec[] = tlsConfig
      ? [
          {
            name: 'tls-proxy',
            image: config.tlsProxyImage,
            // nginx itself, not the image's entrypoint scripts (they would edit /etc/nginx, read-only here)
            command: ['nginx', '-g', 'daemon off;'],
            ports: [API_TLS_PORT],
            resources: TLS_PROXY_RESOURCES,
            // nginx's own page: the proxy's health apart from the API's (whose own probes say whether it is ready)
            livenessProbe: httpProbe(TLS_HEALTH_PATH, API_TLS_PORT, { periodSeconds: 10, failureThreshold: 3 }),
            readinessProbe: httpProbe(TLS_HEALTH_PATH, API_TLS_PORT, { periodSeconds: 5, failureThreshold: 2 }),
            // then the image's stop signal, SIGQUIT: nginx finishes the requests in flight and quits
            preStop: ['sleep', String(TLS_PROXY_DRAIN_SECONDS)],
            writablePaths: NGINX_WRITABLE_PATHS,
            // only its server block in conf.d: the image's default server would take the API's port 8080
            volumeMounts: [
              { name: 'tls-config', mountPath: NGINX_CONF_DIR, readOnly: true },
              { name: 'tls-certificate', mountPath: NGINX_TLS_DIR, readOnly: true },
            ],
          },
        ]
      : [];
    statelessDeployment(this, {
      replicas: config.replicas,
      autoscaling: config.autoscaling,
      uid: API_UID,
      serviceAccountName: account.name,
      annotations: Object.assign({ [CONFIG_CHECKSUM_ANNOTATION]: tlsData ? checksum(this, [settingsData, tlsData]) : settings.checksum }, ...bindings.map((b) => b.podAnnotations ?? {})),
      terminationGracePeriodSeconds: TLS_PROXY_DRAIN_SECONDS + 15,
      containers: [
        {
          name: 'api',
          image: props.image,
          ports: [API_PORT],
          envFrom,
          env,
          resources: config.resources,
          startupProbe: startupWindow(httpProbe('/healthz', API_PORT.name), 60),
          livenessProbe: httpProbe('/healthz', API_PORT.name, { periodSeconds: 10, failureThreshold: 3 }),
          readinessProbe: httpProbe('/readyz', API_PORT.name, { periodSeconds: 5, failureThreshold: 2 }),
          preStop: ['sleep', String(DRAIN_SECONDS)],
          writablePaths: { tmp: '/tmp' },
          volumeMounts: trust.volumeMounts,
        },
        ...tlsProxy,
      ],
      volumes: [
        ...trust.volumes,
        ...(tlsConfig && certificate ? [{ name: 'tls-config', configMap: { name: tlsConfig.name } }, nginxTlsVolume('tls-certificate', certificate.secretName)] : []),
      ],
    });
    // through the TLS port where there is one, verified against the internal CA for the name the edge verifies
    scrapeService(this, { port: this.port, ...(certificate ? { tls: { trust: certificate.caTrust, serverName: certificate.serverName } } : {}) });
    this.observeApi();

    this.migration = new DatabaseMigration(this, 'Migration', {
      apiName: this.name,
      image: props.image,
      command: config.migrateCommand,
      envFrom,
      postgres: props.postgres,
      resources: config.resources,
      uid: API_UID,
    });
    this.context.graph.orderAfter(this, this.migration);
  }

  /** Alerts and panels from the API's metrics contract: http_requests_total{code} and http_request_duration_seconds. */
  private observeApi(): void {
    const target = targetOf(this);
    const thresholds = this.environment.config.monitoring.thresholds;
    const requests = `sum(rate(http_requests_total{${target}}[5m]))`;
    observe(this, {
      title: 'DataLens API',
      health: `min(up{${target}})`,
      rules: [
        scrapeDownRule(this, 'The DataLens API', 'Consent capture, DSR handling and every console are down. Check the pods (kubectl describe), the last rollout and the migration Job.'),
        notReadyRule(this, 'Deployment', 'Pods fail /readyz: usually PostgreSQL, Redis or NATS unreachable. Check the pod logs and the data services.'),
        {
          alert: 'DatalensApiErrorRatio',
          expr: `sum(rate(http_requests_total{${target},code=~"5.."}[5m])) / ${requests} > ${thresholds.apiErrorRatio}`,
          for: '10m',
          severity: 'critical',
          summary: `More than ${percent(thresholds.apiErrorRatio)} of API requests fail with 5xx`,
          runbook: 'Look at the failing routes in the API dashboard and the API logs; recent deploys are the usual cause (roll back in Argo CD).',
        },
        {
          alert: 'DatalensApiLatency',
          expr: `histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{${target}}[5m]))) > ${thresholds.apiLatencyP99Seconds}`,
          for: '15m',
          severity: 'warning',
          summary: `API p99 latency above ${thresholds.apiLatencyP99Seconds}s`,
          runbook: 'Check PostgreSQL (pooler saturation, slow queries) and CPU throttling of the API pods; scale the API if the autoscaler is at its maximum.',
        },
      ],
      panels: [
        { title: 'Requests by status', expr: `sum by (code) (rate(http_requests_total{${target}}[5m]))`, unit: 'reqps', legend: '{{code}}' },
        { title: '5xx ratio', expr: `sum(rate(http_requests_total{${target},code=~"5.."}[5m])) / ${requests}`, unit: 'percentunit' },
        { title: 'p99 latency', expr: `histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{${target}}[5m])))`, unit: 's' },
        { title: 'Ready pods', expr: `kube_deployment_status_replicas_available{namespace="${this.metadata().namespace}",deployment="${this.name}"}` },
      ],
    });
  }
}
