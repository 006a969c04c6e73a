import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { loadEnvironments } from '../../config/load';
import { splitBinaryQuantity } from '../../config/units';
import { goParseUserinfo } from '../support/go-model';
import { AUTHORIZATION_VIOLATION, type ClientTls, NatsClient, natsAuthenticate, natsServerBinary, natsServerVersion } from '../support/nats-server';
import { environmentsOnDisk, objectsOnDisk, ROOT, type Json } from '../support/on-disk';
import { PodOnHost, secretsOf } from '../support/pod-on-host';
import { eventually, freePorts, getJson, type HttpsVerification, LOOPBACK, ServerProcess } from '../support/server-process';
import { internalCertificates } from '../support/test-certificates';

/*
 * The NATS configuration of dist/ run by the real nats-server as the cluster it describes, on
 * loopback: every pod of the StatefulSet laid out as the kubelet would (the ConfigMap and the
 * Secret's auth.conf side by side in one projected folder, the claim, the run folder, POD_NAME and
 * the rest of the env), started with the container's own command line. What a loopback test must
 * change is changed in `loopback()` and nowhere else: listen addresses and ports (127.0.0.1, ports
 * picked free) and the route URLs, which name pods through the headless Service and here name the
 * loopback ports of the same pods. Paths under the container's mounts are moved to their host
 * folders. The credentials are those of the environment's Secret: rendered from the ExternalSecret
 * template with a password full of punctuation, by the Go template model.
 *
 * The Debian nats-server (2.9.10 here) is older than the pinned image (2.11.x). What is checked
 * here behaves alike in both (config syntax and size units, routes, JetStream clustering, auth,
 * lame-duck signalling); the README lists what only the pinned image shows.
 */

const HOSTILE_PASSWORD = `p"a\\s's $W0RD #x; {y}, [z]=: true é🔑`;
/** The route user's password: as hostile, and not the clients' (a client password must not open the route port). */
const ROUTE_PASSWORD = `route/${HOSTILE_PASSWORD}@:`;
// bounds, not expectations: a cluster is up in well under a second on an idle machine
const START_TIMEOUT_MS = 15_000;
const CLUSTER_TIMEOUT_MS = 20_000;
jest.setTimeout(30_000);

const configs = new Map(loadEnvironments(join(ROOT, 'environments')).map((e) => [e.name, e.config]));
const bytesOf = (quantity: string) => {
  const { amount, prefix } = splitBinaryQuantity(quantity);
  return amount * 1024 ** ('KMGT'.indexOf(prefix) + 1);
};

interface NodePorts {
  readonly client: number;
  readonly http: number;
  readonly cluster: number;
}

interface Node {
  readonly pod: PodOnHost;
  readonly ports: NodePorts;
  readonly process: ServerProcess;
  readonly claim: string;
}

const natsCache = new Map<string, ReturnType<typeof readNats>>();
const natsOf = (env: string) => natsCache.get(env) ?? natsCache.set(env, readNats(env)).get(env)!;

