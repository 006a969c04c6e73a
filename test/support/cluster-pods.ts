import { objectsOnDisk, dataFileOnDisk, type Json } from './on-disk';
import {
  addressIn,
  cidrContains,
  numberToIp,
  parseCidr,
  type ClusterModel,
  type ContainerPort,
  type Labels,
  type Namespace,
  type NetworkPolicy,
  type Pod,
  type Protocol,
  type Service,
} from './policy-engine';

/*
 * The pods, Services and namespaces an environment's policies meet on a real cluster, modelled
 * from what is on disk: the workloads of dist/<env>/ (Deployment, StatefulSet and Job templates),
 * the pods and Services operators create for the custom resources in dist/<env>/ (CloudNativePG
 * instances, bootstrap Jobs, PgBouncer poolers; the cert-manager HTTP-01 solver), the platform pods
 * the policies name (ingress controller, Prometheus, CloudNativePG operator, CoreDNS) and the
 * Kubernetes API, with the environment file (environments/<env>.yaml) and its cluster file
 * (clusters/<cluster>.yaml) for what dist does not say.
 *
 * Every label set below is commented with the upstream source it comes from. CloudNativePG facts
 * are from cloudnative-pg v1.30.0; cert-manager from cert-manager master (pkg/issuer/acme/http).
 * Addresses are invented but consistent: Service ClusterIPs in the /16 of the cluster's kubernetes
 * Service address; pod addresses in 10.244.0.0/16 on kind, and inside the VPC on EKS with the
 * Amazon VPC CNI (which gives pods VPC addresses; the /16 around the API endpoint subnets).
 */

// ---------------------------------------------------------------------------------------------
// What the environment and cluster files say

export interface ClusterFacts {
  readonly name: string;
  readonly file: string;
  /** The engine the cluster declares (the test checks both semantics regardless). */
  readonly engine: string;
  /** ClusterIP and port of default/kubernetes (KUBERNETES_SERVICE_HOST / _PORT). */
  readonly apiServiceAddress: string;
  readonly apiServicePort: number;
  /** Where the API server endpoints live, and the port they listen on (443 on EKS, 6443 on kind). */
  readonly apiEndpointCidrs: readonly string[];
  readonly apiEndpointPort: number;
  /** NodeLocal DNSCache address, when the cluster runs it. */
  readonly nodeLocalDns?: string;
}

/** A platform pod the edge's traffic comes from. */
export interface EdgeSource {
  readonly role: 'ingress-controller' | 'gateway-proxy';
  readonly namespace: string;
  readonly labels: Labels;
  /** Where the labels come from. */
  readonly origin: string;
}

export interface EnvironmentFacts {
  readonly name: string;
  readonly tier: string;
  readonly namespace: string;
  readonly cluster: ClusterFacts;
  /** The pods that forward the edge's traffic, per the environment's edge mode (the Gateway's first in mode both). */
  readonly edgeSources: readonly EdgeSource[];
  readonly monitoringNamespace: string;
  readonly cnpgOperatorNamespace: string;
  /** Where the NATS JetStream controller (NACK) runs and the labels of its pod. */
  readonly streamController: { readonly namespace: string; readonly labels: Labels };
  /** How the TLS issuer proves the hosts: http01 puts a cert-manager solver pod in the namespace. */
  readonly acmeChallenge: 'http01' | 'dns01' | 'none';
  /** The CIDR of a Redis outside the cluster (data.redis.mode external), if any. */
  readonly externalRedisCidr?: string;
  /** A standby: its PostgreSQL a replica cluster (data.postgres.recovery.replica), with no application tier. */
  readonly standby: boolean;
}

const str = (v: unknown, what: string): string => {
  if (typeof v !== 'string' || v === '') throw new Error(`expected ${what} to be a non-empty string, got ${JSON.stringify(v)}`);
  return v;
};

/** The cluster file clusters/<name>.yaml, with the schema's defaults (ports 443). Parsed here, not through config/, so the test does not depend on the schema's internals. */
export function clusterFacts(name: string): ClusterFacts {
  const file = `clusters/${name}.yaml`;
  const c = dataFileOnDisk('clusters', name);
  const api = c.kubernetesApi ?? {};
  const np = c.networkPolicy;
  const cidrs = api.endpointCidrs;
  if (!Array.isArray(cidrs) || cidrs.length === 0) throw new Error(`${file}: expected kubernetesApi.endpointCidrs to list at least one CIDR`);
  for (const cidr of cidrs) parseCidr(str(cidr, `${file} kubernetesApi.endpointCidrs[]`));
  return {
    name,
    file,
    engine: typeof np === 'string' ? np : str(np?.engine, `${file} networkPolicy.engine`),
    apiServiceAddress: str(api.serviceAddress, `${file} kubernetesApi.serviceAddress`),
    apiServicePort: Number(api.servicePort ?? 443),
    apiEndpointCidrs: cidrs as string[],
    apiEndpointPort: Number(api.endpointPort ?? 443),
    nodeLocalDns: c.dns?.nodeLocalAddress,
  };
}

