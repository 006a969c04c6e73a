import fc from 'fast-check';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isCollection, isMap, isNode, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import { synthCommand, UNCHANGED } from '../synth/command';
import { textsOf, YAML_SERIALISER } from '../synth/output';
import { distFiles, layoutOf, renderAll } from '../synth/synthesize';
import { YamlCacheFolder } from '../synth/yaml-cache';
import { schemaProblem } from './support/kube-schemas';

/*
 * The contract of `npm run synth`, checked on the committed environment files mutated at random
 * (values, keys, text, the file itself): every run either exits 0 with dist/ and helm/ holding
 * exactly its output, every object valid by its official schema; or exits 1 with a few lines,
 * one per problem, no stack trace, and dist/ and helm/ as they were. Never another exit code,
 * never longer than a bound. DATALENS_SOAK=<runs> runs longer (npm run soak).
 */

const RUNS = Number(process.env.DATALENS_SOAK ?? 25);
/**
 * What would be a hang: a synth of a changed environment derives its Helm templates again, in a fresh process
 * (half a minute, over two on a 2-core machine busy with other suites: 139 s seen); how fast it is, is the
 * bench's business, never a test's.
 */
const TIME_BOUND_MS = 300_000;
const repository = join(__dirname, '..');
const BASES = ['dev', 'staging', 'prod'] as const;

/** A project per committed environment, holding it alone (one environment renders fastest) and every cluster file. */
const projects = Object.fromEntries(
  BASES.map((name) => {
    const root = mkdtempSync(join(tmpdir(), `datalens-fuzz-${name}-`));
    cpSync(join(repository, 'clusters'), join(root, 'clusters'), { recursive: true });
    mkdirSync(join(root, 'environments'));
    return [name, root];
  }),
);
const original = (name: string) => readFileSync(join(repository, 'environments', `${name}.yaml`), 'utf8');

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string, prefix: string) => {
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.isDirectory()) walk(join(d, entry.name), `${prefix}${entry.name}/`);
      else out[`${prefix}${entry.name}`] = readFileSync(join(d, entry.name), 'utf8');
    }
  };
  walk(dir, '');
  return out;
}

/* ---- mutations ---- */

const oddValues = fc.oneof(
  fc.constantFrom<unknown>('', '0', '500m', '0.5', '1e309', '.nan', 'latest', 'a b', '-1', '999.1.1.1/8', 'ghcr.io/x:latest', '0 2 * * *', 'Ünïcødé', '~', 'kube-system', 'default', 'https://x', 'x'.repeat(300), '1Gi', '100Gi', '64Ki', '0Mi', 'gp 3', null, true, [], {}),
  fc.integer({ min: -3, max: 70000 }),
  fc.double({ noDefaultInfinity: false }),
  fc.string({ maxLength: 12 }),
  fc.array(fc.string({ maxLength: 6 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(fc.string({ maxLength: 8 }), fc.integer()), { maxKeys: 3 }),
);

type Mutation =
  | { kind: 'set'; pick: number; value: unknown }
  | { kind: 'copy'; pick: number; from: number }
  | { kind: 'delete'; pick: number }
  | { kind: 'add'; pick: number; key: string; value: unknown }
  | { kind: 'nudge'; pick: number; by: number }
  | { kind: 'text'; at: number; insert: string; remove: number }
  | { kind: 'truncate'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('set' as const), pick: fc.nat(), value: oddValues }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('copy' as const), pick: fc.nat(), from: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('add' as const), pick: fc.nat(), key: fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom('aws', 'mode', 'replicas', 'storageClass')), value: oddValues }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('nudge' as const), pick: fc.nat(), by: fc.integer({ min: -3, max: 3 }) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('text' as const),
      at: fc.nat(),
      insert: fc.oneof(fc.constantFrom(':', '"', "'", '\t', '\n', '[', '{', '&a ', '*a', '#', ' ', '- ', '\0', '\uFFFD', '|', '? ', '<<: ', '!!binary '), fc.string({ maxLength: 4 })),
      remove: fc.nat({ max: 8 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }) },
);

