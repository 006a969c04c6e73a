import { z } from 'zod';
import { dnsLabel, dnsName, iamRoleArn, s3Path } from './fields';

/*
 * What a cluster file says about preview environments (`previews:` in clusters/<name>.yaml): an
 * Argo CD ApplicationSet that runs the Helm chart of one environment of the cluster once per
 * labelled pull request, each in a namespace of its own. Unset (the default) means no previews.
 *
 * A preview runs the code of a pull request, so everything outside the cluster that it could
 * reach is the previews' own: their secret keys (datalens/<environment>-preview/), backup bucket
 * and role, buckets. Those fields are required exactly when the base environment has the
 * resource (config/previews.ts checks it, and that none of them is an environment's).
 */

/** A GitHub label name: no commas (the API's separator) and no control characters. */
const GITHUB_LABEL = /^[^,\x00-\x1f\x7f]{1,50}$/;
/** A key of a Secret's data. */
const SECRET_KEY = /^[-._a-zA-Z0-9]{1,253}$/;

export const previewsSchema = z
  .strictObject({
    environment: dnsLabel('the name of an environment of this cluster').describe(
      "The environment each preview is a copy of: its Helm values file helm/values-<environment>.yaml, at the pull request's commit, with the per-preview values below",
    ),
    labels: z
      .array(z.string().regex(GITHUB_LABEL, { message: 'expected a GitHub label name such as preview (no commas)' }))
      .min(1, { message: 'expected at least one label: without one every pull request, from forks too, would run in the cluster' })
      .default(['preview'])
      .describe('GitHub labels a pull request must carry to get a preview (all of them); someone with write access adds them'),
    tokenSecret: z
      .strictObject({
        name: dnsName('a Secret name').describe("Name of the Secret in Argo CD's namespace"),
        key: z.string().regex(SECRET_KEY, { message: 'expected a key of a Secret such as token' }).default('token').describe('Key of the token in it'),
      })
      .describe("Secret in Argo CD's namespace with a GitHub token that may read the repository's pull requests (the generator's tokenRef)"),
    requeueAfterSeconds: z
      .number()
      .int()
      .min(60)
      .max(86400)
      .default(300)
      .describe('How often the ApplicationSet controller asks GitHub for the open pull requests (a closed one is deleted within this time)'),
    hostSuffix: dnsName('a domain').describe(
      'Domain the previews live under: the preview of pull request N has the domain pr-N.<hostSuffix> (hosts cc.pr-N.<hostSuffix>, ...); DNS *.<hostSuffix> must point at the edge',
    ),
    gatewayListener: dnsLabel('a listener name')
      .optional()
      .describe("Listener of the base environment's Gateway that serves the preview hosts (its hostname and certificate must cover them); unset keeps the base environment's"),
    backup: z
      .strictObject({
        destinationPath: s3Path.describe("Barman Cloud destination of the previews' archives, in a bucket of the previews; each preview archives under <destinationPath>/pr-<number>"),
        roleArn: iamRoleArn.optional().describe("IAM role of the previews' PostgreSQL instances; required when the base environment uses IRSA (its trust policy admits the preview namespaces)"),
      })
      .optional()
      .describe("Where previews archive WAL and base backups; required when the base environment's CloudNativePG cluster archives (the chart keeps its backups on)"),
    evidence: z
      .strictObject({
        bucket: dnsName('a bucket name').optional().describe("S3 evidence bucket the previews share; required when the base environment names its bucket (otherwise the previews' is datalens-<environment>-preview-evidence)"),
        roleArn: iamRoleArn.optional().describe("IAM role of the previews' API; required when the base environment uses IRSA (its trust policy admits the preview namespaces)"),
      })
      .optional()
      .describe('Where previews keep evidence; required when the base environment keeps evidence in S3'),
    mirrorBucket: dnsName('a bucket name').optional().describe("Bucket the previews' MinIO mirrors to; required when the base environment mirrors its MinIO"),
  })
  .optional()
  .describe('Preview environments per pull request (an Argo CD ApplicationSet); unset: none');

export type PreviewsConfig = NonNullable<z.infer<typeof previewsSchema>>;