/** The facts of environments/<env>.yaml the model needs, with the schema's defaults. */
export function environmentFacts(env: string): EnvironmentFacts {
  const file = `environments/${env}.yaml`;
  const e = dataFileOnDisk('environments', env);
  const tier = str(e.tier, `${file} tier`);
  const edge = e.edge ?? {};
  const mode: string = edge.mode ?? 'gateway';
  // A certificate (and so an ACME challenge) exists for an Ingress and for a Gateway the environment creates;
  // the challenge is the issuer's, HTTP-01 unless the file says otherwise.
  const issuesCertificate = mode !== 'gateway' || edge.gateway?.className !== undefined;
  // a standby has no edge (nor any application) until promoted
  const standby = e.data?.postgres?.recovery?.replica === true;
  const acmeChallenge = issuesCertificate && edge.tls && !standby ? (edge.tls.challenge ?? 'http01') : 'none';
  if (!['http01', 'dns01', 'none'].includes(acmeChallenge)) throw new Error(`${file}: unknown edge.tls.challenge ${acmeChallenge}`);
  const namespace = str(e.namespace, `${file} namespace`);
  const redis = e.data?.redis ?? {};
  return {
    name: env,
    tier,
    namespace,
    cluster: clusterFacts(str(e.cluster, `${file} cluster`)),
    edgeSources: [...(mode !== 'ingress' ? [gatewaySource(edge.gateway ?? {}, namespace, file)] : []), ...(mode !== 'gateway' ? [ingressSource(edge.ingress?.controller)] : [])],
    monitoringNamespace: e.monitoring?.namespace ?? 'monitoring',
    cnpgOperatorNamespace: e.data?.postgres?.operatorNamespace ?? 'cnpg-system',
    // nats-io/k8s helm/charts/nack templates/_helpers.tpl: with useLegacyNames (the chart's default) the
    // Deployment's pods carry `app: <release>` (and `chart`); the release is taken to be `nack` unless the file says otherwise
    streamController: {
      namespace: e.data?.nats?.streamController?.namespace ?? 'nack',
      labels: { ...(e.data?.nats?.streamController?.podLabels ?? { app: 'nack' }) },
    },
    acmeChallenge,
    externalRedisCidr: redis.mode === 'external' ? str(redis.cidr, `${file} data.redis.cidr`) : undefined,
    standby,
  };
}

/** The ingress controller: the environment's, or ingress-nginx with its chart's labels. */
function ingressSource(controller: Json | undefined): EdgeSource {
  if (controller) return { role: 'ingress-controller', namespace: str(controller.namespace, 'edge.ingress.controller.namespace'), labels: { ...controller.podLabels }, origin: 'the environment file' };
  return {
    role: 'ingress-controller',
    namespace: 'ingress-nginx',
    // kubernetes/ingress-nginx charts/ingress-nginx/templates/_helpers.tpl "ingress-nginx.selectorLabels"
    // (app.kubernetes.io/name = chart name, app.kubernetes.io/instance = release) and
    // controller-deployment.yaml (app.kubernetes.io/component: controller)
    labels: { 'app.kubernetes.io/name': 'ingress-nginx', 'app.kubernetes.io/instance': 'ingress-nginx', 'app.kubernetes.io/component': 'controller' },
    origin: 'ingress-nginx Helm chart (charts/ingress-nginx/templates/_helpers.tpl)',
  };
}