/** Paths of every node of the document: mapping keys and sequence indexes. */
function pathsOf(doc: Document): (string | number)[][] {
  const out: (string | number)[][] = [];
  const walk = (node: unknown, prefix: (string | number)[]) => {
    if (isMap(node))
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? pair.key.value : undefined;
        if (typeof key !== 'string' && typeof key !== 'number') continue;
        out.push([...prefix, key]);
        walk(pair.value, [...prefix, key]);
      }
    else if (isSeq(node))
      node.items.forEach((item, i) => {
        out.push([...prefix, i]);
        walk(item, [...prefix, i]);
      });
  };
  walk(doc.contents, []);
  return out;
}

function mutate(text: string, mutations: readonly Mutation[]): string {
  for (const m of mutations) {
    if (m.kind === 'text') {
      const at = m.at % (text.length + 1);
      text = text.slice(0, at) + m.insert + text.slice(at + m.remove);
      continue;
    }
    if (m.kind === 'truncate') {
      text = text.slice(0, m.at % (text.length + 1));
      continue;
    }
    const doc = parseDocument(text, { uniqueKeys: false });
    if (doc.errors.length > 0) continue;
    try {
      applyTo(doc, m);
    } catch {
      continue; // a mutation that does not fit the document (a path through a scalar)
    }
    text = doc.toString();
  }
  return text;
}

function applyTo(doc: Document, m: Exclude<Mutation, { kind: 'text' | 'truncate' }>): void {
  {
    const paths = pathsOf(doc);
    if (paths.length === 0) return;
    const path = paths[m.pick % paths.length];
    if (m.kind === 'set') doc.setIn(path, m.value);
    if (m.kind === 'copy') {
      // a copy, never the node itself: a node inside itself would be a cycle
      const source = doc.getIn(paths[m.from % paths.length], true);
      doc.setIn(path, isNode(source) ? source.toJSON() : (source ?? null));
    }
    if (m.kind === 'delete') doc.deleteIn(path);
    if (m.kind === 'add') {
      const parent = path.slice(0, -1);
      if (parent.length === 0) doc.set(m.key, m.value);
      else if (isCollection(doc.getIn(parent, true))) doc.setIn([...parent, m.key], m.value);
    }
    if (m.kind === 'nudge') {
      const value = doc.getIn(path);
      if (typeof value === 'number') doc.setIn(path, value + m.by);
      else if (typeof value === 'string' && /^[0-9]+/.test(value)) doc.setIn(path, value.replace(/^[0-9]+/, (n) => String(Math.max(0, Number(n) + m.by))));
    }
  }
}

/**
 * How the file is put in the project: as text, as the parent of an environment that extends it, or
 * as something that is not one readable .yaml file.
 */
const placement = fc.oneof(
  { weight: 10, arbitrary: fc.constant('file' as const) },
  { weight: 3, arbitrary: fc.constant('extended' as const) },
  { weight: 1, arbitrary: fc.constantFrom('yml' as const, 'long-name' as const, 'symlink-outside' as const, 'folder' as const, 'binary' as const, 'second-copy' as const) },
);

/* ---- the contract ---- */

