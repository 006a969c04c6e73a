import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { loadEnvironments } from '../../config/load';
import { splitBinaryQuantity } from '../../config/units';
import { executeTemplate, goParseUserinfo } from '../support/go-model';
import { HOSTILE, wrongPasswords } from '../support/hostile-passwords';
import { environmentsOnDisk, objectsOnDisk, ROOT, type Json } from '../support/on-disk';
import { PodOnHost, secretsOf } from '../support/pod-on-host';
import { RedisClient, RedisError, redisCliBinary, redisServerBinary, redisServerVersion, type RedisReply } from '../support/redis-server';
import { freePort, LOOPBACK, ServerProcess } from '../support/server-process';
import { internalCertificates } from '../support/test-certificates';
import { REDIS_APP_USER, REDIS_DENIED_COMMANDS, REDIS_MONITOR_USER } from '../../components/redis';

/*
 * The Redis of dist/ run by the real redis-server, on loopback: the pod laid out as the kubelet
 * would (redis.conf and the Secret's users.acl side by side in one projected folder, the claim as
 * /data), started with the container's own command line. `loopback()` is the only change: listen
 * on 127.0.0.1 and a free port. Paths under the container's mounts are moved to their host folders.
 * The credentials are the environment's Secret: in dev the placeholder, elsewhere rendered from the
 * ExternalSecret template by the Go template model, with a password full of punctuation.
 *
 * Debian's redis-server is 7.0 and the pinned image 7.4; every option we generate is one 7.0
 * knows, and what is checked here (config directives, ACL files and hashed passwords, AOF) behaves
 * alike in both.
 */

const HOSTILE_PASSWORD = `-"p@ss w0rd'\\ #;{}$(x) é🔑`;
// a bound, not an expectation: Redis starts in milliseconds on an idle machine
const START_TIMEOUT_MS = 15_000;
jest.setTimeout(30_000);
const configs = new Map(loadEnvironments(join(ROOT, 'environments')).map((e) => [e.name, e.config]));
const bytesOf = (quantity: string) => {
  const { amount, prefix } = splitBinaryQuantity(quantity);
  return amount * 1024 ** ('KMGT'.indexOf(prefix) + 1);
};

/** The StatefulSet, its Secret and what the API is given (REDIS_URL), as the environment's files hold them. */
function readRedis(env: string) {
  const objects = objectsOnDisk(env).map((o) => o.object);
  const set = objects.find((o) => o.kind === 'StatefulSet' && o.metadata.name === 'datalens-redis');
  if (!set) return undefined;
  const secrets = new Map([...secretsOf(objects, (_secret, key) => (key === 'store_url' ? 'rediss://cache.example.internal:6379' : HOSTILE_PASSWORD)), ...internalCertificates(objects)]);
  const secret = secrets.get('datalens-redis')!;
  const url = goParseUserinfo(secret.url);
  const conf: string = objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name === 'datalens-redis')!.data['redis.conf'];
  return {
    env,
    objects,
    set,
    secrets,
    secretObject: objects.find((o) => (o.kind === 'Secret' || o.kind === 'ExternalSecret') && o.metadata.name === 'datalens-redis')!,
    container: (set.spec.template.spec.containers as Json[]).find((c) => c.name === 'redis')!,
    /** The user and password the API sends (REDIS_URL read as Go's net/url reads it). */
    user: url.username!.toString('utf8'),
    password: url.password!.toString('utf8'),
    /** The exporter's and the probes' password. */
    monitorPassword: secret.monitor_password,
    /** The scheme of REDIS_URL: rediss (TLS) or redis. */
    scheme: new URL(secret.url).protocol.replace(':', ''),
    /** The CA the API verifies the server against, when Redis listens on TLS. */
    ca: /^tls-port /m.test(conf) ? secrets.get('datalens-internal-ca')!['ca.crt'] : undefined,
    host: new URL(secret.url).hostname,
  };
}
type Redis = NonNullable<ReturnType<typeof readRedis>>;
const withRedis = environmentsOnDisk().flatMap((env) => readRedis(env) ?? []);

