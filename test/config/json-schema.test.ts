import { clusterJsonSchema, environmentJsonSchema } from '../../config/json-schema';

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
