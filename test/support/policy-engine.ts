/*
 * A NetworkPolicy evaluator for consumer-model tests: given a model of a cluster (namespaces, pods,
 * Services, NetworkPolicies) it decides whether one connection is allowed, the way an engine
 * enforcing networking.k8s.io/v1 NetworkPolicy would, and says which policy rule decided.
 *
 * Standard semantics (https://kubernetes.io/docs/concepts/services-networking/network-policies/):
 * a connection is allowed iff the source may send it (no policy selects the source for Egress, or
 * an egress rule of one that does matches) and the destination may receive it (likewise for
 * Ingress). Policies are additive; an empty rule list isolates; `to`/`from` absent or empty means
 * every peer, `ports` absent or empty every port; a peer is an ipBlock (with except), or a
 * podSelector and/or namespaceSelector (both set: the pods matching both; podSelector alone: pods
 * of the policy's namespace); a port is a number (with endPort) or a container-port name resolved
 * on the destination pod; the protocol defaults to TCP. policyTypes defaults to Ingress, plus
 * Egress when the policy has egress rules.
 *
 * Connections to a Service are evaluated under one of two semantics:
 * - post-DNAT (Calico, Cilium, kindnet / kube-network-policies): the egress rules see the backend
 *   pod (its IP, labels and the target container port), one decision per backend;
 * - pre-DNAT (Amazon VPC CNI network policy agent): the egress rules see the Service ClusterIP and
 *   Service port. The agent's eBPF probes sit on the pod's veth and never see the address after the
 *   ClusterIP DNAT, so aws/amazon-network-policy-controller-k8s compensates in
 *   pkg/resolvers/endpoints.go (computeEgressEndpoints → getMatchingServiceClusterIPs): for a
 *   podSelector/namespaceSelector peer it also allows the ClusterIP of every non-headless Service
 *   in the peer's namespaces whose spec.selector, read as a label set, is matched by the peer's
 *   podSelector (a Service without selector, such as default/kubernetes, is only matched by an
 *   empty selector); each numeric policy port is translated to the Service port whose targetPort
 *   equals it (LookupServiceListenPort in pkg/k8s/service_utils.go, else through a backing pod's
 *   container ports, LookupListenPortFromPodSpec), and dropped when the Service port's named
 *   targetPort resolves on a backing pod to a port the rule does not allow (hasTargetPortBypass).
 *   ipBlock peers are copied literally (named ports dropped: convertToPolicyInfoPortForCIDRs), so
 *   they match a ClusterIP only if their CIDR contains it.
 *   Ingress is evaluated at the destination pod after DNAT under both semantics.
 *
 * Only IPv4. The model is plain data: see cluster-pods.ts for how it is built from dist/.
 */

export type Protocol = 'TCP' | 'UDP' | 'SCTP';
export type Labels = Readonly<Record<string, string>>;

export interface LabelSelectorRequirement {
  readonly key: string;
  readonly operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';
  readonly values?: readonly string[];
}

export interface LabelSelector {
  readonly matchLabels?: Labels;
  readonly matchExpressions?: readonly LabelSelectorRequirement[];
}

export interface NetworkPolicyPeer {
  readonly podSelector?: LabelSelector;
  readonly namespaceSelector?: LabelSelector;
  readonly ipBlock?: { readonly cidr: string; readonly except?: readonly string[] };
}

export interface NetworkPolicyPort {
  readonly protocol?: Protocol;
  readonly port?: number | string;
  readonly endPort?: number;
}

export interface NetworkPolicy {
  readonly metadata: { readonly name: string; readonly namespace: string };
  readonly spec: {
    readonly podSelector: LabelSelector;
    readonly policyTypes?: readonly ('Ingress' | 'Egress')[];
    readonly ingress?: readonly { readonly from?: readonly NetworkPolicyPeer[]; readonly ports?: readonly NetworkPolicyPort[] }[];
    readonly egress?: readonly { readonly to?: readonly NetworkPolicyPeer[]; readonly ports?: readonly NetworkPolicyPort[] }[];
  };
}

export interface ContainerPort {
  readonly name?: string;
  readonly containerPort: number;
  readonly protocol: Protocol;
}