/** The StatefulSet, its Services and credentials as the environment's files hold them. */
function readNats(env: string) {
  const objects = objectsOnDisk(env).map((o) => o.object);
  const set = objects.find((o) => o.kind === 'StatefulSet' && o.metadata.name === 'datalens-nats');
  if (!set) throw new Error(`${env}: no StatefulSet datalens-nats`);
  // the store's values, and what cert-manager would issue for the internal PKI's Certificates
  const secrets = new Map([...secretsOf(objects, (_secret, key) => (key === 'route_password' ? ROUTE_PASSWORD : key === 'store_url' ? 'rediss://cache.example.internal:6379' : HOSTILE_PASSWORD)), ...internalCertificates(objects)]);
  const service = (name: string): Json => {
    const found = objects.find((o) => o.kind === 'Service' && o.metadata.name === name);
    if (!found) throw new Error(`${env}: no Service ${name}`);
    return found;
  };
  const url = goParseUserinfo(secrets.get('datalens-nats')!.url);
  // a tls:// URL: the API's client insists on TLS and verifies the certificate against the CA it mounts, for the URL's host
  const tls: ClientTls | undefined = secrets.get('datalens-nats')!.url.startsWith('tls://')
    ? { ca: secrets.get('datalens-internal-ca')!['ca.crt'], servername: url.host.replace(/:\d+$/, '') }
    : undefined;
  return {
    tls,
    monitorTls: exporterVerification(set, secrets),
    objects,
    set,
    secrets,
    replicas: set.spec.replicas as number,
    headless: service(set.spec.serviceName),
    service: service('datalens-nats'),
    user: url.username.toString('utf8'),
    password: url.password!.toString('utf8'),
    host: url.host,
    container: (set.spec.template.spec.containers as Json[]).find((c) => c.name === 'nats')!,
  };
}
type Nats = ReturnType<typeof readNats>;

/**
 * How the exporter sidecar verifies the monitoring port it polls, read from its container: an
 * https:// URL (its last argument) is verified for the URL's host against the roots Go reads from
 * SSL_CERT_FILE, here the file's content as the kubelet would mount it. Undefined for http://.
 */
function exporterVerification(set: Json, secrets: ReadonlyMap<string, Record<string, string>>): HttpsVerification | undefined {
  const pod = set.spec.template.spec;
  const exporter = (pod.containers as Json[]).find((c) => c.name === 'exporter')!;
  const url = new URL(exporter.args[exporter.args.length - 1]);
  if (url.protocol !== 'https:') return undefined;
  const file: string = (exporter.env ?? []).find((e: Json) => e.name === 'SSL_CERT_FILE')?.value ?? '';
  const mount = (exporter.volumeMounts ?? []).find((m: Json) => file.startsWith(`${m.mountPath}/`));
  const volume = (pod.volumes as Json[]).find((v) => v.name === mount?.name);
  const item = (volume?.secret?.items ?? []).find((i: Json) => `${mount.mountPath}/${i.path}` === file);
  const ca = item ? secrets.get(volume!.secret.secretName)?.[item.key] : undefined;
  if (!ca) throw new Error(`the exporter polls ${url} but SSL_CERT_FILE (${file || 'unset'}) is no CA file mounted from a Secret`);
  return { ca, servername: url.hostname };
}

/** GET a monitoring endpoint of a node as the exporter does (HTTPS verified, where it is HTTPS). */
const monitor = (nats: Nats, node: Node, path: string) => getJson(node.ports.http, path, undefined, nats.monitorTls);

/** Counts how often `pattern` matches and requires exactly `times`, so a changed configuration fails here instead of being tested unchanged. */
function replaceExactly(text: string, pattern: RegExp, times: number, replacement: (...m: string[]) => string): string {
  let count = 0;
  const out = text.replace(pattern, (...m: string[]) => {
    count++;
    return replacement(...m);
  });
  if (count !== times) throw new Error(`expected ${times} match(es) of ${pattern} in nats.conf, found ${count}:\n${text}`);
  return out;
}

/**
 * The generated nats.conf of one pod, changed only where a loopback cluster must differ: the client,
 * monitoring and cluster listeners on 127.0.0.1 and free ports.
 */
function loopback(conf: string, nats: Nats, own: NodePorts): string {
  let out = replaceExactly(conf, /^port: (\d+)$/m, 1, (_m, port) => {
    expect(Number(port)).toBe(nats.service.spec.ports.find((p: Json) => p.name === 'client').port);
    return `host: ${LOOPBACK}\nport: ${own.client}`;
  });
  out = replaceExactly(out, /^(https?)_port: (\d+)$/m, 1, (_m, scheme, port) => {
    expect(Number(port)).toBe(nats.headless.spec.ports.find((p: Json) => p.name === 'monitor').port);
    return `${scheme}: ${LOOPBACK}:${own.http}`;
  });
  if (nats.replicas === 1) return out;
  const clusterPort = nats.headless.spec.ports.find((p: Json) => p.name === 'cluster').port;
  out = replaceExactly(out, /^(\s+)port: (\d+)$/m, 1, (_m, indent, port) => {
    expect(Number(port)).toBe(clusterPort);
    return `${indent}host: ${LOOPBACK}\n${indent}port: ${own.cluster}`;
  });
  return out;
}

