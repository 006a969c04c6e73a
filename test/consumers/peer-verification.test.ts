import { environmentsOnDisk, objectsOnDisk, type Json } from '../support/on-disk';
import { edgeHops, nginxTlsListener } from '../support/nginx-tls';
import { secretsOf } from '../support/pod-on-host';

/*
 * Every connection verifies its peer, read from dist/ as the clients will read it: each connection
 * string or endpoint a container is given (resolved through its Secret, rendered from the
 * ExternalSecret template where there is one) asks for TLS with verification, and the CA file it
 * names is a file the container really has, projected from a Secret key that holds a CA
 * certificate (the internal CA's or CloudNativePG's), never a private key. The same for the MinIO
 * client scripts and the NATS JetStream controller's Account. The edge's hops to the API and the
 * frontend (a BackendTLSPolicy for the Gateway, ingress-nginx's proxy-ssl annotations for the
 * Ingress) and Prometheus's scrape of the API verify the name the served certificate holds against
 * the CA that issued it, read from a client certificate's Secret, never the CA's own (which holds
 * its key). Environments whose namespace says plaintext inside (a dev opt-out) are exempt.
 */

interface Container {
  readonly owner: string;
  readonly pod: Json;
  readonly container: Json;
}

function containersOf(objects: readonly Json[]): Container[] {
  return objects.flatMap((o) => {
    const template = o.kind === 'CronJob' ? o.spec.jobTemplate.spec.template : ['Deployment', 'StatefulSet', 'Job', 'DaemonSet'].includes(o.kind) ? o.spec.template : undefined;
    if (!template) return [];
    return [...(template.spec.initContainers ?? []), ...template.spec.containers].map((container: Json) => ({ owner: `${o.kind}/${o.metadata.name}`, pod: template.spec, container }));
  });
}

/** The Secret and key a file of the container comes from, or undefined when no mount provides it. */
function fileSource(c: Container, path: string): { secret: string; key: string } | undefined {
  for (const mount of c.container.volumeMounts ?? []) {
    const prefix = `${String(mount.mountPath).replace(/\/$/, '')}/`;
    if (!path.startsWith(prefix)) continue;
    const rest = path.slice(prefix.length);
    const volume = (c.pod.volumes ?? []).find((v: Json) => v.name === mount.name);
    const sources: Json[] = volume?.projected ? volume.projected.sources : volume?.secret ? [{ secret: volume.secret }] : [];
    for (const s of sources) {
      const item = (s.secret?.items ?? []).find((i: Json) => i.path === rest);
      if (item) return { secret: s.secret.name ?? s.secret.secretName, key: item.key };
    }
  }
  return undefined;
}

/** A CA certificate Secret key: the internal CA's, an issued certificate's ca.crt, or CloudNativePG's <cluster>-ca. */
const isCaCertificate = (objects: readonly Json[], source: { secret: string; key: string } | undefined): boolean =>
  source?.key === 'ca.crt' &&
  (objects.some((o) => o.kind === 'Certificate' && o.spec.secretName === source.secret) ||
    objects.some((o) => o.kind === 'Cluster' && `${o.metadata.name}-ca` === source.secret));

