import type { Construct } from 'constructs';
import { settingsWithDefaults, type RedisSettings } from '../config/component-settings';
import type { RedisConfig } from '../config/schema';
import { splitBinaryQuantity } from '../config/units';
import { AppSecret } from '../foundation/app-secret';
import { Component, contextOf, type Binding, type Connectable } from '../foundation/component';
import { scrapeService } from '../foundation/metrics';
import { observe, percent, scrapeDownRule, targetOf } from '../foundation/telemetry';
import type { PortSpec } from '../foundation/peer';
import { execProbe, EXPORTER_RESOURCES, httpProbe, startupWindow } from '../foundation/pod-template';
import { CONFIG_CHECKSUM_ANNOTATION, configMapFor, serviceAccountFor, serviceFor, statefulServer } from '../foundation/workload-parts';

export const REDIS_PORT: PortSpec = { name: 'redis', port: 6379 };
export const REDIS_EXPORTER_PORT: PortSpec = { name: 'metrics', port: 9121 };
/** The official redis image runs as the `redis` user, uid 999. */
const REDIS_UID = 999;
/** Key of the Redis Secret (and file beside redis.conf) holding the ACL of the default user. */
const ACL_FILE = 'users.acl';
const CONFIG_DIR = '/etc/redis';

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
  private readonly port: PortSpec;

  constructor(scope: Construct, id: string, props: RedisProps = {}) {
    const config = settingsWithDefaults('redis', props.config ?? { mode: 'statefulset' }, `${scope.node.path}/${id}`, contextOf(scope).environment);
    super(scope, id, {
      name: props.name ?? 'datalens-redis',
      role: 'cache',
      version: config.mode === 'statefulset' ? config.image.tag : undefined,
      placement: config.mode === 'external' ? { kind: 'addresses', cidr: config.cidr } : undefined,
    });
    if (config.mode === 'external') {
      this.port = { ...REDIS_PORT, port: config.port };
      this.credentials = new AppSecret(this, 'Credentials', {
        name: `${this.name}-url`,
        values: { url: { remoteKey: config.urlSecret.remoteKey, property: config.urlSecret.property, placeholder: '' } },
      });
    } else {
      this.port = REDIS_PORT;
      this.credentials = this.statefulSet(config);
    }
  }

  bindingFor(): Binding {
    return { peer: this, ports: [this.port], purpose: 'cache, rate limits, sessions', env: [this.credentials.env('REDIS_URL', 'url')] };
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
    const credentials = new AppSecret(this, 'Credentials', {
      name: this.name,
      values: { password: { remoteKey: 'redis', property: 'password', placeholder: 'dev-only-redis-password' } },
      templates: {
        url: (ref) => `redis://:${ref('password')}@${this.serviceHost()}:${REDIS_PORT.port}/0`,
        // the password as its SHA-256: no quoting to get wrong, no clear text in Redis's files or command line
        [ACL_FILE]: (ref) => `user default on #${ref('password', 'sha256-hex')} ~* &* +@all\n`,
      },
    });
    const settings = configMapFor(this, 'Config', {
      'redis.conf': [
        `port ${REDIS_PORT.port}`,
        'dir /data',
        'appendonly yes',
        'appendfsync everysec',
        `maxmemory ${redisSize(config.maxmemory)}`,
        `maxmemory-policy ${config.maxmemoryPolicy}`,
        // the default user's password, as a hash, from the Secret mounted beside this file
        `aclfile ${CONFIG_DIR}/${ACL_FILE}`,
        'protected-mode yes',
        '',
      ].join('\n'),
    });
    const account = serviceAccountFor(this);
    serviceFor(this, 'Service', [REDIS_PORT, REDIS_EXPORTER_PORT]);
    // REDISCLI_AUTH authenticates redis-cli without putting the password on a command line
    const ping = execProbe(['sh', '-c', 'redis-cli -h 127.0.0.1 -p 6379 ping | grep -q PONG']);
    statefulServer(this, {
      storage: config.storage,
      headlessPorts: [REDIS_PORT],
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
          ports: [REDIS_PORT],
          env: [credentials.env('REDISCLI_AUTH', 'password')],
          resources: config.resources,
          startupProbe: startupWindow(ping, 120),
          livenessProbe: { ...ping, failureThreshold: 6 },
          readinessProbe: { ...ping, periodSeconds: 5 },
          writablePaths: { tmp: '/tmp' },
          volumeMounts: [
            { name: 'data', mountPath: '/data' },
            { name: 'config', mountPath: CONFIG_DIR, readOnly: true },
          ],
        },
        {
          name: 'exporter',
          image: config.exporterImage,
          ports: [REDIS_EXPORTER_PORT],
          env: [{ name: 'REDIS_ADDR', value: `redis://127.0.0.1:${REDIS_PORT.port}` }, credentials.env('REDIS_PASSWORD', 'password')],
          resources: EXPORTER_RESOURCES,
          livenessProbe: httpProbe('/health', REDIS_EXPORTER_PORT.name, { periodSeconds: 30 }),
          readinessProbe: httpProbe('/health', REDIS_EXPORTER_PORT.name, { periodSeconds: 30 }),
        },
      ],
      // the configuration and the ACL it names, side by side in one folder
      volumes: [
        {
          name: 'config',
          projected: { sources: [{ configMap: { name: settings.name } }, { secret: { name: credentials.name, items: [{ key: ACL_FILE, path: ACL_FILE }] } }] },
        },
      ],
    });
    scrapeService(this, { port: REDIS_EXPORTER_PORT });
    this.observeRedis();
    return credentials;
  }
}

/** A Kubernetes binary quantity (200Mi) in Redis units (200mb, which Redis reads as 1024-based). */
export function redisSize(quantity: string): string {
  const { amount, prefix } = splitBinaryQuantity(quantity);
  return `${amount}${prefix.toLowerCase()}b`;
}