/**
 * The routes file of the Secret (routes with the route user's credentials), each route to a pod of
 * the StatefulSet (by its name under the headless Service) sent to that pod's cluster port here. A
 * route to anything else fails the test. The certificates hold 127.0.0.1 as they hold the pods' names.
 */
function loopbackRoutes(routes: string, nats: Nats, ports: readonly NodePorts[]): string {
  const ns = nats.set.metadata.namespace;
  const clusterPort = nats.headless.spec.ports.find((p: Json) => p.name === 'cluster').port;
  const route = new RegExp(`nats://([^@"\\s]+@)${nats.set.metadata.name}-(\\d+)\\.${nats.set.spec.serviceName}\\.${ns}\\.svc\\.cluster\\.local:${clusterPort}"$`, 'gm');
  const out = replaceExactly(routes, route, nats.replicas, (_m, userinfo, ordinal) => `nats://${userinfo}${LOOPBACK}:${ports[Number(ordinal)].cluster}"`);
  if (/svc\.cluster\.local/.test(out)) throw new Error(`a route names something other than a pod of ${nats.set.metadata.name}:\n${out}`);
  return out;
}

/** The container's preStop hook, run as the kubelet runs it (in the container's environment; nats-server from the Debian package on PATH). */
function startPreStop(nats: Nats, pod: PodOnHost): ServerProcess {
  const command: string[] = nats.container.lifecycle.preStop.exec.command;
  return ServerProcess.spawn({
    argv: command.map((a) => pod.relocate(a)),
    env: { ...pod.env, PATH: `${dirname(natsServerBinary())}${delimiter}${process.env.PATH ?? '/usr/bin:/bin'}` },
    cwd: pod.root,
    name: `preStop hook of ${pod.podName}`,
  });
}

/** Start every pod of the StatefulSet (in parallel, as podManagementPolicy Parallel does). */
async function startCluster(nats: Nats, attempt = 1): Promise<Node[]> {
  const flat = await freePorts(nats.replicas * 3);
  const ports = Array.from({ length: nats.replicas }, (_, i) => ({ client: flat[3 * i], http: flat[3 * i + 1], cluster: flat[3 * i + 2] }));
  const nodes: Node[] = [];
  const leftovers: string[] = [];
  try {
    for (const [ordinal, own] of ports.entries()) {
      const claim = mkdtempSync(join(tmpdir(), 'nats-claim-'));
      leftovers.push(claim);
      const pod = new PodOnHost(nats.objects, nats.set, 'nats', { ordinal, secrets: nats.secrets, claims: { data: claim }, entrypoint: ['nats-server'] });
      leftovers.push(pod.root);
      pod.rewrite('/etc/nats/nats.conf', (conf) => pod.relocate(loopback(conf, nats, own)));
      pod.rewrite('/etc/nats/routes.conf', (routes) => loopbackRoutes(routes, nats, ports));
      const [command, ...args] = pod.argv;
      expect(command).toBe('nats-server');
      const process = ServerProcess.spawn({ argv: [natsServerBinary(), ...args.map((a) => pod.relocate(a))], env: pod.env, cwd: pod.root, name: `nats-server ${pod.podName}` });
      nodes.push({ pod, ports: own, process, claim });
    }
    await Promise.all(nodes.map((n) => n.process.waitFor((log) => (/Server is ready/.test(log) ? true : undefined), START_TIMEOUT_MS, 'starting')));
    return nodes;
  } catch (err) {
    await stopCluster(nodes);
    for (const dir of leftovers) rmSync(dir, { recursive: true, force: true });
    if (attempt < 3 && /address already in use/.test(String(err))) return startCluster(nats, attempt + 1);
    throw err;
  }
}

