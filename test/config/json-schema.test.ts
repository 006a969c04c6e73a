import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import fc from 'fast-check';
import { clusterJsonSchema, environmentJsonSchema, extendingEnvironmentJsonSchema, withSharedDefinitions } from '../../config/json-schema';
import { helmValuesJsonSchema } from '../../synth/helm-values';

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

describe('withSharedDefinitions: each repeated subschema written once', () => {
  const big = (name: string) => ({ type: 'object', description: `${name} ${'x'.repeat(300)}`, properties: { size: { type: 'integer', minimum: 1 } }, additionalProperties: false });

  it('refers to a repeated subschema wherever it stood, its keys in any order, and leaves values alone', () => {
    const repeated = big('pod');
    const reordered = Object.fromEntries(Object.entries(repeated).reverse());
    const schema = {
      type: 'object',
      properties: { a: repeated, b: { anyOf: [reordered, { type: 'null' }] }, c: { type: 'array', items: repeated }, d: { default: repeated, enum: [repeated] } },
    };
    const shared = withSharedDefinitions(schema);
    const definitions = Object.keys(shared.$defs as object);
    expect(definitions).toHaveLength(1);
    const ref = { $ref: `#/$defs/${definitions[0]}` };
    expect(shared.properties).toEqual({ a: ref, b: { anyOf: [ref, { type: 'null' }] }, c: { type: 'array', items: ref }, d: schema.properties.d });
    expect((shared.$defs as Node)[definitions[0]]).toEqual(repeated);
  });

  it('puts a subschema repeated only inside a shared one back in place, and leaves small or single ones inline', () => {
    const inner = big('inner');
    const outer = { type: 'object', properties: { one: inner, small: { type: 'string' } } };
    const schema = { type: 'object', properties: { x: outer, y: outer, z: big('alone'), s1: { type: 'string' }, s2: { type: 'string' } } };
    const shared = withSharedDefinitions(schema);
    const [name, definition] = Object.entries(shared.$defs as Node)[0];
    expect(Object.keys(shared.$defs as Node)).toEqual([name]);
    expect(definition).toEqual(outer);
    expect(shared.properties).toEqual({ ...schema.properties, x: { $ref: `#/$defs/${name}` }, y: { $ref: `#/$defs/${name}` } });
  });

  it('returns a schema without repetition as it is, and refuses one with references of its own', () => {
    const schema = { type: 'object', properties: { a: big('a'), b: big('b') } };
    expect(withSharedDefinitions(schema)).toBe(schema);
    expect(() => withSharedDefinitions({ properties: { a: { $ref: '#' } } })).toThrow('without $ref or $defs');
    // a value that merely says "$ref" is no reference
    const quoting = { type: 'object', properties: { a: { type: 'object', default: { $ref: '#' }, description: 'write "$ref": to refer' } } };
    expect(withSharedDefinitions(quoting)).toBe(quoting);
  });
});