export interface Pod {
  readonly namespace: string;
  readonly name: string;
  readonly labels: Labels;
  readonly ip: string;
  /** Ports of the containers, in declaration order (what named ports resolve against). */
  readonly ports: readonly ContainerPort[];
  /** Names of the containers, where the model knows them (what a log stream is labelled with). */
  readonly containers?: readonly string[];
  /** What the pod is, for the test's expectations and the matrix: `Deployment/datalens-api`, `cnpg-instance`, `ingress-controller`... */
  readonly role: string;
  /** Where the model of this pod comes from (a dist file or the upstream source of its labels). */
  readonly origin: string;
}

export interface ServicePort {
  readonly name?: string;
  readonly port: number;
  readonly protocol: Protocol;
  /** A number or a container-port name; the API server defaults it to `port`. */
  readonly targetPort: number | string;
}

export interface Service {
  readonly namespace: string;
  readonly name: string;
  /** The Service's own labels (what ServiceMonitors select). */
  readonly labels?: Labels;
  /** Absent for a Service without selector (its endpoints are given explicitly). */
  readonly selector?: Labels;
  /** Undefined for a headless Service. */
  readonly clusterIP?: string;
  readonly ports: readonly ServicePort[];
  /** Endpoints of a Service without selector (default/kubernetes): addresses and the port they listen on. */
  readonly endpoints?: readonly { readonly ip: string; readonly port: number }[];
  readonly origin: string;
}

export interface Namespace {
  readonly name: string;
  readonly labels: Labels;
}

export interface ClusterModel {
  readonly namespaces: readonly Namespace[];
  readonly pods: readonly Pod[];
  readonly services: readonly Service[];
  readonly policies: readonly NetworkPolicy[];
}

export type Destination =
  /** Straight to a pod's IP (headless DNS, scrapes, ingress-nginx upstreams, advertised addresses). */
  | { readonly kind: 'pod'; readonly pod: Pod; readonly port: number | string; readonly protocol?: Protocol }
  /** Through a Service's ClusterIP. */
  | { readonly kind: 'service'; readonly service: Service; readonly port: number | string; readonly protocol?: Protocol }
  /** To an address (outside the cluster, or an address no pod has). */
  | { readonly kind: 'address'; readonly ip: string; readonly port: number; readonly protocol?: Protocol; readonly what?: string };

export const SEMANTICS = ['post-DNAT', 'pre-DNAT'] as const;
export type Semantics = (typeof SEMANTICS)[number];

/** One side's decision and what decided it: a rule (`policy.egress[1]`), "not isolated", or why nothing matched. */
export interface Decision {
  readonly allowed: boolean;
  readonly by: string;
}

/** One packet path: to one backend (or the only destination), with both sides' decisions. */
export interface Hop {
  readonly to: string;
  readonly egress: Decision;
  readonly ingress: Decision;
}

export type Result = 'ALLOW' | 'BLOCK' | 'PARTIAL' | 'NO BACKEND';

export interface Verdict {
  /** ALLOW / BLOCK when every path agrees; PARTIAL when some backends are reachable and others not. */
  readonly result: Result;
  readonly hops: readonly Hop[];
}

// ---------------------------------------------------------------------------------------------
// Addresses

/** An IPv4 address as an unsigned 32-bit number. */
export function ipToNumber(ip: string): number {
  const parts = ip.split('.').map(Number);
  if (parts.length !== 4 || parts.some((p) => !Number.isInteger(p) || p < 0 || p > 255)) throw new Error(`not an IPv4 address: ${ip}`);
  return ((parts[0] << 24) | (parts[1] << 16) | (parts[2] << 8) | parts[3]) >>> 0;
}

export function numberToIp(n: number): string {
  return [24, 16, 8, 0].map((s) => (n >>> s) & 255).join('.');
}

/** The first address and prefix length of a CIDR (the address is masked). */
export function parseCidr(cidr: string): { base: number; bits: number } {
  const [ip, len] = cidr.split('/');
  const bits = len === undefined ? 32 : Number(len);
  if (!Number.isInteger(bits) || bits < 0 || bits > 32) throw new Error(`not an IPv4 CIDR: ${cidr}`);
  const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
  return { base: (ipToNumber(ip) & mask) >>> 0, bits };
}