/** The generated redis.conf, changed only to listen on 127.0.0.1 and a free port (the TLS port where there is one). */
function loopback(conf: string, port: number): string {
  const listen = /^tls-port /m.test(conf) ? 'tls-port' : 'port';
  const listens = conf.match(new RegExp(`^${listen} \\d+$`, 'gm')) ?? [];
  if (listens.length !== 1 || /^bind /m.test(conf)) throw new Error(`expected one ${listen} line and no bind in redis.conf:\n${conf}`);
  return conf.replace(new RegExp(`^${listen} \\d+$`, 'm'), `bind ${LOOPBACK}\n${listen} ${port}`);
}

interface Running {
  readonly pod: PodOnHost;
  readonly port: number;
  readonly process: ServerProcess;
}

/** Start the pod's redis container with its claim in `claim`; a start that loses its port to another process is retried. */
async function startRedis(redis: Redis, claim: string, extraConf = '', attempt = 1): Promise<Running> {
  const port = await freePort();
  const pod = new PodOnHost(redis.objects, redis.set, 'redis', { secrets: redis.secrets, claims: { data: claim } });
  let process: ServerProcess;
  try {
    pod.rewrite('/etc/redis/redis.conf', (conf) => pod.relocate(loopback(conf, port)) + extraConf);
    const [command, ...args] = pod.argv;
    expect(command).toBe('redis-server');
    process = ServerProcess.spawn({ argv: [redisServerBinary(), ...args.map((a) => pod.relocate(a))], env: pod.env, cwd: pod.root, name: `redis-server ${pod.podName} (${redis.env})` });
  } catch (err) {
    pod.cleanup();
    throw err;
  }
  try {
    await process.waitFor((log) => (/Ready to accept connections/.test(log) ? true : undefined), START_TIMEOUT_MS, 'starting');
    return { pod, port, process };
  } catch (err) {
    await process.kill();
    pod.cleanup();
    if (attempt < 3 && /Address already in use/.test(String(err))) return startRedis(redis, claim, extraConf, attempt + 1);
    throw err;
  }
}

const clients: RedisClient[] = [];
/** A client of `redis` as the API connects: over TLS verifying the service's name against the CA where the URL says rediss. */
async function client(redis: Redis, port: number, auth?: { user: string; password: string }): Promise<RedisClient> {
  const c = await RedisClient.connect(port, undefined, redis.ca ? { ca: redis.ca, servername: redis.host } : undefined);
  clients.push(c);
  if (auth !== undefined) expect(await c.command(['AUTH', auth.user, auth.password])).toBe('OK');
  return c;
}
const apiUser = (redis: Redis) => ({ user: redis.user, password: redis.password });
const monitorUser = (redis: Redis) => ({ user: REDIS_MONITOR_USER, password: redis.monitorPassword });
const errorOf = (reply: RedisReply) => (reply instanceof RedisError ? reply.message.split(' ')[0] : reply);