describe('helm/values.schema.json, as Helm and an editor read it', () => {
  const onDisk = JSON.parse(readFileSync(join(ROOT, 'helm', 'values.schema.json'), 'utf8')) as Node;
  const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));
  const validateOnDisk = ajv.compile(onDisk);
  const validateInline = ajv.compile({ ...helmValuesJsonSchema(), $id: 'inline' });
  const valuesFiles = readdirSync(join(ROOT, 'helm')).filter((f) => /^values-.+\.yaml$/.test(f));
  const environments = valuesFiles.map((file) => parse(readFileSync(join(ROOT, 'helm', file), 'utf8')) as Node);
  /** What a validator finds wrong, by where in the values and why: the same for both, though their schema paths differ. */
  const verdict = (validate: typeof validateOnDisk, values: unknown) =>
    validate(values) ? [] : [...new Set(validate.errors!.map((e) => `${e.instancePath} ${e.keyword} ${JSON.stringify(e.params)} ${e.message}`))].sort();

  it('is the values schema with its repeated parts shared: every reference resolves, and each definition is used twice or more', () => {
    const text = JSON.stringify(onDisk);
    const references = [...text.matchAll(/"\$ref":"#\/\$defs\/([^"]+)"/g)].map((m) => m[1]);
    const definitions = Object.keys(onDisk.$defs as Node);
    expect(definitions.length).toBeGreaterThan(0);
    expect([...new Set(references)].sort()).toEqual([...definitions].sort());
    for (const name of definitions) expect(references.filter((r) => r === name).length).toBeGreaterThanOrEqual(2);
    expect(text.length).toBeLessThan(JSON.stringify(helmValuesJsonSchema()).length / 2);
  });

  it.each(valuesFiles.map((file, i) => [file, environments[i]] as const))('accepts %s', (_file, values) => {
    expect(verdict(validateOnDisk, values)).toEqual([]);
  });

  it('judges changed values exactly as the inline schema does', () => {
    type Path = (string | number)[];
    const paths = (node: unknown, path: Path = []): Path[] =>
      Array.isArray(node) ? [path, ...node.flatMap((v, i) => paths(v, [...path, i]))] : isNode(node) ? [path, ...Object.entries(node).flatMap(([k, v]) => paths(v, [...path, k]))] : [path];
    const changed = (values: Node, path: Path, change: { value?: unknown; remove?: boolean }) => {
      const copy = structuredClone(values);
      if (path.length === 0) return change.value;
      let node: any = copy;
      for (const key of path.slice(0, -1)) node = node[key];
      const last = path[path.length - 1];
      if (change.remove) {
        if (Array.isArray(node)) node.splice(last as number, 1);
        else delete node[last];
      } else node[last] = change.value;
      return copy;
    };
    // values from another environment's file at the same place cross the schema's variants (a mode and its fields)
    const elsewhere = (path: Path) => environments.map((env) => path.reduce<any>((node, key) => (node === undefined || node === null ? undefined : node[key]), env)).filter((v) => v !== undefined);
    // every place the schema describes, set or not in the files (the files leave pods, autoscaling and more empty)
    const inline = helmValuesJsonSchema();
    const branches = (node: Node): Node[] => [node, ...((node.oneOf ?? node.anyOf ?? []) as Node[]).flatMap(branches)];
    const described: { path: Path; node: Node }[] = [];
    const survey = (node: Node, path: Path) => {
      if (path.length > 7) return;
      described.push({ path, node });
      for (const branch of branches(node)) {
        for (const [key, property] of Object.entries((branch.properties ?? {}) as Record<string, Node>)) survey(property, [...path, key]);
        if (isNode(branch.additionalProperties)) survey(branch.additionalProperties, [...path, 'extra-key']);
        if (isNode(branch.items)) survey(branch.items, [...path, 0]);
      }
    };
    survey(inline, []);
    /** A value shaped by a schema node, with a random part wrong: a missing or unknown key, a type or pattern missed. */
    const shaped = (node: Node, pick: () => number, depth = 0): unknown => {
      const branch = branches(node)[pick() % branches(node).length];
      if (branch.const !== undefined) return branch.const;
      if (Array.isArray(branch.enum)) return branch.enum[pick() % branch.enum.length];
      const types = [branch.type].flat().filter(Boolean) as string[];
      const type = types[pick() % Math.max(types.length, 1)] ?? (branch.properties ? 'object' : 'string');
      const strange = pick() % 8 === 0;
      if (type === 'object' && depth < 5) {
        const out: Node = {};
        for (const [key, property] of Object.entries((branch.properties ?? {}) as Record<string, Node>)) if (pick() % 4 !== 0) out[key] = shaped(property, pick, depth + 1);
        if (isNode(branch.additionalProperties)) out[pick() % 2 ? 'app.kubernetes.io/x' : 'Bad Key'] = shaped(branch.additionalProperties, pick, depth + 1);
        if (strange) out.unknownKey = 1;
        return out;
      }
      if (type === 'array' && depth < 5) return Array.from({ length: pick() % 3 }, () => (isNode(branch.items) ? shaped(branch.items, pick, depth + 1) : 'x'));
      if (type === 'integer' || type === 'number') return strange ? 'two' : [0, 1, 3, 70000][pick() % 4];
      if (type === 'boolean') return strange ? 'yes' : pick() % 2 === 0;
      if (type === 'null') return null;
      return strange ? 42 : ['x', 'Bad Value!', 'datalens-api', '100m', '1Gi', 'NoSchedule', 'Equal', ''][pick() % 8];
    };
    let rejected = 0;
    const judgedAlike = (values: unknown) => {
      const inlineVerdict = verdict(validateInline, values);
      if (inlineVerdict.length > 0) rejected++;
      expect(verdict(validateOnDisk, values)).toEqual(inlineVerdict);
    };
    fc.assert(
      fc.property(
        fc.nat({ max: environments.length - 1 }),
        fc.nat(),
        fc.oneof(
          fc.record({ remove: fc.constant(true) }),
          fc.record({ value: fc.jsonValue({ maxDepth: 2 }) }),
          fc.record({ fromElsewhere: fc.nat() }),
          fc.record({ shaped: fc.array(fc.nat(), { minLength: 64, maxLength: 64 }) }),
        ),
        (which, at, change) => {
          const values = environments[which];
          if ('shaped' in change) {
            // a place the schema describes, given a value of roughly its shape, its parents made where missing
            let i = 0;
            const pick = () => change.shaped[i++ % change.shaped.length];
            const { path, node } = described[at % described.length];
            const copy = structuredClone(values) as any;
            let parent = copy;
            for (const [depth, key] of path.slice(0, -1).entries()) {
              if (typeof parent[key] !== 'object' || parent[key] === null) parent[key] = typeof path[depth + 1] === 'number' ? [] : {};
              parent = parent[key];
            }
            if (path.length > 0) parent[path[path.length - 1]] = shaped(node, pick);
            judgedAlike(copy);
            return;
          }
          const all = paths(values);
          const path = all[at % all.length];
          const other = 'fromElsewhere' in change ? elsewhere(path) : [];
          const values2 = changed(values, path, 'fromElsewhere' in change ? { value: other[change.fromElsewhere % other.length] } : change);
          judgedAlike(values2);
        },
      ),
      { numRuns: 1200, seed: 20261128 },
    );
    // the property compared verdicts that reject, not only ones that accept
    expect(rejected).toBeGreaterThan(100);
  });
});
