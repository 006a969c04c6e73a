import { z } from 'zod';
import { binaryQuantity, cidr, dnsLabel, dnsName, podLabels } from './fields';

/*
 * The edge of an environment: how the four hosts reach the frontend and the API. Gateway API
 * HTTPRoutes (attached to a Gateway the platform runs, or to one this project creates), an
 * Ingress for clusters that keep an Ingress controller, or both during a DNS cut-over.
 */

/** Gateway API implementations whose data-plane pods this project knows (others name them in `dataPlane`). */
export const GATEWAY_IMPLEMENTATIONS = ['envoy-gateway', 'other'] as const;

const dataPlaneSchema = z
  .strictObject({
    namespace: dnsLabel('a namespace name').describe('Namespace of the pods that forward the traffic'),
    podLabels: podLabels.describe('Labels of those pods'),
  })
  .describe("The pods that carry the edge's traffic to the backends: the only ones the backends' NetworkPolicies admit");

const gatewaySchema = z
  .strictObject({
    implementation: z
      .enum(GATEWAY_IMPLEMENTATIONS)
      .default('envoy-gateway')
      .describe('Which Gateway API implementation runs the Gateway: envoy-gateway (its data-plane labels are known, its policies typed) or other (name the data plane)'),
    parentRef: z
      .strictObject({
        name: dnsLabel('a Gateway name').describe('Name of the shared Gateway'),
        namespace: dnsLabel('a namespace name').describe('Namespace of the shared Gateway'),
        sectionName: dnsLabel('a listener name').optional().describe('Listener of that Gateway to attach to; unset attaches to every listener that admits the routes'),
      })
      .optional()
      .describe('A Gateway the platform runs (its listeners hold TLS and must admit routes from this namespace)'),
    className: dnsName('a GatewayClass name')
      .optional()
      .describe('GatewayClass of a Gateway this project creates for the environment: HTTPS listeners per host with the certificate from edge.tls, HTTP redirected to HTTPS'),
    dataPlane: dataPlaneSchema.optional().describe('Where the Gateway pods run; known for envoy-gateway, required for other'),
    envoyGateway: z
      .strictObject({
        limitRequestBody: z
          .boolean()
          .default(false)
          .describe('Refuse bodies larger than edge.maxBodySize with 413 (BackendTrafficPolicy requestBuffer: Envoy buffers each request up to the limit)'),
        adminAllowedCidrs: z
          .array(cidr)
          .min(1)
          .optional()
          .describe('Client addresses the admin. host admits (SecurityPolicy); unset admits everyone'),
        rateLimit: z
          .strictObject({
            requests: z.number().int().min(1).describe('Requests per unit and Envoy replica (local rate limit)'),
            unit: z.enum(['Second', 'Minute', 'Hour']).describe('Period the request limit counts over'),
          })
          .optional()
          .describe('Local rate limit on every route (BackendTrafficPolicy)'),
      })
      .optional()
      .describe('Envoy Gateway policies for what Gateway API leaves to implementations; only with implementation envoy-gateway'),
  })
  .superRefine((gateway, ctx) => {
    const issue = (path: string[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    if (!gateway.parentRef === !gateway.className)
      issue(['parentRef'], 'expected either parentRef (attach to a Gateway the platform runs) or className (create a Gateway for the environment), not both or neither');
    if (gateway.implementation === 'other' && !gateway.dataPlane) issue(['dataPlane'], 'expected the namespace and labels of the Gateway pods for implementation other');
    if (gateway.envoyGateway && gateway.implementation !== 'envoy-gateway') issue(['envoyGateway'], 'expected implementation envoy-gateway for Envoy Gateway policies');
  })
  .describe('Gateway API: HTTPRoutes per host, attached to a Gateway');

const ingressSchema = z
  .strictObject({
    className: dnsName('an IngressClass name').default('nginx').describe('IngressClass of the Ingress'),
    annotations: z.record(z.string().min(1), z.string()).default({}).describe("Controller-specific annotations of the Ingress (none by default)"),
    controller: dataPlaneSchema.prefault({ namespace: 'ingress-nginx', podLabels: { 'app.kubernetes.io/name': 'ingress-nginx' } }),
  })
  .prefault({})
  .describe('An Ingress for clusters that keep an Ingress controller');

export const edgeSchema = z
  .strictObject({
    mode: z
      .enum(['gateway', 'ingress', 'both'])
      .default('gateway')
      .describe('gateway: HTTPRoutes; ingress: an Ingress; both: each, for a DNS cut-over from one to the other without downtime'),
    tls: z
      .strictObject({
        kind: z.enum(['ClusterIssuer', 'Issuer']).default('ClusterIssuer').describe('Kind of the cert-manager issuer'),
        name: dnsName('an issuer name').describe('Name of the cert-manager issuer'),
        challenge: z
          .enum(['http01', 'dns01', 'none'])
          .default('http01')
          .describe("How the issuer proves the hosts: http01 (ACME through the edge: the solver pods admit the edge's pods; with a Gateway, the issuer's solver must be gatewayHTTPRoute on it), dns01, or none (self-signed, CA)"),
      })
      .optional()
      .describe('cert-manager issuer of the certificate of the Ingress and of a Gateway this project creates (a platform Gateway holds its own)'),
    maxBodySize: binaryQuantity.default('64Mi').describe('Largest request body (evidence uploads)'),
    timeoutSeconds: z.number().int().min(5).max(3600).default(120).describe('Request timeout at the edge'),
    gateway: gatewaySchema.optional(),
    ingress: ingressSchema,
  })
  .superRefine((edge, ctx) => {
    if (edge.mode !== 'ingress' && !edge.gateway)
      ctx.addIssue({ code: 'custom', path: ['gateway'], message: `expected the Gateway to attach to (parentRef) or its class (className) in mode ${edge.mode}` });
    if (needsCertificate(edge) && !edge.tls)
      ctx.addIssue({ code: 'custom', path: ['tls'], message: 'expected the cert-manager issuer of the certificate the Ingress or the created Gateway serves' });
  })
  .describe('How the hosts reach the frontend and the API');

export type EdgeConfig = z.infer<typeof edgeSchema>;
export type GatewayConfig = z.infer<typeof gatewaySchema>;

/** Namespace of Envoy Gateway's controller, where it runs the Envoy pods of every Gateway by default. */
export const ENVOY_GATEWAY_NAMESPACE = 'envoy-gateway-system';

/** The Gateway the routes attach to: the platform's, or the one created in the environment's namespace. */
export function gatewayOf(gateway: GatewayConfig, namespace: string): { name: string; namespace: string } {
  return gateway.parentRef ? { name: gateway.parentRef.name, namespace: gateway.parentRef.namespace } : { name: CREATED_GATEWAY_NAME, namespace };
}

/** Name of the Gateway created for an environment (in its namespace). */
export const CREATED_GATEWAY_NAME = 'datalens';

/**
 * The pods that carry a Gateway's traffic: as the environment names them, or where the
 * implementation puts them. Envoy Gateway runs one Envoy Deployment per Gateway in its own
 * namespace, labelled with the owning Gateway's name and namespace.
 */
export function gatewayDataPlane(gateway: GatewayConfig, namespace: string): { namespace: string; podLabels: Record<string, string> } {
  if (gateway.dataPlane) return { namespace: gateway.dataPlane.namespace, podLabels: { ...gateway.dataPlane.podLabels } };
  const owner = gatewayOf(gateway, namespace);
  return {
    namespace: ENVOY_GATEWAY_NAMESPACE,
    podLabels: { 'gateway.envoyproxy.io/owning-gateway-name': owner.name, 'gateway.envoyproxy.io/owning-gateway-namespace': owner.namespace },
  };
}

/** Whether this project issues the certificate: for an Ingress, and for a Gateway it creates (a platform Gateway has its own). */
export function needsCertificate(edge: Pick<EdgeConfig, 'mode' | 'gateway'>): boolean {
  return edge.mode !== 'gateway' || edge.gateway?.className !== undefined;
}