export function cidrContains(cidr: string, ip: string): boolean {
  const { base, bits } = parseCidr(cidr);
  const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
  return ((ipToNumber(ip) & mask) >>> 0) === base;
}

/** The address `offset` after the first address of a CIDR. */
export function addressIn(cidr: string, offset: number): string {
  const { base, bits } = parseCidr(cidr);
  if (offset < 0 || offset >= 2 ** (32 - bits)) throw new Error(`offset ${offset} outside ${cidr}`);
  return numberToIp((base + offset) >>> 0);
}

function ipBlockMatches(block: NonNullable<NetworkPolicyPeer['ipBlock']>, ip: string): boolean {
  return cidrContains(block.cidr, ip) && !(block.except ?? []).some((e) => cidrContains(e, ip));
}

// ---------------------------------------------------------------------------------------------
// Selectors

/** Whether a label selector matches a label set (an empty selector matches everything). */
export function selectorMatches(selector: LabelSelector, labels: Labels): boolean {
  for (const [k, v] of Object.entries(selector.matchLabels ?? {})) if (labels[k] !== v) return false;
  for (const r of selector.matchExpressions ?? []) {
    const has = Object.prototype.hasOwnProperty.call(labels, r.key);
    const values = r.values ?? [];
    switch (r.operator) {
      case 'In':
        if (!has || !values.includes(labels[r.key])) return false;
        break;
      case 'NotIn':
        if (has && values.includes(labels[r.key])) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
      default:
        throw new Error(`unknown selector operator ${(r as LabelSelectorRequirement).operator}`);
    }
  }
  return true;
}

function namespaceOf(model: ClusterModel, name: string): Namespace {
  const ns = model.namespaces.find((n) => n.name === name);
  if (!ns) throw new Error(`the model has no namespace ${name}`);
  return ns;
}

function policyTypes(p: NetworkPolicy): readonly ('Ingress' | 'Egress')[] {
  if (p.spec.policyTypes && p.spec.policyTypes.length > 0) return p.spec.policyTypes;
  return p.spec.egress && p.spec.egress.length > 0 ? ['Ingress', 'Egress'] : ['Ingress'];
}

/** The policies of the pod's namespace that select it for a direction. */
export function policiesIsolating(model: ClusterModel, pod: Pod, direction: 'Ingress' | 'Egress'): NetworkPolicy[] {
  return model.policies.filter(
    (p) => p.metadata.namespace === pod.namespace && policyTypes(p).includes(direction) && selectorMatches(p.spec.podSelector, pod.labels),
  );
}

/** Whether a selector peer (not ipBlock) of a policy in `policyNamespace` matches a pod. */
function selectorPeerMatchesPod(model: ClusterModel, policyNamespace: string, peer: NetworkPolicyPeer, pod: Pod): boolean {
  const inNamespace = peer.namespaceSelector
    ? selectorMatches(peer.namespaceSelector, namespaceOf(model, pod.namespace).labels)
    : pod.namespace === policyNamespace;
  return inNamespace && (peer.podSelector === undefined || selectorMatches(peer.podSelector, pod.labels));
}

// ---------------------------------------------------------------------------------------------
// Standard rule matching (a packet to or from a pod IP or an outside address)

/** The far end of a packet as a rule sees it: an address, and the pod holding it if any. */
interface End {
  readonly ip: string;
  readonly pod?: Pod;
}

function peerMatches(model: ClusterModel, policyNamespace: string, peer: NetworkPolicyPeer, end: End): boolean {
  if (peer.ipBlock) return ipBlockMatches(peer.ipBlock, end.ip);
  return end.pod !== undefined && selectorPeerMatchesPod(model, policyNamespace, peer, end.pod);
}

/** Whether a rule's ports admit `port`/`protocol` on the pod receiving it (named ports resolve on that pod). */
function portsMatch(ports: readonly NetworkPolicyPort[] | undefined, port: number, protocol: Protocol, receiver: Pod | undefined): boolean {
  if (!ports || ports.length === 0) return true;
  return ports.some((p) => {
    if ((p.protocol ?? 'TCP') !== protocol) return false;
    if (p.port === undefined) return true;
    if (typeof p.port === 'number') return port >= p.port && port <= (p.endPort ?? p.port);
    return receiver !== undefined && receiver.ports.some((c) => c.name === p.port && c.protocol === protocol && c.containerPort === port);
  });
}

