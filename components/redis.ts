import type { Construct } from 'constructs';
import { settingsWithDefaults, type RedisSettings } from '../config/component-settings';
import type { RedisConfig } from '../config/schema';
import { splitBinaryQuantity } from '../config/units';
import { AppSecret } from '../foundation/app-secret';
import { InternalCa } from '../foundation/internal-ca';
import { trustPath, type TrustAnchor } from '../foundation/trust-anchor';
import { Component, contextOf, type Binding, type Connectable } from '../foundation/component';
import { scrapeService } from '../foundation/metrics';
import { observe, percent, scrapeDownRule, targetOf } from '../foundation/telemetry';
import { externalPlacement, type PortSpec } from '../foundation/peer';
import { execProbe, EXPORTER_RESOURCES, httpProbe, startupWindow } from '../foundation/pod-template';
import { CONFIG_CHECKSUM_ANNOTATION, configMapFor, serviceAccountFor, serviceFor, statefulServer } from '../foundation/workload-parts';

export const REDIS_PORT: PortSpec = { name: 'redis', port: 6379 };
/** The same port when internal TLS is on: Redis then answers TLS only (`port 0`, `tls-port 6379`). */
export const REDIS_TLS_PORT: PortSpec = { ...REDIS_PORT, tls: true };
export const REDIS_EXPORTER_PORT: PortSpec = { name: 'metrics', port: 9121 };
/** The official redis image runs as the `redis` user, uid 999. */
const REDIS_UID = 999;
/** Key of the Redis Secret (and file beside redis.conf) holding the ACL of its users. */
const ACL_FILE = 'users.acl';
const CONFIG_DIR = '/etc/redis';
/** Folder (beside redis.conf) of the server certificate, its key and the CA. */
const TLS_DIR = `${CONFIG_DIR}/tls`;
/** The user the API connects as. */
export const REDIS_APP_USER = 'datalens';
/** The user of the exporter and the probes: reads server state, touches no key. */
export const REDIS_MONITOR_USER = 'monitor';
/**
 * Commands the API's user may not run, beyond the @admin category (CONFIG, DEBUG, MONITOR, SHUTDOWN,
 * replication, persistence control...): named too so the rule reads as the review asked for it, and
 * the keyspace-wide destroyers and blockers that are not @admin.
 */
export const REDIS_DENIED_COMMANDS = ['config', 'debug', 'module', 'acl', 'shutdown', 'monitor', 'replicaof', 'slaveof', 'failover', 'save', 'bgsave', 'bgrewriteaof', 'sync', 'psync', 'migrate', 'restore', 'flushall', 'flushdb', 'keys', 'swapdb'] as const;
/** What the exporter and the probes need: PING, INFO, CONFIG GET, SLOWLOG and LATENCY reads, CLIENT LIST. */
const MONITOR_RULES = '-@all +ping +info +config|get +slowlog|get +slowlog|len +latency|latest +latency|histogram +client|list +select';

export interface RedisProps {
  /**
   * Redis settings, as `data.redis` of an environment file: in the cluster or managed outside.
   * @default - `{ mode: 'statefulset' }`: one in-cluster pod, every other field at its schema default (config/schema.ts)
   */
  readonly config?: RedisSettings;
  /**
   * Kubernetes name of its objects and its `app.kubernetes.io/name`.
   * @default 'datalens-redis'
   */
  readonly name?: string;
}

/**
 * Redis 7: an in-cluster StatefulSet with AOF persistence, password auth and an exporter, or a
 * managed Redis outside the cluster reached over TLS.
 */
export class Redis extends Component implements Connectable {
  private readonly credentials: AppSecret;
  private port: PortSpec = REDIS_PORT;
  /** The CA the API verifies this Redis against; none for a managed Redis (public CA) or with internal TLS off. */
  private trust?: TrustAnchor;

  constructor(scope: Construct, id: string, props: RedisProps = {}) {
    const config = settingsWithDefaults('redis', props.config ?? { mode: 'statefulset' }, `${scope.node.path}/${id}`, contextOf(scope).environment);
    super(scope, id, {
      name: props.name ?? 'datalens-redis',
      role: 'cache',
      version: config.mode === 'statefulset' ? config.image.tag : undefined,
      placement: config.mode === 'external' ? externalPlacement(config.cidr) : undefined,
    });
    if (config.mode === 'external') {
      this.port = { ...REDIS_PORT, port: config.port };
      this.credentials = new AppSecret(this, 'Credentials', {
        name: `${this.name}-url`,
        values: { store_url: { remoteKey: config.urlSecret.remoteKey, property: config.urlSecret.property, placeholder: 'rediss://redis.invalid:6379' } },
        // the clients' URL is the store's only when it asks for TLS (the server verified against the system CAs)
        templates: { url: (ref) => ref('store_url', 'rediss-url') },
      });
    } else {
      this.credentials = this.statefulSet(config);
    }
  }

