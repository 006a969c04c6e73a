import type { EdgeConfig } from '../../config/edge-schema';
import type { Component } from '../../foundation/component';
import * as k8s from '../../imports/k8s';
import type { Route } from './route';

export interface IngressOptions {
  readonly config: EdgeConfig;
  readonly routes: readonly Route[];
  /** The Secret holding the certificate of every host. */
  readonly tlsSecret: string;
}

/** ingress-nginx's allow-list of client ranges: the Ingress answers 403 to any other client. */
export const INGRESS_NGINX_ALLOWLIST = 'nginx.ingress.kubernetes.io/whitelist-source-range';

/**
 * One Ingress for every host, TLS from the edge's certificate, of the environment's class; the
 * environment adds whatever its controller reads from annotations (none by default, so nothing
 * ties the edge to one controller). With `adminAllowedCidrs`, the admin. host gets an Ingress of its
 * own carrying ingress-nginx's allow-list (the schema requires that controller then): an
 * annotation holds for every host of its Ingress.
 */
export function ingressFor(edge: Component, { config, routes, tlsSecret }: IngressOptions): k8s.KubeIngress[] {
  const allowed = config.adminAllowedCidrs;
  const admin = allowed ? routes.filter((r) => r.host.startsWith('admin.')) : [];
  const open = routes.filter((r) => !admin.includes(r));
  return [
    ingress(edge, 'Ingress', undefined, { config, routes: open, tlsSecret }, {}),
    ...(admin.length && allowed ? [ingress(edge, 'AdminIngress', 'admin', { config, routes: admin, tlsSecret }, { [INGRESS_NGINX_ALLOWLIST]: allowed.join(',') })] : []),
  ];
}

function ingress(edge: Component, id: string, suffix: string | undefined, { config, routes, tlsSecret }: IngressOptions, extra: Record<string, string>): k8s.KubeIngress {
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