function describeIsolation(policies: readonly NetworkPolicy[]): string {
  return `none (selected by ${policies.map((p) => p.metadata.name).join(', ')})`;
}

function egressDecision(model: ClusterModel, source: Pod, to: End, port: number, protocol: Protocol): Decision {
  const policies = policiesIsolating(model, source, 'Egress');
  if (policies.length === 0) return { allowed: true, by: 'not isolated for egress' };
  for (const p of policies)
    for (const [i, rule] of (p.spec.egress ?? []).entries()) {
      const peerOk = !rule.to || rule.to.length === 0 || rule.to.some((peer) => peerMatches(model, p.metadata.namespace, peer, to));
      if (peerOk && portsMatch(rule.ports, port, protocol, to.pod)) return { allowed: true, by: `${p.metadata.name}.egress[${i}]` };
    }
  return { allowed: false, by: describeIsolation(policies) };
}

function ingressDecision(model: ClusterModel, destination: Pod, from: End, port: number, protocol: Protocol): Decision {
  const policies = policiesIsolating(model, destination, 'Ingress');
  if (policies.length === 0) return { allowed: true, by: 'not isolated for ingress' };
  for (const p of policies)
    for (const [i, rule] of (p.spec.ingress ?? []).entries()) {
      const peerOk = !rule.from || rule.from.length === 0 || rule.from.some((peer) => peerMatches(model, p.metadata.namespace, peer, from));
      if (peerOk && portsMatch(rule.ports, port, protocol, destination)) return { allowed: true, by: `${p.metadata.name}.ingress[${i}]` };
    }
  return { allowed: false, by: describeIsolation(policies) };
}

// ---------------------------------------------------------------------------------------------
// Pre-DNAT egress (Amazon VPC CNI): the packet is addressed to a ClusterIP and Service port

/** Pods a Service selects (labels.Set(selector).AsSelector(): an empty selector selects every pod of the namespace). */
function servicePods(model: ClusterModel, service: Service): Pod[] {
  return model.pods.filter((p) => p.namespace === service.namespace && selectorMatches({ matchLabels: service.selector ?? {} }, p.labels));
}

/** pkg/k8s/pod_utils.go LookupContainerPortAndName: the first container port by number or name; a number not found is returned as is. */
function lookupContainerPortAndName(pod: Pod, port: number | string, protocol: Protocol): { port: number; name: string } | undefined {
  for (const c of pod.ports) {
    if (c.protocol !== protocol) continue;
    if (typeof port === 'string' ? c.name === port : c.containerPort === port) return { port: c.containerPort, name: c.name ?? '' };
  }
  return typeof port === 'number' ? { port, name: '' } : undefined;
}

/** endpoints.go getMatchingServicePort: the Service port whose targetPort is the policy port (directly, else through a backing pod). */
function matchingServicePort(model: ClusterModel, service: Service, npPort: number | string, protocol: Protocol): number | undefined {
  // service_utils.go LookupServiceListenPort: same intstr type, same value, same protocol.
  const direct = service.ports.find((sp) => typeof sp.targetPort === typeof npPort && String(sp.targetPort) === String(npPort) && sp.protocol === protocol);
  if (direct) return direct.port;
  for (const pod of servicePods(model, service)) {
    const found = lookupContainerPortAndName(pod, npPort, protocol);
    if (!found) continue;
    // service_utils.go LookupListenPortFromPodSpec
    const sp = service.ports.find(
      (s) => s.protocol === protocol && (typeof s.targetPort === 'string' ? s.targetPort === found.name : s.targetPort === found.port),
    );
    if (sp) return sp.port;
  }
  return undefined;
}

/** endpoints.go isNumericPortAllowed. */
function numericPortAllowed(port: number, protocol: Protocol, ports: readonly NetworkPolicyPort[]): boolean {
  return ports.some((p) => {
    if ((p.protocol ?? 'TCP') !== protocol) return false;
    if (p.port === undefined) return true;
    if (typeof p.port !== 'number') return false;
    return port >= p.port && port <= (p.endPort ?? p.port);
  });
}

