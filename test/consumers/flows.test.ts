import { environmentsOnDisk, type Json } from '../support/on-disk';
import { environmentModel, type EnvironmentModel } from '../support/cluster-pods';
import { edgeHops, nginxTlsListener } from '../support/nginx-tls';
import {
  addressIn,
  cidrContains,
  evaluate,
  numberToIp,
  parseCidr,
  selectorMatches,
  SEMANTICS,
  type ClusterModel,
  type Destination,
  type LabelSelector,
  type NetworkPolicy,
  type Pod,
  type Semantics,
  type Service,
  type Verdict,
} from '../support/policy-engine';

/*
 * Consumer model of the network: every flow DataLens needs (and some it must never have) is
 * declared here by hand, per environment, and evaluated against the NetworkPolicies of
 * dist/<env>/ on a model of the cluster's pods (test/support/cluster-pods.ts), under both ways
 * engines treat Services: post-DNAT (Calico, Cilium, kindnet) and pre-DNAT (Amazon VPC CNI). A
 * deployment must work under either, whatever engine its cluster declares.
 *
 * The expectations are NOT derived from the generated policies or the project's connection graph:
 * which flows exist depends only on the environment's shape (is there a Pooler, an in-cluster
 * Redis, a distributed MinIO...), read from dist/ and the environment file.
 */

type Expected = 'ALLOW' | 'BLOCK';

interface Flow {
  readonly from: Pod;
  readonly to: Destination;
  readonly expected: Expected;
  /** Why the flow must be allowed or blocked (shown in the matrix). */
  readonly why: string;
}

interface Cell {
  readonly flow: Flow;
  readonly semantics: Semantics;
  readonly verdict: Verdict;
  readonly wrong: boolean;
}

/** Public addresses standing for the internet (S3, STS, DigiLocker, AI providers) and the SMTP relay. */
const INTERNET = '52.219.64.10';
const SMTP_RELAY = '13.126.42.10';
/** Private addresses no declared flow goes to: interface VPC endpoints, internal load balancers, other tenants. */
const PRIVATE_PROBES = ['10.255.255.10', '172.31.255.10', '192.168.255.10'];

// ---------------------------------------------------------------------------------------------
// Looking things up in the model

const podsOf = (model: ClusterModel, role: string): Pod[] => model.pods.filter((p) => p.role === role);
const one = (model: ClusterModel, role: string): Pod | undefined => podsOf(model, role)[0];
const need = <T>(value: T | undefined, what: string): T => {
  if (value === undefined) throw new Error(`the model has no ${what}`);
  return value;
};
const service = (model: ClusterModel, namespace: string, name: string): Service =>
  need(
    model.services.find((s) => s.namespace === namespace && s.name === name),
    `Service ${namespace}/${name}`,
  );

const toService = (s: Service, port: number | string, protocol: 'TCP' | 'UDP' = 'TCP'): Destination => ({ kind: 'service', service: s, port, protocol });
const toPod = (pod: Pod, port: number | string): Destination => ({ kind: 'pod', pod, port });
const toAddress = (ip: string, port: number, what: string, protocol: 'TCP' | 'UDP' = 'TCP'): Destination => ({ kind: 'address', ip, port, what, protocol });

const isCnpgPod = (p: Pod): boolean => ['cnpg-instance', 'cnpg-job', 'cnpg-pooler'].includes(p.role);

/** Private addresses to probe: fixed ones plus, per API endpoint range, an address of its /16 outside it (the rest of the VPC). */
function privateProbes(model: EnvironmentModel): string[] {
  const { apiEndpointCidrs } = model.facts.cluster;
  const neighbours = apiEndpointCidrs.map((cidr) => numberToIp(((parseCidr(cidr).base & 0xffff0000) >>> 0) + 200 * 256 + 10));
  return [...new Set([...PRIVATE_PROBES, ...neighbours])].filter(
    (ip) =>
      !apiEndpointCidrs.some((c) => cidrContains(c, ip)) &&
      !cidrContains(model.serviceCidr, ip) &&
      !model.pods.some((p) => p.ip === ip),
  );
}

