import { PodMonitor } from '../imports/podmonitor-monitoring.coreos.com';
import { ServiceMonitor, ServiceMonitorSpecEndpointsScheme } from '../imports/servicemonitor-monitoring.coreos.com';
import { contextOf, type Component } from './component';
import { platformPeer, podSelectorOf, type Peer, type PortSpec } from './peer';
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
  /** Scrape over HTTPS, verifying the server against `ca.crt` of this Secret (in the monitor's namespace). @default - plain HTTP */
  readonly tls?: { readonly caSecret: string; readonly serverName: string };
}

/** Scrapes the pods behind the component's Service through a ServiceMonitor, and lets Prometheus reach the port. */
export function scrapeService(component: Component, opts: ScrapeOptions): ServiceMonitor {
  const { graph, environment } = contextOf(component);
  graph.connect(prometheusPeer(component), component, [opts.port], 'metrics scrape');
  return new ServiceMonitor(component, 'ServiceMonitor', {
    metadata: component.metadata(undefined, { labels: environment.config.monitoring.prometheusLabels }),
    spec: {
      selector: { matchLabels: { ...component.selector, [SERVICE_LABEL]: component.name } },
      endpoints: [
        {
          port: opts.port.name,
          path: opts.path ?? '/metrics',
          interval: opts.interval ?? '30s',
          ...(opts.tls ? { scheme: ServiceMonitorSpecEndpointsScheme.HTTPS, tlsConfig: { ca: { secret: { name: opts.tls.caSecret, key: 'ca.crt' } }, serverName: opts.tls.serverName } } : {}),
        },
      ],
    },
  });
}

/** Scrapes the component's pods directly through a PodMonitor (operator-managed pods without a metrics Service). */
export function scrapePods(component: Component, opts: ScrapeOptions): PodMonitor {
  const { graph, environment } = contextOf(component);
  if (component.placement.kind !== 'pods') throw new Error(`${component.name}: only in-cluster pods can be scraped`);
  graph.connect(prometheusPeer(component), component, [opts.port], 'metrics scrape');
  return new PodMonitor(component, 'PodMonitor', {
    metadata: component.metadata(undefined, { labels: environment.config.monitoring.prometheusLabels }),
    spec: {
      selector: podSelectorOf(component.placement),
      podMetricsEndpoints: [{ port: opts.port.name, path: opts.path ?? '/metrics', interval: opts.interval ?? '30s' }],
    },
  });
}
