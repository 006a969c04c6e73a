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

/**
 * The certificate file a container serves with, read from its own flags as each server reads
 * them: redis_exporter's REDIS_EXPORTER_TLS_SERVER_CERT_FILE, prometheus-nats-exporter's -tlscert,
 * MinIO's --certs-dir (public.crt), exporter-toolkit's --web.config.file (tls_server_config.cert_file,
 * from the ConfigMap mounted there). Undefined for a container that serves no TLS.
 */
function servedCertificateFile(c: Container, objects: readonly Json[]): string | undefined {
  const env = Object.fromEntries((c.container.env ?? []).map((e: Json) => [e.name, e.value]));
  const args: string[] = [...(c.container.command ?? []), ...(c.container.args ?? [])];
  const after = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
  if (env.REDIS_EXPORTER_TLS_SERVER_CERT_FILE) return env.REDIS_EXPORTER_TLS_SERVER_CERT_FILE;
  if (after('-tlscert')) return after('-tlscert');
  if (after('--certs-dir')) return `${after('--certs-dir')}/public.crt`;
  // nginx: a server block of a ConfigMap mounted into the container names its certificate
  for (const mount of c.container.volumeMounts ?? []) {
    const volume = (c.pod.volumes ?? []).find((v: Json) => v.name === mount.name);
    const names: string[] = volume?.configMap ? [volume.configMap.name] : (volume?.projected?.sources ?? []).flatMap((s: Json) => (s.configMap ? [s.configMap.name] : []));
    for (const text of objects.filter((o) => o.kind === 'ConfigMap' && names.includes(o.metadata.name)).flatMap((o) => Object.values(o.data ?? {}))) {
      const certificate = /^\s*ssl_certificate (\S+);$/m.exec(String(text))?.[1];
      if (certificate) return certificate;
    }
  }
  const webConfig = args.find((a) => a.startsWith('--web.config.file='))?.slice('--web.config.file='.length);
  if (!webConfig) return undefined;
  const mount = (c.container.volumeMounts ?? []).find((m: Json) => webConfig.startsWith(`${m.mountPath}/`));
  const volume = (c.pod.volumes ?? []).find((v: Json) => v.name === mount?.name);
  const maps: string[] = (volume?.projected?.sources ?? []).flatMap((s: Json) => (s.configMap ? [s.configMap.name] : []));
  const key = webConfig.slice(mount.mountPath.length + 1);
  const content = objects.find((o) => o.kind === 'ConfigMap' && maps.includes(o.metadata.name) && o.data?.[key] !== undefined)?.data[key];
  return typeof content === 'string' ? /^tls_server_config:\n\s+cert_file: (\S+)$/m.exec(content)?.[1] : undefined;
}

/**
 * The DNS names of CloudNativePG's server certificate, as the operator makes it
 * (Cluster.GetClusterAltDNSNames in 1.30): the -rw, -r and -ro Services in their four forms, then
 * spec.certificates.serverAltDNSNames. The operator's cluster domain is assumed to be cluster.local.
 */
function cnpgServerNames(cluster: Json): string[] {
  const ns = cluster.metadata.namespace;
  const forms = (service: string) => [service, `${service}.${ns}`, `${service}.${ns}.svc`, `${service}.${ns}.svc.cluster.local`];
  return [...['rw', 'r', 'ro'].flatMap((s) => forms(`${cluster.metadata.name}-${s}`)), ...(cluster.spec.certificates?.serverAltDNSNames ?? [])];
}

const labelsMatch = (selector: Json, labels: Record<string, string> = {}): boolean =>
  Object.entries(selector.matchLabels ?? {}).every(([k, v]) => labels[k] === v) &&
  (selector.matchExpressions ?? []).every((e: Json) => (e.operator === 'In') === e.values.includes(labels[e.key]));

