import { z } from 'zod';

/*
 * What a cluster file says about the GitOps tool that deploys to it (clusters/<name>.yaml):
 * Argo CD (the default, so existing clusters keep exactly their output), Flux, or both.
 */

/** Which tool deploys a cluster's environments. */
export const GITOPS_TOOLS = ['argocd', 'flux', 'both'] as const;
export type GitopsTool = (typeof GITOPS_TOOLS)[number];

/** A Go duration as Flux reads it: a whole number of seconds, minutes or hours. */
const GO_DURATION = /^[0-9]+(s|m|h)$/;
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
const DNS_SUBDOMAIN = /^(?=.{1,253}$)[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*$/;
const interval = z.string().regex(GO_DURATION, { message: 'expected a duration Flux reads, such as 30s, 5m or 1h' });

/** Fields of the cluster schema, spread into it. */
export const clusterGitopsFields = {
  gitops: z
    .enum(GITOPS_TOOLS)
    .default('argocd')
    .describe('Which GitOps tool deploys the environments of this cluster: argocd (dist/argocd/<cluster>/), flux (dist/flux/<cluster>/) or both'),
  flux: z
    .strictObject({
      namespace: z
        .string()
        .regex(DNS_LABEL, { message: "expected a namespace name: a DNS label (lower-case letters, digits and '-', at most 63 characters)" })
        .default('flux-system')
        .describe('Namespace of the Flux controllers, where the GitRepositories and Kustomizations live'),
      interval: interval.default('5m').describe('How often Flux fetches the repository and reconciles each environment'),
      timeout: interval.default('10m').describe('How long one reconciliation of an environment may take before Flux reports it failed'),
      secretRef: z
        .string()
        .regex(DNS_SUBDOMAIN, { message: 'expected the name of a Secret in the Flux namespace' })
        .optional()
        .describe('Secret with the credentials of a private repository (Flux GitRepository spec.secretRef); unset for a public one'),
    })
    .prefault({})
    .describe('The Flux that deploys to this cluster, when gitops is flux or both'),
};

/** Whether a cluster's environments are deployed by Flux. */
export const usesFlux = (tool: GitopsTool) => tool === 'flux' || tool === 'both';
/** Whether a cluster's environments are deployed by Argo CD. */
export const usesArgocd = (tool: GitopsTool) => tool === 'argocd' || tool === 'both';
