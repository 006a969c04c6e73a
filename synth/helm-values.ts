import { z } from 'zod';
import { clusterSchema, environmentSchema, type Environment } from '../config/schema';
import { ENVIRONMENT_NAME_MAX } from '../config/fields';

/*
 * The values of the Helm chart: an environment file as loaded (every default filled in), under the
 * same keys, plus the environment's name and its cluster's settings. Their JSON Schema
 * (values.schema.json) is generated from the same zod schemas as the environment files, so Helm
 * refuses wrong types and unknown keys the way the loader does.
 */

/** A place in the values: keys of maps, indexes of lists. */
export type ValuesPath = readonly (string | number)[];

type Json = Record<string, any>;

/**
 * Fields of the environment file that are not values of the chart: the namespace is the release's
 * (`helm install --namespace`), and `argocd` says how Argo CD deploys the environment, which a Helm
 * release does not use. The cluster's `argocd` section is left out for the same reason.
 */
export const FIELDS_NOT_IN_VALUES = ['namespace', 'argocd', 'extends'] as const;

/** Key of the environment's name in the values. */
export const ENVIRONMENT_KEY = 'environment';
/** Key of the cluster's settings (clusters/<name>.yaml) in the values. */
export const CLUSTER_SETTINGS_KEY = 'clusterSettings';
/** Key of the chart-only list of image pull Secrets. */
export const PULL_SECRETS_KEY = 'imagePullSecrets';
/** Key of the values Helm hands every subchart from its parent chart; this chart reads none of them. */
export const HELM_GLOBAL_KEY = 'global';
/** Keys of the values that stand for no field of the environment: the chart's own. */
const CHART_ONLY_KEYS: readonly string[] = [PULL_SECRETS_KEY, HELM_GLOBAL_KEY];

/** The values of one environment, as its values-<env>.yaml holds them. */
export function helmValuesOf(environment: Environment): Json {
  const config: Json = { ...environment.config };
  for (const field of FIELDS_NOT_IN_VALUES) delete config[field];
  const { argocd: _argocd, ...cluster } = environment.cluster.config;
  return { [ENVIRONMENT_KEY]: environment.name, ...config, [CLUSTER_SETTINGS_KEY]: cluster, [PULL_SECRETS_KEY]: [] };
}

/** The environment and cluster objects a values object stands for (the inverse of helmValuesOf, given the namespace). */
export function environmentOfValues(values: Json, namespace: string, argocd: Environment['config']['argocd'], cluster: Environment['cluster']): Environment {
  const { [ENVIRONMENT_KEY]: name, [CLUSTER_SETTINGS_KEY]: settings, [PULL_SECRETS_KEY]: _pull, [HELM_GLOBAL_KEY]: _global, ...config } = values;
  return {
    name,
    config: { ...config, namespace, argocd } as Environment['config'],
    cluster: { name: cluster.name, config: { ...settings, argocd: cluster.config.argocd } },
  };
}

const jsonSchemaOf = (schema: z.ZodType): Json => z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as Json;

/**
 * values.schema.json: the environment schema as it reads loaded files (every defaulted field
 * required, so a values file missing one fails instead of rendering with a hole), without the
 * fields the chart does not take, with the environment's name, the cluster's settings and the pull
 * Secrets. Patterns are rewritten for Go's regexp (RE2), which Helm validates with: no lookahead.
 */
