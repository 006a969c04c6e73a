import type { Construct } from 'constructs';
import { Component } from '../../foundation/component';
import type { Peer, PortSpec } from '../../foundation/peer';

/** Label cert-manager gives the pods that answer ACME HTTP-01 challenges. */
export const HTTP01_SOLVER_LABEL = 'acme.cert-manager.io/http01-solver';
/** Port cert-manager's HTTP-01 solver pods listen on. */
export const HTTP01_SOLVER_PORT: PortSpec = { name: 'http01-solver', port: 8089 };

export interface AcmeHttp01SolverProps {
  /** Where the challenge requests come from: the Gateway's pods, the Ingress controller, or both. */
  readonly challengedBy: readonly Peer[];
}

/**
 * The pods cert-manager starts in the namespace to answer ACME HTTP-01 challenges. They come and
 * go with each issuance; declaring them lets the default-deny namespace admit the controller that
 * forwards the CA's requests to them, on their port only.
 */
export class AcmeHttp01Solver extends Component {
  constructor(scope: Construct, id: string, props: AcmeHttp01SolverProps) {
    super(scope, id, {
      name: 'cert-manager-http01-solver',
      role: 'certificate-challenge',
      placement: { kind: 'pods', podLabels: { [HTTP01_SOLVER_LABEL]: 'true' } },
    });
    for (const peer of props.challengedBy) this.context.graph.connect(peer, this, [HTTP01_SOLVER_PORT], 'ACME HTTP-01 challenge');
  }
}