async function stopCluster(nodes: readonly Node[]): Promise<void> {
  await Promise.all(nodes.map((n) => n.process.kill()));
  for (const n of nodes) {
    n.pod.cleanup();
    rmSync(n.claim, { recursive: true, force: true });
  }
}

const clustered = environmentsOnDisk().filter((env) => natsOf(env).replicas > 1);
const clients: NatsClient[] = [];
const connect = async (port: number, nats: Nats) => {
  const client = await NatsClient.connect(port, nats.user, nats.password, nats.tls);
  clients.push(client);
  return client;
};

describe('NATS cluster: the staging and prod configuration, run as a cluster on loopback', () => {
  const clusters = new Map<string, { nats: Nats; nodes: Node[] }>();

  beforeAll(async () => {
    natsServerBinary(); // throws with install instructions if missing
    const started = await Promise.allSettled(clustered.map(async (env) => {
      const nats = natsOf(env);
      clusters.set(env, { nats, nodes: await startCluster(nats) });
    }));
    const failed = started.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (failed) throw failed.reason;
    // routes up and a JetStream meta leader known to every node, before any test looks
    await Promise.all(
      [...clusters.values()].flatMap(({ nats, nodes }) =>
        nodes.map((n) =>
          eventually(`${n.pod.podName}: routes and JetStream meta leader`, async () => {
            const [routez, jsz] = await Promise.all([monitor(nats, n, '/routez'), monitor(nats, n, '/jsz')]);
            return routez.num_routes === nats.replicas - 1 && jsz.meta_cluster?.leader ? true : undefined;
          }, CLUSTER_TIMEOUT_MS),
        ),
      ),
    );
  }, 3 * CLUSTER_TIMEOUT_MS);

  afterAll(async () => {
    for (const c of clients) c.close();
    await Promise.all([...clusters.values()].map(({ nodes }) => stopCluster(nodes)));
  });

  /** Run `check` on every cluster at once (they are independent); a failure names its environment. */
  const eachCluster = async (check: (env: string, cluster: { nats: Nats; nodes: Node[] }) => Promise<void>) => {
    const outcomes = await Promise.allSettled(
      clustered.map(async (env) => {
        const found = clusters.get(env);
        if (!found) throw new Error('the cluster did not start (see beforeAll)');
        await check(env, found);
      }),
    );
    const failures = outcomes.flatMap((o, i) => (o.status === 'rejected' ? [`${clustered[i]}: ${o.reason instanceof Error ? o.reason.message : String(o.reason)}`] : []));
    if (failures.length > 0) throw new Error(failures.join('\n\n'));
  };

  it('covers the environments that run NATS as a cluster, with the Debian nats-server the README names', () => {
    expect(clustered.length).toBeGreaterThan(0);
    expect(clustered).toEqual(expect.arrayContaining(['staging', 'prod'].filter((e) => environmentsOnDisk().includes(e))));
    expect(natsServerVersion()).toMatch(/^2\.(9|1\d)\./);
  });

  it('forms a full mesh: every node routes to every other, each known by its own server_name ($POD_NAME)', () =>
    eachCluster(async (_env, { nats, nodes }) => {
      for (const n of nodes) {
        const [varz, routez] = await Promise.all([monitor(nats, n, '/varz'), monitor(nats, n, '/routez')]);
        expect(varz.server_name).toBe(n.pod.podName);
        expect(varz.cluster.name).toBe('datalens');
        expect(routez.num_routes).toBe(nats.replicas - 1);
        const peers = new Set(routez.routes.map((r: Json) => r.remote_id));
        expect(peers.size).toBe(nats.replicas - 1);
      }
      const meta = await monitor(nats, nodes[0], '/jsz');
      expect(meta.meta_cluster.cluster_size).toBe(nats.replicas);
      expect(nodes.map((n) => n.pod.podName)).toContain(meta.meta_cluster.leader);
    }));

  it('runs JetStream with max_file_store and max_memory_store exactly as the environment sizes them, stored on the claim', () =>
    eachCluster(async (env, { nats, nodes }) => {
      const config = configs.get(env)!.data.nats;
      for (const n of nodes) {
        const jsz = await monitor(nats, n, '/jsz');
        expect({ pod: n.pod.podName, max_storage: jsz.config.max_storage, max_memory: jsz.config.max_memory }).toEqual({
          pod: n.pod.podName,
          max_storage: bytesOf(config.maxFileStore),
          max_memory: bytesOf(config.maxMemoryStore),
        });
        expect(jsz.config.store_dir.startsWith(n.claim)).toBe(true);
        expect(existsSync(join(n.claim, 'jetstream'))).toBe(true);
      }
    }));

  it('accepts the credentials behind NATS_URL on every node, a password full of punctuation, and nothing else', () =>
    eachCluster(async (_env, { nats, nodes }) => {
      expect(nats.password).toBe(HOSTILE_PASSWORD);
      expect(nats.host).toBe(`${nats.service.metadata.name}.${nats.set.metadata.namespace}.svc.cluster.local:${nats.service.spec.ports.find((p: Json) => p.name === 'client').port}`);
      for (const n of nodes) {
        expect(await natsAuthenticate(n.ports.client, nats.user, nats.password, nats.tls)).toEqual({ accepted: true });
        expect(await natsAuthenticate(n.ports.client, nats.user, `${nats.password}x`, nats.tls)).toEqual({ accepted: false, error: AUTHORIZATION_VIOLATION });
        expect(await natsAuthenticate(n.ports.client, nats.user, nats.password.slice(0, -2), nats.tls)).toEqual({ accepted: false, error: AUTHORIZATION_VIOLATION });
        // the right password in plain text is not accepted: the client port speaks TLS only
        await expect(natsAuthenticate(n.ports.client, nats.user, nats.password)).rejects.toThrow(/closed the connection|failed/);
      }
    }));

  it('admits to the route port only a peer with a certificate of the CA and the route password', () =>
    eachCluster(async (_env, { nats, nodes }) => {
      if (!nats.tls) throw new Error('expected internal TLS in a clustered environment');
      const peer = nats.secrets.get('datalens-nats-tls')!;
      const asPeer = { ...nats.tls, servername: LOOPBACK, cert: peer['tls.crt'], key: peer['tls.key'], handshakeFirst: true };
      const port = nodes[0].ports.cluster;
      // a certificate of the CA is not enough: neither a wrong route password nor the clients' password opens the route
      expect(await natsAuthenticate(port, 'route', `${ROUTE_PASSWORD}x`, asPeer)).toEqual({ accepted: false, error: AUTHORIZATION_VIOLATION });
      expect(await natsAuthenticate(port, nats.user, nats.password, asPeer)).toEqual({ accepted: false, error: AUTHORIZATION_VIOLATION });
      // and the password is not enough: without a client certificate, or in plain text, the handshake fails first
      await expect(natsAuthenticate(port, 'route', ROUTE_PASSWORD, { ...nats.tls, servername: LOOPBACK, handshakeFirst: true })).rejects.toThrow(/closed the connection|failed/);
      await expect(natsAuthenticate(port, 'route', ROUTE_PASSWORD)).rejects.toThrow(/closed the connection|failed/);
      const routez = await monitor(nats, nodes[0], '/routez');
      expect(routez.num_routes).toBe(nats.replicas - 1);
    }));

  it('serves monitoring over HTTPS only: verified as the exporter verifies it, the probes answered, plain HTTP refused', () =>
    eachCluster(async (_env, { nats, nodes }) => {
      if (!nats.monitorTls) throw new Error('expected the exporter to poll the monitoring port over https:// in a clustered environment');
      expect(nats.monitorTls.servername).toBe('localhost');
      const container = nats.container;
      for (const n of nodes) {
        // the kubelet's probes (HTTPS, unverified) get the health answers the exporter reads verified; like the
        // kubelet, a probe asks again while JetStream settles (a 503 "failed to be ready" right after the cluster forms)
        for (const probe of [container.startupProbe, container.livenessProbe, container.readinessProbe]) {
          expect(probe.httpGet.scheme).toBe('HTTPS');
          const answer = await eventually(
            `${n.pod.podName}: ${probe.httpGet.path} answers ok`,
            () => monitor(nats, n, probe.httpGet.path).then((a) => (a?.status === 'ok' ? a : undefined), () => undefined),
            CLUSTER_TIMEOUT_MS,
            200,
          );
          expect(answer).toEqual({ status: 'ok' });
        }
        await expect(getJson(n.ports.http, '/varz')).rejects.toThrow(/400|socket hang up|ECONNRESET/);
        // a CA that did not sign the certificate is refused: verification is real
        const stranger = nats.secrets.get('datalens-nats-tls')!['tls.crt'];
        await expect(getJson(n.ports.http, '/varz', undefined, { ...nats.monitorTls, ca: stranger })).rejects.toThrow(/certificate|self.signed|verify/i);
      }
    }));

  it('carries messages across routes and replicates a stream to every node (R3 on file storage)', () =>
    eachCluster(async (_env, { nats, nodes }) => {
      const first = await connect(nodes[0].ports.client, nats);
      const last = await connect(nodes[nodes.length - 1].ports.client, nats);
      const received: string[] = [];
      first.subscribe('datalens.test.routes', (m) => received.push(m.data));
      await first.flush();
      await eventually('a message published on the last node reaches a subscriber on the first', async () => {
        last.publish('datalens.test.routes', 'across');
        await last.flush();
        return received.length > 0 ? true : undefined;
      }, 10_000, 100);
      expect(received[0]).toBe('across');

      const stream = { name: 'DATALENS_TEST', subjects: ['datalens.test.stream'], num_replicas: nats.replicas, storage: 'file', max_bytes: 1 << 20 };
      const created = await eventually('an R3 stream is created', async () => {
        const answer = JSON.parse(await last.request(`$JS.API.STREAM.CREATE.${stream.name}`, JSON.stringify(stream), 5_000));
        return answer.error ? undefined : answer;
      }, CLUSTER_TIMEOUT_MS, 200);
      expect(created.config.num_replicas).toBe(nats.replicas);
      const ack = JSON.parse(await last.request('datalens.test.stream', 'kept'));
      expect(ack).toMatchObject({ stream: stream.name, seq: 1 });
      const info = await eventually('every replica has the message', async () => {
        const answer = JSON.parse(await first.request(`$JS.API.STREAM.INFO.${stream.name}`, ''));
        return answer.state?.messages === 1 && answer.cluster?.replicas?.length === nats.replicas - 1 && answer.cluster.replicas.every((r: Json) => r.current) ? answer : undefined;
      }, 10_000, 100);
      expect([info.cluster.leader, ...info.cluster.replicas.map((r: Json) => r.name)].sort()).toEqual(nodes.map((n) => n.pod.podName).sort());
    }));

  it('lame-duck mode from the preStop hook: clients are told, new ones refused, stream leadership moves, and a SIGTERM while the hook runs does not cut it short', () =>
    eachCluster(async (_env, { nats, nodes }) => {
      const observer = await connect(nodes[0].ports.client, nats);
      const streamInfo = async () => JSON.parse(await observer.request('$JS.API.STREAM.INFO.DATALENS_TEST', ''));
      const leader = (await streamInfo()).cluster?.leader;
      const node = nodes.find((n) => n.pod.podName === leader);
      if (!node) throw new Error(`no stream leader among the nodes (got ${leader}); the stream test must run first`);
      const client = await connect(node.ports.client, nats);
      const hook = startPreStop(nats, node.pod);
      try {
        const info = await client.waitForInfo((i) => i.ldm === true, 10_000);
        // the hook is still running once lame-duck mode has begun, so the kubelet's SIGTERM (sent when it returns) comes later
        expect(hook.alive).toBe(true);
        node.process.signal('SIGTERM');
        expect(info.connect_urls ?? []).not.toContain(`${LOOPBACK}:${node.ports.client}`);
        await expect(natsAuthenticate(node.ports.client, nats.user, nats.password, nats.tls)).rejects.toThrow(/ECONNREFUSED/);
        expect(await node.process.waitForExit(200)).toBe('running');
        expect(client.isClosed).toBe(false);
        expect(node.process.output).toMatch(/Entering lame duck mode/);
        const moved = await eventually('the stream leader moves off the lame duck', async () => {
          const now = (await streamInfo()).cluster?.leader;
          return now && now !== leader ? now : undefined;
        }, 10_000, 100);
        expect(nodes.map((n) => n.pod.podName)).toContain(moved);
      } finally {
        await hook.kill();
      }
    }));
});

