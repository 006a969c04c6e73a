import type { Component } from '../../foundation/component';
import { InternalCa, type IssuedCertificate } from '../../foundation/internal-ca';
import { BackendTlsPolicy } from '../../imports/backendtlspolicy-gateway.networking.k8s.io';
import type { Backend } from './route';

/** A backend whose port speaks TLS, and the name the edge verifies its certificate by. */
export interface TlsBackend {
  readonly backend: Backend;
  readonly serverName: string;
}

/**
 * The backends of `backends` whose ports speak TLS. A TLS port without a name to verify is a
 * wiring error: the edge would either fail every request or verify nothing.
 */
export function tlsBackendsOf(backends: readonly Backend[]): TlsBackend[] {
  return backends.flatMap((backend) => {
    if (!backend.port.tls) return [];
    if (!backend.serverName) throw new Error(`${backend.name}: its port ${backend.port.name} speaks TLS but it names no serverName for the edge to verify`);
    return [{ backend, serverName: backend.serverName }];
  });
}

/**
 * The edge's own certificate of the internal CA, for its hops to TLS backends: its Secret carries
 * the CA certificate (`ca.crt`) the edge verifies them against, and a client certificate and key
 * the Ingress controller presents. Never the CA's Secret, which holds the CA's private key.
 */
export function edgeClientCertificate(edge: Component): IssuedCertificate {
  return InternalCa.of(edge).clientCertificate(edge, edge.metadata('backend-client'), edge.name);
}

/**
 * A BackendTLSPolicy per TLS backend (Gateway API, standard since v1.4): the Gateway's proxies
 * speak TLS to the Service's port and verify the certificate against `ca.crt` of the edge's client
 * certificate Secret, for the backend's name (also sent as SNI). The policy lives beside the
 * Service, so it holds for a shared Gateway of another namespace too. A Secret as CA reference is
 * implementation-specific: Envoy Gateway reads its `ca.crt` (core support is a ConfigMap, which
 * cert-manager does not write); an implementation that does not would fail the requests, not send
 * them unverified.
 */
export function backendTlsPolicies(edge: Component, backends: readonly TlsBackend[], caSecret: IssuedCertificate): void {
  for (const { backend, serverName } of backends) {
    new BackendTlsPolicy(edge, `BackendTls-${backend.name}`, {
      metadata: { ...edge.metadata(), name: backend.name },
      spec: {
        targetRefs: [{ group: '', kind: 'Service', name: backend.name, sectionName: backend.port.name }],
        validation: { caCertificateRefs: [{ group: '', kind: 'Secret', name: caSecret.secretName }], hostname: serverName },
      },
    });
  }
}
