import type { Cluster } from '../config/schema';
import { platformPeer, type Peer, type PortSpec } from './peer';

/** One way to the Kubernetes API server: an address range and the port it is reached on there. */
export interface KubernetesApiRoute {
  readonly peer: Peer;
  readonly ports: readonly PortSpec[];
}

/**
 * The routes a pod's call to the Kubernetes API takes, as NetworkPolicy engines see it. Pods dial
 * the `default/kubernetes` Service ClusterIP; engines that evaluate egress before the Service DNAT
 * (Amazon VPC CNI) match that address and the Service port, engines that evaluate after it (Calico,
 * Cilium, kube-network-policies) match the API server endpoints and their port. That Service has
 * no selector, so no engine can derive either from a pod selector: both are allowed, so the same
 * policy works under both semantics.
 */
export function kubernetesApiRoutes(cluster: Cluster): KubernetesApiRoute[] {
  const api = cluster.config.kubernetesApi;
  return [
    {
      peer: platformPeer('kubernetes API Service', { kind: 'addresses', cidr: `${api.serviceAddress}/32` }),
      ports: [{ name: 'kube-api-service', port: api.servicePort }],
    },
    ...api.endpointCidrs.map((cidr) => ({
      peer: platformPeer('kubernetes API endpoints', { kind: 'addresses', cidr }),
      ports: [{ name: 'kube-api', port: api.endpointPort }],
    })),
  ];
}