  bindingFor(): Binding {
    const trust = this.trust ? [this.trust] : [];
    return {
      peer: this,
      ports: [this.port],
      purpose: 'cache, rate limits, sessions',
      // a rediss:// URL verifies the server against REDIS_CA_FILE; there is no plaintext fallback to forget
      env: [this.credentials.env('REDIS_URL', 'url'), ...trust.map((t) => ({ name: 'REDIS_CA_FILE', value: trustPath(t) }))],
      trust,
    };
  }

  private observeRedis(): void {
    const target = targetOf(this);
    const ratio = this.environment.config.monitoring.thresholds.redisMemoryRatio;
    observe(this, {
      title: 'Redis',
      health: `min(redis_up{${target}})`,
      rules: [
        scrapeDownRule(this, 'Redis', 'Sessions and rate limits fail. Check the pod, its volume and the exporter sidecar.'),
        {
          alert: 'DatalensRedisUnreachable',
          expr: `redis_up{${target}} == 0`,
          for: '2m',
          severity: 'critical',
          summary: 'Redis does not answer its exporter',
          runbook: 'Check the Redis container logs; an AOF rewrite or a full volume can stop it.',
        },
        {
          alert: 'DatalensRedisMemoryHigh',
          expr: `redis_memory_used_bytes{${target}} / redis_memory_max_bytes{${target}} > ${ratio}`,
          for: '15m',
          severity: 'warning',
          summary: `Redis uses more than ${percent(ratio)} of maxmemory`,
          runbook: 'Keys are about to be evicted. Raise data.redis.maxmemory (and the memory limit) or find the key growth.',
        },
        {
          alert: 'DatalensRedisEvictions',
          expr: `increase(redis_evicted_keys_total{${target}}[10m]) > 0`,
          for: '0m',
          severity: 'warning',
          summary: 'Redis evicts keys',
          runbook: 'Sessions or rate-limit state are being dropped. Raise maxmemory or review the eviction policy.',
        },
      ],
      panels: [
        { title: 'Memory used / max', expr: `redis_memory_used_bytes{${target}} / redis_memory_max_bytes{${target}}`, unit: 'percentunit' },
        { title: 'Commands per second', expr: `rate(redis_commands_processed_total{${target}}[5m])`, unit: 'ops' },
        { title: 'Evicted keys', expr: `increase(redis_evicted_keys_total{${target}}[10m])` },
      ],
    });
  }