/** endpoints.go hasTargetPortBypass: the Service port's named targetPort resolves on a backing pod to a port the rule does not allow. */
function targetPortBypass(model: ClusterModel, service: Service, listenPort: number, protocol: Protocol, ports: readonly NetworkPolicyPort[]): boolean {
  const sp = service.ports.find((s) => s.port === listenPort && s.protocol === protocol && typeof s.targetPort === 'string');
  if (!sp) return false;
  for (const pod of servicePods(model, service)) {
    const cp = pod.ports.find((c) => c.name === sp.targetPort && c.protocol === protocol); // firstNamedPort
    if (cp && !numericPortAllowed(cp.containerPort, protocol, ports)) return true;
  }
  return false;
}

/** A port entry of the policy endpoints the controller writes: undefined port = every port of the protocol. */
interface PortEntry {
  readonly protocol: Protocol;
  readonly port?: number;
  readonly endPort?: number;
}

function entriesMatch(entries: readonly PortEntry[] | 'all', port: number, protocol: Protocol): boolean {
  if (entries === 'all') return true;
  return entries.some((e) => e.protocol === protocol && (e.port === undefined || (port >= e.port && port <= (e.endPort ?? e.port))));
}

/** endpoints.go convertToPolicyInfoPortForCIDRs over a rule: named ports dropped; undefined when the rule had ports and none survive. */
function cidrPorts(ports: readonly NetworkPolicyPort[] | undefined): readonly PortEntry[] | 'all' | undefined {
  if (!ports || ports.length === 0) return 'all';
  const kept = ports.filter((p) => typeof p.port !== 'string').map((p) => ({ protocol: p.protocol ?? 'TCP', port: p.port as number | undefined, endPort: p.endPort }));
  return kept.length === 0 ? undefined : kept;
}

/** endpoints.go getMatchingServiceClusterIPs, port part: the entries added with this Service's ClusterIP; undefined when none. */
function serviceClusterIpPorts(model: ClusterModel, service: Service, ports: readonly NetworkPolicyPort[] | undefined): readonly PortEntry[] | 'all' | undefined {
  if (!ports || ports.length === 0) return 'all';
  const entries: PortEntry[] = [];
  for (const np of ports) {
    const protocol = np.protocol ?? 'TCP';
    if (np.port === undefined) {
      entries.push({ protocol, endPort: np.endPort });
      continue;
    }
    const listen = matchingServicePort(model, service, np.port, protocol);
    if (listen === undefined) continue;
    if (typeof np.port === 'number' && targetPortBypass(model, service, listen, protocol, ports)) continue;
    entries.push({ protocol, port: listen, endPort: np.endPort });
  }
  return entries.length === 0 ? undefined : entries;
}

function preDnatEgressDecision(model: ClusterModel, source: Pod, service: Service, servicePort: ServicePort): Decision {
  const policies = policiesIsolating(model, source, 'Egress');
  if (policies.length === 0) return { allowed: true, by: 'not isolated for egress' };
  const ip = service.clusterIP!;
  for (const p of policies)
    for (const [i, rule] of (p.spec.egress ?? []).entries()) {
      const name = `${p.metadata.name}.egress[${i}]`;
      if (!rule.to || rule.to.length === 0) {
        // buildAllowAllEgress: 0.0.0.0/0 with the numeric ports
        const ports = cidrPorts(rule.ports);
        if (ports && entriesMatch(ports, servicePort.port, servicePort.protocol)) return { allowed: true, by: `${name} (every address)` };
        continue;
      }
      for (const peer of rule.to) {
        if (peer.ipBlock) {
          const ports = cidrPorts(rule.ports);
          if (ports && ipBlockMatches(peer.ipBlock, ip) && entriesMatch(ports, servicePort.port, servicePort.protocol))
            return { allowed: true, by: `${name} (ipBlock ${peer.ipBlock.cidr} holds ClusterIP ${ip})` };
          continue;
        }
        const namespaces = peer.namespaceSelector
          ? model.namespaces.filter((n) => selectorMatches(peer.namespaceSelector!, n.labels)).map((n) => n.name)
          : [p.metadata.namespace];
        if (!namespaces.includes(service.namespace)) continue;
        if (!selectorMatches(peer.podSelector ?? {}, service.selector ?? {})) continue;
        const ports = serviceClusterIpPorts(model, service, rule.ports);
        if (ports && entriesMatch(ports, servicePort.port, servicePort.protocol))
          return { allowed: true, by: `${name} (ClusterIP of ${service.name} added: its selector matches the peer)` };
      }
    }
  return { allowed: false, by: `${describeIsolation(policies)}; ClusterIP ${ip}:${servicePort.port}` };
}

