import type { Construct } from 'constructs';
import { settingsWithDefaults, type NatsSettings } from '../config/component-settings';
import { splitBinaryQuantity } from '../config/units';
import { AppSecret, type SecretRef } from '../foundation/app-secret';
import { InternalCa } from '../foundation/internal-ca';
import { trustPath, type TrustAnchor } from '../foundation/trust-anchor';
import { Component, contextOf, type Binding, type Connectable } from '../foundation/component';
import { scrapeService } from '../foundation/metrics';
import { notReadyRule, observe, percent, scrapeDownRule, targetOf } from '../foundation/telemetry';
import type { PortSpec } from '../foundation/peer';
import { EXPORTER_RESOURCES, httpProbe, startupWindow } from '../foundation/pod-template';
import { CONFIG_CHECKSUM_ANNOTATION, configMapFor, serviceAccountFor, serviceFor, statefulServer } from '../foundation/workload-parts';
import { JetStreamStreams } from './jetstream-streams';

export const NATS_CLIENT_PORT: PortSpec = { name: 'client', port: 4222 };
export const NATS_CLUSTER_PORT: PortSpec = { name: 'cluster', port: 6222 };
export const NATS_MONITOR_PORT: PortSpec = { name: 'monitor', port: 8222 };
export const NATS_EXPORTER_PORT: PortSpec = { name: 'metrics', port: 7777 };
const NATS_UID = 1000;
const CLIENT_USER = 'datalens';
const LAME_DUCK_SECONDS = 30;
/**
 * How long the preStop hook waits after signalling lame-duck mode. nats-server enters it on a
 * goroutine and ignores SIGTERM only once it has; the kubelet sends SIGTERM as soon as the hook
 * returns, and a SIGTERM that wins the race shuts the server down at once, dropping its clients
 * (seen on the real server in the server tier). Waiting lets SIGTERM find lame-duck mode under way.
 */
const LAME_DUCK_SETTLE_SECONDS = 5;
const PID_FILE = '/var/run/nats/nats.pid';
/** Key of the NATS Secret (and file beside nats.conf) holding the authorization block. */
const AUTH_FILE = 'auth.conf';
/** Key of the NATS Secret (and file beside nats.conf) holding the route authorization and the routes, which carry its password. */
const ROUTES_FILE = 'routes.conf';
/** The user cluster peers authenticate their routes as. */
export const NATS_ROUTE_USER = 'route';
/** Folder (beside nats.conf) of the server certificate, its key and the CA. */
const TLS_DIR = '/etc/nats/tls';
/** The exporter's copy of the same certificate: it serves its metrics with it and verifies the monitoring port against the CA. */
const EXPORTER_TLS_DIR = '/etc/nats-exporter/tls';
/** A TLS block of nats.conf with the pod's certificate; `verify` also demands the peer's certificate (routes). */
const natsTlsBlock = (verify: boolean) => [
  '  tls {',
  `    cert_file: "${TLS_DIR}/tls.crt"`,
  `    key_file: "${TLS_DIR}/tls.key"`,
  `    ca_file: "${TLS_DIR}/ca.crt"`,
  ...(verify ? ['    verify: true'] : []),
  '    timeout: 5',
  '  }',
];

export interface NatsProps {
  /**
   * NATS settings, as `data.nats` of an environment file; the fields left out take their defaults.
   * @default - one node with the streams the API uses, every field at its schema default (config/schema.ts)
   */
  readonly config?: NatsSettings;
  /**
   * Kubernetes name of its objects and its `app.kubernetes.io/name`.
   * @default 'datalens-nats'
   */
  readonly name?: string;
}

/**
 * NATS with JetStream (the scan, DSR and event streams): one node in dev, a cluster of an odd
 * number of nodes with routes elsewhere, file store on retained volumes, lame-duck shutdown.
 */