/** What Prometheus scrapes in the namespace: the ServiceMonitor and PodMonitor targets of dist/, and every container port named "metrics". */
function scrapeTargets(model: EnvironmentModel): { pod: Pod; port: number }[] {
  const ns = model.facts.namespace;
  const envPods = model.pods.filter((p) => p.namespace === ns);
  const targets: { pod: Pod; port: number }[] = [];
  for (const m of model.objects.filter((o) => o.kind === 'ServiceMonitor')) {
    const selected = model.services.filter((s) => s.namespace === ns && selectorMatches(m.spec.selector as LabelSelector, s.labels ?? {}));
    for (const s of selected)
      for (const e of m.spec.endpoints ?? []) {
        const sp = s.ports.find((p) => p.name === e.port || p.port === e.port);
        if (!sp) continue;
        for (const pod of envPods.filter((p) => s.selector && selectorMatches({ matchLabels: s.selector }, p.labels))) {
          const port = typeof sp.targetPort === 'number' ? sp.targetPort : pod.ports.find((c) => c.name === sp.targetPort)?.containerPort;
          if (port !== undefined) targets.push({ pod, port });
        }
      }
  }
  for (const m of model.objects.filter((o) => o.kind === 'PodMonitor'))
    for (const pod of envPods.filter((p) => selectorMatches(m.spec.selector as LabelSelector, p.labels)))
      for (const e of m.spec.podMetricsEndpoints ?? []) {
        const port = pod.ports.find((c) => c.name === e.port)?.containerPort;
        if (port !== undefined) targets.push({ pod, port });
      }
  for (const pod of envPods) for (const c of pod.ports.filter((c) => c.name === 'metrics')) targets.push({ pod, port: c.containerPort });
  // one pod per role (and instance role) and port is enough
  const seen = new Set<string>();
  return targets.filter((t) => {
    const key = `${t.pod.role}|${t.pod.labels['cnpg.io/instanceRole'] ?? ''}|${t.port}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// ---------------------------------------------------------------------------------------------
// The declared flows of an environment

function declaredFlows(model: EnvironmentModel): Flow[] {
  const { facts } = model;
  const ns = facts.namespace;
  const flows: Flow[] = [];
  const toPodOf = (pod: Pod | undefined, port: number) => (pod ? toPod(pod, port) : undefined);
  const allow = (from: Pod | undefined, to: Destination | undefined, why: string): void => {
    if (from && to) flows.push({ from, to, expected: 'ALLOW', why });
  };
  const block = (from: Pod | undefined, to: Destination | undefined, why: string): void => {
    if (from && to) flows.push({ from, to, expected: 'BLOCK', why });
  };
  const kind = (k: string) => model.objects.filter((o) => o.kind === k);

  const envPods = model.pods.filter((p) => p.namespace === ns);
  // a standby runs the data tier only: no API, migration, frontend or edge until it is promoted
  const app = !facts.standby;
  const api = app ? need(one(model, 'Deployment/datalens-api'), 'API pod') : undefined;
  const frontend = app ? need(one(model, 'Deployment/datalens-frontend'), 'frontend pod') : undefined;
  const migrate = app ? need(one(model, 'Job/datalens-api-migrate'), 'migration Job pod') : undefined;
  const edgeSources = app ? model.pods.filter((p) => p.role === 'ingress-controller' || p.role === 'gateway-proxy') : [];
  if (app) need(edgeSources[0], "the edge's pods");
  const otherIngress = one(model, 'other-ingress-controller');
  const prometheus = need(one(model, 'prometheus'), 'Prometheus');
  const operator = need(one(model, 'cnpg-operator'), 'CloudNativePG operator');
  const intruder = need(one(model, 'intruder'), 'pod of another namespace');
  const grafana = need(one(model, 'grafana'), 'non-Prometheus pod of the monitoring namespace');
  const streamController = need(one(model, 'stream-controller'), 'NATS JetStream controller (NACK)');

  const cnpgClusters = kind('Cluster').filter((o: Json) => String(o.apiVersion).startsWith('postgresql.cnpg.io/'));
  const instances = podsOf(model, 'cnpg-instance');
  const primary = instances.find((p) => p.labels['cnpg.io/instanceRole'] === 'primary');
  const replica = instances.find((p) => p.labels['cnpg.io/instanceRole'] === 'replica');
  const cnpgJobs = podsOf(model, 'cnpg-job');
  const poolers = podsOf(model, 'cnpg-pooler');
  const pooler = poolers[0];
  const rw = cnpgClusters.length ? service(model, ns, `${cnpgClusters[0].metadata.name}-rw`) : undefined;
  const poolerService = model.services.find((s) => s.namespace === ns && s.selector?.['cnpg.io/poolerName'] !== undefined);
  const devPostgres = one(model, 'StatefulSet/datalens-postgres');
  const devPostgresService = devPostgres ? service(model, ns, 'datalens-postgres') : undefined;
  const redis = one(model, 'StatefulSet/datalens-redis');
  const nats = podsOf(model, 'StatefulSet/datalens-nats');
  const minio = podsOf(model, 'StatefulSet/datalens-minio');
  const bucketJob = one(model, 'Job/datalens-minio-bootstrap');
  const mailhog = one(model, 'Deployment/datalens-mailhog');
  const solver = one(model, 'acme-solver');
  const apiServer = model.kubernetesService;
  const apiPort = apiServer.ports[0].port;
  // with internal TLS (unless dev opted out) the API's and the frontend's Services expose their TLS port, 8443; the
  // plaintext 8080 stays inside the pod (the TLS server forwards to it on 127.0.0.1) and no other pod may open it
  const internalTls = !kind('Namespace').some((o: Json) => o.metadata.annotations?.['datalens.io/plaintext-inside']);
  const web = internalTls ? 8443 : 8080;
  const webPorts = internalTls ? [8443, 8080] : [8080];

  // --- DNS: every pod of the namespace ------------------------------------------------------
  for (const p of envPods) {
    allow(p, toService(model.dnsService, 53, 'UDP'), 'cluster DNS');
    allow(p, toService(model.dnsService, 53, 'TCP'), 'cluster DNS (large answers)');
    if (facts.cluster.nodeLocalDns) {
      allow(p, toAddress(facts.cluster.nodeLocalDns, 53, 'NodeLocal DNS', 'UDP'), 'NodeLocal DNSCache the cluster runs');
      allow(p, toAddress(facts.cluster.nodeLocalDns, 53, 'NodeLocal DNS', 'TCP'), 'NodeLocal DNSCache the cluster runs');
    }
  }

  // --- The edge -------------------------------------------------------------------------------
  for (const source of edgeSources) {
    allow(source, toPodOf(frontend, web), `the consoles (${source.role})`);
    allow(source, toPodOf(api, web), `the API host (${source.role})`);
    if (internalTls) {
      block(source, toPodOf(frontend, 8080), `the frontend's plaintext port stays inside its pod (${source.role})`);
      block(source, toPodOf(api, 8080), `the API's plaintext port stays inside its pod (${source.role})`);
    }
    if (facts.acmeChallenge === 'http01') {
      need(solver, `cert-manager HTTP-01 solver pod (${facts.name} uses HTTP-01 and has a Certificate)`);
      allow(source, toPod(solver!, 8089), 'ACME HTTP-01 challenge (Let\u2019s Encrypt and the cert-manager self-check come through the edge)');
    }
  }
  // a controller the environment does not use reaches nothing, even if the cluster runs it
  for (const port of webPorts) {
    block(otherIngress, toPodOf(frontend, port), 'an ingress controller this edge does not use');
    block(otherIngress, toPodOf(api, port), 'an ingress controller this edge does not use');
  }

  // --- The API's dependencies -------------------------------------------------------------------
  if (poolerService) {
    allow(api, toService(poolerService, 5432), 'the API reaches PostgreSQL through PgBouncer');
    block(api, toService(rw!, 5432), 'the API goes through the pooler, never straight to the instances');
    block(api, toPod(primary!, 5432), 'the API goes through the pooler, never straight to the instances');
  } else if (rw) allow(api, toService(rw, 5432), 'the API reaches PostgreSQL (no pooler)');
  else allow(api, toService(need(devPostgresService, 'PostgreSQL Service'), 5432), 'the API reaches PostgreSQL');
  if (redis) allow(api, toService(service(model, ns, 'datalens-redis'), 6379), 'the API reaches Redis');
  else if (facts.externalRedisCidr)
    allow(api, toAddress(addressIn(facts.externalRedisCidr, 2 ** (32 - parseCidr(facts.externalRedisCidr).bits) / 4 + 20), 6379, 'external Redis'), 'the API reaches its managed Redis');
  if (nats.length) {
    allow(api, toService(service(model, ns, 'datalens-nats'), 4222), 'the API reaches NATS');
    for (const n of nats) allow(api, toPod(n, 4222), 'NATS advertises its pods\u2019 client addresses (connect_urls)');
  }
  if (kind('Stream').length) {
    allow(streamController, toService(service(model, ns, 'datalens-nats'), 4222), 'NACK creates and updates the declared streams');
    for (const n of nats) allow(streamController, toPod(n, 4222), 'NACK follows NATS to the pods it advertises');
  }
  block(streamController, toPodOf(api, 8080), 'the stream controller reaches NATS only');
  if (minio.length) allow(api, toService(service(model, ns, 'datalens-minio'), 9000), 'the API stores evidence in MinIO');
  if (mailhog) allow(api, toService(service(model, ns, 'datalens-mailhog'), 1025), 'the API sends mail to MailHog');
  else {
    const env = kind('Deployment').find((d) => d.metadata.name === 'datalens-api')?.spec.template.spec.containers[0].env ?? [];
    const smtpPort = Number(env.find((v: Json) => v.name === 'SMTP_PORT')?.value ?? 587);
    allow(api, toAddress(SMTP_RELAY, smtpPort, 'SMTP relay'), 'the API sends mail through the relay');
  }
  allow(api, toAddress(INTERNET, 443, 'internet'), 'DigiLocker, AI providers, S3 and STS');

  // --- The migration Job --------------------------------------------------------------------
  if (rw) allow(migrate, toService(rw, 5432), 'migrations run on the primary (-rw), bypassing the pooler');
  else allow(migrate, toService(need(devPostgresService, 'PostgreSQL Service'), 5432), 'migrations run on PostgreSQL');
  if (poolerService) block(migrate, toService(poolerService, 5432), 'migrations never go through the transaction pooler');

  // --- CloudNativePG ------------------------------------------------------------------------
  if (pooler) {
    allow(pooler, toService(rw!, 5432), 'PgBouncer connects to <cluster>-rw');
    block(pooler, toAddress(INTERNET, 443, 'internet'), 'PgBouncer has no business on the internet');
  }
  if (primary && replica) {
    allow(replica, toService(rw!, 5432), 'streaming replication from the primary (primary_conninfo host <cluster>-rw)');
    for (const [a, b] of [
      [primary, replica],
      [replica, primary],
    ]) {
      allow(a, toPod(b, 5432), 'instance to instance PostgreSQL');
      allow(a, toPod(b, 8000), 'instance manager status port (failover pinger)');
    }
  }
  for (const job of cnpgJobs.filter((j) => j.labels['cnpg.io/jobRole'] === 'join')) allow(job, toService(rw!, 5432), 'the join Job clones the primary (pg_basebackup from <cluster>-rw)');
  for (const i of instances) {
    allow(operator, toPod(i, 8000), 'the operator drives the instance manager');
    allow(operator, toPod(i, 5432), 'the operator reaches PostgreSQL');
  }
  if (pooler) block(operator, toPod(pooler, 8000), 'nothing listens on 8000 in CNPG 1.30 pooler pods (pkg/specs/pgbouncer/deployments.go), so nothing is opened there');
  for (const p of [...instances, ...cnpgJobs, ...poolers]) allow(p, toService(apiServer, apiPort), 'CloudNativePG instance manager, bootstrap Jobs and PgBouncer manager call the Kubernetes API');
  const archives = cnpgClusters.some((c: Json) => c.spec.backup || (c.spec.plugins ?? []).some((p: Json) => p.isWALArchiver)) || kind('ObjectStore').length > 0;
  if (archives) for (const i of instances) allow(i, toAddress(INTERNET, 443, 'internet'), 'WAL archive and base backups to S3 (and STS for IRSA)');

  // --- Metrics --------------------------------------------------------------------------------
  for (const t of scrapeTargets(model)) allow(prometheus, toPod(t.pod, t.port), 'Prometheus scrapes it');

  // --- Clusters of the data services ------------------------------------------------------------
  if (nats.length > 1) {
    allow(nats[0], toPod(nats[1], 6222), 'NATS cluster routes');
    allow(nats[1], toPod(nats[0], 6222), 'NATS cluster routes');
  }
  if (minio.length > 1) {
    allow(minio[0], toPod(minio[1], 9000), 'MinIO internode (distributed erasure set)');
    allow(minio[1], toPod(minio[0], 9000), 'MinIO internode (distributed erasure set)');
  }
  if (bucketJob) allow(bucketJob, toService(service(model, ns, 'datalens-minio'), 9000), 'the bucket Job creates the bucket and policy');
  const mirror = one(model, 'CronJob/datalens-minio-mirror');
  if (mirror) {
    allow(mirror, toService(service(model, ns, 'datalens-minio'), 9000), 'the mirror reads the evidence bucket');
    allow(mirror, toAddress(INTERNET, 443, 'internet'), "the mirror writes to the copy's endpoint in the other region");
    for (const port of webPorts) block(mirror, toPodOf(api, port), 'the mirror talks to MinIO and the copy only');
  }

  // --- What must stay closed ------------------------------------------------------------------
  if (frontend) {
    block(frontend, toService(service(model, ns, 'datalens-api'), web), 'the frontend serves static files: DNS only');
    if (internalTls) block(frontend, toPodOf(api, 8080), 'the frontend serves static files: DNS only');
    block(frontend, toService(poolerService ?? rw ?? need(devPostgresService, 'PostgreSQL Service'), 5432), 'the frontend serves static files: DNS only');
    if (nats.length) block(frontend, toService(service(model, ns, 'datalens-nats'), 4222), 'the frontend serves static files: DNS only');
    block(frontend, toAddress(INTERNET, 443, 'internet'), 'the frontend serves static files: DNS only');
  }
  // the restore drill's runner creates, watches and deletes its throwaway Cluster and runs the check in it
  const drill = one(model, 'CronJob/datalens-postgres-restore-drill');
  const drillInstance = instances.find((i) => i.labels['cnpg.io/cluster'] === 'datalens-postgres-drill');
  if (drill) {
    need(drillInstance, "the restore drill's throwaway instance");
    allow(drill, toService(apiServer, apiPort), 'the restore drill drives its throwaway cluster through the Kubernetes API');
    block(drill, toService(rw!, 5432), 'the drill checks the restored database through the API server (exec), never the real one');
    block(drill, toAddress(INTERNET, 443, 'internet'), 'the drill needs the Kubernetes API only');
    allow(drillInstance, toAddress(INTERNET, 443, 'internet'), 'the throwaway cluster reads the base backup and WAL from S3');
    block(drillInstance, toPod(primary!, 5432), 'the throwaway cluster never reaches the real one');
  }
  for (const p of envPods.filter((p) => !isCnpgPod(p) && p !== drill)) block(p, toService(apiServer, apiPort), 'only CloudNativePG pods and the restore drill call the Kubernetes API');
  for (const p of envPods) for (const ip of privateProbes(model)) block(p, toAddress(ip, 443, 'private address'), 'no pod reaches private addresses on 443 but its declared peers');
  for (const port of webPorts) {
    block(intruder, toPodOf(api, port), 'pods of other namespaces have no access');
    block(intruder, toPodOf(frontend, port), 'pods of other namespaces have no access');
    block(grafana, toPodOf(api, port), 'only Prometheus of the monitoring namespace scrapes');
  }
  // Prometheus scrapes the API through its TLS port, and nothing else of the pod
  if (internalTls) block(prometheus, toPodOf(api, 8080), "the API's plaintext port stays inside its pod");
  if (nats.length) block(intruder, toPod(nats[0], 4222), 'pods of other namespaces have no access');
  if (primary) block(intruder, toPod(primary, 5432), 'pods of other namespaces have no access');
  return flows;
}

