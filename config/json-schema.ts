import { createHash } from 'node:crypto';
import { z } from 'zod';
import { clusterSchema, environmentSchema } from './schema';

type JsonNode = Record<string, unknown>;

/**
 * The message a schema's own pattern checks give, for the JSON Schema's `patternErrorMessage`:
 * the keyword yaml-language-server (and VS Code's JSON support) show instead of "String does not
 * match the pattern of ..." when a value does not fit.
 */
function patternMessages(schema: z.ZodType): Map<string, string> {
  const messages = new Map<string, string>();
  // a string format (z.email()) is a check itself; further checks (.regex()) are listed on it
  const { def } = (schema as unknown as { _zod: { def: Record<string, unknown> & { checks?: { _zod: { def: Record<string, unknown> } }[] } } })._zod;
  for (const { pattern, error } of [def, ...(def.checks ?? []).map((check) => check._zod.def)]) {
    if (!(pattern instanceof RegExp) || typeof error !== 'function') continue;
    const message: unknown = error({});
    const text = typeof message === 'string' ? message : (message as { message?: unknown } | undefined)?.message;
    if (typeof text === 'string') messages.set(pattern.source, text);
  }
  return messages;
}

const jsonSchemaOf = (schema: z.ZodType) =>
  z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      const messages = patternMessages(zodSchema as unknown as z.ZodType);
      if (messages.size === 0) return;
      const node = jsonSchema as JsonNode;
      for (const part of [node, ...((node.allOf as JsonNode[] | undefined) ?? [])]) {
        const message = typeof part.pattern === 'string' ? messages.get(part.pattern) : undefined;
        if (message) part.patternErrorMessage = message;
      }
    },
  });

/** The environment schema as JSON Schema, for editors (yaml-language-server) to complete and check files. */
export function environmentJsonSchema(): Record<string, unknown> {
  return {
    ...jsonSchemaOf(environmentSchema),
    $id: 'https://datalens.in/schemas/datalens-k8s/environment.schema.json',
    title: 'DataLens environment',
    description: 'One environment of the DataLens Kubernetes deployment (environments/<name>.yaml).',
  };
}

/**
 * The schema of an environment file that extends another (`extends: <name>`), for editors: the
 * same fields and checks, but none required (the parent has them), every variant of a block
 * possible (a block may set only fields several variants have) and `null` allowed where it
 * removes an inherited value. The merged result is validated by the synth against the full schema.
 */
export function extendingEnvironmentJsonSchema(): Record<string, unknown> {
  const { required: _, ...schema } = partial(jsonSchemaOf(environmentSchema)) as JsonNode;
  return {
    ...schema,
    required: ['extends'],
    $id: 'https://datalens.in/schemas/datalens-k8s/environment.extends.schema.json',
    title: 'DataLens environment that extends another',
    description: 'An environment written as its differences from another (environments/<name>.yaml with extends: <environment>).',
  };
}

const REMOVES = { type: 'null', description: 'null removes the value inherited through extends' };

function partial(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(partial);
  if (typeof node !== 'object' || node === null) return node;
  const out: JsonNode = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'required' || key === 'default') continue;
    if (key === 'oneOf') out.anyOf = partial(value);
    else if (key === 'properties')
      out.properties = Object.fromEntries(
        Object.entries(value as JsonNode).map(([name, property]) => {
          const inner = partial(property) as JsonNode;
          return [name, { description: inner.description, anyOf: [inner, REMOVES] }];
        }),
      );
    else out[key] = partial(value);
  }
  return out;
}

/** The cluster schema as JSON Schema (clusters/<name>.yaml). */
export function clusterJsonSchema(): Record<string, unknown> {
  return {
    ...jsonSchemaOf(clusterSchema),
    $id: 'https://datalens.in/schemas/datalens-k8s/cluster.schema.json',
    title: 'DataLens cluster',
    description: 'A Kubernetes cluster DataLens environments run on (clusters/<name>.yaml).',
  };
}