export function helmValuesJsonSchema(): Json {
  const environment = jsonSchemaOf(environmentSchema);
  const cluster = jsonSchemaOf(clusterSchema);
  const { $schema, properties, required, ...rest } = environment;
  const kept = Object.fromEntries(Object.entries(properties as Json).filter(([key]) => !(FIELDS_NOT_IN_VALUES as readonly string[]).includes(key)));
  const { $schema: _clusterSchema, ...clusterRest } = cluster;
  delete clusterRest.properties.argocd;
  clusterRest.required = (clusterRest.required as string[]).filter((key) => key !== 'argocd');
  const schema = {
    $schema,
    $id: 'https://datalens.in/schemas/datalens-k8s/helm-values.schema.json',
    title: 'DataLens Helm chart values',
    description:
      'An environment of datalens-k8s (environments/<name>.yaml with every default filled in, as helm/values-<name>.yaml holds it), its name and its cluster. The namespace is the release namespace.',
    ...rest,
    properties: {
      [ENVIRONMENT_KEY]: {
        type: 'string',
        pattern: `^[a-z0-9]([-a-z0-9]{0,${ENVIRONMENT_NAME_MAX - 2}}[a-z0-9])?$`,
        description: "The environment's name (the file name of environments/<name>.yaml): labels, alert labels, dashboards, the backup folder",
      },
      ...kept,
      [CLUSTER_SETTINGS_KEY]: { ...clusterRest, description: 'The cluster the environment runs on (clusters/<cluster>.yaml without its argocd section)' },
      [PULL_SECRETS_KEY]: {
        type: 'array',
        description: 'Secrets (kubernetes.io/dockerconfigjson) of the release namespace every pod pulls its images with; a value of the chart only (dist/ has none)',
        default: [],
        items: { type: 'object', properties: { name: { type: 'string', minLength: 1 } }, required: ['name'], additionalProperties: false },
      },
      [HELM_GLOBAL_KEY]: {
        type: 'object',
        description: "Helm's global values, which a parent chart hands each of its subcharts; this chart reads none, so it can be one",
      },
    },
    required: [ENVIRONMENT_KEY, ...(required as string[]).filter((key) => key in kept), CLUSTER_SETTINGS_KEY],
  };
  return forGoRegexp(schema);
}

/**
 * The schema as it is, once every pattern is known to be one Helm can compile: Helm validates with
 * Go's regexp (RE2), which has no lookaround and no back-reference. config/fields.ts writes patterns
 * both engines read alike; this names the one that slipped through rather than fail every install.
 */
function forGoRegexp<T>(schema: T): T {
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (typeof node === 'object' && node !== null) {
      const pattern = (node as Json).pattern;
      if (typeof pattern === 'string' && /\(\?<?[=!]|\\[1-9]/.test(pattern)) throw new Error(`pattern ${pattern} has a lookaround or back-reference, which Go's regexp (Helm's) lacks`);
      Object.values(node).forEach(visit);
    }
  };
  visit(schema);
  return schema;
}

// ---- the leaves of the values, and what the chart can do with each ----

/**
 * What the chart does with a leaf of the values:
 * - `fixed`: its value is part of the template set (a mode, a flag, a ratio); another value needs
 *   the template set of an environment that has it, and Helm says so;
 * - `text`, `int`, `quantity`: a knob, substituted wherever the constructs put it;
 *   a quantity (`4Gi`, `15m`) may also appear as its number in a server's own unit;
 * - image parts (`repository`, `tag`, `digest` of an image) are text knobs rendered together.
 */
export type LeafKind = 'fixed' | 'text' | 'int' | 'quantity';

export interface Leaf {
  readonly path: ValuesPath;
  readonly value: string | number | boolean | null;
  readonly kind: LeafKind;
  /** The part of an image this leaf is. */
  readonly imagePart?: 'repository' | 'tag' | 'digest';
  /** The schema's description of the field, for the README. */
  readonly description?: string;
  /** Whether the schema requires the field (values.schema.json then checks its presence). */
  readonly required?: boolean;
}

/** An optional field the values leave out, which the chart may let be set. */
export interface OptionalField {
  readonly path: ValuesPath;
  readonly type: 'text' | 'int';
  readonly imagePart?: 'digest' | 'tag';
  /** The unit of a size or duration the schema's pattern asks for (`Mi`, `m`; empty for a bare number). */
  readonly unit?: string;
}