export class Nats extends Component implements Connectable {
  private readonly credentials: AppSecret;
  private readonly clientPort: PortSpec;
  /** The CA clients verify this NATS against; none with internal TLS off. */
  private readonly trust?: TrustAnchor;

  constructor(scope: Construct, id: string, props: NatsProps = {}) {
    const config = settingsWithDefaults('nats', props.config ?? {}, `${scope.node.path}/${id}`, contextOf(scope).environment);
    super(scope, id, { name: props.name ?? 'datalens-nats', role: 'messaging', version: config.image.tag });
    const replicas = config.replicas;
    const headlessName = `${this.name}-headless`;
    const ca = InternalCa.of(this);
    const tls = ca.enabled;
    this.clientPort = tls ? { ...NATS_CLIENT_PORT, tls: true } : NATS_CLIENT_PORT;
    const clusterPort: PortSpec = tls ? { ...NATS_CLUSTER_PORT, tls: true } : NATS_CLUSTER_PORT;
    // monitoring over HTTPS with the client port's certificate (nats-server's https_port uses the top-level tls block)
    const monitorPort: PortSpec = tls ? { ...NATS_MONITOR_PORT, tls: true } : NATS_MONITOR_PORT;
    const exporterPort: PortSpec = tls ? { ...NATS_EXPORTER_PORT, tls: true } : NATS_EXPORTER_PORT;
    if (tls) this.trust = ca.trust;
    const routes = Array.from({ length: replicas }, (_, i) => `${this.name}-${i}.${headlessName}.${this.metadata().namespace}.svc.cluster.local:${NATS_CLUSTER_PORT.port}`);
    this.credentials = new AppSecret(this, 'Credentials', {
      name: this.name,
      values: {
        password: { remoteKey: 'nats', property: 'password', placeholder: 'dev-only-nats-password' },
        ...(replicas > 1 ? { route_password: { remoteKey: 'nats', property: 'route_password', placeholder: 'dev-only-nats-route-password' } } : {}),
      },
      templates: {
        // tls:// makes the Go client insist on TLS; the server refuses plaintext CONNECTs anyway
        url: (ref) => `${tls ? 'tls' : 'nats'}://${CLIENT_USER}:${ref('password')}@${this.serviceHost()}:${NATS_CLIENT_PORT.port}`,
        // nats-server would parse a $VARIABLE's value as configuration; a quoted string in an included file is read verbatim
        [AUTH_FILE]: (ref) => ['authorization {', `  user: ${CLIENT_USER}`, `  password: ${ref('password', 'nats-config-string')}`, '}', ''].join('\n'),
        // anything that reaches the route port must also know this password (and, with TLS, hold a certificate of the CA)
        ...(replicas > 1
          ? {
              [ROUTES_FILE]: (ref: SecretRef) =>
                [
                  `authorization { user: ${NATS_ROUTE_USER}, password: ${ref('route_password', 'nats-config-string')} }`,
                  'routes: [',
                  ...routes.map((r) => `  "nats://${NATS_ROUTE_USER}:${ref('route_password')}@${r}"`),
                  ']',
                  '',
                ].join('\n'),
            }
          : {}),
      },
    });
    const settings = configMapFor(this, 'Config', {
      'nats.conf': [
        `port: ${NATS_CLIENT_PORT.port}`,
        ...(tls ? natsTlsBlock(false).map((l) => l.slice(2)) : []),
        `${tls ? 'https_port' : 'http_port'}: ${NATS_MONITOR_PORT.port}`,
        'server_name: $POD_NAME',
        `pid_file: ${PID_FILE}`,
        `lame_duck_duration: ${LAME_DUCK_SECONDS}s`,
        'lame_duck_grace_period: 10s',
        'jetstream {',
        '  store_dir: /data/jetstream',
        `  max_file_store: ${natsSize(config.maxFileStore)}`,
        `  max_memory_store: ${natsSize(config.maxMemoryStore)}`,
        '}',
        `include ./${AUTH_FILE}`,
        ...(replicas > 1 ? ['cluster {', '  name: datalens', `  port: ${NATS_CLUSTER_PORT.port}`, ...(tls ? natsTlsBlock(true) : []), `  include ./${ROUTES_FILE}`, '}'] : []),
        '',
      ].join('\n'),
    });
    const certificate = tls ? ca.serverCertificate(this, { services: [this.name], headlessServices: [headlessName] }) : undefined;
    const account = serviceAccountFor(this);
    const serverPorts = replicas > 1 ? [this.clientPort, clusterPort, monitorPort] : [this.clientPort, monitorPort];
    const clientPorts = [this.clientPort, exporterPort];
    serviceFor(this, 'Service', clientPorts);
    statefulServer(this, {
      storage: config.storage,
      headlessPorts: serverPorts,
      parallel: true,
      uid: NATS_UID,
      serviceAccountName: account.name,
      replicas,
      annotations: { [CONFIG_CHECKSUM_ANNOTATION]: settings.checksum },
      terminationGracePeriodSeconds: LAME_DUCK_SECONDS + 30,
      containers: [
        {
          name: 'nats',
          image: config.image,
          args: ['--config', '/etc/nats/nats.conf'],
          ports: serverPorts,
          env: [{ name: 'POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } }],
          resources: config.resources,
          startupProbe: startupWindow(httpProbe('/healthz', monitorPort), 300),
          livenessProbe: httpProbe('/healthz?js-enabled-only=true', monitorPort, { periodSeconds: 30, failureThreshold: 3 }),
          readinessProbe: httpProbe('/healthz?js-server-only=true', monitorPort, { periodSeconds: 10 }),
          // lame-duck mode moves clients and JetStream leadership away before the process exits (sh: the alpine image)
          preStop: ['sh', '-c', `nats-server --signal ldm=${PID_FILE} && sleep ${LAME_DUCK_SETTLE_SECONDS}`],
          writablePaths: { run: '/var/run/nats' },
          volumeMounts: [
            { name: 'data', mountPath: '/data' },
            { name: 'config', mountPath: '/etc/nats', readOnly: true },
          ],
        },
        {
          name: 'exporter',
          image: config.exporterImage,
          args: [
            '-port',
            String(NATS_EXPORTER_PORT.port),
            // -tlscert serves HTTPS (no client certificate asked); -tlscacert is left out: it would not make the exporter verify anyone
            ...(tls ? ['-tlscert', `${EXPORTER_TLS_DIR}/tls.crt`, '-tlskey', `${EXPORTER_TLS_DIR}/tls.key`] : []),
            '-connz',
            '-routez',
            '-subz',
            '-varz',
            '-healthz',
            '-jsz=all',
            // flags end at the URL (Go's flag package); localhost is in the server certificate
            `${tls ? 'https' : 'http'}://localhost:${NATS_MONITOR_PORT.port}`,
          ],
          ports: [exporterPort],
          // the exporter's HTTP client trusts the system roots only: Go reads them from SSL_CERT_FILE, here the internal CA
          ...(tls ? { env: [{ name: 'SSL_CERT_FILE', value: `${EXPORTER_TLS_DIR}/ca.crt` }], volumeMounts: [{ name: 'exporter-tls', mountPath: EXPORTER_TLS_DIR, readOnly: true }] } : {}),
          resources: EXPORTER_RESOURCES,
          livenessProbe: httpProbe('/metrics', exporterPort, { periodSeconds: 30 }),
          readinessProbe: httpProbe('/metrics', exporterPort, { periodSeconds: 30 }),
        },
      ],
      // the configuration and the credentials it includes, side by side in one folder (includes are relative to it)
      volumes: [
        {
          name: 'config',
          projected: {
            sources: [
              { configMap: { name: settings.name } },
              { secret: { name: this.credentials.name, items: [AUTH_FILE, ...(replicas > 1 ? [ROUTES_FILE] : [])].map((key) => ({ key, path: key })) } },
              ...(certificate ? [{ secret: { name: certificate.secretName, items: ['tls.crt', 'tls.key', 'ca.crt'].map((key) => ({ key, path: `tls/${key}` })) } }] : []),
            ],
          },
        },
        // the certificate alone for the exporter, which has no business reading the NATS passwords beside it
        ...(certificate ? [{ name: 'exporter-tls', secret: { secretName: certificate.secretName, items: ['tls.crt', 'tls.key', 'ca.crt'].map((key) => ({ key, path: key })) } }] : []),
      ],
    });
    if (replicas > 1) this.context.graph.connect(this, this, [clusterPort], 'cluster routes');
    scrapeService(this, { port: exporterPort, ...(certificate ? { tls: { trust: certificate.caTrust, serverName: this.serviceHost() } } : {}) });
    this.observeNats();
    new JetStreamStreams(this, 'Streams', { nats: this, clientPort: this.clientPort, user: CLIENT_USER, config });
  }

  private observeNats(): void {
    const target = targetOf(this);
    const ratio = this.environment.config.monitoring.thresholds.jetstreamStorageRatio;
    observe(this, {
      title: 'NATS JetStream',
      health: `min(up{${target}})`,
      rules: [
        scrapeDownRule(this, 'NATS', 'Scans, DSR workflows and events stop flowing. Check the pods and the JetStream volumes.'),
        notReadyRule(this, 'StatefulSet', 'A NATS node is not ready; with fewer than a majority JetStream stops accepting writes.'),
        {
          alert: 'DatalensJetStreamStorageHigh',
          expr: `gnatsd_varz_jetstream_stats_storage{${target}} / gnatsd_varz_jetstream_config_max_storage{${target}} > ${ratio}`,
          for: '15m',
          severity: 'warning',
          summary: `JetStream file store above ${percent(ratio)} of max_file_store`,
          runbook: 'Streams will reject messages when full. Check stream limits and consumers that do not ack; grow data.nats.storage and maxFileStore.',
        },
        {
          alert: 'DatalensNatsSlowConsumers',
          expr: `increase(gnatsd_varz_slow_consumers{${target}}[5m]) > 0`,
          for: '5m',
          severity: 'warning',
          summary: 'NATS is disconnecting slow consumers',
          runbook: 'A subscriber cannot keep up: look at the API workers and their pending messages.',
        },
      ],
      panels: [
        { title: 'Connections', expr: `gnatsd_varz_connections{${target}}` },
        { title: 'Messages in', expr: `rate(gnatsd_varz_in_msgs{${target}}[5m])`, unit: 'ops' },
        { title: 'JetStream storage used', expr: `gnatsd_varz_jetstream_stats_storage{${target}} / gnatsd_varz_jetstream_config_max_storage{${target}}`, unit: 'percentunit' },
        { title: 'Slow consumers', expr: `increase(gnatsd_varz_slow_consumers{${target}}[5m])` },
      ],
    });
  }

  bindingFor(): Binding {
    const trust = this.trust ? [this.trust] : [];
    return {
      peer: this,
      ports: [this.clientPort],
      purpose: 'JetStream: scan, DSR and event streams',
      env: [this.credentials.env('NATS_URL', 'url'), ...trust.map((t) => ({ name: 'NATS_CA_FILE', value: trustPath(t) }))],
      trust,
    };
  }
}

/**
 * A Kubernetes binary quantity (4Gi) in NATS's size units: 4GiB. nats-server reads a bare suffix as
 * a power of 1000 (4G is 4,000,000,000 bytes) and KiB/MiB/GiB/TiB (or KB, Ki…) as powers of 1024,
 * alike from 2.9 to 2.11 (conf/parse.go); the server tier reads the limits back from /jsz.
 */
export function natsSize(quantity: string): string {
  const { amount, prefix } = splitBinaryQuantity(quantity);
  return `${amount}${prefix}iB`;
}
