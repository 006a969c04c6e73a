import { PodMonitor, PodMonitorSpecPodMetricsEndpointsScheme } from '../imports/podmonitor-monitoring.coreos.com';
import { ServiceMonitor, ServiceMonitorSpecEndpointsScheme } from '../imports/servicemonitor-monitoring.coreos.com';
import { contextOf, type Component } from './component';
import { platformPeer, podSelectorOf, type Peer, type PortSpec } from './peer';
import type { TrustAnchor } from './trust-anchor';
import { SERVICE_LABEL } from './workload-parts';

/** Labels of the Prometheus pods (kube-prometheus-stack) that scrape the environment. */
export const PROMETHEUS_POD_LABELS = { 'app.kubernetes.io/name': 'prometheus' };

/** The environment's Prometheus, as a peer. */
export function prometheusPeer(component: Component): Peer {
  const { monitoring } = contextOf(component).environment.config;
  return platformPeer('prometheus', { kind: 'namespace', namespace: monitoring.namespace, podLabels: PROMETHEUS_POD_LABELS });
}

export interface ScrapeOptions {
  /** The metrics port, by name on the pods or the Service. */
  readonly port: PortSpec;
  /** @default '/metrics' */
  readonly path?: string;
  /** @default '30s' */
  readonly interval?: string;
  /**
   * Scrape over HTTPS, verifying the server's certificate against `trust` (a CA certificate key of a
   * Secret in the monitor's namespace, which the Prometheus Operator copies to Prometheus) for
   * `serverName`, one of the names of the certificate the metrics port serves: Prometheus dials pods
   * by address, so the name must be given. The port is recorded as TLS-only.
   * @default - plain HTTP (only where internal TLS is off)
   */
  readonly tls?: ScrapeTls;
}

/** How Prometheus verifies a metrics port that serves TLS. */
export interface ScrapeTls {
  /** The CA certificate the server's certificate chains to; never a Secret holding the CA's private key. */
  readonly trust: TrustAnchor;
  /** A DNS name of the server's certificate. */
  readonly serverName: string;
}

/** The tlsConfig of a ServiceMonitor or PodMonitor endpoint (both have the Prometheus Operator's SafeTLSConfig). */
function tlsConfigOf(tls: ScrapeTls) {
  return { ca: { secret: { name: tls.trust.secretName, key: tls.trust.key ?? 'ca.crt' } }, serverName: tls.serverName };
}

/** The metrics port as the connection graph records it: TLS-only when scraped over HTTPS. */
const scrapedPort = (opts: ScrapeOptions): PortSpec => (opts.tls ? { ...opts.port, tls: true } : opts.port);

/** Scrapes the pods behind the component's Service through a ServiceMonitor, and lets Prometheus reach the port. */
export function scrapeService(component: Component, opts: ScrapeOptions): ServiceMonitor {
  const { graph, environment } = contextOf(component);
  graph.connect(prometheusPeer(component), component, [scrapedPort(opts)], 'metrics scrape');
  return new ServiceMonitor(component, 'ServiceMonitor', {
    metadata: component.metadata(undefined, { labels: environment.config.monitoring.prometheusLabels }),
    spec: {
      selector: { matchLabels: { ...component.selector, [SERVICE_LABEL]: component.name } },
      endpoints: [
        {
          port: opts.port.name,
          path: opts.path ?? '/metrics',
          interval: opts.interval ?? '30s',
          ...(opts.tls ? { scheme: ServiceMonitorSpecEndpointsScheme.HTTPS, tlsConfig: tlsConfigOf(opts.tls) } : {}),
        },
      ],
    },
  });
}

/** Scrapes the component's pods directly through a PodMonitor (operator-managed pods without a metrics Service). */
export function scrapePods(component: Component, opts: ScrapeOptions): PodMonitor {
  const { graph, environment } = contextOf(component);
  if (component.placement.kind !== 'pods') throw new Error(`${component.name}: only in-cluster pods can be scraped`);
  graph.connect(prometheusPeer(component), component, [scrapedPort(opts)], 'metrics scrape');
  return new PodMonitor(component, 'PodMonitor', {
    metadata: component.metadata(undefined, { labels: environment.config.monitoring.prometheusLabels }),
    spec: {
      selector: podSelectorOf(component.placement),
      podMetricsEndpoints: [{ port: opts.port.name, path: opts.path ?? '/metrics', interval: opts.interval ?? '30s', ...(opts.tls ? { scheme: PodMonitorSpecPodMetricsEndpointsScheme.HTTPS, tlsConfig: tlsConfigOf(opts.tls) } : {}) }],
    },
  });
}
