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

/** The cluster schema as JSON Schema (clusters/<name>.yaml). */
export function clusterJsonSchema(): Record<string, unknown> {
  return {
    ...jsonSchemaOf(clusterSchema),
    $id: 'https://datalens.in/schemas/datalens-k8s/cluster.schema.json',
    title: 'DataLens cluster',
    description: 'A Kubernetes cluster DataLens environments run on (clusters/<name>.yaml).',
  };
}
