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