  private statefulSet(config: Extract<RedisConfig, { mode: 'statefulset' }>): AppSecret {
    const ca = InternalCa.of(this);
    const tls = ca.enabled;
    this.port = tls ? REDIS_TLS_PORT : REDIS_PORT;
    if (tls) this.trust = ca.trust;
    const credentials = new AppSecret(this, 'Credentials', {
      name: this.name,
      values: {
        password: { remoteKey: 'redis', property: 'password', placeholder: 'dev-only-redis-password' },
        monitor_password: { remoteKey: 'redis', property: 'monitor_password', placeholder: 'dev-only-redis-monitor-password' },
      },
      templates: {
        url: (ref) => `${tls ? 'rediss' : 'redis'}://${REDIS_APP_USER}:${ref('password')}@${this.serviceHost()}:${REDIS_PORT.port}/0`,
        // passwords as their SHA-256: no quoting to get wrong, no clear text in Redis's files or command line;
        // `default` is off, so every client names its user and gets only that user's commands
        [ACL_FILE]: (ref) =>
          [
            'user default off',
            `user ${REDIS_APP_USER} on #${ref('password', 'sha256-hex')} ~* &* +@all -@admin ${REDIS_DENIED_COMMANDS.map((c) => `-${c}`).join(' ')}`,
            `user ${REDIS_MONITOR_USER} on #${ref('monitor_password', 'sha256-hex')} ${MONITOR_RULES}`,
            '',
          ].join('\n'),
      },
    });
    const listener = tls
      ? [
          // TLS only: the plaintext port is closed, not merely unused
          'port 0',
          `tls-port ${REDIS_PORT.port}`,
          `tls-cert-file ${TLS_DIR}/tls.crt`,
          `tls-key-file ${TLS_DIR}/tls.key`,
          `tls-ca-cert-file ${TLS_DIR}/ca.crt`,
          // clients authenticate with their ACL user's password; the certificate authenticates the server
          'tls-auth-clients no',
          'tls-protocols "TLSv1.2 TLSv1.3"',
        ]
      : [`port ${REDIS_PORT.port}`];
    const settings = configMapFor(this, 'Config', {
      'redis.conf': [
        ...listener,
        'dir /data',
        'appendonly yes',
        'appendfsync everysec',
        `maxmemory ${redisSize(config.maxmemory)}`,
        `maxmemory-policy ${config.maxmemoryPolicy}`,
        // the users and their passwords, as hashes, from the Secret mounted beside this file
        `aclfile ${CONFIG_DIR}/${ACL_FILE}`,
        'protected-mode yes',
        '',
      ].join('\n'),
    });
    const certificate = tls ? ca.serverCertificate(this, { services: [this.name], headlessServices: [`${this.name}-headless`] }) : undefined;
    const account = serviceAccountFor(this);
    const exporterPort: PortSpec = tls ? { ...REDIS_EXPORTER_PORT, tls: true } : REDIS_EXPORTER_PORT;
    serviceFor(this, 'Service', [this.port, exporterPort]);
    // REDISCLI_AUTH authenticates redis-cli without putting the password on a command line
    const cli = ['redis-cli', ...(tls ? ['--tls', '--cacert', `${TLS_DIR}/ca.crt`] : []), '--user', REDIS_MONITOR_USER, '-h', '127.0.0.1', '-p', String(REDIS_PORT.port)];
    const ping = execProbe(['sh', '-c', `${cli.join(' ')} ping | grep -q PONG`]);
    const configMount = { name: 'config', mountPath: CONFIG_DIR, readOnly: true };
    statefulServer(this, {
      storage: config.storage,
      headlessPorts: [this.port],
      uid: REDIS_UID,
      serviceAccountName: account.name,
      replicas: 1,
      annotations: { [CONFIG_CHECKSUM_ANNOTATION]: settings.checksum },
      containers: [
        {
          name: 'redis',
          image: config.image,
          // no password on the command line: `--requirepass $(REDIS_PASSWORD)` put it in the container's recorded
          // args, and Redis reads its arguments as configuration (a password of "-" stopped it from starting)
          command: ['redis-server', `${CONFIG_DIR}/redis.conf`],
          ports: [this.port],
          env: [credentials.env('REDISCLI_AUTH', 'monitor_password')],
          resources: config.resources,
          startupProbe: startupWindow(ping, 120),
          livenessProbe: { ...ping, failureThreshold: 6 },
          readinessProbe: { ...ping, periodSeconds: 5 },
          writablePaths: { tmp: '/tmp' },
          volumeMounts: [{ name: 'data', mountPath: '/data' }, configMount],
        },
        {
          name: 'exporter',
          image: config.exporterImage,
          ports: [exporterPort],
          env: [
            // localhost is in the server certificate, so the exporter verifies it like any client
            { name: 'REDIS_ADDR', value: `${tls ? 'rediss' : 'redis'}://localhost:${REDIS_PORT.port}` },
            { name: 'REDIS_USER', value: REDIS_MONITOR_USER },
            credentials.env('REDIS_PASSWORD', 'monitor_password'),
            ...(tls
              ? [
                  { name: 'REDIS_EXPORTER_TLS_CA_CERT_FILE', value: `${TLS_DIR}/ca.crt` },
                  // its web endpoint (metrics and /health) serves HTTPS with the server certificate, read again at each
                  // handshake; no REDIS_EXPORTER_TLS_SERVER_CA_CERT_FILE, which would demand a client certificate of Prometheus
                  { name: 'REDIS_EXPORTER_TLS_SERVER_CERT_FILE', value: `${TLS_DIR}/tls.crt` },
                  { name: 'REDIS_EXPORTER_TLS_SERVER_KEY_FILE', value: `${TLS_DIR}/tls.key` },
                ]
              : []),
          ],
          resources: EXPORTER_RESOURCES,
          livenessProbe: httpProbe('/health', exporterPort, { periodSeconds: 30 }),
          readinessProbe: httpProbe('/health', exporterPort, { periodSeconds: 30 }),
          ...(tls ? { volumeMounts: [configMount] } : {}),
        },
      ],
      // the configuration, the ACL and the certificate it names, side by side in one folder
      volumes: [
        {
          name: 'config',
          projected: {
            sources: [
              { configMap: { name: settings.name } },
              { secret: { name: credentials.name, items: [{ key: ACL_FILE, path: ACL_FILE }] } },
              ...(certificate ? [{ secret: { name: certificate.secretName, items: ['tls.crt', 'tls.key', 'ca.crt'].map((key) => ({ key, path: `tls/${key}` })) } }] : []),
            ],
          },
        },
      ],
    });
    scrapeService(this, { port: exporterPort, ...(certificate ? { tls: { trust: certificate.caTrust, serverName: this.serviceHost() } } : {}) });
    this.observeRedis();
    return credentials;
  }
}

/** A Kubernetes binary quantity (200Mi) in Redis units (200mb, which Redis reads as 1024-based). */
export function redisSize(quantity: string): string {
  const { amount, prefix } = splitBinaryQuantity(quantity);
  return `${amount}${prefix.toLowerCase()}b`;
}