// ---------------------------------------------------------------------------------------------
// The matrix

function describeDestination(to: Destination): string {
  const proto = to.protocol ?? 'TCP';
  switch (to.kind) {
    case 'pod':
      return `pod ${to.pod.name} (${to.pod.role}):${to.port}/${proto}`;
    case 'service':
      return `Service ${to.service.namespace}/${to.service.name}:${to.port}/${proto}`;
    case 'address':
      return `${to.what ?? 'address'} ${to.ip}:${to.port}/${proto}`;
  }
}

function describeFlow(f: Flow): string {
  return `${f.from.name} (${f.from.role}) → ${describeDestination(f.to)}`;
}

function formatMatrix(model: EnvironmentModel, cells: readonly Cell[]): string {
  const wrong = cells.filter((c) => c.wrong);
  const { facts } = model;
  const lines = [
    `NetworkPolicy flow matrix of ${facts.name} (namespace ${facts.namespace}, cluster ${facts.cluster.name}, declared engine ${facts.cluster.engine}): ` +
      `${wrong.length} of ${cells.length} cells wrong.`,
    `Columns: flow | semantics | expected | actual | deciding egress rule (source) | deciding ingress rule (destination)`,
    '',
  ];
  const row = (c: Cell, i: number): string[] => {
    const mark = c.wrong ? '✗' : ' ';
    const head = `${mark} ${String(i + 1).padStart(3)} ${describeFlow(c.flow)} | ${c.semantics} | expected ${c.flow.expected} | actual ${c.verdict.result}`;
    const hops = c.verdict.hops;
    if (hops.length === 0) return [`${head} | no backend pod answers this port`, `        why: ${c.flow.why}`];
    const distinct = new Set(hops.map((h) => `${h.egress.by}|${h.ingress.by}`));
    const hopLines =
      distinct.size === 1
        ? [`        egress: ${hops[0].egress.by} | ingress: ${hops[0].ingress.by}${hops.length > 1 ? ` (${hops.length} backends)` : ` [${hops[0].to}]`}`]
        : hops.map((h) => `        ${h.to}: egress: ${h.egress.by} | ingress: ${h.ingress.by}`);
    return [head, ...hopLines, `        why: ${c.flow.why}`];
  };
  if (wrong.length) {
    lines.push('Wrong cells:');
    cells.forEach((c, i) => c.wrong && lines.push(...row(c, i)));
    lines.push('', 'Whole matrix:');
  }
  cells.forEach((c, i) => lines.push(...row(c, i)));
  return lines.join('\n');
}

