import type { Construct } from 'constructs';
import type { EnvironmentConfig } from '../config/schema';
import { splitBinaryQuantity } from '../config/units';
import { Component } from '../foundation/component';
import { AcmeHttp01Solver } from './acme-http01-solver';
import type { PortSpec } from '../foundation/peer';
import { Certificate, CertificateSpecPrivateKeyAlgorithm, CertificateSpecPrivateKeyRotationPolicy } from '../imports/certificate-cert-manager.io';
import * as k8s from '../imports/k8s';

/** Labels of the ingress-nginx controller pods. */
const INGRESS_CONTROLLER_LABELS = { 'app.kubernetes.io/name': 'ingress-nginx' };

/** A host served by the edge and the component behind it. */
export interface Route {
  readonly host: string;
  readonly backend: Component & { readonly port: PortSpec };
  /** Path prefix routed to the backend; anything else on the host is not exposed. @default '/' */
  readonly pathPrefix?: string;
}

export interface EdgeProps {
  /** The environment's ingress settings (class, TLS issuer, controller namespace, limits). */
  readonly config: EnvironmentConfig['ingress'];
  /** Hosts and their backends; each host gets TLS. */
  readonly routes: readonly Route[];
}

/**
 * The edge: one Ingress for all hosts with TLS from a cert-manager Certificate. It adds no CORS
 * headers; the API answers CORS itself, per widget for the public consent endpoints. As a peer it
 * is the ingress controller, so the backends' network policies admit exactly the controller.
 */
export class Edge extends Component {
  constructor(scope: Construct, id: string, props: EdgeProps) {
    const { config, routes } = props;
    super(scope, id, {
      name: 'datalens-edge',
      role: 'edge',
      placement: { kind: 'namespace', namespace: config.controllerNamespace, podLabels: INGRESS_CONTROLLER_LABELS },
    });
    const hosts = routes.map((r) => r.host);
    const tlsSecret = `${this.name}-tls`;
    new Certificate(this, 'Certificate', {
      metadata: this.metadata(),
      spec: {
        secretName: tlsSecret,
        dnsNames: hosts,
        issuerRef: { kind: config.tlsIssuer.kind, name: config.tlsIssuer.name, group: 'cert-manager.io' },
        privateKey: { algorithm: CertificateSpecPrivateKeyAlgorithm.ECDSA, size: 256, rotationPolicy: CertificateSpecPrivateKeyRotationPolicy.ALWAYS },
      },
    });
    new k8s.KubeIngress(this, 'Ingress', {
      metadata: this.metadata(undefined, {
        annotations: {
          'nginx.ingress.kubernetes.io/proxy-body-size': nginxSize(config.maxBodySize),
          'nginx.ingress.kubernetes.io/proxy-read-timeout': String(config.timeoutSeconds),
          'nginx.ingress.kubernetes.io/proxy-send-timeout': String(config.timeoutSeconds),
          'nginx.ingress.kubernetes.io/ssl-redirect': 'true',
          // evidence uploads are streamed to the API instead of buffered on the controller's disk
          'nginx.ingress.kubernetes.io/proxy-request-buffering': 'off',
        },
      }),
      spec: {
        ingressClassName: config.className,
        tls: [{ hosts, secretName: tlsSecret }],
        rules: routes.map((route) => ({
          host: route.host,
          http: {
            paths: [
              {
                path: route.pathPrefix ?? '/',
                pathType: 'Prefix',
                backend: { service: { name: route.backend.name, port: { name: route.backend.port.name } } },
              },
            ],
          },
        })),
      },
    });
    if (config.tlsIssuer.challenge === 'http01') new AcmeHttp01Solver(this, 'Http01Solver', { challengedBy: this });
    for (const backend of new Set(routes.map((r) => r.backend))) {
      this.context.graph.connect(this, backend, [backend.port], 'HTTPS from the internet');
      this.context.graph.orderAfter(this, backend);
    }
  }
}

/** A Kubernetes binary quantity (64Mi) in nginx size units (64m; nginx sizes are 1024-based). */
export function nginxSize(quantity: string): string {
  const { amount, prefix } = splitBinaryQuantity(quantity);
  return `${amount}${prefix.toLowerCase()}`;
}