/** The Envoy proxies of the Gateway the routes attach to, or the data plane the environment names. */
function gatewaySource(gateway: Json, namespace: string, file: string): EdgeSource {
  if (gateway.dataPlane) return { role: 'gateway-proxy', namespace: str(gateway.dataPlane.namespace, `${file} edge.gateway.dataPlane.namespace`), labels: { ...gateway.dataPlane.podLabels }, origin: 'the environment file' };
  const owner = gateway.parentRef ? { name: gateway.parentRef.name, namespace: gateway.parentRef.namespace } : { name: 'datalens', namespace };
  return {
    role: 'gateway-proxy',
    // Envoy Gateway runs each Gateway's Envoy Deployment in its controller namespace (envoy-gateway-system by
    // default) with these labels: envoyproxy/gateway internal/infrastructure/kubernetes/proxy (envoyLabels) and
    // internal/gatewayapi (OwningGatewayNameLabel, OwningGatewayNamespaceLabel).
    namespace: 'envoy-gateway-system',
    labels: {
      'app.kubernetes.io/name': 'envoy',
      'app.kubernetes.io/component': 'proxy',
      'app.kubernetes.io/managed-by': 'envoy-gateway',
      'gateway.envoyproxy.io/owning-gateway-name': owner.name,
      'gateway.envoyproxy.io/owning-gateway-namespace': owner.namespace,
    },
    origin: 'Envoy Gateway (internal/infrastructure/kubernetes/proxy)',
  };
}

// ---------------------------------------------------------------------------------------------
// The model

export interface EnvironmentModel extends ClusterModel {
  readonly facts: EnvironmentFacts;
  /** default/kubernetes: ClusterIP, no selector, endpoints in the cluster's endpoint CIDRs. */
  readonly kubernetesService: Service;
  /** kube-system/kube-dns. */
  readonly dnsService: Service;
  /** Where the pods' addresses come from (probes must stay outside it). */
  readonly podCidr: string;
  readonly serviceCidr: string;
  /** The objects of dist/<env>/, for shape questions (is there a Pooler?). */
  readonly objects: readonly Json[];
}

/** Pods modelled per workload: two show pod-to-pod flows within a workload; more add nothing. */
const MAX_PODS_PER_WORKLOAD = 2;

/** The /16 holding an address (for the invented address ranges). */
const slash16 = (ip: string): string => `${numberToIp((parseCidr(`${ip}/32`).base & 0xffff0000) >>> 0)}/16`;

class Addresses {
  private nextPod = 0;
  private nextService = 0;
  constructor(
    readonly podCidr: string,
    readonly serviceCidr: string,
    private readonly podOffset: number,
  ) {}
  pod(): string {
    return addressIn(this.podCidr, this.podOffset + this.nextPod++);
  }
  service(): string {
    // 10.96.1.x / 172.20.1.x: clear of the kubernetes (.0.1) and kube-dns (.0.10) addresses
    return addressIn(this.serviceCidr, 256 + 1 + this.nextService++);
  }
}

const ports = (containers: readonly Json[] | undefined): ContainerPort[] =>
  (containers ?? []).flatMap((c) =>
    (c.ports ?? []).map((p: Json) => ({ name: p.name, containerPort: Number(p.containerPort), protocol: (p.protocol ?? 'TCP') as Protocol })),
  );

/** Container ports of a pod template: the containers, then native sidecars (init containers with restartPolicy Always). */
const templatePorts = (spec: Json): ContainerPort[] => [
  ...ports(spec.containers),
  ...ports((spec.initContainers ?? []).filter((c: Json) => c.restartPolicy === 'Always')),
];

/** Container names of a pod template: the containers, then native sidecars. */
const templateContainers = (spec: Json): string[] => [
  ...((spec.containers ?? []) as Json[]).map((c) => String(c.name)),
  ...((spec.initContainers ?? []) as Json[]).filter((c) => c.restartPolicy === 'Always').map((c) => String(c.name)),
];

