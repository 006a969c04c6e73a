import { ApiObject } from 'cdk8s';
import type { GatewayConfig } from '../../config/edge-schema';
import type { Component } from '../../foundation/component';
import type { CreatedRoute } from './gateway-routes';

/*
 * Envoy Gateway's policies (gateway.envoyproxy.io/v1alpha1) for what Gateway API leaves to
 * implementations. Their CRDs are not among the pinned schemas, so these objects are typed here,
 * from Envoy Gateway's API reference, and not validated against a CRD.
 */

const API_VERSION = 'gateway.envoyproxy.io/v1alpha1';

interface RouteTarget {
  readonly group: 'gateway.networking.k8s.io';
  readonly kind: 'HTTPRoute';
  readonly name: string;
}

/** BackendTrafficPolicy: how Envoy treats requests of its target routes on their way to the backends. */
interface BackendTrafficPolicySpec {
  readonly targetRefs: readonly RouteTarget[];
  /** Buffers each request body up to `limit` and answers 413 beyond it. */
  readonly requestBuffer?: { readonly limit: string };
  readonly rateLimit?: { readonly type: 'Local'; readonly local: { readonly rules: readonly { readonly limit: { readonly requests: number; readonly unit: string } }[] } };
}

/** SecurityPolicy: who may use its target routes. */
interface SecurityPolicySpec {
  readonly targetRefs: readonly RouteTarget[];
  readonly authorization: {
    readonly defaultAction: 'Allow' | 'Deny';
    readonly rules: readonly { readonly action: 'Allow' | 'Deny'; readonly principal: { readonly clientCIDRs: readonly string[] } }[];
  };
}

export interface EnvoyGatewayPoliciesOptions {
  /** @default - none: no body limit, no rate limit */
  readonly policies?: GatewayConfig['envoyGateway'];
  /** Client addresses the admin. host admits. @default - everyone */
  readonly adminAllowedCidrs?: readonly string[];
  /** The edge's HTTPRoutes, by host. */
  readonly routes: readonly CreatedRoute[];
  /** The body limit of edge.maxBodySize, as a Kubernetes quantity. */
  readonly maxBodySize: string;
}

/** The Envoy Gateway policies the environment asks for, on the edge's routes. */
export function envoyGatewayPolicies(edge: Component, { policies, adminAllowedCidrs, routes, maxBodySize }: EnvoyGatewayPoliciesOptions): void {
  const target = (route: CreatedRoute): RouteTarget => ({ group: 'gateway.networking.k8s.io', kind: 'HTTPRoute', name: route.name });
  if (policies && (policies.limitRequestBody || policies.rateLimit)) {
    const spec: BackendTrafficPolicySpec = {
      targetRefs: routes.map(target),
      ...(policies.limitRequestBody ? { requestBuffer: { limit: maxBodySize } } : {}),
      ...(policies.rateLimit ? { rateLimit: { type: 'Local', local: { rules: [{ limit: { requests: policies.rateLimit.requests, unit: policies.rateLimit.unit } }] } } } : {}),
    };
    new ApiObject(edge, 'BackendTrafficPolicy', { apiVersion: API_VERSION, kind: 'BackendTrafficPolicy', metadata: edge.metadata(), spec });
  }
  const admin = routes.filter((r) => r.host.startsWith('admin.'));
  if (adminAllowedCidrs && admin.length) {
    const spec: SecurityPolicySpec = {
      targetRefs: admin.map(target),
      authorization: { defaultAction: 'Deny', rules: [{ action: 'Allow', principal: { clientCIDRs: [...adminAllowedCidrs] } }] },
    };
    new ApiObject(edge, 'AdminAllowList', { apiVersion: API_VERSION, kind: 'SecurityPolicy', metadata: edge.metadata('admin'), spec });
  }
}