describe('Redis: the generated command line and configuration, run by the real redis-server', () => {
  const running = new Map<string, { redis: Redis; claim: string; server: Running }>();

  beforeAll(async () => {
    redisServerBinary(); // throws with install instructions if missing
    await Promise.all(
      withRedis.map(async (redis) => {
        const claim = mkdtempSync(join(tmpdir(), 'redis-claim-'));
        running.set(redis.env, { redis, claim, server: await startRedis(redis, claim) });
      }),
    );
  });

  afterAll(async () => {
    for (const c of clients) c.close();
    await Promise.all(
      [...running.values()].map(async ({ server, claim }) => {
        await server.process.kill();
        server.pod.cleanup();
        rmSync(claim, { recursive: true, force: true });
      }),
    );
  });

  /** Run `check` on every environment's Redis at once; a failure names its environment. */
  const eachRedis = async (check: (r: { redis: Redis; claim: string; server: Running }) => Promise<void>) => {
    const outcomes = await Promise.allSettled(
      withRedis.map(async ({ env }) => {
        const found = running.get(env);
        if (!found) throw new Error('redis-server did not start (see beforeAll)');
        await check(found);
      }),
    );
    const failures = outcomes.flatMap((o, i) => (o.status === 'rejected' ? [`${withRedis[i].env}: ${o.reason instanceof Error ? o.reason.message : String(o.reason)}`] : []));
    if (failures.length > 0) throw new Error(failures.join('\n\n'));
  };

  it('covers every environment that runs Redis in the cluster, on the Debian redis-server the README names', () => {
    expect(withRedis.map((r) => r.env)).toEqual(environmentsOnDisk().filter((env) => configs.get(env)!.data.redis.mode === 'statefulset'));
    expect(withRedis.length).toBeGreaterThan(0);
    expect(redisServerVersion()).toMatch(/^7\./);
  });

  it('reads every generated directive as written: maxmemory exactly as the environment sizes it, AOF every second, the ACL file', () =>
    eachRedis(async ({ redis, server }) => {
      const config = configs.get(redis.env)!.data.redis;
      if (config.mode !== 'statefulset') throw new Error(`${redis.env} runs Redis but its environment says ${config.mode}`);
      // CONFIG GET is the monitor user's (the exporter reads the limits); the API's user may not
      const admin = await client(redis, server.port, monitorUser(redis));
      const conf: string = redis.objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name === 'datalens-redis')!.data['redis.conf'];
      const tls = /^tls-port /m.test(conf);
      const expected: Record<string, string> = {
        [tls ? 'tls-port' : 'port']: String(server.port),
        dir: server.pod.hostPath('/data'),
        maxmemory: String(bytesOf(config.maxmemory)),
        aclfile: server.pod.hostPath('/etc/redis/users.acl'),
        ...Object.fromEntries(['tls-cert-file', 'tls-key-file', 'tls-ca-cert-file'].map((k) => [k, server.pod.hostPath(conf.match(new RegExp(`^${k} (.*)$`, 'm'))?.[1] ?? '/etc/redis')])),
        'tls-protocols': 'TLSv1.2 TLSv1.3',
      };
      const directives = conf.split('\n').filter((l) => l.trim() && !l.startsWith('#'));
      for (const line of directives) {
        const [name, ...value] = line.split(' ');
        const got = await admin.command(['CONFIG', 'GET', name]);
        expect({ name, got }).toEqual({ name, got: [name, expected[name] ?? value.join(' ')] });
      }
      expect(directives.map((l) => l.split(' ')[0])).toEqual(expect.arrayContaining(['appendonly', 'appendfsync', 'maxmemory', 'maxmemory-policy', 'aclfile']));
      expect(await admin.command(['CONFIG', 'GET', 'maxmemory-policy'])).toEqual(['maxmemory-policy', config.maxmemoryPolicy]);
    }));

  it('requires the user and password behind REDIS_URL (the ACL holds only SHA-256s), and accepts nothing else; `default` is off', () =>
    eachRedis(async ({ redis, server }) => {
      if (redis.secretObject.kind === 'ExternalSecret') expect(redis.password).toBe(HOSTILE_PASSWORD);
      expect(redis.user).toBe(REDIS_APP_USER);
      const anonymous = await client(redis, server.port);
      expect(errorOf(await anonymous.command(['PING']))).toBe('NOAUTH');
      expect(errorOf(await anonymous.command(['GET', 'x']))).toBe('NOAUTH');
      for (const wrong of [...wrongPasswords(redis.password), '']) expect({ wrong, reply: errorOf(await anonymous.command(['AUTH', redis.user, wrong])) }).toEqual({ wrong, reply: 'WRONGPASS' });
      // the password alone authenticates as `default`, which is off
      expect(errorOf(await anonymous.command(['AUTH', redis.password]))).toBe('WRONGPASS');
      expect(await anonymous.command(['AUTH', redis.user, redis.password])).toBe('OK');
      // neither user may run ACL WHOAMI (ACL is denied whole): that they are in shows in what they may do
      expect(await anonymous.command(['PING'])).toBe('PONG');
      expect(errorOf(await anonymous.command(['ACL', 'WHOAMI']))).toBe('NOPERM');
      const monitor = await client(redis, server.port, monitorUser(redis));
      expect(await monitor.command(['PING'])).toBe('PONG');
      const users = readFileSync(server.pod.hostPath('/etc/redis/users.acl'), 'utf8');
      expect(users).not.toContain(redis.password);
      expect(users).not.toContain(redis.monitorPassword);
    }));

  it("denies the API's user CONFIG, DEBUG, MODULE, ACL, SHUTDOWN, FLUSHALL, KEYS and the rest, and lets it do its work", () =>
    eachRedis(async ({ redis, server }) => {
      const api = await client(redis, server.port, apiUser(redis));
      const attempts: string[][] = [
        ['CONFIG', 'SET', 'dir', '/tmp'], ['CONFIG', 'GET', 'maxmemory'], ['CONFIG', 'REWRITE'], ['DEBUG', 'SLEEP', '0'], ['MODULE', 'LIST'], ['MODULE', 'LOAD', '/tmp/x.so'],
        ['ACL', 'SETUSER', 'x', 'on', '>x', '+@all'], ['ACL', 'LIST'], ['SHUTDOWN', 'NOSAVE'], ['MONITOR'], ['REPLICAOF', '127.0.0.1', '1'], ['SLAVEOF', '127.0.0.1', '1'],
        ['SAVE'], ['BGSAVE'], ['BGREWRITEAOF'], ['FLUSHALL'], ['FLUSHDB'], ['KEYS', '*'], ['SWAPDB', '0', '1'], ['MIGRATE', '127.0.0.1', '1', 'k', '0', '10'], ['RESTORE', 'k', '0', 'x'],
      ];
      expect(REDIS_DENIED_COMMANDS.every((c) => attempts.some((a) => a[0].toLowerCase() === c) || ['sync', 'psync', 'failover'].includes(c))).toBe(true);
      // DEBUG and MODULE are also off server-wide in Redis 7 (enable-debug-command, enable-module-command), which answers first
      const offServerWide = new Set(['DEBUG', 'MODULE']);
      for (const attempt of attempts) expect({ attempt, reply: errorOf(await api.command(attempt)) }).toEqual({ attempt, reply: offServerWide.has(attempt[0]) ? expect.stringMatching(/^(NOPERM|ERR)$/) : 'NOPERM' });
      expect(await api.command(['SET', 'session:1', 'x', 'EX', '60'])).toBe('OK');
      expect(await api.command(['INCR', 'rate:1'])).toBe(1);
      expect(await api.command(['EVAL', "return redis.call('GET', KEYS[1])", '1', 'session:1'])).toBe('x');
      expect(await api.command(['DEL', 'session:1', 'rate:1'])).toBe(2);
      // the monitor user reads server state and no key
      const monitor = await client(redis, server.port, monitorUser(redis));
      expect(String(await monitor.command(['INFO', 'memory']))).toMatch(/used_memory:/);
      expect(errorOf(await monitor.command(['GET', 'x']))).toBe('NOPERM');
      expect(errorOf(await monitor.command(['CONFIG', 'SET', 'maxmemory', '1']))).toBe('NOPERM');
    }));

  it('answers TLS only where internal TLS is on: a plaintext client gets no reply, and the certificate names the service the API dials', () =>
    eachRedis(async ({ redis, server }) => {
      if (!redis.ca) throw new Error(`${redis.env} has internal TLS; expected a tls-port`);
      expect(redis.scheme).toBe('rediss');
      const plain = await RedisClient.connect(server.port);
      clients.push(plain);
      await expect(plain.command(['PING'], 2_000)).rejects.toThrow();
      // verification is on: a name the certificate does not hold is refused
      await expect(RedisClient.connect(server.port, 5_000, { ca: redis.ca, servername: 'datalens-redis.elsewhere.svc.cluster.local' })).rejects.toThrow(/altnames|Hostname/i);
      // and a CA that did not sign it is refused
      const other = internalCertificates(redis.objects).get('datalens-internal-ca')!['ca.crt'];
      await expect(RedisClient.connect(server.port, 5_000, { ca: other, servername: redis.host })).rejects.toThrow(/certificate/i);
    }));

  it('has no password on its command line, where `ps` and the container runtime would show it', () =>
    eachRedis(async ({ redis, server }) => {
      const secretEnv = new Set((redis.container.env as Json[]).filter((e) => e.valueFrom?.secretKeyRef).map((e) => e.name as string));
      for (const arg of [...(redis.container.command ?? []), ...(redis.container.args ?? [])]) {
        for (const [, name] of String(arg).matchAll(/\$\(([^)]+)\)/g)) expect(secretEnv.has(name)).toBe(false);
      }
      expect(server.pod.argv.join(' ')).not.toContain(redis.password);
    }));

  it('dev and the External Secrets template write the same users.acl for the same password', () => {
    const template = withRedis.map((r) => r.secretObject).find((o) => o.kind === 'ExternalSecret')?.spec.target.template.data['users.acl'];
    const dev = withRedis.find((r) => r.secretObject.kind === 'Secret');
    if (!template || !dev) throw new Error('expected one environment with a dev Secret and one with an ExternalSecret');
    expect(executeTemplate(template, { password: dev.password, monitor_password: dev.monitorPassword })).toBe(dev.secrets.get('datalens-redis')!['users.acl']);
  });

  it('carries the hostile password corpus: users.acl and REDIS_URL from the template, read by a started redis-server, then AUTH', async () => {
    const staging = withRedis.find((r) => r.secretObject.kind === 'ExternalSecret');
    if (!staging) throw new Error('no environment renders users.acl from an ExternalSecret template');
    const template: Record<string, string> = staging.secretObject.spec.target.template.data;
    // ACL LOAD is nobody's command in the generated ACL: each password gets a server started on its own users.acl, as a rolled pod would
    for (const [what, password] of HOSTILE) {
      const values = { password, monitor_password: staging.monitorPassword };
      const rendered: Record<string, string> = { ...values, ...Object.fromEntries(Object.entries(template).map(([k, t]) => [k, executeTemplate(t, values)])) };
      const secrets = new Map(staging.secrets).set('datalens-redis', rendered);
      const claim = mkdtempSync(join(tmpdir(), 'redis-claim-'));
      const server = await startRedis({ ...staging, secrets }, claim);
      try {
        // the API reads its password from REDIS_URL with Go's net/url
        expect({ what, url: goParseUserinfo(rendered.url).password?.toString('utf8') }).toEqual({ what, url: password });
        const probe = await client(staging, server.port);
        expect({ what, reply: await probe.command(['AUTH', REDIS_APP_USER, password]) }).toEqual({ what, reply: 'OK' });
        for (const wrong of wrongPasswords(password)) expect({ what, wrong, reply: errorOf(await probe.command(['AUTH', REDIS_APP_USER, wrong])) }).toEqual({ what, wrong, reply: 'WRONGPASS' });
      } finally {
        await server.process.kill();
        server.pod.cleanup();
        rmSync(claim, { recursive: true, force: true });
      }
    }
  });

  it('passes its probes with REDISCLI_AUTH from the Secret, and fails them without', () =>
    eachRedis(async ({ redis, server }) => {
      const path = `${dirname(redisCliBinary())}${delimiter}${process.env.PATH ?? '/usr/bin:/bin'}`;
      for (const probe of ['startupProbe', 'livenessProbe', 'readinessProbe']) {
        const command: string[] = redis.container[probe].exec.command;
        const onLoopback = command.map((a) => server.pod.relocate(a.replace(/-h 127\.0\.0\.1 -p 6379\b/, `-h ${LOOPBACK} -p ${server.port}`)));
        expect(onLoopback).not.toEqual(command);
        const run = (env: Record<string, string>) => spawnSync(onLoopback[0], onLoopback.slice(1), { env: { ...env, PATH: path }, timeout: 10_000, encoding: 'utf8' }).status;
        expect({ probe, status: run(server.pod.env) }).toEqual({ probe, status: 0 });
        const { REDISCLI_AUTH: _, ...withoutAuth } = server.pod.env;
        expect({ probe, status: run(withoutAuth) }).toEqual({ probe, status: 1 });
      }
    }));

  it('keeps acknowledged writes across a crash: AOF on the data volume, fsynced every second', () =>
    eachRedis(async (entry) => {
      const { redis, claim } = entry;
      const writer = await client(redis, entry.server.port, apiUser(redis));
      for (let i = 0; i < 100; i++) expect(await writer.command(['SET', `key:${i}`, `value ${i} ${HOSTILE_PASSWORD}`])).toBe('OK');
      await new Promise((resolve) => setTimeout(resolve, 1_100)); // appendfsync everysec
      await entry.server.process.kill(); // SIGKILL: no shutdown save
      entry.server.pod.cleanup();
      expect(existsSync(join(claim, 'dump.rdb'))).toBe(false);
      expect(existsSync(join(claim, 'appendonlydir'))).toBe(true);
      const restarted = await startRedis(redis, claim);
      running.set(redis.env, { ...entry, server: restarted });
      expect(restarted.process.output).toMatch(/DB loaded from append only file/);
      const reader = await client(redis, restarted.port, apiUser(redis));
      expect(await reader.command(['DBSIZE'])).toBe(100);
      expect(await reader.command(['GET', 'key:99'])).toBe(`value 99 ${HOSTILE_PASSWORD}`);
    }));

  describe('why not the command line, and that the start-up check has teeth', () => {
    it('the former `--requirepass $(REDIS_PASSWORD)` kept Redis from starting for a password of "-", and ran with no password for an empty one', async () => {
      const conf = join(mkdtempSync(join(tmpdir(), 'redis-argv-')), 'redis.conf');
      try {
        const port = await freePort();
        writeFileSync(conf, `bind ${LOOPBACK}\nport ${port}\nsave ""\nappendonly no\n`);
        const dash = spawnSync(redisServerBinary(), [conf, '--requirepass', '-'], { encoding: 'utf8', timeout: 10_000, input: '' });
        expect(dash.status).not.toBe(0);
        expect(dash.stdout + dash.stderr).toMatch(/requirepass[\s\S]*wrong number of arguments/);
        const empty = ServerProcess.spawn({ argv: [redisServerBinary(), conf, '--requirepass', ''], name: 'redis-server --requirepass ""' });
        try {
          await empty.waitFor((log) => (/Ready to accept connections/.test(log) ? true : undefined), START_TIMEOUT_MS, 'starting');
          const plain = await RedisClient.connect(port);
          clients.push(plain);
          expect(await plain.command(['PING'])).toBe('PONG');
        } finally {
          await empty.kill();
        }
      } finally {
        rmSync(dirname(conf), { recursive: true, force: true });
      }
    });

    it('an option Redis 7.0 does not know stops it at start-up', async () => {
      const redis = withRedis[0];
      const claim = mkdtempSync(join(tmpdir(), 'redis-claim-'));
      try {
        await expect(startRedis(redis, claim, 'no-such-option yes\n')).rejects.toThrow(/Bad directive or wrong number of arguments/);
      } finally {
        rmSync(claim, { recursive: true, force: true });
      }
    });
  });
});
