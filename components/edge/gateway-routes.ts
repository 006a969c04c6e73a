import type { GatewayConfig } from '../../config/edge-schema';
import type { Component } from '../../foundation/component';
import { Gateway, GatewaySpecListenersAllowedRoutesNamespacesFrom, GatewaySpecListenersTlsMode } from '../../imports/gateway-gateway.networking.k8s.io';
import {
  HttpRoute,
  HttpRouteSpecRulesFiltersRequestRedirectScheme,
  HttpRouteSpecRulesFiltersRequestRedirectStatusCode,
  HttpRouteSpecRulesFiltersType,
  HttpRouteSpecRulesMatchesPathType,
  type HttpRouteSpecParentRefs,
} from '../../imports/httproute-gateway.networking.k8s.io';
import type { Route } from './route';

const GATEWAY_GROUP = 'gateway.networking.k8s.io';
/** The listener of a created Gateway that answers plain HTTP: redirects, and ACME HTTP-01 challenges. */
export const HTTP_LISTENER = 'http';

/** The listener of a created Gateway for a host: `https-` and the host's first label. */
export const httpsListener = (host: string) => `https-${host.split('.')[0]}`;

export interface CreatedGatewayOptions {
  readonly name: string;
  readonly className: string;
  readonly hosts: readonly string[];
  /** The Secret holding the certificate of every host. */
  readonly tlsSecret: string;
}

/**
 * A Gateway for the environment: an HTTPS listener per host terminating TLS with the edge's
 * certificate, and an HTTP listener whose only route redirects to HTTPS (an ACME HTTP-01
 * solver's more specific route still wins there). Routes are admitted from this namespace only.
 */
export function createGateway(edge: Component, { name, className, hosts, tlsSecret }: CreatedGatewayOptions): void {
  const sameNamespace = { namespaces: { from: GatewaySpecListenersAllowedRoutesNamespacesFrom.SAME } };
  new Gateway(edge, 'Gateway', {
    metadata: { ...edge.metadata(), name },
    spec: {
      gatewayClassName: className,
      listeners: [
        ...hosts.map((host) => ({
          name: httpsListener(host),
          hostname: host,
          port: 443,
          protocol: 'HTTPS',
          tls: { mode: GatewaySpecListenersTlsMode.TERMINATE, certificateRefs: [{ group: '', kind: 'Secret', name: tlsSecret }] },
          allowedRoutes: sameNamespace,
        })),
        { name: HTTP_LISTENER, port: 80, protocol: 'HTTP', allowedRoutes: sameNamespace },
      ],
    },
  });
  new HttpRoute(edge, 'HttpsRedirect', {
    metadata: edge.metadata('https-redirect'),
    spec: {
      parentRefs: [{ group: GATEWAY_GROUP, kind: 'Gateway', name, sectionName: HTTP_LISTENER }],
      hostnames: [...hosts],
      rules: [
        {
          filters: [
            {
              type: HttpRouteSpecRulesFiltersType.REQUEST_REDIRECT,
              requestRedirect: { scheme: HttpRouteSpecRulesFiltersRequestRedirectScheme.HTTPS, statusCode: HttpRouteSpecRulesFiltersRequestRedirectStatusCode.VALUE_301 },
            },
          ],
        },
      ],
    },
  });
}

export interface HttpRoutesOptions {
  readonly gateway: GatewayConfig;
  /** The Gateway the routes attach to. */
  readonly parent: { readonly name: string; readonly namespace: string };
  readonly routes: readonly Route[];
  readonly timeoutSeconds: number;
}

/** A route the edge created: its object name and the host it serves. */
export interface CreatedRoute {
  readonly name: string;
  readonly host: string;
}

/**
 * One HTTPRoute per host to its backend, only under its path prefix, with the edge's request
 * timeout (standard `timeouts`; evidence uploads are slow). Attached to the platform's Gateway
 * (cross-namespace: its listener must admit this namespace) or to the created one, on the
 * host's own HTTPS listener.
 */
export function httpRoutes(edge: Component, { gateway, parent, routes, timeoutSeconds }: HttpRoutesOptions): CreatedRoute[] {
  return routes.map((route) => {
    const label = route.host.split('.')[0];
    const parentRef: HttpRouteSpecParentRefs = gateway.parentRef
      ? { group: GATEWAY_GROUP, kind: 'Gateway', name: parent.name, namespace: parent.namespace, ...(gateway.parentRef.sectionName ? { sectionName: gateway.parentRef.sectionName } : {}) }
      : { group: GATEWAY_GROUP, kind: 'Gateway', name: parent.name, sectionName: httpsListener(route.host) };
    const metadata = edge.metadata(label);
    new HttpRoute(edge, `Route-${label}`, {
      metadata,
      spec: {
        parentRefs: [parentRef],
        hostnames: [route.host],
        rules: [
          {
            matches: [{ path: { type: HttpRouteSpecRulesMatchesPathType.PATH_PREFIX, value: route.pathPrefix ?? '/' } }],
            backendRefs: [{ group: '', kind: 'Service', name: route.backend.name, port: route.backend.port.port }],
            timeouts: { request: `${timeoutSeconds}s` },
          },
        ],
      },
    });
    return { name: metadata.name!, host: route.host };
  });
}