/** The leaves, lists and maps of one environment's values, as the chart sees them. */
export interface ValuesLayout {
  readonly leaves: readonly Leaf[];
  /** Optional fields the values leave out, which must stay out. */
  readonly absent: readonly ValuesPath[];
  /**
   * Optional fields the values leave out that may be set: a text or a number that the objects hold
   * as one field of their own when set (a CPU limit, a storage class) or as part of an image
   * reference (a digest); the synth fixes those the constructs use otherwise.
   */
  readonly optional: readonly OptionalField[];
  /** Lists and their lengths (their elements are leaves). */
  readonly lists: readonly { path: ValuesPath; length: number }[];
  /** Maps with free keys (labels, annotations) and their keys. */
  readonly records: readonly { path: ValuesPath; keys: string[] }[];
}

/** Keys by path: the derivation asks for the key of the same path thousands of times per environment. */
const pathKeys = new WeakMap<ValuesPath, string>();

/** A path as one string (its JSON), equal for equal paths. */
export function pathKey(path: ValuesPath): string {
  let key = pathKeys.get(path);
  if (key === undefined) pathKeys.set(path, (key = JSON.stringify(path)));
  return key;
}

/** A number with a unit as the schema writes sizes and durations: 4Gi, 500m, 15m, 30d, "1". */
export const QUANTITY_LIKE = /^([0-9]+)([A-Za-z]*)$/;

/** A layout before any knob is fixed: what `fixed` changes is marked with the knob's key. */
interface ValuesShape {
  readonly leaves: readonly { readonly key: string; readonly leaf: Leaf }[];
  /** Optional fields left out, in order: those with `optional` may be set unless fixed. */
  readonly missing: readonly { readonly key: string; readonly path: ValuesPath; readonly optional?: OptionalField }[];
  readonly lists: ValuesLayout['lists'];
  readonly records: ValuesLayout['records'];
}

/** Shapes by values and schema: the derivation asks for one environment's layout with each set of fixed knobs it tries. */
const shapes = new WeakMap<Json, WeakMap<Json, ValuesShape>>();

/**
 * Walks the values alongside their JSON Schema and classifies every leaf. `fixed` names leaves
 * that must be fixed even though their type would allow a knob (found entangled by the synth).
 * The pull Secrets are no leaves: the chart inserts them itself.
 */
export function valuesLayout(values: Json, schema: Json, fixed: ReadonlySet<string> = new Set()): ValuesLayout {
  let bySchema = shapes.get(values);
  if (!bySchema) shapes.set(values, (bySchema = new WeakMap()));
  let shape = bySchema.get(schema);
  if (!shape) bySchema.set(schema, (shape = valuesShape(values, schema)));
  return {
    leaves: shape.leaves.map(({ key, leaf }) => (fixed.has(key) ? { ...leaf, kind: 'fixed' } : leaf)),
    absent: shape.missing.filter((m) => !m.optional || fixed.has(m.key)).map((m) => m.path),
    optional: shape.missing.flatMap((m) => (m.optional && !fixed.has(m.key) ? [m.optional] : [])),
    lists: [...shape.lists],
    records: [...shape.records],
  };
}

