import { z } from 'zod';
import { dnsName, labelKey, labelValue } from './fields';

/*
 * What real clusters need of pods that no default can know: pull secrets of a private registry,
 * the nodes to run on, annotations and labels other tools read, extra environment variables.
 * Everything is validated here; keys the project's own wiring relies on are refused, so nothing
 * set here can take a pod out of its NetworkPolicies, selectors or sync hooks.
 */

/** Label and annotation prefixes the project, its operators and Kubernetes itself set on pods. */
export const RESERVED_PREFIXES: readonly string[] = ['app.kubernetes.io/', 'datalens.io/', 'cnpg.io/', 'argocd.argoproj.io/', 'helm.sh/'];
/** Kubernetes reserves kubernetes.io and k8s.io, with their subdomains, for its own keys. */
const KUBERNETES_PREFIX = /^([a-z0-9-]+\.)*(kubernetes\.io|k8s\.io)\//;

const reservedKey = (key: string) => RESERVED_PREFIXES.some((prefix) => key.startsWith(prefix)) || KUBERNETES_PREFIX.test(key);
const RESERVED_MESSAGE = `expected a key outside the prefixes the project, its operators and Kubernetes set (${RESERVED_PREFIXES.join(', ')}, kubernetes.io/, k8s.io/)`;

/** Components whose pods the settings apply to, by their name without `datalens-`. */
export const POD_COMPONENTS = {
  api: 'The API Deployment',
  'api-migrate': 'The migration Job of the API',
  frontend: 'The frontend Deployment',
  postgres: 'PostgreSQL: the StatefulSet, or the CloudNativePG Cluster (.spec.affinity, .spec.imagePullSecrets, .spec.inheritedMetadata, .spec.env)',
  'postgres-pooler': 'The PgBouncer Pooler of CloudNativePG (its pod template)',
  'postgres-restore-drill': 'The restore drill CronJob and the throwaway Cluster it restores into',
  redis: 'The Redis StatefulSet',
  nats: 'The NATS StatefulSet',
  minio: 'The MinIO StatefulSet',
  'minio-bootstrap': 'The bucket bootstrap Job of MinIO',
  'minio-mirror': 'The mirror CronJob of MinIO',
  mailhog: 'The MailHog Deployment',
} as const;
export type PodComponent = keyof typeof POD_COMPONENTS;

const podLabelsField = z
  .record(labelKey.refine((key) => !reservedKey(key), { message: RESERVED_MESSAGE }), labelValue)
  .optional()
  .describe('Extra labels of the pods; keys under the reserved prefixes (app.kubernetes.io/, datalens.io/, cnpg.io/, argocd.argoproj.io/, helm.sh/, kubernetes.io/, k8s.io/) are refused, as selectors and policies match them');

const podAnnotationsField = z
  .record(
    labelKey.refine((key) => !reservedKey(key), { message: RESERVED_MESSAGE }),
    z.string().max(4096, { message: 'expected an annotation value of at most 4096 characters' }).describe('Annotation value'),
  )
  .optional()
  .describe('Extra annotations of the pods (for example for a service mesh or a log shipper); keys under the reserved prefixes are refused');

const imagePullSecretsField = z
  .array(dnsName('a Secret name').describe('Name of a Secret of type kubernetes.io/dockerconfigjson in the namespace'))
  .optional()
  .describe('Secrets (kubernetes.io/dockerconfigjson, in the namespace, created outside this project) the kubelet pulls the images with');

const nodeSelectorField = z
  .record(labelKey, labelValue)
  .optional()
  .describe('Node labels the pods must run on, such as kubernetes.io/arch: amd64; a component\'s entries are added to the global ones');