// ---------------------------------------------------------------------------------------------
// Connections

function podByIp(model: ClusterModel, ip: string): Pod | undefined {
  return model.pods.find((p) => p.ip === ip);
}

function resolvePodPort(pod: Pod, port: number | string, protocol: Protocol): number | undefined {
  if (typeof port === 'number') return port;
  return pod.ports.find((c) => c.name === port && c.protocol === protocol)?.containerPort;
}

/** One packet to a pod IP or an address: both sides' decisions (no DNAT involved). */
function direct(model: ClusterModel, source: Pod, to: End, port: number, protocol: Protocol, label: string): Hop {
  const egress = egressDecision(model, source, to, port, protocol);
  const ingress: Decision = to.pod
    ? ingressDecision(model, to.pod, { ip: source.ip, pod: source }, port, protocol)
    : { allowed: true, by: 'not a pod (no policy applies)' };
  return { to: label, egress, ingress };
}

function combine(hops: readonly Hop[]): Verdict {
  if (hops.length === 0) return { result: 'NO BACKEND', hops };
  const ok = hops.map((h) => h.egress.allowed && h.ingress.allowed);
  const result: Result = ok.every(Boolean) ? 'ALLOW' : ok.some(Boolean) ? 'PARTIAL' : 'BLOCK';
  return { result, hops };
}

function describePod(p: Pod): string {
  return `${p.namespace}/${p.name}`;
}

/** Whether `source` can open a connection to `destination` under the given semantics. */
export function evaluate(model: ClusterModel, source: Pod, destination: Destination, semantics: Semantics): Verdict {
  const protocol = destination.protocol ?? 'TCP';
  switch (destination.kind) {
    case 'pod': {
      const port = resolvePodPort(destination.pod, destination.port, protocol);
      if (port === undefined) throw new Error(`${describePod(destination.pod)} has no ${protocol} port named ${destination.port}`);
      return combine([direct(model, source, { ip: destination.pod.ip, pod: destination.pod }, port, protocol, `${describePod(destination.pod)}:${port}`)]);
    }
    case 'address': {
      const pod = podByIp(model, destination.ip);
      return combine([direct(model, source, { ip: destination.ip, pod }, destination.port, protocol, `${destination.ip}:${destination.port}`)]);
    }
    case 'service': {
      const service = destination.service;
      const sp = service.ports.find((s) => s.protocol === protocol && (typeof destination.port === 'number' ? s.port === destination.port : s.name === destination.port));
      if (!sp) throw new Error(`Service ${service.namespace}/${service.name} has no ${protocol} port ${destination.port}`);
      if (service.clusterIP === undefined) throw new Error(`Service ${service.namespace}/${service.name} is headless: connect to its pods`);
      // The backends after DNAT: the explicit endpoints of a Service without selector, else the
      // selected pods that have the target port (a named targetPort missing on a pod is no endpoint).
      const backends: { end: End; port: number; label: string }[] = service.selector
        ? servicePods(model, service).flatMap((pod) => {
            const port = resolvePodPort(pod, sp.targetPort, protocol);
            return port === undefined ? [] : [{ end: { ip: pod.ip, pod }, port, label: `${describePod(pod)}:${port}` }];
          })
        : (service.endpoints ?? []).map((e) => ({ end: { ip: e.ip, pod: podByIp(model, e.ip) }, port: e.port, label: `endpoint ${e.ip}:${e.port}` }));
      if (semantics === 'post-DNAT')
        return combine(backends.map((b) => direct(model, source, b.end, b.port, protocol, `${service.name} → ${b.label}`)));
      const egress = preDnatEgressDecision(model, source, service, sp);
      return combine(
        backends.map((b) => ({
          to: `${service.name} (${service.clusterIP}:${sp.port}) → ${b.label}`,
          egress,
          ingress: b.end.pod ? ingressDecision(model, b.end.pod, { ip: source.ip, pod: source }, b.port, protocol) : { allowed: true, by: 'not a pod (no policy applies)' },
        })),
      );
    }
  }
}
