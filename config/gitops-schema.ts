import { z } from 'zod';
import { dnsLabel, dnsName } from './fields';
import { cronSchedule } from './postgres-recovery-schema';

/*
 * What a cluster file says about the GitOps tool that deploys to it (clusters/<name>.yaml):
 * Argo CD (the default, so existing clusters keep exactly their output), Flux, or both.
 */

/** Which tool deploys a cluster's environments. */
export const GITOPS_TOOLS = ['argocd', 'flux', 'both'] as const;
export type GitopsTool = (typeof GITOPS_TOOLS)[number];

/** A Go duration as Flux reads it: a whole number of seconds, minutes or hours. */
const GO_DURATION = /^[0-9]+(s|m|h)$/;
const interval = z.string().regex(GO_DURATION, { message: 'expected a duration Flux reads, such as 30s, 5m or 1h' });

/** Fields of the cluster schema, spread into it. */
export const clusterGitopsFields = {
  gitops: z
    .enum(GITOPS_TOOLS)
    .default('argocd')
    .describe('Which GitOps tool deploys the environments of this cluster: argocd (dist/argocd/<cluster>/), flux (dist/flux/<cluster>/) or both'),
  flux: z
    .strictObject({
      namespace: dnsLabel('a namespace name')
        .default('flux-system')
        .describe('Namespace of the Flux controllers, where the GitRepositories and Kustomizations live'),
      interval: interval.default('5m').describe('How often Flux fetches the repository and reconciles each environment'),
      timeout: interval.default('10m').describe('How long one reconciliation of an environment may take before Flux reports it failed'),
      secretRef: dnsName('the name of a Secret in the Flux namespace')
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

/*
 * What an environment file adds to its Argo CD Application and project (the `argocd:` block):
 * notification subscriptions and sync windows. Both are empty by default, which changes nothing.
 */

/** A name of an Argo CD notifications trigger or service, as they appear in argocd-notifications-cm. */
const NOTIFICATION_NAME = /^[a-zA-Z0-9]([-a-zA-Z0-9_.]*[a-zA-Z0-9])?$/;
/** A recipient as the subscription annotation lists them: no ';' (the separator) and no spaces. */
const RECIPIENT = /^[^;\x00-\x20\x7f]+$/;
/** A Go duration of whole minutes or hours, as Argo CD reads a window's length. */
const WINDOW_DURATION = /^[0-9]+(m|h)$/;

/** Fields spread into the environment schema's `argocd` block. */
export const argocdEnvironmentFields = {
  notifications: z
    .array(
      z.strictObject({
        trigger: z.string().regex(NOTIFICATION_NAME, { message: 'expected the name of a trigger of argocd-notifications-cm, such as on-sync-failed' }).describe('Trigger, such as on-sync-failed or on-health-degraded'),
        service: z.string().regex(NOTIFICATION_NAME, { message: 'expected the name of a notification service of argocd-notifications-cm, such as slack' }).describe('Notification service, such as slack or email'),
        recipients: z
          .array(z.string().regex(RECIPIENT, { message: "expected a recipient without ';' or spaces, such as a channel name or an address" }))
          .min(1)
          .describe('Channels or addresses the service sends to'),
      }),
    )
    .default([])
    .describe('Argo CD notifications subscriptions of the Application (notifications.argoproj.io/subscribe.<trigger>.<service> annotations); the triggers and services themselves are configured in argocd-notifications-cm'),
  syncWindows: z
    .array(
      z.strictObject({
        kind: z.enum(['allow', 'deny']).describe('allow: syncs only inside the window; deny: no syncs inside it'),
        schedule: cronSchedule.describe('When the window opens (cron)'),
        duration: z.string().regex(WINDOW_DURATION, { message: 'expected a duration of minutes or hours such as 30m or 2h' }).describe('How long the window stays open'),
        timeZone: z.string().min(1).optional().describe('IANA time zone of the schedule, such as Asia/Kolkata; UTC when unset'),
        manualSync: z.boolean().default(false).describe('Whether manual syncs are allowed while automated ones are held back'),
      }),
    )
    .default([])
    .describe("Sync windows of the environment's Application, on the cluster's AppProject (for example, no syncs to prod during business hours)"),
};

export type NotificationSubscription = z.infer<typeof argocdEnvironmentFields.notifications>[number];

/** The subscription annotations of an Application: one per trigger and service, recipients joined by ';'. */
export function notificationAnnotations(subscriptions: readonly NotificationSubscription[]): Record<string, string> {
  const annotations: Record<string, string[]> = {};
  for (const { trigger, service, recipients } of subscriptions) {
    const key = `notifications.argoproj.io/subscribe.${trigger}.${service}`;
    annotations[key] = [...new Set([...(annotations[key] ?? []), ...recipients])];
  }
  return Object.fromEntries(Object.entries(annotations).map(([key, recipients]) => [key, recipients.join(';')]));
}