function matrix(model: EnvironmentModel): Cell[] {
  return declaredFlows(model).flatMap((flow) =>
    SEMANTICS.map((semantics) => {
      const verdict = evaluate(model, flow.from, flow.to, semantics);
      return { flow, semantics, verdict, wrong: verdict.result !== flow.expected };
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// The environments

describe.each(environmentsOnDisk())('NetworkPolicy flows of %s', (env) => {
  const model = environmentModel(env);

  it('models the pods the environment runs (so the matrix is not vacuous)', () => {
    const roles = new Set(model.pods.filter((p) => p.namespace === model.facts.namespace).map((p) => p.role));
    for (const role of ['Deployment/datalens-api', 'Deployment/datalens-frontend', 'Job/datalens-api-migrate']) expect([role, roles.has(role)]).toEqual([role, !model.facts.standby]);
    const hasCnpg = model.objects.some((o) => o.kind === 'Cluster' && String(o.apiVersion).startsWith('postgresql.cnpg.io/'));
    if (hasCnpg) for (const role of ['cnpg-instance', 'cnpg-job']) expect(roles.has(role)).toBe(true);
    if (model.objects.some((o) => o.kind === 'Pooler')) expect(roles.has('cnpg-pooler')).toBe(true);
    if (model.facts.acmeChallenge === 'http01') expect(roles.has('acme-solver')).toBe(true);
    expect(model.policies.length).toBeGreaterThan(0);
  });

  it('allows every flow the environment needs and blocks the forbidden ones, under post- and pre-DNAT engines', () => {
    const cells = matrix(model);
    expect(cells.length).toBeGreaterThan(40);
    if (cells.some((c) => c.wrong)) throw new Error(formatMatrix(model, cells));
  });
});

// ---------------------------------------------------------------------------------------------
// The evaluator itself, on tiny hand-written policies

describe('the NetworkPolicy evaluator', () => {
  const ns = (name: string, labels: Record<string, string> = {}) => ({ name, labels: { ...labels, 'kubernetes.io/metadata.name': name } });
  let nextIp = 10;
  const pod = (namespace: string, name: string, labels: Record<string, string>, ports: Pod['ports'] = []): Pod => ({
    namespace,
    name,
    labels,
    ports,
    ip: `10.244.0.${nextIp++}`,
    role: name,
    origin: 'meta-test',
  });
  const policy = (name: string, namespace: string, spec: NetworkPolicy['spec']): NetworkPolicy => ({ metadata: { name, namespace }, spec });
  const model = (pods: Pod[], policies: NetworkPolicy[], services: Service[] = []): ClusterModel => ({
    namespaces: [ns('a'), ns('b', { team: 'b' }), ns('default')],
    pods,
    services,
    policies,
  });
  const result = (m: ClusterModel, from: Pod, to: Destination, s: Semantics = 'post-DNAT') => evaluate(m, from, to, s).result;

  const web = pod('a', 'web', { app: 'web' }, [{ name: 'http', containerPort: 8080, protocol: 'TCP' }]);
  const client = pod('a', 'client', { app: 'client' });
  const other = pod('b', 'other', { app: 'client' });

  it('allows everything without policies', () => {
    expect(result(model([web, client], []), client, toPod(web, 8080))).toBe('ALLOW');
  });

  it('blocks under a default deny, in both directions', () => {
    const deny = policy('default-deny', 'a', { podSelector: {}, policyTypes: ['Ingress', 'Egress'] });
    const m = model([web, client, other], [deny]);
    const v = evaluate(m, client, toPod(web, 8080), 'post-DNAT');
    expect(v.result).toBe('BLOCK');
    expect(v.hops[0].egress).toEqual({ allowed: false, by: 'none (selected by default-deny)' });
    expect(result(m, other, toPod(web, 8080))).toBe('BLOCK'); // ingress side
    expect(result(m, client, toAddress(INTERNET, 443, 'internet'))).toBe('BLOCK'); // egress side
  });

  it('isolates only the pods a policy selects, and only in its policyTypes', () => {
    const onlyWeb = policy('web', 'a', { podSelector: { matchLabels: { app: 'web' } }, ingress: [{ from: [{ podSelector: { matchLabels: { app: 'allowed' } } }] }] });
    const allowed = pod('a', 'allowed', { app: 'allowed' });
    const m = model([web, client, allowed], [onlyWeb]);
    expect(result(m, client, toPod(web, 8080))).toBe('BLOCK');
    expect(result(m, allowed, toPod(web, 8080))).toBe('ALLOW');
    expect(result(m, web, toPod(client, 1234))).toBe('ALLOW'); // no Egress in the default policyTypes; client not selected
  });

  it('matches ipBlock with except', () => {
    const egress = policy('egress', 'a', {
      podSelector: {},
      policyTypes: ['Egress'],
      egress: [{ to: [{ ipBlock: { cidr: '0.0.0.0/0', except: ['10.0.0.0/8', '172.16.0.0/12'] } }], ports: [{ port: 443 }] }],
    });
    const m = model([client], [egress]);
    expect(result(m, client, toAddress('8.8.8.8', 443, 'public'))).toBe('ALLOW');
    expect(result(m, client, toAddress('8.8.8.8', 80, 'public'))).toBe('BLOCK');
    expect(result(m, client, toAddress('10.1.2.3', 443, 'private'))).toBe('BLOCK');
    expect(result(m, client, toAddress('172.20.0.1', 443, 'private'))).toBe('BLOCK');
  });

  it('resolves named ports on the destination pod', () => {
    const web2 = pod('a', 'web2', { app: 'web' }, [{ name: 'http', containerPort: 9000, protocol: 'TCP' }]);
    const named = policy('named', 'a', { podSelector: { matchLabels: { app: 'web' } }, ingress: [{ ports: [{ port: 'http' }] }] });
    const m = model([web, web2, client], [named]);
    expect(result(m, client, toPod(web, 8080))).toBe('ALLOW');
    expect(result(m, client, toPod(web2, 9000))).toBe('ALLOW');
    expect(result(m, client, toPod(web2, 8080))).toBe('BLOCK');
  });

  it('ANDs namespaceSelector and podSelector in one peer', () => {
    const both = policy('both', 'a', {
      podSelector: { matchLabels: { app: 'web' } },
      ingress: [{ from: [{ namespaceSelector: { matchLabels: { team: 'b' } }, podSelector: { matchLabels: { app: 'client' } } }] }],
    });
    const stranger = pod('b', 'stranger', { app: 'other' });
    const m = model([web, client, other, stranger], [both]);
    expect(result(m, other, toPod(web, 8080))).toBe('ALLOW');
    expect(result(m, stranger, toPod(web, 8080))).toBe('BLOCK');
    expect(result(m, client, toPod(web, 8080))).toBe('BLOCK'); // same labels, wrong namespace
  });

  describe('Services: post-DNAT versus pre-DNAT (Amazon VPC CNI)', () => {
    const apiServer: Service = {
      namespace: 'default',
      name: 'kubernetes',
      clusterIP: '172.20.0.1',
      ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 443 }],
      endpoints: [{ ip: '10.0.0.5', port: 443 }],
      origin: 'meta-test',
    };
    const webService: Service = {
      namespace: 'a',
      name: 'web',
      selector: { app: 'web' },
      clusterIP: '172.20.1.1',
      ports: [{ name: 'http', port: 80, protocol: 'TCP', targetPort: 'http' }],
      origin: 'meta-test',
    };
    const egressTo = (...rules: NonNullable<NetworkPolicy['spec']['egress']>) => policy('egress', 'a', { podSelector: { matchLabels: { app: 'client' } }, policyTypes: ['Egress'], egress: rules });

    it('matches an ipBlock of the endpoints after DNAT only, and the ClusterIP before DNAT only', () => {
      const endpoints = model([client], [egressTo({ to: [{ ipBlock: { cidr: '10.0.0.0/24' } }], ports: [{ port: 443 }] })], [apiServer]);
      expect(result(endpoints, client, toService(apiServer, 443), 'post-DNAT')).toBe('ALLOW');
      expect(result(endpoints, client, toService(apiServer, 443), 'pre-DNAT')).toBe('BLOCK');
      const both = model([client], [egressTo({ to: [{ ipBlock: { cidr: '10.0.0.0/24' } }, { ipBlock: { cidr: '172.20.0.1/32' } }], ports: [{ port: 443 }] })], [apiServer]);
      expect(result(both, client, toService(apiServer, 443), 'pre-DNAT')).toBe('ALLOW');
      expect(result(both, client, toService(apiServer, 443), 'post-DNAT')).toBe('ALLOW');
    });

    it('never matches default/kubernetes through a podSelector peer before DNAT', () => {
      const m = model([client], [egressTo({ to: [{ namespaceSelector: {}, podSelector: { matchLabels: { component: 'apiserver' } } }] })], [apiServer]);
      expect(result(m, client, toService(apiServer, 443), 'pre-DNAT')).toBe('BLOCK');
    });

    it('adds the ClusterIP of a Service whose selector the podSelector matches, on the Service port the policy port targets', () => {
      const m = (np: number | string, peer: Record<string, string> = { app: 'web' }) =>
        model([web, client], [egressTo({ to: [{ podSelector: { matchLabels: peer } }], ports: [{ port: np }] })], [webService]);
      expect(result(m(8080), client, toService(webService, 80), 'pre-DNAT')).toBe('ALLOW'); // container port 8080 ↔ targetPort http ↔ port 80
      expect(result(m(8080), client, toService(webService, 80), 'post-DNAT')).toBe('ALLOW');
      expect(result(m('http'), client, toService(webService, 80), 'pre-DNAT')).toBe('ALLOW');
      expect(result(m(80), client, toService(webService, 80), 'pre-DNAT')).toBe('BLOCK'); // the Service port is not what a policy names
      expect(result(m(80), client, toService(webService, 80), 'post-DNAT')).toBe('BLOCK');
      // a peer selecting more labels than the Service selector: the pods match, the Service does not
      const narrower = m(8080, { app: 'web', tier: 'x' });
      const webX = { ...web, labels: { app: 'web', tier: 'x' } };
      const withX = { ...narrower, pods: [webX, client] };
      expect(result(withX, client, toService(webService, 80), 'post-DNAT')).toBe('ALLOW');
      expect(result(withX, client, toService(webService, 80), 'pre-DNAT')).toBe('BLOCK');
    });

    it('drops a Service port whose named targetPort resolves to a port the rule does not allow', () => {
      const web9 = pod('a', 'web9', { app: 'web' }, [{ name: 'http', containerPort: 9090, protocol: 'TCP' }]);
      const m = model([web, web9, client], [egressTo({ to: [{ podSelector: { matchLabels: { app: 'web' } } }], ports: [{ port: 8080 }] })], [webService]);
      expect(result(m, client, toService(webService, 80), 'pre-DNAT')).toBe('BLOCK');
      expect(result(m, client, toService(webService, 80), 'post-DNAT')).toBe('PARTIAL'); // one backend on 8080, one on 9090
    });

    it('evaluates ingress at the backend pod under both semantics', () => {
      const ingressOnly = policy('web-in', 'a', { podSelector: { matchLabels: { app: 'web' } }, ingress: [{ from: [{ podSelector: { matchLabels: { app: 'nobody' } } }] }] });
      const m = model([web, client], [ingressOnly], [webService]);
      for (const s of SEMANTICS) expect(result(m, client, toService(webService, 80), s)).toBe('BLOCK');
    });
  });
});

// ---------------------------------------------------------------------------------------------
// TLS on what other pods can reach

/**
 * Whether the server behind `port` of `pod` speaks TLS only, read from its own configuration in
 * dist/ (what the server reads), with the evidence; undefined when nothing there says so.
 */
function tlsEvidence(model: EnvironmentModel, pod: Pod, port: number): string | undefined {
  const ns = model.facts.namespace;
  const config = (name: string, key: string): string | undefined => model.objects.find((o) => o.kind === 'ConfigMap' && o.metadata.namespace === ns && o.metadata.name === name)?.data?.[key];
  const workload = (kind: string, name: string) => model.objects.find((o) => o.kind === kind && o.metadata.namespace === ns && o.metadata.name === name);
  /** The container of a StatefulSet that declares `port`, and its env by name. */
  const serving = (name: string): { container: Json; env: Record<string, string | undefined> } | undefined => {
    const container = (workload('StatefulSet', name)?.spec.template.spec.containers ?? []).find((c: Json) => (c.ports ?? []).some((p: Json) => p.containerPort === port));
    return container ? { container, env: Object.fromEntries((container.env ?? []).map((e: Json) => [e.name, e.value])) } : undefined;
  };
  // exporters: the flags that make each serve HTTPS only (oliver006/redis_exporter main.go, prometheus-nats-exporter
  // main.go, exporter-toolkit's web config); CloudNativePG's managers with spec.monitoring.tls
  const exporterTls = (name: string): string | undefined => {
    const found = serving(name);
    if (!found || found.container.name !== 'exporter') return undefined;
    const { container, env } = found;
    const args: string[] = container.args ?? [];
    if (env.REDIS_EXPORTER_TLS_SERVER_CERT_FILE && env.REDIS_EXPORTER_TLS_SERVER_KEY_FILE) return 'redis_exporter: REDIS_EXPORTER_TLS_SERVER_CERT_FILE and _KEY_FILE';
    if (args.includes('-tlscert') && args.includes('-tlskey')) return 'prometheus-nats-exporter: -tlscert and -tlskey';
    const webConfig = args.find((a) => a.startsWith('--web.config.file='));
    const file = webConfig ? webConfig.slice('--web.config.file='.length) : undefined;
    const content = file && model.objects.filter((o) => o.kind === 'ConfigMap' && o.metadata.namespace === ns).flatMap((o) => Object.entries(o.data ?? {})).find(([key]) => file.endsWith(`/${key}`))?.[1];
    return typeof content === 'string' && /^tls_server_config:\n\s+cert_file: \S+\n\s+key_file: \S+/m.test(content) ? `exporter-toolkit: ${file} with tls_server_config` : undefined;
  };
  switch (pod.role) {
    case 'StatefulSet/datalens-redis': {
      if (port !== 6379) return exporterTls('datalens-redis');
      const conf = config('datalens-redis', 'redis.conf') ?? '';
      return /^port 0$/m.test(conf) && new RegExp(`^tls-port ${port}$`, 'm').test(conf) ? 'redis.conf: port 0, tls-port' : undefined;
    }
    case 'StatefulSet/datalens-nats': {
      const conf = config('datalens-nats', 'nats.conf') ?? '';
      const cluster = /^cluster \{[\s\S]*?^\}$/m.exec(conf)?.[0] ?? '';
      const top = conf.replace(cluster, '');
      if (new RegExp(`^port: ${port}$`, 'm').test(top) && /^tls \{/m.test(top)) return 'nats.conf: tls block of the client port';
      // https_port serves monitoring with the top-level tls block; an http_port beside it would listen in plain text
      if (new RegExp(`^https_port: ${port}$`, 'm').test(top) && /^tls \{/m.test(top) && !/^http_port:/m.test(top)) return 'nats.conf: https_port with the tls block';
      if (exporterTls('datalens-nats')) return exporterTls('datalens-nats');
      if (new RegExp(`^\\s+port: ${port}$`, 'm').test(cluster) && /^\s+tls \{[\s\S]*verify: true/m.test(cluster)) return 'nats.conf: tls block with verify of the route port';
      return undefined;
    }
    case 'StatefulSet/datalens-minio': {
      const args: string[] = workload('StatefulSet', 'datalens-minio')?.spec.template.spec.containers[0].args ?? [];
      const certsDir = args[args.indexOf('--certs-dir') + 1];
      const mounted = (workload('StatefulSet', 'datalens-minio')?.spec.template.spec.containers[0].volumeMounts ?? []).some((m: Json) => m.mountPath === certsDir);
      return args.includes('--certs-dir') && mounted ? 'MinIO serves HTTPS from the mounted --certs-dir' : undefined;
    }
    case 'StatefulSet/datalens-postgres': {
      const args: string[] = workload('StatefulSet', 'datalens-postgres')?.spec.template.spec.containers[0].args ?? [];
      if (port !== 5432) return exporterTls('datalens-postgres');
      return args.includes('ssl=on') ? 'postgres -c ssl=on' : undefined;
    }
    case 'cnpg-instance': {
      const cluster = model.objects.find((o) => o.kind === 'Cluster' && o.metadata.namespace === ns);
      const hba: string[] = cluster?.spec.postgresql?.pg_hba ?? [];
      if (port === 5432 && hba.includes('hostnossl all all 0.0.0.0/0 reject') && hba.includes('hostnossl all all ::/0 reject')) return 'pg_hba rejects hostnossl';
      // the instance manager serves its status API with the cluster's server certificate (CloudNativePG's own)
      if (port === 8000) return "CloudNativePG's instance manager status API (HTTPS)";
      // the instance manager serves metrics with the server certificate (--metrics-port-tls, pkg/specs/pods.go)
      if (port === 9187 && cluster?.spec.monitoring?.tls?.enabled === true) return 'Cluster spec.monitoring.tls.enabled';
      return undefined;
    }
    case 'Deployment/datalens-api':
    case 'Deployment/datalens-frontend': {
      // nginx serves TLS on the port (the frontend's own, the API's sidecar) from a mounted Certificate's Secret, and
      // every hop of the edge to it verifies a name that Certificate holds
      const deployment = workload('Deployment', pod.role.slice('Deployment/'.length));
      const listener = deployment && nginxTlsListener(model.objects, deployment, port);
      if (!listener || typeof listener === 'string') return undefined;
      const hops = edgeHops(model.objects, deployment, port);
      const dnsNames: string[] = listener.certificate.spec.dnsNames ?? [];
      if (!hops.length || !hops.every((h) => h.verifiedName !== undefined && dnsNames.includes(h.verifiedName))) return undefined;
      return `nginx ${listener.file}: listen ${port} ssl with Certificate/${listener.certificate.metadata.name}, verified by ${hops.map((h) => h.by).join(', ')}`;
    }
    case 'cnpg-pooler': {
      const pooler = model.objects.find((o) => o.kind === 'Pooler' && o.metadata.namespace === ns);
      // the PgBouncer manager serves metrics with the certificate PgBouncer shows its clients (METRICS_PORT_TLS)
      if (port === 9127) return pooler?.spec.monitoring?.tls?.enabled === true ? 'Pooler spec.monitoring.tls.enabled' : undefined;
      return port === 5432 && pooler?.spec.pgbouncer?.parameters?.client_tls_sslmode === 'require' ? 'PgBouncer client_tls_sslmode require' : undefined;
    }
    default:
      return undefined;
  }
}

describe.each(environmentsOnDisk())('plaintext reachable from other pods in %s', (env) => {
  const model = environmentModel(env);
  const ns = model.facts.namespace;
  const plaintextAllowed = model.objects.some((o) => o.kind === 'Namespace' && o.metadata.annotations?.['datalens.io/plaintext-inside']);
  const scraped = scrapeTargets(model);
  const isPrometheus = (p: Pod) => p.namespace === model.facts.monitoringNamespace;
  const isEdge = (p: Pod) => model.facts.edgeSources.some((s) => s.namespace === p.namespace) && p.namespace !== ns;

  /** Every (pod, port) of the namespace that a pod other than itself may open, under either engine semantics, with who may. */
  const reachable = (() => {
    const found: { pod: Pod; port: number; sources: Pod[] }[] = [];
    const seen = new Set<string>();
    for (const pod of model.pods.filter((p) => p.namespace === ns)) {
      const key = (port: number) => `${pod.role}|${pod.labels['cnpg.io/instanceRole'] ?? ''}|${port}`;
      for (const { containerPort } of pod.ports.filter((c) => c.protocol === 'TCP')) {
        if (seen.has(key(containerPort))) continue;
        seen.add(key(containerPort));
        const sources = model.pods.filter((q) => q !== pod && SEMANTICS.some((s) => evaluate(model, q, { kind: 'pod', pod, port: containerPort }, s).result === 'ALLOW'));
        if (sources.length) found.push({ pod, port: containerPort, sources });
      }
    }
    return found;
  })();

  it('finds listeners other pods reach (so the check is not vacuous)', () => {
    expect(reachable.length).toBeGreaterThan(3);
  });

  it('serves every metrics port Prometheus scrapes over TLS, and Prometheus reaches each', () => {
    if (plaintextAllowed) return;
    // the exporters and CloudNativePG's managers are among what is scraped here, so the check is not vacuous
    expect(scraped.length).toBeGreaterThanOrEqual(model.facts.standby ? 2 : 3);
    const problems = scraped.flatMap(({ pod, port }) => {
      const reached = reachable.find((r) => r.pod.role === pod.role && r.port === port && r.sources.some(isPrometheus));
      if (!reached) return [`${pod.role}:${port} is scraped but Prometheus cannot reach it`];
      return tlsEvidence(model, pod, port) ? [] : [`${pod.role}:${port} serves metrics in plain text`];
    });
    expect(problems).toEqual([]);
  });

  it('finds the API and the frontend reachable by the edge on their TLS port only, with the evidence, unless dev opted out or a standby runs no application', () => {
    if (plaintextAllowed || model.facts.standby) return;
    for (const role of ['Deployment/datalens-api', 'Deployment/datalens-frontend']) {
      const ports = reachable.filter((r) => r.pod.role === role);
      expect([role, ports.map((r) => r.port)]).toEqual([role, [8443]]);
      expect(ports[0].sources.some(isEdge)).toBe(true);
      expect([role, tlsEvidence(model, ports[0].pod, 8443)]).toEqual([role, expect.stringMatching(/^nginx .*: listen 8443 ssl with Certificate\/.*, verified by /)]);
    }
  });

  it('has no plaintext port another pod may reach but the ACME solver behind the edge, unless dev opted out', () => {
    if (plaintextAllowed) {
      expect(model.facts.tier).toBe('dev');
      return;
    }
    const problems = reachable.flatMap(({ pod, port, sources }) => {
      if (tlsEvidence(model, pod, port)) return [];
      // the HTTP-01 solver answers the CA's challenge over HTTP by design (a token, no data); the API, the frontend
      // and the exporters are no exception: the edge and Prometheus reach them over TLS they verify (tests above)
      if (pod.role === 'acme-solver' && sources.every(isEdge)) return [];
      // MailHog, the dev tier's mail catcher, has no TLS (the schema allows it in dev only)
      if (pod.role === 'Deployment/datalens-mailhog' && model.facts.tier === 'dev') return [];
      return [`${pod.role}:${port} is not TLS-only and is reachable from ${[...new Set(sources.map((q) => q.role))].join(', ')}`];
    });
    expect(problems).toEqual([]);
  });
});
