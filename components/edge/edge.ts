import type { Construct } from 'constructs';
import { CREATED_GATEWAY_NAME, gatewayDataPlane, gatewayOf, needsCertificate, type EdgeConfig } from '../../config/edge-schema';
import { Component, contextOf } from '../../foundation/component';
import { platformPeer, type Peer } from '../../foundation/peer';
import { observe } from '../../foundation/telemetry';
import { Certificate, CertificateSpecPrivateKeyAlgorithm, CertificateSpecPrivateKeyRotationPolicy } from '../../imports/certificate-cert-manager.io';
import { AcmeHttp01Solver } from './acme-http01-solver';
import { backendTlsPolicies, edgeClientCertificate, tlsBackendsOf } from './backend-tls';
import { envoyGatewayPolicies } from './envoy-gateway-policies';
import { createGateway, httpRoutes } from './gateway-routes';
import { ingressFor } from './ingress-routes';
import type { Route } from './route';

export interface EdgeProps {
  /** The environment's edge settings: mode, TLS issuer, limits, the Gateway and the Ingress. */
  readonly config: EdgeConfig;
  /** Hosts and their backends; each host gets TLS. */
  readonly routes: readonly Route[];
}

/**
 * The edge: HTTPRoutes on a Gateway, an Ingress, or both (for a DNS cut-over), per the environment.
 * It adds no CORS headers; the API answers CORS itself, per widget for the public consent
 * endpoints. As a peer it is the pods that forward the traffic (the Gateway's data plane, or the
 * Ingress controller), so the backends' network policies admit exactly those, on the backends'
 * ports; in mode both the other one is admitted too. A backend whose port speaks TLS is verified
 * by its certificate's name against the internal CA: a BackendTLSPolicy for the Gateway,
 * ingress-nginx's proxy-ssl annotations for the Ingress.
 */
export class Edge extends Component {
  private readonly source: Peer;

  constructor(scope: Construct, id: string, props: EdgeProps) {
    const { config, routes } = props;
    const namespace = contextOf(scope).environment.config.namespace;
    const sources = trafficSources(config, namespace);
    super(scope, id, { name: 'datalens-edge', role: 'edge', placement: sources[0].placement });
    this.source = sources[0];
    const hosts = routes.map((r) => r.host);
    const tlsBackends = tlsBackendsOf([...new Set(routes.map((r) => r.backend))]);
    const backendClient = tlsBackends.length ? edgeClientCertificate(this) : undefined;
    const tlsSecret = `${this.name}-tls`;
    const tls = config.tls;
    if (needsCertificate(config) && tls) {
      new Certificate(this, 'Certificate', {
        metadata: this.metadata(),
        spec: {
          secretName: tlsSecret,
          dnsNames: hosts,
          issuerRef: { kind: tls.kind, name: tls.name, group: 'cert-manager.io' },
          privateKey: { algorithm: CertificateSpecPrivateKeyAlgorithm.ECDSA, size: 256, rotationPolicy: CertificateSpecPrivateKeyRotationPolicy.ALWAYS },
        },
      });
    }
    if (config.mode !== 'gateway') ingressFor(this, { config, routes, tlsSecret, tlsBackends, backendClient });
    if (config.mode !== 'ingress' && config.gateway) {
      const gateway = config.gateway;
      if (gateway.className) createGateway(this, { className: gateway.className, hosts, tlsSecret, name: CREATED_GATEWAY_NAME });
      const created = httpRoutes(this, { gateway, parent: gatewayOf(gateway, namespace), routes, timeoutSeconds: config.timeoutSeconds });
      if (backendClient) backendTlsPolicies(this, tlsBackends, backendClient);
      if (gateway.envoyGateway || config.adminAllowedCidrs) {
        envoyGatewayPolicies(this, { policies: gateway.envoyGateway, adminAllowedCidrs: config.adminAllowedCidrs, routes: created, maxBodySize: config.maxBodySize });
      }
      if (gateway.implementation === 'envoy-gateway') this.observeEnvoyRoutes(namespace);
    }
    if (tls?.challenge === 'http01' && needsCertificate(config)) new AcmeHttp01Solver(this, 'Http01Solver', { challengedBy: [this, ...sources.slice(1)] });
    for (const backend of new Set(routes.map((r) => r.backend))) {
      for (const source of [this, ...sources.slice(1)]) this.context.graph.connect(source, backend, [backend.port], backend.port.tls ? 'HTTPS from the internet, TLS to the backend' : 'HTTPS from the internet');
      this.context.graph.orderAfter(this, backend);
    }
  }

  /**
   * Route-level panels from Envoy's own statistics: Envoy Gateway names the upstream cluster of
   * each route rule `httproute/<namespace>/<route>/rule/<n>`, so the environment's routes are
   * those of its namespace. Needs Prometheus to scrape Envoy Gateway's proxies.
   */
  private observeEnvoyRoutes(namespace: string): void {
    const routes = `envoy_cluster_name=~"httproute/${namespace}/.*"`;
    observe(this, {
      title: 'Edge (Envoy Gateway routes)',
      rules: [],
      panels: [
        { title: 'Requests per route', expr: `sum by (envoy_cluster_name) (rate(envoy_cluster_upstream_rq_total{${routes}}[5m]))`, unit: 'reqps', legend: '{{envoy_cluster_name}}' },
        {
          title: '5xx share per route',
          expr: `sum by (envoy_cluster_name) (rate(envoy_cluster_upstream_rq_xx{${routes},envoy_response_code_class="5"}[5m])) / sum by (envoy_cluster_name) (rate(envoy_cluster_upstream_rq_total{${routes}}[5m]))`,
          unit: 'percentunit',
          legend: '{{envoy_cluster_name}}',
        },
        {
          title: 'p99 upstream time per route',
          expr: `histogram_quantile(0.99, sum by (envoy_cluster_name, le) (rate(envoy_cluster_upstream_rq_time_bucket{${routes}}[5m]))) / 1000`,
          unit: 's',
          legend: '{{envoy_cluster_name}}',
        },
      ],
    });
  }

  /** What the edge is as a peer: the pods that forward its traffic (in mode both, the Gateway's). */
  get peerName(): string {
    return this.source.peerName;
  }
}

/** The pods that forward the edge's traffic: the Gateway's data plane, the Ingress controller, or both (Gateway first). */
function trafficSources(config: EdgeConfig, namespace: string): Peer[] {
  const gateway =
    config.mode !== 'ingress' && config.gateway
      ? [platformPeer(`gateway ${gatewayOf(config.gateway, namespace).name}`, { kind: 'namespace', ...gatewayDataPlane(config.gateway, namespace) })]
      : [];
  const ingress = config.mode !== 'gateway' ? [platformPeer('ingress controller', { kind: 'namespace', ...config.ingress.controller })] : [];
  return [...gateway, ...ingress];
}