describe.each(environmentsOnDisk())('connections of %s verify their peers', (env) => {
  const objects = objectsOnDisk(env).map((o) => o.object);
  const plaintext = objects.some((o) => o.kind === 'Namespace' && o.metadata.annotations?.['datalens.io/plaintext-inside']);
  // what an operator stores: passwords, and a managed Redis's URL (any scheme the store may hold)
  const stored = (scheme: string) => (_secret: string, key: string) => (key === 'store_url' ? `${scheme}://:token@cache.example.internal:6379` : 'password');
  const secrets = secretsOf(objects, stored('rediss'));
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

  it('refuses a plain redis:// URL from the secret store: the ExternalSecret fails instead of handing it to a client', () => {
    const fromStore = objects.filter((o) => o.kind === 'ExternalSecret' && o.spec.data?.some((d: Json) => d.secretKey === 'store_url'));
    if (!fromStore.length) return;
    expect(() => secretsOf(objects, stored('redis'))).toThrow(/not rediss:\/\//);
  });

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
      if (redis !== undefined && !redis.startsWith('rediss://')) found.push(`${c.owner} ${c.container.name}: REDIS_URL is not rediss://`);
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

  it('has PgBouncer verify the PostgreSQL server by CA and host name (the -rw Service, which CloudNativePG certifies)', () => {
    const poolers = objects.filter((o) => o.kind === 'Pooler');
    expect(poolers.map((p) => p.spec.pgbouncer.parameters.server_tls_sslmode)).toEqual(poolers.map(() => 'verify-full'));
    if (env === 'prod' || env === 'staging') expect(poolers.length).toBeGreaterThan(0);
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

  /**
   * What a scrape endpoint reaches and the certificate there: the containers behind a
   * ServiceMonitor's Services on the endpoint's port, or CloudNativePG's Cluster or Pooler behind a
   * PodMonitor; with the CA Secret that signed that certificate and the names it holds.
   */
  function scrapeTarget(monitor: Json, portName: string): { what: string; served?: { caSecrets: string[]; names: string[] } }[] {
    if (monitor.kind === 'PodMonitor') {
      const selector = monitor.spec.selector;
      const pooler = objects.find((o) => o.kind === 'Pooler' && selector.matchLabels?.['cnpg.io/poolerName'] === o.metadata.name);
      const cluster = objects.find((o) => o.kind === 'Cluster' && o.metadata.name === (pooler ? pooler.spec.cluster.name : selector.matchLabels?.['cnpg.io/cluster']));
      if (!cluster) return [{ what: `PodMonitor/${monitor.metadata.name} selects no CloudNativePG Cluster or Pooler` }];
      const owner = pooler ?? cluster;
      // TLS on the manager's metrics port; a Pooler without a clientTLSSecret of its own serves the cluster's server certificate
      const tls = owner.spec.monitoring?.tls?.enabled === true && !(pooler && pooler.spec.pgbouncer?.clientTLSSecret) && !cluster.spec.certificates?.serverTLSSecret;
      const caSecret = cluster.spec.certificates?.serverCASecret ?? `${cluster.metadata.name}-ca`;
      return [{ what: `${owner.kind}/${owner.metadata.name}`, served: tls ? { caSecrets: [caSecret], names: cnpgServerNames(cluster) } : undefined }];
    }
    const services = objects.filter((o) => o.kind === 'Service' && o.spec.selector && labelsMatch(monitor.spec.selector, o.metadata.labels));
    return services.flatMap((service) => {
      const servicePort = (service.spec.ports ?? []).find((p: Json) => p.name === portName);
      const behind = containers.filter((c) => labelsMatch({ matchLabels: service.spec.selector }, workloadLabels.get(c.owner)));
      const serving = behind.filter((c) => (c.container.ports ?? []).some((p: Json) => p.name === servicePort?.targetPort || p.containerPort === servicePort?.targetPort));
      if (serving.length === 0) return [{ what: `Service/${service.metadata.name} port ${portName}: no container serves it` }];
      return serving.map((c) => {
        const file = servedCertificateFile(c, objects);
        const source = file ? fileSource(c, file) : undefined;
        const certificate = source?.key === 'tls.crt' ? objects.find((o) => o.kind === 'Certificate' && o.spec.secretName === source.secret) : undefined;
        const issuer = certificate && objects.find((o) => o.kind === 'Issuer' && o.metadata.name === certificate.spec.issuerRef.name);
        // the CA Secret of the issuer, and any other certificate of that issuer: each ca.crt holds the same CA
        const caSecrets = issuer?.spec.ca ? [issuer.spec.ca.secretName, ...objects.filter((o) => o.kind === 'Certificate' && o.spec.issuerRef?.name === issuer.metadata.name).map((o) => o.spec.secretName)] : [];
        return { what: `${c.owner} ${c.container.name}`, served: certificate ? { caSecrets, names: certificate.spec.dnsNames ?? [] } : undefined };
      });
    });
  }
  const workloadLabels = new Map<string, Record<string, string>>(
    objects.flatMap((o) => (['Deployment', 'StatefulSet'].includes(o.kind) ? [[`${o.kind}/${o.metadata.name}`, o.spec.template.metadata?.labels ?? {}] as [string, Record<string, string>]] : [])),
  );

  it('has Prometheus verify every metrics endpoint it scrapes: HTTPS, the CA that signed the served certificate, a name it holds', () => {
    if (plaintext) return;
    const endpoints = objects.flatMap((m) => (m.kind === 'ServiceMonitor' ? m.spec.endpoints : m.kind === 'PodMonitor' ? m.spec.podMetricsEndpoints : []).map((e: Json) => ({ monitor: m, endpoint: e })));
    // the data services' exporters and CloudNativePG's managers (a standby has no API)
    expect(endpoints.length).toBeGreaterThanOrEqual(2);
    const problems = endpoints.flatMap(({ monitor, endpoint }) => {
      const name = `${monitor.kind}/${monitor.metadata.name}`;
      if (endpoint.scheme !== 'https') return [`${name}: scheme ${endpoint.scheme ?? 'http'}, not https`];
      const tls = endpoint.tlsConfig ?? {};
      if (tls.insecureSkipVerify) return [`${name}: insecureSkipVerify`];
      const ca = tls.ca?.secret;
      if (!isCaCertificate(objects, ca ? { secret: ca.name, key: ca.key } : undefined)) return [`${name}: its CA ${ca ? `${ca.name}/${ca.key}` : '(none)'} is not a CA certificate`];
      const targets = scrapeTarget(monitor, endpoint.port);
      if (targets.length === 0) return [`${name}: reaches nothing`];
      return targets.flatMap(({ what, served }) => {
        if (!served) return [`${name}: ${what} serves no certificate there`];
        if (!served.caSecrets.includes(ca.name)) return [`${name}: ${what} serves a certificate not signed by the CA of ${ca.name}`];
        return served.names.includes(tls.serverName) ? [] : [`${name}: serverName ${tls.serverName ?? '(none)'} is not among the names of ${what}'s certificate (${served.names.join(', ')})`];
      });
    });
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
