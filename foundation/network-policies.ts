import * as k8s from '../imports/k8s';
import type { Component } from './component';
import type { Connection, ConnectionGraph } from './connection-graph';
import { podSelectorOf, type Peer } from './peer';

/**
 * Writes one NetworkPolicy per in-cluster component from the connection graph: ingress from every
 * peer connected to it, egress to every peer it connects to, each on the declared ports only.
 * Call once, after every component of the environment exists.
 */
export function createNetworkPolicies(graph: ConnectionGraph<Component>): void {
  for (const component of graph.components) {
    if (component.placement.kind !== 'pods') continue;
    const ingress = graph.inbound(component).map((c) => ({ from: [peerSelector(c.from)], ports: policyPorts(c) }));
    const egress = graph.outbound(component).map((c) => ({ to: [peerSelector(c.to)], ports: policyPorts(c) }));
    if (ingress.length === 0 && egress.length === 0) continue;
    new k8s.KubeNetworkPolicy(component, 'NetworkPolicy', {
      metadata: component.metadata(),
      spec: {
        podSelector: podSelectorOf(component.placement),
        policyTypes: [...(ingress.length ? ['Ingress'] : []), ...(egress.length ? ['Egress'] : [])],
        ...(ingress.length ? { ingress } : {}),
        ...(egress.length ? { egress } : {}),
      },
    });
  }
}

function policyPorts(connection: Connection): k8s.NetworkPolicyPort[] {
  return connection.ports.map((p) => ({ protocol: p.protocol ?? 'TCP', port: k8s.IntOrString.fromNumber(p.port) }));
}

function peerSelector(peer: Peer | Component): k8s.NetworkPolicyPeer {
  const placement = peer.placement;
  switch (placement.kind) {
    case 'pods':
      return { podSelector: podSelectorOf(placement) };
    case 'namespace':
      return {
        namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': placement.namespace } },
        ...(placement.podLabels ? { podSelector: { matchLabels: { ...placement.podLabels } } } : {}),
      };
    case 'addresses':
      return { ipBlock: { cidr: placement.cidr, ...(placement.except?.length ? { except: [...placement.except] } : {}) } };
  }
}