const tolerationSchema = z
  .strictObject({
    key: labelKey.optional().describe('Taint key the toleration matches; empty with operator Exists matches every taint'),
    operator: z.enum(['Equal', 'Exists']).default('Equal').describe('Equal matches the value; Exists any value'),
    value: labelValue.optional().describe('Taint value (operator Equal only)'),
    effect: z.enum(['NoSchedule', 'PreferNoSchedule', 'NoExecute']).optional().describe('Taint effect matched; empty matches all'),
    tolerationSeconds: z.number().int().min(0).optional().describe('How long a pod stays bound after a NoExecute taint appears'),
  })
  .superRefine((toleration, ctx) => {
    if (toleration.operator === 'Exists' && toleration.value !== undefined)
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'expected no value with operator Exists: Kubernetes refuses it' });
    if (toleration.key === undefined && toleration.operator !== 'Exists')
      ctx.addIssue({ code: 'custom', path: ['operator'], message: 'expected operator Exists for a toleration without key: Kubernetes refuses Equal' });
    if (toleration.tolerationSeconds !== undefined && toleration.effect !== 'NoExecute')
      ctx.addIssue({ code: 'custom', path: ['tolerationSeconds'], message: 'expected tolerationSeconds only with effect NoExecute: Kubernetes refuses it otherwise' });
  })
  .describe('A taint the pods tolerate, as in a pod spec');

const tolerationsField = z.array(tolerationSchema).optional().describe("Taints the pods tolerate; a component's are added to the global ones");

const nodeSelectorRequirementSchema = z
  .strictObject({
    key: labelKey.describe('Node label key'),
    operator: z.enum(['In', 'NotIn', 'Exists', 'DoesNotExist', 'Gt', 'Lt']).describe('How the label is compared'),
    values: z.array(labelValue).optional().describe('Values for In and NotIn (at least one), or the one integer for Gt and Lt'),
  })
  .superRefine((requirement, ctx) => {
    const count = requirement.values?.length ?? 0;
    const wrong = (message: string) => ctx.addIssue({ code: 'custom', path: ['values'], message });
    if ((requirement.operator === 'In' || requirement.operator === 'NotIn') && count === 0) wrong(`expected at least one value for operator ${requirement.operator}`);
    if ((requirement.operator === 'Exists' || requirement.operator === 'DoesNotExist') && count > 0) wrong(`expected no values for operator ${requirement.operator}`);
    if ((requirement.operator === 'Gt' || requirement.operator === 'Lt') && (count !== 1 || !/^-?[0-9]+$/.test(requirement.values![0])))
      wrong(`expected one integer value for operator ${requirement.operator}`);
  })
  .describe('A requirement on a node label');

const nodeSelectorTermSchema = z
  .strictObject({ matchExpressions: z.array(nodeSelectorRequirementSchema).min(1).describe('Requirements that must all hold') })
  .describe('A term of node requirements');

const affinityField = z
  .strictObject({
    nodeAffinity: z
      .strictObject({
        requiredDuringSchedulingIgnoredDuringExecution: z
          .strictObject({ nodeSelectorTerms: z.array(nodeSelectorTermSchema).min(1).describe('Terms of which at least one must hold') })
          .optional()
          .describe('Nodes the pods may run on only'),
        preferredDuringSchedulingIgnoredDuringExecution: z
          .array(
            z
              .strictObject({
                weight: z.number().int().min(1).max(100).describe('Weight of the preference, 1 to 100'),
                preference: nodeSelectorTermSchema,
              })
              .describe('A weighted preference'),
          )
          .optional()
          .describe('Nodes the scheduler prefers'),
      })
      .describe('Node affinity, as in a pod spec; the project keeps its own spread and anti-affinity of replicas'),
  })
  .optional()
  .describe("Extra affinity of the pods: node affinity (a component's replaces the global one)");

const podSettingsFields = {
  imagePullSecrets: imagePullSecretsField,
  nodeSelector: nodeSelectorField,
  tolerations: tolerationsField,
  affinity: affinityField,
  annotations: podAnnotationsField,
  labels: podLabelsField,
};