describe('NATS lame-duck drain, on the dev configuration with a shorter grace period', () => {
  /*
   * Clients are closed only after the lame-duck grace period (seconds), too long for a unit test:
   * that one value is shortened here (the duration stays; nats-server refuses one under 30s), and
   * the relations that matter are checked on the generated values.
   */
  const nats = natsOf('dev');
  const seconds = (conf: string, key: string) => Number(new RegExp(`^${key}: (\\d+)s$`, 'm').exec(conf)?.[1]);

  it('outlives the lame-duck duration: terminationGracePeriodSeconds is longer', () => {
    for (const env of environmentsOnDisk()) {
      const { objects, set } = natsOf(env);
      const conf: string = objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name === 'datalens-nats')!.data['nats.conf'];
      const [duration, grace] = [seconds(conf, 'lame_duck_duration'), seconds(conf, 'lame_duck_grace_period')];
      expect(grace).toBeLessThan(duration);
      expect(set.spec.template.spec.terminationGracePeriodSeconds).toBeGreaterThan(duration);
    }
  });

  it('closes the client after the grace period, then exits by itself with status 0', async () => {
    const [client, http] = await freePorts(2);
    const pod = new PodOnHost(nats.objects, nats.set, 'nats', { secrets: nats.secrets, entrypoint: ['nats-server'] });
    let server: ServerProcess | undefined;
    let hook: ServerProcess | undefined;
    try {
      const ports = [{ client, http, cluster: 0 }];
      pod.rewrite('/etc/nats/nats.conf', (conf) => replaceExactly(pod.relocate(loopback(conf, nats, ports[0])), /^lame_duck_grace_period: .*$/m, 1, () => 'lame_duck_grace_period: 1s'));
      server = ServerProcess.spawn({ argv: [natsServerBinary(), ...pod.argv.slice(1).map((a) => pod.relocate(a))], env: pod.env, cwd: pod.root, name: 'nats-server dev' });
      await server.waitFor((log) => (/Server is ready/.test(log) ? true : undefined), START_TIMEOUT_MS, 'starting');
      const connection = await connect(client, nats);
      const started = Date.now();
      hook = startPreStop(nats, pod);
      await connection.waitForInfo((i) => i.ldm === true, 10_000);
      server.signal('SIGTERM');
      expect(await connection.waitForClose(10_000)).toBe(true);
      expect(connection.closedAt! - started).toBeGreaterThanOrEqual(900);
      expect(await server.waitForExit(10_000)).toBe(0);
    } finally {
      await hook?.kill();
      await server?.kill();
      pod.cleanup();
    }
  });
});

afterAll(() => {
  for (const c of clients) c.close();
});
