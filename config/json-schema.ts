import { z } from 'zod';
import { clusterSchema, environmentSchema } from './schema';

const jsonSchemaOf = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });

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
