import * as kplus from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import * as k8s from '../imports/k8s';
import { contextOf } from './component';
import { MANAGED_BY_LABEL, PART_OF, PART_OF_LABEL } from './labels';
import { RESTRICTED_NAMESPACE_LABELS } from './security';

/** Annotation of a namespace whose components talk in plain text (a dev environment's opt-out). */
export const PLAINTEXT_ANNOTATION = 'datalens.io/plaintext-inside';

/**
 * The environment's namespace, enforcing the restricted Pod Security Standard, with a default-deny
 * NetworkPolicy for all traffic and one exception every pod needs: DNS to the cluster's resolver.
 * Everything else is opened per connection by NetworkPolicies.
 */
export class NamespaceBaseline extends Construct {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const { environment } = contextOf(this);
    const namespace = environment.config.namespace;
    const nodeLocalAddress = environment.cluster.config.dns.nodeLocalAddress;
    const labels = { [PART_OF_LABEL]: PART_OF, [MANAGED_BY_LABEL]: 'cdk8s' };
    // a dev environment that opted out of internal TLS says so on its namespace, for anyone who looks
    const annotations = environment.config.internalTls.enabled ? undefined : { [PLAINTEXT_ANNOTATION]: 'internal TLS off (dev opt-out): components talk in plain text inside this namespace' };
    new kplus.Namespace(this, 'Namespace', { metadata: { name: namespace, labels: { ...labels, ...RESTRICTED_NAMESPACE_LABELS }, ...(annotations ? { annotations } : {}) } });
    new k8s.KubeNetworkPolicy(this, 'DefaultDeny', {
      metadata: { name: 'default-deny', namespace, labels },
      spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'] },
    });
    new k8s.KubeNetworkPolicy(this, 'AllowDns', {
      metadata: { name: 'allow-dns', namespace, labels },
      spec: {
        podSelector: {},
        policyTypes: ['Egress'],
        egress: [
          {
            to: [
              { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } }, podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } } },
              // NodeLocal DNSCache answers on a link-local address of every node, outside any pod selector
              ...(nodeLocalAddress ? [{ ipBlock: { cidr: `${nodeLocalAddress}/32` } }] : []),
            ],
            ports: [
              { protocol: 'UDP', port: k8s.IntOrString.fromNumber(53) },
              { protocol: 'TCP', port: k8s.IntOrString.fromNumber(53) },
            ],
          },
        ],
      },
    });
  }
}
