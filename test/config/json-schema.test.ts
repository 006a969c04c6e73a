import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { clusterJsonSchema, environmentJsonSchema, extendingEnvironmentJsonSchema } from '../../config/json-schema';

const ROOT = join(__dirname, '..', '..');

type Node = Record<string, unknown>;
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every subschema of a JSON Schema, with its path in the document. */
function* walk(node: unknown, path: string): Generator<{ node: Node; path: string }> {
  if (Array.isArray(node)) {
    for (const [i, item] of node.entries()) yield* walk(item, `${path}/${i}`);
    return;
  }
  if (!isNode(node)) return;
  yield { node, path };
  for (const [key, value] of Object.entries(node)) if (key !== 'default' && key !== 'const' && key !== 'enum' && key !== 'examples') yield* walk(value, `${path}/${key}`);
}

/** What an editor shows on hover and completion for a property: its description, or its first variant's. */
const described = (schema: Node) => typeof schema.description === 'string' && schema.description.length > 0;

describe.each([
  ['environments/environment.schema.json', environmentJsonSchema],
  ['environments/environment.extends.schema.json', extendingEnvironmentJsonSchema],
  ['clusters/cluster.schema.json', clusterJsonSchema],
])('%s, as the editor (yaml-language-server) reads it', (_file, schemaOf) => {
  const schema = schemaOf();

  it('describes every property, so completion and hover say what it is', () => {
    const missing = [...walk(schema, '#')].flatMap(({ node, path }) =>
      isNode(node.properties) ? Object.entries(node.properties).filter(([, property]) => isNode(property) && !described(property)).map(([name]) => `${path}/properties/${name}`) : [],
    );
    expect(missing).toEqual([]);
  });

  it('gives every pattern a message in words (patternErrorMessage), never the raw regex', () => {
    const bare = [...walk(schema, '#')].filter(({ node }) => typeof node.pattern === 'string' && !(typeof node.patternErrorMessage === 'string' && node.patternErrorMessage.startsWith('expected'))).map(({ path }) => path);
    expect(bare).toEqual([]);
  });

  it('has patterns at all, so the checks above cannot pass on an empty schema', () => {
    expect([...walk(schema, '#')].filter(({ node }) => typeof node.pattern === 'string').length).toBeGreaterThan(0);
  });
});

describe('the shipped environment files, as the schema their first line names reads them', () => {
  // a JSON Schema 2020-12 validator standing in for the editor's; unknown keywords (patternErrorMessage) are the editor's
  const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));
  const validatorOf = (schemaFile: string) => ajv.getSchema(schemaFile) ?? (ajv.addSchema(JSON.parse(readFileSync(join(ROOT, 'environments', schemaFile), 'utf8')), schemaFile), ajv.getSchema(schemaFile)!);
  const files = readdirSync(join(ROOT, 'environments')).filter((f) => f.endsWith('.yaml'));
  const schemaNamed = (text: string) => text.match(/^# yaml-language-server: \$schema=\.\/(\S+)$/m)?.[1];

  it.each(files)('%s is valid for the editor', (file) => {
    const text = readFileSync(join(ROOT, 'environments', file), 'utf8');
    const data = parse(text);
    expect(schemaNamed(text)).toBe(data.extends === undefined ? 'environment.schema.json' : 'environment.extends.schema.json');
    const validate = validatorOf(schemaNamed(text)!);
    expect(validate(data) ? [] : validate.errors).toEqual([]);
  });

  it('checks a file that extends another as strictly as a whole one, minus what it inherits', () => {
    const validate = validatorOf('environment.extends.schema.json');
    expect(validate({ extends: 'prod', domain: 'eu.example.com', data: { postgres: { instances: 3, restoreDrill: null } } })).toBe(true);
    expect(validate({ extends: 'prod', replicaz: 3 })).toBe(false);
    expect(validate({ extends: 'prod', api: { replicas: 'two' } })).toBe(false);
    expect(validate({ extends: 'prod', images: { api: { tag: 'latest!' } } })).toBe(false);
    expect(validate({ domain: 'eu.example.com' })).toBe(false);
  });
});
