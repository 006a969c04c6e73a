/** A port a peer listens on. */
export interface PortSpec {
  /** IANA-style port name, also used as the Service and container port name. */
  readonly name: string;
  readonly port: number;
  /** @default 'TCP' */
  readonly protocol?: 'TCP' | 'UDP';
  /** The port speaks TLS only (no plaintext handshake is answered). @default false */
  readonly tls?: boolean;
}

/** A label requirement of a selector: the label's value is (not) one of `values`. */
export interface LabelRequirement {
  readonly key: string;
  readonly operator: 'In' | 'NotIn';
  readonly values: readonly string[];
}

/** Where a peer's traffic comes from or goes to, in NetworkPolicy terms. */
export type Placement =
  /** Pods of this environment's namespace with these labels (and meeting these requirements). */
  | { readonly kind: 'pods'; readonly podLabels: Readonly<Record<string, string>>; readonly podRequirements?: readonly LabelRequirement[] }
  /** Pods of another namespace (ingress controller, Prometheus, an operator). */
  | { readonly kind: 'namespace'; readonly namespace: string; readonly podLabels?: Readonly<Record<string, string>> }
  /** Addresses outside the cluster (a managed service, the internet). */
  | { readonly kind: 'addresses'; readonly cidr: string; readonly except?: readonly string[] };

/** Anything a connection can start at or lead to. */
export interface Peer {
  /** Readable name used in diagrams and messages. */
  readonly peerName: string;
  readonly placement: Placement;
}

/** A peer outside this project's objects: a platform service, the internet. */
export function platformPeer(peerName: string, placement: Placement): Peer {
  return { peerName, placement };
}

/** Private address ranges and the cloud metadata address: "the internet" excludes them. */
export const NON_PUBLIC_RANGES = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '169.254.0.0/16', '100.64.0.0/10'];

/** The public internet (HTTPS APIs, SMTP relays), never the cluster's own or the metadata addresses. */
export const INTERNET: Peer = platformPeer('internet', { kind: 'addresses', cidr: '0.0.0.0/0', except: NON_PUBLIC_RANGES });

/**
 * Where an external service the environment names by its address range lives: that range, or, for
 * 0.0.0.0/0 (a service on the internet), the public internet only: never the cluster's own
 * addresses, the VPC or the metadata service.
 */
export function externalPlacement(cidr: string): Placement {
  return cidr === '0.0.0.0/0' ? INTERNET.placement : { kind: 'addresses', cidr };
}

/** A label selector (NetworkPolicy, PodMonitor, spread constraints) matching exactly the pods of a placement. */
export function podSelectorOf(placement: Extract<Placement, { kind: 'pods' }>): {
  matchLabels: Record<string, string>;
  matchExpressions?: { key: string; operator: string; values: string[] }[];
} {
  const requirements = placement.podRequirements ?? [];
  return {
    matchLabels: { ...placement.podLabels },
    ...(requirements.length ? { matchExpressions: requirements.map((r) => ({ key: r.key, operator: r.operator, values: [...r.values] })) } : {}),
  };
}