describe.each(environmentsOnDisk())('connections of %s verify their peers', (env) => {
  const objects = objectsOnDisk(env).map((o) => o.object);
  const plaintext = objects.some((o) => o.kind === 'Namespace' && o.metadata.annotations?.['datalens.io/plaintext-inside']);
  const secrets = secretsOf(objects, () => 'password');
  const containers = containersOf(objects);
  /** An env var's value as the container sees it: literal, or read from a Secret key. */
  const valueOf = (c: Container, name: string): string | undefined => {
    const v = (c.container.env ?? []).find((e: Json) => e.name === name);
    if (!v) return undefined;
    if (v.value !== undefined) return v.value;
    const ref = v.valueFrom?.secretKeyRef;
    return ref ? secrets.get(ref.name)?.[ref.key] : undefined;
  };
  const caFile = (c: Container, path: string | undefined, what: string): string[] =>
    path && isCaCertificate(objects, fileSource(c, path)) ? [] : [`${c.owner} ${c.container.name}: ${what} names ${path ?? 'no CA file'}, which is not a CA certificate mounted in the container`];

  it('checks the connections the environment has (so it is not vacuous)', () => {
    if (plaintext) return;
    const named = containers.filter((c) => ['DATABASE_URL', 'REDIS_URL', 'NATS_URL'].some((n) => valueOf(c, n) !== undefined));
    // a standby (a replica cluster without the application tier) has no clients of its own
    const api = objects.some((o) => o.kind === 'Deployment' && o.metadata.name === 'datalens-api');
    expect(named.length > 0).toBe(api);
    if (api) expect(named.map((c) => c.owner)).toEqual(expect.arrayContaining(['Deployment/datalens-api', 'Job/datalens-api-migrate']));
  });

  it('asks for TLS with verification everywhere, against a CA the container has', () => {
    if (plaintext) return;
    const problems = containers.flatMap((c) => {
      const found: string[] = [];
      const database = valueOf(c, 'DATABASE_URL');
      if (database !== undefined) {
        const url = new URL(database.replace(/\$\([A-Z_]+\)/g, 'x'));
        if (url.searchParams.get('sslmode') !== 'verify-full') found.push(`${c.owner} ${c.container.name}: DATABASE_URL has sslmode ${url.searchParams.get('sslmode')}, not verify-full`);
        // a managed database outside the cluster is verified against the system roots (sslrootcert=system) or a named file
        if (url.searchParams.get('sslrootcert') !== 'system') found.push(...caFile(c, url.searchParams.get('sslrootcert') ?? undefined, 'DATABASE_URL sslrootcert'));
      }
      const redis = valueOf(c, 'REDIS_URL');
      if (redis !== undefined && !redis.startsWith('rediss://') && !secrets.get('datalens-redis-url')) found.push(`${c.owner} ${c.container.name}: REDIS_URL is not rediss://`);
      if (redis !== undefined && valueOf(c, 'REDIS_CA_FILE') !== undefined) found.push(...caFile(c, valueOf(c, 'REDIS_CA_FILE'), 'REDIS_CA_FILE'));
      const nats = valueOf(c, 'NATS_URL');
      if (nats !== undefined) {
        if (!nats.startsWith('tls://')) found.push(`${c.owner} ${c.container.name}: NATS_URL is not tls://`);
        found.push(...caFile(c, valueOf(c, 'NATS_CA_FILE'), 'NATS_CA_FILE'));
      }
      const s3 = valueOf(c, 'AWS_ENDPOINT_URL_S3');
      if (s3 !== undefined) {
        if (!s3.startsWith('https://')) found.push(`${c.owner} ${c.container.name}: AWS_ENDPOINT_URL_S3 is not https://`);
        found.push(...caFile(c, valueOf(c, 'AWS_CA_BUNDLE'), 'AWS_CA_BUNDLE'));
      }
      return found;
    });
    expect(problems).toEqual([]);
  });

  it('has the MinIO client trust the CA it copies from a mounted file before it dials MinIO over HTTPS', () => {
    if (plaintext) return;
    const scripts = objects.filter((o) => o.kind === 'ConfigMap' && Object.values(o.data ?? {}).some((d) => /mc alias set/.test(String(d))));
    const problems = scripts.flatMap((cm) =>
      Object.values(cm.data as Record<string, string>).flatMap((script) => {
        if (!/mc alias set \w+ "https?:\/\/datalens-minio\./.test(script)) return [];
        if (/mc alias set \w+ "http:\/\/datalens-minio\./.test(script)) return [`ConfigMap/${cm.metadata.name}: mc dials MinIO over http`];
        const copied = /cp (\S+) "\$MC_CONFIG_DIR\/certs\/CAs\/"/.exec(script)?.[1];
        const runners = containers.filter((c) => (c.pod.volumes ?? []).some((v: Json) => v.configMap?.name === cm.metadata.name));
        if (runners.length === 0) return [`ConfigMap/${cm.metadata.name}: no container runs it`];
        return runners.flatMap((c) => (copied ? caFile(c, copied, 'the CA mc trusts') : [`ConfigMap/${cm.metadata.name}: mc is given no CA to trust`]));
      }),
    );
    const minio = objects.some((o) => o.kind === 'StatefulSet' && o.metadata.name === 'datalens-minio');
    expect(scripts.length > 0).toBe(minio);
    expect(problems).toEqual([]);
  });

  it("has the JetStream controller dial NATS over tls:// with a CA from a client certificate's Secret", () => {
    if (plaintext) return;
    for (const account of objects.filter((o) => o.kind === 'Account')) {
      expect(account.spec.servers.every((s: string) => s.startsWith('tls://'))).toBe(true);
      expect(account.spec.tls.ca).toBe('ca.crt');
      const certificate = objects.find((o) => o.kind === 'Certificate' && o.spec.secretName === account.spec.tls.secret.name);
      // its own certificate (client auth only), so the CA's key never leaves the namespace's CA Secret
      expect(certificate?.spec.usages).toEqual(expect.arrayContaining(['client auth']));
      expect(certificate?.spec.usages).not.toContain('server auth');
      expect(certificate?.spec.isCA).toBeUndefined();
    }
  });
});

describe.each(environmentsOnDisk())('the edge and Prometheus verify the TLS servers of %s they reach', (env) => {
  const objects = objectsOnDisk(env).map((o) => o.object);
  const plaintext = objects.some((o) => o.kind === 'Namespace' && o.metadata.annotations?.['datalens.io/plaintext-inside']);
  const certificates = objects.filter((o) => o.kind === 'Certificate');
  /** Every (workload, port) served by nginx with TLS: the frontend's own server, the API's sidecar. */
  const listeners = objects
    .filter((o) => o.kind === 'Deployment')
    .flatMap((workload) =>
      workload.spec.template.spec.containers.flatMap((c: Json) =>
        (c.ports ?? []).map((p: Json) => ({ workload, port: p.containerPort as number, listener: nginxTlsListener(objects, workload, p.containerPort) })),
      ),
    )
    .filter((l) => typeof l.listener !== 'string');
  /** The CA Secret a verifier reads must be a non-CA certificate's Secret from the server certificate's own issuer: its ca.crt is that CA's certificate. */
  const caProblem = (what: string, caSecret: { name: string; key: string } | undefined, server: Json): string[] => {
    const client = certificates.find((c) => c.spec.secretName === caSecret?.name);
    if (caSecret?.key !== 'ca.crt' || !client) return [`${what}: its CA is not ca.crt of a Certificate's Secret (${JSON.stringify(caSecret)})`];
    if (client.spec.isCA) return [`${what}: reads the CA's own Secret ${client.spec.secretName}, which holds the CA's private key`];
    if (JSON.stringify(client.spec.issuerRef) !== JSON.stringify(server.spec.issuerRef)) return [`${what}: trusts the issuer of ${client.metadata.name}, not the one of ${server.metadata.name}`];
    return [];
  };

  it('has TLS listeners for the API and the frontend (so the checks are not vacuous)', () => {
    if (plaintext) return expect(listeners).toEqual([]);
    const app = objects.some((o) => o.kind === 'Deployment' && o.metadata.name === 'datalens-api');
    expect(listeners.map((l) => `${l.workload.metadata.name}:${l.port}`).sort()).toEqual(app ? ['datalens-api:8443', 'datalens-frontend:8443'] : []);
  });

  it("has every hop of the edge to them verify the served certificate's name against its CA", () => {
    const problems = listeners.flatMap(({ workload, port, listener }) => {
      const server = (listener as Exclude<typeof listener, string>).certificate;
      const hops = edgeHops(objects, workload, port);
      if (hops.length === 0) return [`${workload.metadata.name}:${port}: the edge does not reach it`];
      return hops.flatMap((hop) => [
        ...(hop.verifiedName === undefined ? [`${hop.by}: reaches ${workload.metadata.name}:${port} without verifying its certificate`] : []),
        ...(hop.verifiedName !== undefined && !(server.spec.dnsNames ?? []).includes(hop.verifiedName) ? [`${hop.by}: verifies ${hop.verifiedName}, which Certificate/${server.metadata.name} does not hold`] : []),
        ...caProblem(hop.by, hop.caSecret, server),
      ]);
    });
    expect(problems).toEqual([]);
  });

  it('has Prometheus scrape them over HTTPS, verifying the name against their CA', () => {
    const scraped: string[] = [];
    const problems = listeners.flatMap(({ workload, port, listener }) => {
      const server = (listener as Exclude<typeof listener, string>).certificate;
      const labels = workload.spec.template.metadata.labels;
      const portName = workload.spec.template.spec.containers.flatMap((c: Json) => c.ports ?? []).find((p: Json) => p.containerPort === port)?.name;
      const services = objects.filter((o) => o.kind === 'Service' && Object.entries(o.spec.selector ?? { none: '' }).every(([k, v]) => labels[k] === v));
      const endpoints = objects
        .filter((o) => o.kind === 'ServiceMonitor' && services.some((svc) => Object.entries(o.spec.selector.matchLabels ?? {}).every(([k, v]) => svc.metadata.labels?.[k] === v)))
        .flatMap((m) => m.spec.endpoints.map((e: Json) => ({ monitor: m.metadata.name, e })))
        .filter(({ e }) => services.some((svc) => svc.spec.ports.some((sp: Json) => sp.name === e.port && (sp.targetPort === portName || sp.targetPort === port))));
      return endpoints.flatMap(({ monitor, e }) => {
        const what = `ServiceMonitor/${monitor} port ${e.port}`;
        scraped.push(`${workload.metadata.name}:${port}`);
        if (e.scheme !== 'https') return [`${what}: scrapes a TLS port with scheme ${e.scheme ?? 'http'}`];
        if (e.tlsConfig?.insecureSkipVerify) return [`${what}: skips verification`];
        return [
          ...(!(server.spec.dnsNames ?? []).includes(e.tlsConfig?.serverName) ? [`${what}: verifies ${e.tlsConfig?.serverName}, which Certificate/${server.metadata.name} does not hold`] : []),
          ...caProblem(what, e.tlsConfig?.ca?.secret ? { name: e.tlsConfig.ca.secret.name, key: e.tlsConfig.ca.secret.key } : undefined, server),
        ];
      });
    });
    expect(problems).toEqual([]);
    // the API serves metrics (the frontend has none to scrape)
    expect(scraped).toEqual(listeners.some((l) => l.workload.metadata.name === 'datalens-api') ? ['datalens-api:8443'] : []);
  });
});
