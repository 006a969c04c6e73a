import type { EdgeConfig } from '../../config/edge-schema';
import type { Component } from '../../foundation/component';
import type { IssuedCertificate } from '../../foundation/internal-ca';
import * as k8s from '../../imports/k8s';
import type { TlsBackend } from './backend-tls';
import type { Route } from './route';

export interface IngressOptions {
  readonly config: EdgeConfig;
  readonly routes: readonly Route[];
  /** The Secret holding the certificate of every host. */
  readonly tlsSecret: string;
  /** The backends whose ports speak TLS, with the names to verify. @default - none */
  readonly tlsBackends?: readonly TlsBackend[];
  /** The edge's client certificate, whose Secret also carries the CA certificate it verifies TLS backends against. */
  readonly backendClient?: IssuedCertificate;
}

/** ingress-nginx's allow-list of client ranges: the Ingress answers 403 to any other client. */
export const INGRESS_NGINX_ALLOWLIST = 'nginx.ingress.kubernetes.io/whitelist-source-range';

/**
 * ingress-nginx's annotations for a TLS backend: HTTPS to it, verified against `ca.crt` of the
 * edge's client certificate Secret (which also gives the client certificate it presents) for the
 * backend's name, sent as SNI too. Never the CA's own Secret, which holds the CA's private key.
 */
export function ingressNginxBackendTls(namespace: string, backend: TlsBackend, client: IssuedCertificate): Record<string, string> {
  return {
    'nginx.ingress.kubernetes.io/backend-protocol': 'HTTPS',
    'nginx.ingress.kubernetes.io/proxy-ssl-secret': `${namespace}/${client.secretName}`,
    'nginx.ingress.kubernetes.io/proxy-ssl-verify': 'on',
    'nginx.ingress.kubernetes.io/proxy-ssl-name': backend.serverName,
    'nginx.ingress.kubernetes.io/proxy-ssl-server-name': 'on',
    'nginx.ingress.kubernetes.io/proxy-ssl-protocols': 'TLSv1.2 TLSv1.3',
  };
}

/**
 * Ingresses for every host, TLS from the edge's certificate, of the environment's class; the
 * environment adds whatever its controller reads from annotations (none by default). An annotation
 * holds for every host of its Ingress, so hosts are grouped: with `adminAllowedCidrs` the admin.
 * host gets an Ingress of its own carrying ingress-nginx's allow-list (the schema requires that
 * controller then), and each TLS backend's hosts get their own, carrying the name to verify
 * (ingress-nginx too, which the schema requires while internal TLS is on).
 */
export function ingressFor(edge: Component, { config, routes, tlsSecret, tlsBackends = [], backendClient }: IngressOptions): k8s.KubeIngress[] {
  const allowed = config.adminAllowedCidrs;
  const isAdmin = (r: Route) => allowed !== undefined && r.host.startsWith('admin.');
  const tlsOf = (r: Route) => tlsBackends.find((t) => t.backend === r.backend);
  // one Ingress per (admin or not, TLS backend or plain): the annotations differ between groups only
  const groups = new Map<string, { admin: boolean; tls?: TlsBackend; routes: Route[] }>();
  for (const route of routes) {
    const key = `${isAdmin(route)}|${tlsOf(route)?.backend.name ?? ''}`;
    const group = groups.get(key) ?? { admin: isAdmin(route), tls: tlsOf(route), routes: [] };
    group.routes.push(route);
    groups.set(key, group);
  }
  return [...groups.values()].map(({ admin, tls, routes: grouped }) => {
    // the backend's role names the Ingress of its hosts (datalens-edge-api); the plain, open group keeps the edge's name
    const suffix = [admin ? 'admin' : undefined, tls?.backend.role].filter((s) => s !== undefined).join('-') || undefined;
    if (tls && !backendClient) throw new Error(`${edge.name}: ${tls.backend.name} speaks TLS but the edge has no client certificate to verify it with`);
    const extra = {
      ...(admin && allowed ? { [INGRESS_NGINX_ALLOWLIST]: allowed.join(',') } : {}),
      ...(tls && backendClient ? ingressNginxBackendTls(edge.metadata().namespace!, tls, backendClient) : {}),
    };
    return ingress(edge, suffix ? `Ingress-${suffix}` : 'Ingress', suffix, { config, routes: grouped, tlsSecret }, extra);
  });
}

function ingress(edge: Component, id: string, suffix: string | undefined, { config, routes, tlsSecret }: IngressOptions, extra: Record<string, string>): k8s.KubeIngress {
  // the edge's own annotations last: an environment's annotation cannot turn verification off
  const annotations = { ...config.ingress.annotations, ...extra };
  return new k8s.KubeIngress(edge, id, {
    metadata: edge.metadata(suffix, Object.keys(annotations).length ? { annotations } : {}),
    spec: {
      ingressClassName: config.ingress.className,
      tls: [{ hosts: routes.map((r) => r.host), secretName: tlsSecret }],
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
}
