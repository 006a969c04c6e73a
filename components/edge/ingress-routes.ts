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

/**
 * One Ingress for every host, TLS from the edge's certificate, of the environment's class; the
 * environment adds whatever its controller reads from annotations (none by default, so nothing
 * ties the edge to one controller).
 */
export function ingressFor(edge: Component, { config, routes, tlsSecret }: IngressOptions): k8s.KubeIngress {
  const annotations = config.ingress.annotations;
  return new k8s.KubeIngress(edge, 'Ingress', {
    metadata: edge.metadata(undefined, Object.keys(annotations).length ? { annotations: { ...annotations } } : {}),
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
