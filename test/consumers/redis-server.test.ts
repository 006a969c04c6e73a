import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
  const secrets = secretsOf(objects, () => HOSTILE_PASSWORD);
  const secret = secrets.get('datalens-redis')!;
  const url = goParseUserinfo(secret.url);
  return {
    env,
    objects,
    set,
    secrets,
    secretObject: objects.find((o) => (o.kind === 'Secret' || o.kind === 'ExternalSecret') && o.metadata.name === 'datalens-redis')!,
    container: (set.spec.template.spec.containers as Json[]).find((c) => c.name === 'redis')!,
    /** The password the API sends (REDIS_URL read as Go's net/url reads it). */
    password: url.password!.toString('utf8'),
  };
}
type Redis = NonNullable<ReturnType<typeof readRedis>>;
const withRedis = environmentsOnDisk().flatMap((env) => readRedis(env) ?? []);

/** The generated redis.conf, changed only to listen on 127.0.0.1 and a free port. */
function loopback(conf: string, port: number): string {
  const listens = conf.match(/^port \d+$/gm) ?? [];
  if (listens.length !== 1 || /^bind /m.test(conf)) throw new Error(`expected one port line and no bind in redis.conf:\n${conf}`);
  return conf.replace(/^port \d+$/m, `bind ${LOOPBACK}\nport ${port}`);
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
async function client(port: number, password?: string): Promise<RedisClient> {
  const c = await RedisClient.connect(port);
  clients.push(c);
  if (password !== undefined) expect(await c.command(['AUTH', password])).toBe('OK');
  return c;
}
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
      const admin = await client(server.port, redis.password);
      const conf: string = redis.objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name === 'datalens-redis')!.data['redis.conf'];
      const expected: Record<string, string> = {
        port: String(server.port),
        dir: server.pod.hostPath('/data'),
        maxmemory: String(bytesOf(config.maxmemory)),
        aclfile: server.pod.hostPath('/etc/redis/users.acl'),
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

  it('requires the password behind REDIS_URL (the ACL holds only its SHA-256), and accepts nothing else', () =>
    eachRedis(async ({ redis, server }) => {
      if (redis.secretObject.kind === 'ExternalSecret') expect(redis.password).toBe(HOSTILE_PASSWORD);
      const anonymous = await client(server.port);
      expect(errorOf(await anonymous.command(['PING']))).toBe('NOAUTH');
      expect(errorOf(await anonymous.command(['GET', 'x']))).toBe('NOAUTH');
      for (const wrong of [...wrongPasswords(redis.password), '']) expect({ wrong, reply: errorOf(await anonymous.command(['AUTH', wrong])) }).toEqual({ wrong, reply: 'WRONGPASS' });
      expect(await anonymous.command(['AUTH', redis.password])).toBe('OK');
      expect(await anonymous.command(['ACL', 'WHOAMI'])).toBe('default');
      const acl = (await anonymous.command(['ACL', 'LIST'])) as string[];
      expect(acl).toHaveLength(1);
      expect(acl[0]).toMatch(/^user default on #[0-9a-f]{64} ~\* &\* \+@all$/);
      expect(acl[0]).not.toContain(redis.password);
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
    expect(executeTemplate(template, { password: dev.password })).toBe(dev.secrets.get('datalens-redis')!['users.acl']);
  });

  it('carries the hostile password corpus: users.acl from the template, reloaded by ACL LOAD, then AUTH', async () => {
    const staging = withRedis.find((r) => r.secretObject.kind === 'ExternalSecret');
    if (!staging) throw new Error('no environment renders users.acl from an ExternalSecret template');
    const { server } = running.get(staging.env)!;
    const template: Record<string, string> = staging.secretObject.spec.target.template.data;
    const admin = await client(server.port, staging.password);
    const probe = await client(server.port);
    try {
      for (const [what, password] of HOSTILE) {
        writeFileSync(server.pod.hostPath('/etc/redis/users.acl'), executeTemplate(template['users.acl'], { password }));
        expect({ what, reply: await admin.command(['ACL', 'LOAD']) }).toEqual({ what, reply: 'OK' });
        // the API reads its password from REDIS_URL with Go's net/url
        expect({ what, url: goParseUserinfo(executeTemplate(template.url, { password })).password?.toString('utf8') }).toEqual({ what, url: password });
        expect({ what, reply: await probe.command(['AUTH', password]) }).toEqual({ what, reply: 'OK' });
        for (const wrong of wrongPasswords(password)) expect({ what, wrong, reply: errorOf(await probe.command(['AUTH', wrong])) }).toEqual({ what, wrong, reply: 'WRONGPASS' });
      }
    } finally {
      writeFileSync(server.pod.hostPath('/etc/redis/users.acl'), staging.secrets.get('datalens-redis')!['users.acl']);
      await admin.command(['ACL', 'LOAD']);
    }
  });

  it('passes its probes with REDISCLI_AUTH from the Secret, and fails them without', () =>
    eachRedis(async ({ redis, server }) => {
      const path = `${dirname(redisCliBinary())}${delimiter}${process.env.PATH ?? '/usr/bin:/bin'}`;
      for (const probe of ['startupProbe', 'livenessProbe', 'readinessProbe']) {
        const command: string[] = redis.container[probe].exec.command;
        const onLoopback = command.map((a) => a.replace(/-h 127\.0\.0\.1 -p 6379\b/, `-h ${LOOPBACK} -p ${server.port}`));
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
      const writer = await client(entry.server.port, redis.password);
      for (let i = 0; i < 100; i++) expect(await writer.command(['SET', `key:${i}`, `value ${i} ${HOSTILE_PASSWORD}`])).toBe('OK');
      await new Promise((resolve) => setTimeout(resolve, 1_100)); // appendfsync everysec
      await entry.server.process.kill(); // SIGKILL: no shutdown save
      entry.server.pod.cleanup();
      expect(existsSync(join(claim, 'dump.rdb'))).toBe(false);
      expect(existsSync(join(claim, 'appendonlydir'))).toBe(true);
      const restarted = await startRedis(redis, claim);
      running.set(redis.env, { ...entry, server: restarted });
      expect(restarted.process.output).toMatch(/DB loaded from append only file/);
      const reader = await client(restarted.port, redis.password);
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
          expect(await (await client(port)).command(['PING'])).toBe('PONG');
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
