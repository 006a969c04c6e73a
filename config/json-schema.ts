import { z } from 'zod';
import { environmentSchema } from './schema';

/** The environment schema as JSON Schema, for editors (yaml-language-server) to complete and check files. */
export function environmentJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(environmentSchema, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://datalens.in/schemas/datalens-k8s/environment.schema.json',
    title: 'DataLens environment',
    description: 'One environment of the DataLens Kubernetes deployment (environments/<name>.yaml).',
  };
}