/** JSON Schema 2020-12 keywords whose value is a schema, a map of schemas or a list of schemas. */
const SUBSCHEMA = new Set(['items', 'additionalProperties', 'propertyNames', 'not', 'if', 'then', 'else', 'contains', 'unevaluatedProperties', 'unevaluatedItems', 'contentSchema']);
const SUBSCHEMA_MAP = new Set(['properties', 'patternProperties', 'dependentSchemas', '$defs']);
const SUBSCHEMA_LIST = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);

const isNode = (value: unknown): value is JsonNode => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A node with each of its subschemas (not its keywords' other values: a default, an enum) passed through `map`. */
function mapSubschemas(node: JsonNode, map: (subschema: JsonNode) => JsonNode): JsonNode {
  const mapped = (value: unknown) => (isNode(value) ? map(value) : value);
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => {
      if (SUBSCHEMA.has(key)) return [key, mapped(value)];
      if (SUBSCHEMA_MAP.has(key) && isNode(value)) return [key, Object.fromEntries(Object.entries(value).map(([name, schema]) => [name, mapped(schema)]))];
      if (SUBSCHEMA_LIST.has(key) && Array.isArray(value)) return [key, value.map(mapped)];
      return [key, value];
    }),
  );
}

/** JSON text of a value with every object's keys sorted: equal for equal schemas whatever their keys' order. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (!isNode(value)) return JSON.stringify(value);
  return `{${Object.keys(value)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`)
    .join(',')}}`;
}

/**
 * The same schema, with every subschema that appears more than once (and is at least `minSize`
 * characters of JSON) written once under `$defs` and referred to by `$ref`. A validator compiles
 * each place of a schema on every run: Helm compiles values.schema.json, repeated pod settings
 * and all, on every `helm template`, and a third of its size takes a third of that time. In
 * 2020-12 a `$ref` with no other keyword validates exactly as its target. Takes a schema without
 * references or definitions of its own (in its subschemas: a default or a description may say
 * anything), whose pointers the moves could break.
 */
export function withSharedDefinitions(schema: JsonNode, minSize = 256): JsonNode {
  const refuseReferences = (node: JsonNode) => {
    if ('$ref' in node || '$defs' in node) throw new Error('withSharedDefinitions takes a schema without $ref or $defs');
  };
  refuseReferences(schema);
  const keys = new Map<JsonNode, string>();
  const uses = new Map<string, number>();
  const count = (node: JsonNode): JsonNode => {
    refuseReferences(node);
    const key = canonicalJson(node);
    keys.set(node, key);
    if (key.length >= minSize) uses.set(key, (uses.get(key) ?? 0) + 1);
    return mapSubschemas(node, count);
  };
  mapSubschemas(schema, count);

  const definitions = new Map<string, { name: string; schema?: JsonNode; references: number }>();
  const names = new Set<string>();
  const share = (node: JsonNode): JsonNode => {
    const key = keys.get(node)!;
    if ((uses.get(key) ?? 0) < 2) return mapSubschemas(node, share);
    let definition = definitions.get(key);
    if (!definition) {
      definition = { name: `s${createHash('sha1').update(key).digest('hex').slice(0, 10)}`, references: 0 };
      if (names.has(definition.name)) throw new Error(`two subschemas hash to the definition name ${definition.name}`);
      names.add(definition.name);
      definitions.set(key, definition);
      definition.schema = mapSubschemas(node, share);
    }
    definition.references++;
    return { $ref: `#/$defs/${definition.name}` };
  };
  const shared = mapSubschemas(schema, share);

  // a subschema repeated only inside one that is shared ends up with one reference: it goes back in place
  const byName = new Map([...definitions.values()].map((definition) => [definition.name, definition]));
  const inlined = (node: JsonNode): JsonNode => {
    const target = typeof node.$ref === 'string' ? byName.get(node.$ref.slice('#/$defs/'.length)) : undefined;
    if (target && target.references === 1) return inlined(target.schema!);
    return mapSubschemas(node, inlined);
  };
  const kept = [...definitions.values()].filter((definition) => definition.references > 1);
  if (kept.length === 0) return schema;
  return { ...mapSubschemas(shared, inlined), $defs: Object.fromEntries(kept.map((definition) => [definition.name, mapSubschemas(definition.schema!, inlined)])) };
}