/** Builds the model of an environment from dist/<env>/, its environment file and its cluster file. */
export function environmentModel(env: string): EnvironmentModel {
  const facts = environmentFacts(env);
  const cluster = facts.cluster;
  const objects = objectsOnDisk(env).map((o) => o.object);
  const ns = facts.namespace;
  const foreign = objects.filter((o) => o.kind !== 'Namespace' && o.metadata?.namespace !== undefined && o.metadata.namespace !== ns);
  if (foreign.length) throw new Error(`dist/${env}: objects outside ${ns}: ${foreign.map((o) => `${o.kind}/${o.metadata.name}`).join(', ')}`);

  const serviceCidr = slash16(cluster.apiServiceAddress);
  // VPC CNI: pods take VPC addresses (upper half of the VPC /16); elsewhere an overlay range (kind's default 10.244.0.0/16).
  const vpcPods = cluster.engine === 'amazon-vpc-cni';
  const podCidr = vpcPods ? slash16(numberToIp(parseCidr(cluster.apiEndpointCidrs[0]).base)) : '10.244.0.0/16';
  const addresses = new Addresses(podCidr, serviceCidr, vpcPods ? 128 * 256 + 10 : 10);

  const pods: Pod[] = [];
  const services: Service[] = [];
  const pod = (p: Omit<Pod, 'ip'>): void => {
    pods.push({ ...p, ip: addresses.pod() });
  };
  const byKind = (kind: string) => objects.filter((o) => o.kind === kind);

  // --- Workloads of dist/<env>/ -------------------------------------------------------------
  for (const w of [...byKind('Deployment'), ...byKind('StatefulSet')]) {
    const count = Math.min(w.spec.replicas ?? 1, MAX_PODS_PER_WORKLOAD);
    for (let i = 0; i < count; i++) {
      const name = w.kind === 'StatefulSet' ? `${w.metadata.name}-${i}` : `${w.metadata.name}-7d4b9c5f6-${i}`;
      // Template labels, plus what the controllers add: kubernetes pkg/controller/statefulset
      // (statefulset.kubernetes.io/pod-name, apps.kubernetes.io/pod-index, controller-revision-hash)
      // and pkg/controller/deployment (pod-template-hash).
      const controller: Labels =
        w.kind === 'StatefulSet'
          ? { 'statefulset.kubernetes.io/pod-name': name, 'apps.kubernetes.io/pod-index': String(i), 'controller-revision-hash': `${w.metadata.name}-6f7c8d9b5` }
          : { 'pod-template-hash': '7d4b9c5f6' };
      pod({
        namespace: ns,
        name,
        labels: { ...w.spec.template.metadata.labels, ...controller },
        ports: templatePorts(w.spec.template.spec),
        containers: templateContainers(w.spec.template.spec),
        role: `${w.kind}/${w.metadata.name}`,
        origin: `dist/${env}: ${w.kind} ${w.metadata.name} template`,
      });
    }
  }
  for (const j of byKind('Job')) {
    // Template labels plus the Job controller's: kubernetes pkg/apis/batch/types.go
    // (batch.kubernetes.io/job-name, batch.kubernetes.io/controller-uid, legacy job-name, controller-uid).
    pod({
      namespace: ns,
      name: `${j.metadata.name}-x7k2p`,
      labels: { ...jobControllerLabels(j.metadata.name), ...j.spec.template.metadata.labels },
      ports: templatePorts(j.spec.template.spec),
      containers: templateContainers(j.spec.template.spec),
      role: `Job/${j.metadata.name}`,
      origin: `dist/${env}: Job ${j.metadata.name} template`,
    });
  }

  for (const c of byKind('CronJob')) {
    // The CronJob controller names each Job <cronjob>-<scheduled time in minutes> (kubernetes
    // pkg/controller/cronjob getJobName) from spec.jobTemplate; its pods get the Job controller's labels.
    const jobName = `${c.metadata.name}-29412345`;
    const template = c.spec.jobTemplate.spec.template;
    pod({
      namespace: ns,
      name: `${jobName}-k4v9s`,
      labels: { ...jobControllerLabels(jobName), ...template.metadata.labels },
      ports: templatePorts(template.spec),
      containers: templateContainers(template.spec),
      role: `CronJob/${c.metadata.name}`,
      origin: `dist/${env}: CronJob ${c.metadata.name} job template`,
    });
  }

  // --- CloudNativePG 1.30: instances, bootstrap Jobs, Services ---------------------------------
  // Clusters of dist/, and those a workload creates at run time from a ConfigMap (a restore drill's)
  const embedded = byKind('ConfigMap').flatMap((m) =>
    String(m.metadata.annotations?.['datalens.io/embedded-manifests'] ?? '')
      .split(',')
      .filter(Boolean)
      .map((key) => JSON.parse(m.data[key.trim()]) as Json),
  );
  for (const c of [...byKind('Cluster'), ...embedded.filter((o) => o.kind === 'Cluster')].filter((o) => String(o.apiVersion).startsWith('postgresql.cnpg.io/'))) {
    const name: string = c.metadata.name;
    const instances = Number(c.spec.instances ?? 1);
    // Fixed inherited labels (spec.inheritedMetadata.labels): utils.InheritLabels in
    // pkg/utils/labels_annotations.go writes them over the operator's own (CNPG's
    // app.kubernetes.io/name=postgresql becomes the inherited value). Cluster labels are inherited
    // only when the operator's INHERITED_LABELS names them (none by default).
    const inherited: Labels = c.spec.inheritedMetadata?.labels ?? {};
    const major = /:(\d+)/.exec(String(c.spec.imageName ?? ''))?.[1] ?? '';
    const cnpgCommon = (instanceName: string): Labels => ({
      'cnpg.io/cluster': name, // utils.ClusterLabelName
      'cnpg.io/instanceName': instanceName, // utils.InstanceNameLabelName
      'app.kubernetes.io/name': 'postgresql', // utils.AppName
      'app.kubernetes.io/instance': name,
      'app.kubernetes.io/version': major,
      'app.kubernetes.io/component': 'database', // utils.DatabaseComponentName
      'app.kubernetes.io/managed-by': 'cloudnative-pg', // utils.ManagerName
    });
    for (let serial = 1; serial <= Math.min(instances, MAX_PODS_PER_WORKLOAD); serial++) {
      const podName = `${name}-${serial}`;
      const instanceRole = serial === 1 ? 'primary' : 'replica';
      pod({
        namespace: ns,
        name: podName,
        labels: {
          // pkg/specs/pods.go buildInstance: cnpg.io/cluster, cnpg.io/instanceName,
          // cnpg.io/podRole=instance and the app.kubernetes.io labels ...
          ...cnpgCommon(podName),
          'cnpg.io/podRole': 'instance', // utils.PodRoleInstance
          // ... then the inherited labels (internal/controller/cluster_create.go, InheritLabels on the new Pod) ...
          ...inherited,
          // ... and the role the operator keeps on each instance (pkg/reconciler/instance/metadata.go,
          // utils.SetInstanceRole: cnpg.io/instanceRole and the deprecated `role`, primary|replica).
          'cnpg.io/instanceRole': instanceRole,
          role: instanceRole,
        },
        // pkg/specs/pods.go: postgresql 5432 (postgres.ServerPort), metrics 9187
        // (url.PostgresMetricsPort), status 8000 (url.StatusPort)
        ports: [
          { name: 'postgresql', containerPort: 5432, protocol: 'TCP' },
          { name: 'metrics', containerPort: 9187, protocol: 'TCP' },
          { name: 'status', containerPort: 8000, protocol: 'TCP' },
        ],
        // pkg/specs/pods.go: the instance container is "postgres" (plus a plugin's sidecar)
        containers: ['postgres'],
        role: 'cnpg-instance',
        origin: `CloudNativePG instance of Cluster ${name} (cloudnative-pg v1.30.0 pkg/specs/pods.go)`,
      });
    }
    // Bootstrap Jobs: pkg/specs/jobs.go createPrimaryJob / join — pod template labels
    // cnpg.io/cluster, cnpg.io/instanceName, cnpg.io/jobRole and the app.kubernetes.io labels,
    // no cnpg.io/podRole; inherited labels on the template too (internal/controller/cluster_create.go
    // inheritJobMetadata); the Job controller's own labels.
    const bootstrap = c.spec.bootstrap ?? {};
    const firstRole = bootstrap.recovery ? 'full-recovery' : bootstrap.pg_basebackup ? 'pgbasebackup' : 'initdb';
    const jobs: [number, string][] = [[1, firstRole], ...(instances > 1 ? ([[2, 'join']] as [number, string][]) : [])];
    for (const [serial, jobRole] of jobs) {
      const jobName = `${name}-${serial}-${jobRole}`; // jobRole.getJobName
      pod({
        namespace: ns,
        name: `${jobName}-q8m4z`,
        labels: { ...jobControllerLabels(jobName), ...cnpgCommon(`${name}-${serial}`), 'cnpg.io/jobRole': jobRole, ...inherited },
        ports: [],
        containers: [jobRole],
        role: 'cnpg-job',
        origin: `CloudNativePG ${jobRole} Job of Cluster ${name} (cloudnative-pg v1.30.0 pkg/specs/jobs.go)`,
      });
    }
    // pkg/specs/services.go: -rw (cnpg.io/cluster + cnpg.io/instanceRole=primary), -ro (replica),
    // -r (cnpg.io/cluster + cnpg.io/podRole=instance); port "postgres" 5432 → targetPort 5432.
    const pgPort = [{ name: 'postgres', port: 5432, protocol: 'TCP' as Protocol, targetPort: 5432 }];
    const svcOrigin = `CloudNativePG Service of Cluster ${name} (cloudnative-pg v1.30.0 pkg/specs/services.go)`;
    services.push(
      { namespace: ns, name: `${name}-rw`, selector: { 'cnpg.io/cluster': name, 'cnpg.io/instanceRole': 'primary' }, clusterIP: addresses.service(), ports: pgPort, origin: svcOrigin },
      { namespace: ns, name: `${name}-ro`, selector: { 'cnpg.io/cluster': name, 'cnpg.io/instanceRole': 'replica' }, clusterIP: addresses.service(), ports: pgPort, origin: svcOrigin },
      { namespace: ns, name: `${name}-r`, selector: { 'cnpg.io/cluster': name, 'cnpg.io/podRole': 'instance' }, clusterIP: addresses.service(), ports: pgPort, origin: svcOrigin },
    );
  }

  // --- CloudNativePG 1.30: PgBouncer poolers ---------------------------------------------------
  for (const p of byKind('Pooler').filter((o) => String(o.apiVersion).startsWith('postgresql.cnpg.io/'))) {
    const name: string = p.metadata.name;
    const clusterName: string = p.spec.cluster.name;
    const count = Math.min(Number(p.spec.instances ?? 1), MAX_PODS_PER_WORKLOAD);
    for (let i = 0; i < count; i++)
      pod({
        namespace: ns,
        name: `${name}-5c8f7b6d9-${i}`,
        labels: {
          // The Pooler's template labels, then pkg/specs/pgbouncer/deployments.go Deployment():
          // WithLabel overwrites cnpg.io/poolerName, cnpg.io/cluster, cnpg.io/podRole=pooler and the
          // app.kubernetes.io name/instance/component/managed-by labels; the Deployment adds pod-template-hash.
          ...(p.spec.template?.metadata?.labels ?? {}),
          'cnpg.io/poolerName': name,
          'cnpg.io/cluster': clusterName,
          'cnpg.io/podRole': 'pooler',
          'app.kubernetes.io/name': 'postgresql',
          'app.kubernetes.io/instance': clusterName,
          'app.kubernetes.io/component': 'pooler',
          'app.kubernetes.io/managed-by': 'cloudnative-pg',
          'pod-template-hash': '5c8f7b6d9',
        },
        // deployments.go: pgbouncer 5432 (pgbouncer config PgBouncerPort), metrics 9127 (url.PgBouncerMetricsPort); no status port
        ports: [
          { name: 'pgbouncer', containerPort: 5432, protocol: 'TCP' },
          { name: 'metrics', containerPort: 9127, protocol: 'TCP' },
        ],
        // pkg/specs/pgbouncer/deployments.go: the container is "pgbouncer"
        containers: ['pgbouncer'],
        role: 'cnpg-pooler',
        origin: `CloudNativePG pooler pod of Pooler ${name} (cloudnative-pg v1.30.0 pkg/specs/pgbouncer/deployments.go)`,
      });
    // pkg/specs/pgbouncer/services.go: selector cnpg.io/poolerName only; port pgbouncer 5432 → targetPort "pgbouncer".
    services.push({
      namespace: ns,
      name,
      selector: { 'cnpg.io/poolerName': name },
      clusterIP: addresses.service(),
      ports: [{ name: 'pgbouncer', port: 5432, protocol: 'TCP', targetPort: 'pgbouncer' }],
      origin: `CloudNativePG Service of Pooler ${name} (cloudnative-pg v1.30.0 pkg/specs/pgbouncer/services.go)`,
    });
  }

  // --- cert-manager HTTP-01 solver ----------------------------------------------------------
  const certificates = byKind('Certificate').filter((o) => String(o.apiVersion).startsWith('cert-manager.io/'));
  if (facts.acmeChallenge === 'http01')
    for (const cert of certificates) {
      const dnsName = String(cert.spec.dnsNames?.[0] ?? cert.spec.commonName);
      // cert-manager pkg/issuer/acme/http/pod.go podLabels: http-domain and http-token (adler32
      // hashes), http01-solver "true"; created in the Challenge's namespace (the Certificate's);
      // container port "http" 8089 (acmeSolverListenPort in http.go).
      const labels: Labels = {
        'acme.cert-manager.io/http-domain': String(adler32(dnsName)),
        'acme.cert-manager.io/http-token': String(adler32(`token-of-${dnsName}`)),
        'acme.cert-manager.io/http01-solver': 'true',
      };
      pod({
        namespace: ns,
        name: `cm-acme-http-solver-${cert.metadata.name}`,
        labels,
        ports: [{ name: 'http', containerPort: 8089, protocol: 'TCP' }],
        role: 'acme-solver',
        origin: `cert-manager HTTP-01 solver for Certificate ${cert.metadata.name} (cert-manager pkg/issuer/acme/http/pod.go)`,
      });
      // pkg/issuer/acme/http/service.go: NodePort, port 8089 → 8089, selector = the pod's labels.
      services.push({
        namespace: ns,
        name: `cm-acme-http-solver-${cert.metadata.name}`,
        selector: labels,
        clusterIP: addresses.service(),
        ports: [{ name: 'http', port: 8089, protocol: 'TCP', targetPort: 8089 }],
        origin: 'cert-manager pkg/issuer/acme/http/service.go',
      });
    }

  // --- Services of dist/<env>/ ------------------------------------------------------------------
  for (const s of byKind('Service')) {
    const headless = s.spec.clusterIP === 'None';
    services.push({
      namespace: ns,
      name: s.metadata.name,
      labels: s.metadata.labels ?? {},
      selector: s.spec.selector,
      clusterIP: headless ? undefined : addresses.service(),
      ports: (s.spec.ports ?? []).map((p: Json) => ({ name: p.name, port: Number(p.port), protocol: (p.protocol ?? 'TCP') as Protocol, targetPort: p.targetPort ?? Number(p.port) })),
      origin: `dist/${env}: Service ${s.metadata.name}`,
    });
  }

  // --- Platform pods (their namespaces carry no policy of this environment) ---------------------
  // the edge's sources, and an ingress-nginx controller the cluster may run whatever the mode (to prove it is not admitted)
  const sources = facts.edgeSources.some((e) => e.namespace === 'ingress-nginx' && e.role === 'ingress-controller') ? facts.edgeSources : [...facts.edgeSources, { ...ingressSource(undefined), role: 'other-ingress-controller' as const }];
  sources.forEach((source, i) =>
    pod({
      namespace: source.namespace,
      name: `${source.role}-6c9f8d7b5-a${i}`,
      labels: source.labels,
      ports: [
        { name: 'http', containerPort: 80, protocol: 'TCP' },
        { name: 'https', containerPort: 443, protocol: 'TCP' },
      ],
      role: source.role,
      origin: source.origin,
    }),
  );
  pod({
    namespace: facts.monitoringNamespace,
    name: 'prometheus-kube-prometheus-stack-prometheus-0',
    // prometheus-operator pkg/prometheus/server/statefulset.go podSelectorLabels
    labels: {
      app: 'prometheus',
      'app.kubernetes.io/name': 'prometheus',
      'app.kubernetes.io/managed-by': 'prometheus-operator',
      'app.kubernetes.io/instance': 'kube-prometheus-stack-prometheus',
      prometheus: 'kube-prometheus-stack-prometheus',
      'operator.prometheus.io/name': 'kube-prometheus-stack-prometheus',
      'operator.prometheus.io/shard': '0',
    },
    ports: [{ name: 'http-web', containerPort: 9090, protocol: 'TCP' }],
    role: 'prometheus',
    origin: 'prometheus-operator pkg/prometheus/server/statefulset.go',
  });
  pod({
    namespace: facts.monitoringNamespace,
    name: 'kube-prometheus-stack-grafana-5d8f9c7b6-b2',
    // grafana/helm-charts charts/grafana/templates/_helpers.tpl "grafana.selectorLabels": a pod of the
    // monitoring namespace that is not Prometheus (no declared role towards DataLens)
    labels: { 'app.kubernetes.io/name': 'grafana', 'app.kubernetes.io/instance': 'kube-prometheus-stack' },
    ports: [{ name: 'grafana', containerPort: 3000, protocol: 'TCP' }],
    role: 'grafana',
    origin: 'grafana Helm chart (charts/grafana/templates/_helpers.tpl)',
  });
  pod({
    namespace: facts.cnpgOperatorNamespace,
    name: 'cnpg-controller-manager-7b9d6c8f5-c3',
    // cloudnative-pg v1.30.0 config/manager/manager.yaml: Deployment template label app.kubernetes.io/name: cloudnative-pg
    labels: { 'app.kubernetes.io/name': 'cloudnative-pg', 'app.kubernetes.io/instance': 'cnpg' },
    ports: [
      { name: 'metrics', containerPort: 8080, protocol: 'TCP' },
      { name: 'webhook-server', containerPort: 9443, protocol: 'TCP' },
    ],
    role: 'cnpg-operator',
    origin: 'cloudnative-pg v1.30.0 config/manager/manager.yaml',
  });
  pod({
    namespace: facts.streamController.namespace,
    name: 'nack-6b8d9f7c5-e5',
    labels: { ...facts.streamController.labels, chart: 'nack-0.33.0' },
    ports: [],
    role: 'stream-controller',
    origin: 'nats-io/k8s helm/charts/nack (templates/_helpers.tpl, legacy labels)',
  });
  pod({
    namespace: 'kube-system',
    name: 'coredns-5d78c9869d-d4',
    // kubernetes cluster/addons/dns/coredns/coredns.yaml.base (also kubeadm's and the EKS add-on's):
    // k8s-app: kube-dns; ports dns 53/UDP, dns-tcp 53/TCP, metrics 9153
    labels: { 'k8s-app': 'kube-dns' },
    ports: [
      { name: 'dns', containerPort: 53, protocol: 'UDP' },
      { name: 'dns-tcp', containerPort: 53, protocol: 'TCP' },
      { name: 'metrics', containerPort: 9153, protocol: 'TCP' },
    ],
    role: 'coredns',
    origin: 'kubernetes cluster/addons/dns/coredns/coredns.yaml.base',
  });
  pod({
    namespace: 'other',
    name: 'intruder',
    // A workload of another tenant: no label any policy names.
    labels: { app: 'intruder' },
    ports: [],
    role: 'intruder',
    origin: 'test model: a pod of another namespace',
  });

  const dnsService: Service = {
    namespace: 'kube-system',
    name: 'kube-dns',
    // coredns.yaml.base: Service kube-dns, selector k8s-app: kube-dns, clusterIP .10 of the service range
    selector: { 'k8s-app': 'kube-dns' },
    clusterIP: addressIn(serviceCidr, 10),
    ports: [
      { name: 'dns', port: 53, protocol: 'UDP', targetPort: 53 },
      { name: 'dns-tcp', port: 53, protocol: 'TCP', targetPort: 53 },
      { name: 'metrics', port: 9153, protocol: 'TCP', targetPort: 9153 },
    ],
    origin: 'kubernetes cluster/addons/dns/coredns/coredns.yaml.base',
  };
  const kubernetesService: Service = {
    namespace: 'default',
    name: 'kubernetes',
    // The API server's own Service: no selector; its endpoints are the API server addresses
    // (kubernetes pkg/controlplane/reconcilers). Address and ports from the cluster file.
    clusterIP: cluster.apiServiceAddress,
    ports: [{ name: 'https', port: cluster.apiServicePort, protocol: 'TCP', targetPort: cluster.apiEndpointPort }],
    endpoints: cluster.apiEndpointCidrs.map((cidr) => ({ ip: apiEndpointAddress(cidr), port: cluster.apiEndpointPort })),
    origin: `${cluster.file} kubernetesApi`,
  };
  services.push(dnsService, kubernetesService);

  // --- Namespaces ---------------------------------------------------------------------------
  // Every namespace carries kubernetes.io/metadata.name (set by the API server since Kubernetes 1.22).
  const envNamespace = objects.find((o) => o.kind === 'Namespace' && o.metadata.name === ns);
  const namespaceNames = [...new Set([ns, ...facts.edgeSources.map((e) => e.namespace), 'ingress-nginx', facts.monitoringNamespace, facts.cnpgOperatorNamespace, facts.streamController.namespace, 'kube-system', 'default', 'other'])];
  const namespaces: Namespace[] = namespaceNames.map((name) => ({
    name,
    labels: { ...(name === ns ? (envNamespace?.metadata.labels ?? {}) : {}), 'kubernetes.io/metadata.name': name },
  }));

  const policies = byKind('NetworkPolicy').map((p) => ({ ...p, metadata: { ...p.metadata, namespace: p.metadata.namespace ?? ns } }) as NetworkPolicy);

  for (const s of services)
    if (s.clusterIP && !cidrContains(serviceCidr, s.clusterIP)) throw new Error(`model: ClusterIP ${s.clusterIP} of ${s.name} outside ${serviceCidr}`);

  return { facts, namespaces, pods, services, policies, kubernetesService, dnsService, podCidr, serviceCidr, objects };
}

/** The address of the API server inside an endpoint CIDR (the second usable one; a /32 is itself). */
export function apiEndpointAddress(cidr: string): string {
  const { bits } = parseCidr(cidr);
  return addressIn(cidr, bits >= 31 ? 0 : 2);
}

function jobControllerLabels(jobName: string): Labels {
  const uid = '3f1c2a9e-5b7d-4c8e-9a1f-6d2b8e4c7a05';
  return { 'batch.kubernetes.io/job-name': jobName, 'job-name': jobName, 'batch.kubernetes.io/controller-uid': uid, 'controller-uid': uid };
}

/** Adler-32, as cert-manager hashes the solver's domain and token into labels. */
function adler32(text: string): number {
  let a = 1;
  let b = 0;
  for (const byte of Buffer.from(text, 'utf8')) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}