function valuesShape(values: Json, schema: Json): ValuesShape {
  const leaves: { key: string; leaf: Leaf }[] = [];
  const missing: { key: string; path: ValuesPath; optional?: OptionalField }[] = [];
  const lists: { path: ValuesPath; length: number }[] = [];
  const records: { path: ValuesPath; keys: string[] }[] = [];

  const visit = (value: unknown, node: Json, path: ValuesPath, parent?: Json, required = true): void => {
    node = branchOf(node, value);
    if (Array.isArray(value)) {
      lists.push({ path, length: value.length });
      value.forEach((item, i) => visit(item, node.items ?? {}, [...path, i]));
      return;
    }
    if (typeof value === 'object' && value !== null) {
      const properties: Json = node.properties ?? {};
      const free = node.properties === undefined;
      if (free) records.push({ path, keys: Object.keys(value).sort() });
      const skip = (key: string) => path.length === 0 && CHART_ONLY_KEYS.includes(key);
      for (const [key, property] of Object.entries<Json>(properties)) {
        if (key in value || skip(key)) continue;
        const type = property.enum || property.const !== undefined ? undefined : property.type === 'string' ? 'text' : property.type === 'integer' ? 'int' : undefined;
        const imagePart = isImageSchema(node) && (key === 'digest' || key === 'tag') ? key : undefined;
        const unit = type === 'text' && property.pattern ? unitOf(property.pattern) : undefined;
        const at = [...path, key];
        missing.push({ key: pathKey(at), path: at, ...(type ? { optional: { path: at, type, ...(imagePart ? { imagePart } : {}), ...(unit !== undefined ? { unit } : {}) } } : {}) });
      }
      for (const [key, child] of Object.entries(value)) if (!skip(key)) visit(child, properties[key] ?? node.additionalProperties ?? {}, [...path, key], node, (node.required ?? []).includes(key));
      return;
    }
    const leaf = { path, value: value as Leaf['value'], description: node.description, required };
    const last = path[path.length - 1];
    const imagePart = parent && isImageSchema(parent) && (last === 'repository' || last === 'tag' || last === 'digest') ? last : undefined;
    leaves.push({ key: pathKey(path), leaf: { ...leaf, kind: kindOf(value, node), ...(imagePart ? { imagePart } : {}) } });
  };
  visit(values, schema, []);
  return { leaves, missing, lists, records };
}

/** A pattern's unit, by pattern (every optional text field asks; the schema's patterns are few). */
const units = new Map<string, string | undefined>();

/**
 * The unit a pattern of sizes or durations asks for: the first of a few it accepts after a number,
 * a bare number first (constructs write 8600012m of CPU in cores, but a bare number as it is); none
 * for a pattern of free text.
 */
function unitOf(pattern: string): string | undefined {
  if (units.has(pattern)) return units.get(pattern);
  const re = new RegExp(pattern);
  const unit = re.test('zqa') ? undefined : ['', 'Mi', 'm', 's'].find((unit) => re.test(`1${unit}`));
  units.set(pattern, unit);
  return unit;
}

function kindOf(value: unknown, node: Json): LeafKind {
  if (node.enum || node.const !== undefined) return 'fixed';
  if (typeof value === 'number')
    // a count of 1 is no knob: one replica has no disruption budget and no spread, two have both
    return node.type === 'integer' && Number.isInteger(value) && value >= 2 ? 'int' : 'fixed';
  if (typeof value === 'string') return QUANTITY_LIKE.test(value) ? 'quantity' : 'text';
  return 'fixed';
}

/** Whether a node of the schema is an image's (every leaf asks of its parent: the schema's nodes are few). */
const imageSchemas = new WeakMap<Json, boolean>();

/** An image as the schema defines it: repository, tag and digest. */
function isImageSchema(node: Json): boolean {
  let image = imageSchemas.get(node);
  if (image === undefined) imageSchemas.set(node, (image = Object.keys(node.properties ?? {}).sort().join(',') === 'digest,repository,tag'));
  return image;
}

/** The branch of a union the value takes: the one whose constants (its `mode`, `type`, `provider`) it carries. */
function branchOf(node: Json, value: unknown): Json {
  const branches: Json[] | undefined = node.oneOf ?? node.anyOf;
  if (!branches) return node;
  const fits = (branch: Json) =>
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? Object.entries(branch.properties ?? {}).every(([key, p]) => (p as Json).const === undefined || (value as Json)[key] === (p as Json).const)
      : true;
  const branch = branches.find(fits);
  if (!branch) throw new Error(`no branch of the schema fits ${JSON.stringify(value)}`);
  return branchOf(branch, value);
}

/** The value at a path. */
export function valueAt(values: unknown, path: ValuesPath): unknown {
  return path.reduce<unknown>((node, key) => (node as any)?.[key], values);
}