/** Names of environment variables whose values are credentials: they must come from a Secret. */
const SECRET_LIKE_NAME = /(PASSW(OR)?D|PASSPHRASE|SECRET|TOKEN|CREDENTIAL|PRIVATE|(^|_)(API_?)?KEY($|_)|ACCESS_KEY|AUTH|DSN|COOKIE|SESSION)/i;
/** A URL with a user and password in it. */
const URL_WITH_CREDENTIALS = /[a-z][a-z0-9+.-]*:\/\/[^\s/@:]+:[^\s/@]+@/i;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

const keyRef = (what: string) =>
  z
    .strictObject({
      name: dnsName(`a ${what} name`).describe(`Name of the ${what} in the namespace`),
      key: z.string().regex(/^[-._a-zA-Z0-9]+$/, { message: 'expected a key: letters, digits, -, _ or .' }).describe(`Key in the ${what}`),
      optional: z.boolean().optional().describe(`Start the pod even when the ${what} or key is missing`),
    })
    .describe(`A key of a ${what}`);

export const extraEnvSchema = z
  .strictObject({
    name: z.string().regex(ENV_NAME, { message: 'expected an environment variable name: letters, digits and _, not starting with a digit' }).describe('Variable name; names the wiring sets are refused'),
    value: z.string().optional().describe('A plain value; refused for names that look like credentials and for URLs with a password'),
    valueFrom: z
      .strictObject({
        secretKeyRef: keyRef('Secret').optional(),
        configMapKeyRef: keyRef('ConfigMap').optional(),
        fieldRef: z.strictObject({ fieldPath: z.string().min(1).describe('Field of the pod, such as metadata.name or status.hostIP') }).optional().describe('A field of the pod'),
      })
      .refine((from) => [from.secretKeyRef, from.configMapKeyRef, from.fieldRef].filter(Boolean).length === 1, {
        message: 'expected exactly one of secretKeyRef, configMapKeyRef or fieldRef',
      })
      .optional()
      .describe('Where the value comes from: a key of a Secret or ConfigMap, or a field of the pod'),
  })
  .superRefine((env, ctx) => {
    if ((env.value === undefined) === (env.valueFrom === undefined))
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'expected exactly one of value or valueFrom' });
    if (env.value !== undefined && SECRET_LIKE_NAME.test(env.name))
      ctx.addIssue({ code: 'custom', path: ['value'], message: `expected valueFrom.secretKeyRef for ${env.name}: its name says it holds a credential, which never goes into a plain value in git` });
    else if (env.value !== undefined && URL_WITH_CREDENTIALS.test(env.value))
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'expected valueFrom.secretKeyRef: the value is a URL with a password, which never goes into a plain value in git' });
  })
  .describe('An extra environment variable, as in a container spec');

const componentPodsSchema = z
  .strictObject({
    ...podSettingsFields,
    env: z.array(extraEnvSchema).optional().describe('Extra environment variables of every container of the component; names must be unique and not set by the wiring'),
  })
  .superRefine((settings, ctx) => {
    const seen = new Set<string>();
    settings.env?.forEach((env, i) => {
      if (seen.has(env.name)) ctx.addIssue({ code: 'custom', path: ['env', i, 'name'], message: `expected each name once, got ${env.name} again` });
      seen.add(env.name);
    });
  });

export const podsSchema = z
  .strictObject({
    ...podSettingsFields,
    components: z
      .strictObject(Object.fromEntries(Object.entries(POD_COMPONENTS).map(([name, what]) => [name, componentPodsSchema.optional().describe(`${what}: settings added to the global ones`)])) as {
        [K in PodComponent]: z.ZodOptional<typeof componentPodsSchema>;
      })
      .optional()
      .describe('Settings of one component, added to the global ones (a component the environment does not run is refused)'),
  })
  .prefault({})
  .describe('Pod settings a cluster needs: pull secrets, scheduling, annotations and labels for every pod, and per component (with extra environment variables)');

export type PodsConfig = z.infer<typeof podsSchema>;
export type ComponentPodsConfig = z.infer<typeof componentPodsSchema>;