interface Outcome {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

function run(root: string): Outcome {
  let stdout = '';
  let stderr = '';
  const started = Date.now();
  const code = synthCommand(root, [], { streams: { out: (t) => (stdout += t), err: (t) => (stderr += t) }, lockTimeoutMs: 1000 });
  return { code, stdout, stderr, ms: Date.now() - started };
}

function checkContract(root: string, before: { dist: Record<string, string>; helm: Record<string, string> }, outcome: Outcome): void {
  const context = `exit ${outcome.code}\n--- stdout\n${outcome.stdout}--- stderr\n${outcome.stderr}`;
  if (outcome.ms > TIME_BOUND_MS) throw new Error(`took ${outcome.ms} ms\n${context}`);
  if (/^\s+at /m.test(outcome.stderr) || /internal error/.test(outcome.stderr)) throw new Error(`a stack trace or an internal error\n${context}`);
  const after = { dist: snapshot(join(root, 'dist')), helm: snapshot(join(root, 'helm')) };
  const leftovers = readdirSync(root).filter((f) => !['.build', 'clusters', 'dist', 'docs', 'environments', 'helm'].includes(f));
  if (leftovers.length > 0) throw new Error(`left ${leftovers.join(', ')}\n${context}`);
  if (outcome.code === 1) {
    const lines = outcome.stderr.trimEnd().split('\n');
    const problems = lines.slice(1, -1);
    const shape =
      ['invalid environment configuration:', 'synthesised objects failed their checks:'].includes(lines[0]) &&
      lines[lines.length - 1] === UNCHANGED &&
      problems.length > 0 &&
      problems.length <= 25 &&
      problems.every((p) => /^ {2}\S/.test(p) && p.length < 600);
    if (!shape) throw new Error(`not one line per problem\n${context}`);
    if (JSON.stringify(after) !== JSON.stringify(before)) throw new Error(`dist/ or helm/ changed\n${context}`);
    return;
  }
  if (outcome.code !== 0 || outcome.stderr !== '') throw new Error(`neither success nor refusal\n${context}`);
  // exactly this run's output (its environments serialised again, its bootstraps through the run's own cache: byte for byte), every object valid by its official schema
  const rendered = renderAll(layoutOf(root));
  const expected = Object.fromEntries(textsOf(distFiles(rendered, new YamlCacheFolder(join(root, '.build', 'yaml'), YAML_SERIALISER).shared())));
  const sorted = (files: Record<string, string>) => JSON.stringify(Object.entries(files).sort(([a], [b]) => a.localeCompare(b)));
  if (sorted(after.dist) !== sorted(expected)) throw new Error(`dist/ is not this run's output\n${context}`);
  for (const environment of rendered.map((r) => r.environment.name))
    if (!after.helm[`values-${environment}.yaml`]?.includes(`\nenvironment: ${environment}\n`)) throw new Error(`helm/ lacks the values of ${environment}\n${context}`);
  const invalid = rendered.flatMap((r) => r.files.flatMap((f) => f.manifests)).map(schemaProblem).filter(Boolean);
  if (invalid.length > 0) throw new Error(`objects the cluster would refuse: ${invalid.slice(0, 3).join('; ')}\n${context}`);
}

describe('npm run synth on mutated environment files', () => {
  beforeAll(() => {
    for (const name of BASES) {
      writeFileSync(join(projects[name], 'environments', `${name}.yaml`), original(name));
      expect(run(projects[name]).code).toBe(0);
    }
  });

  it('exits 0 with exactly its output, or 1 with one line per problem and the output untouched', () => {
    let succeeded = 0;
    fc.assert(
      fc.property(fc.constantFrom(...BASES), fc.array(mutation, { minLength: 1, maxLength: 3 }), placement, (name, mutations, place) => {
        const root = projects[name];
        const environments = join(root, 'environments');
        rmSync(environments, { recursive: true, force: true });
        mkdirSync(environments);
        const text = mutate(original(name), mutations);
        const file = join(environments, `${name}.yaml`);
        if (place === 'file' || place === 'second-copy' || place === 'extended') writeFileSync(file, text);
        if (place === 'extended') writeFileSync(join(environments, `${name}-child.yaml`), `extends: ${name}\nnamespace: datalens-fuzz-child\ndomain: child.example.com\n`);
        if (place === 'second-copy') writeFileSync(join(environments, `${name}-copy.yaml`), text);
        if (place === 'yml') writeFileSync(join(environments, `${name}.yml`), text);
        if (place === 'long-name') writeFileSync(join(environments, `${name}-${'x'.repeat(30)}.yaml`), text);
        if (place === 'symlink-outside') symlinkSync('/etc/hostname', file);
        if (place === 'folder') mkdirSync(file);
        if (place === 'binary') writeFileSync(file, Buffer.from(text.split('').map((c, i) => (c.charCodeAt(0) * (i + 7)) % 256)));
        const before = { dist: snapshot(join(root, 'dist')), helm: snapshot(join(root, 'helm')) };
        const outcome = run(root);
        checkContract(root, before, outcome);
        if (outcome.code === 0) succeeded++;
      }),
      {
        numRuns: RUNS,
        seed: process.env.DATALENS_FUZZ_SEED ? Number(process.env.DATALENS_FUZZ_SEED) : undefined,
        // the files as committed come first, alone and extended: the success side of the contract is always exercised
        examples: BASES.flatMap((name) => (['file', 'extended'] as const).map((place) => [name, [], place] as [typeof name, Mutation[], typeof place])),
      },
    );
    if (process.env.DATALENS_SOAK) console.log(`${RUNS} runs, ${succeeded} synthesised, ${RUNS - succeeded} refused`);
    // mutations that keep a file valid happen too, so the success side of the contract is exercised
    expect(succeeded).toBeGreaterThan(0);
  });
});
