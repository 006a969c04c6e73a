import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { hostsOf } from '../config/hosts';
import { KUSTOMIZATION_FILE } from '../charts/dist-layout';
import { HELM_HOOK_ANNOTATION, HELM_RESOURCE_POLICY_ANNOTATION } from '../foundation/helm-annotations';
import { RUNTIME, serialiseYaml, textOf, yamlMemo, type OutputFiles, type OutputFolder, type YamlSource } from './output';
import type { WrittenEnvironment } from './render';
import type { Manifest } from './manifest';
import type { Codec, DerivationStore } from '../foundation/derivation-store';
import { withSharedDefinitions } from '../config/json-schema';
import type { Environment } from '../config/schema';
import {
  EntangledKnobs,
  evaluateDocument,
  layoutChecks,
  meetsCheck,
  segmentsOf,
  sentinelEnvironmentOf,
  sentinelSlots,
  templateSetOf,
  YAML_INDICATORS,
  YAML_NON_STRINGS,
  yamlScalar,
  type Check,
  type Expr,
  type Knob,
  type Piece,
  type Segment,
  type SentinelEnvironment,
  type TemplateSet,
} from './helm-template';
import { helmValuesJsonSchema, helmValuesOf, pathKey, PULL_SECRETS_KEY, valuesLayout, type Leaf, type ValuesLayout, type ValuesPath } from './helm-values';
import { compareText } from '../foundation/compare-text';

/*
 * The Helm chart in helm/: the objects of dist/ as templates that read the environment's values.
 * Environments whose objects differ only by their knobs share one template set; a template set is
 * chosen by the values themselves (its fixed fields: modes, tier, list lengths), so the chart grows
 * with the number of distinct sets, not of environments. values-<env>.yaml holds each
 * environment's values; values.schema.json is the environment schema. Generated on every synth.
 */

export interface ChartVersions {
  /** Chart version (the project's package.json version). */
  readonly version: string;
  /** Version of DataLens the chart deploys. */
  readonly appVersion: string;
}

/** Helm would read `{{` and `}}` inside object values (External Secrets templates) as its own actions. */
export function escapeForHelm(text: string): string {
  return text.replace(/\{\{|\}\}/g, (braces) => `{{ "${braces}" }}`);
}

/** One environment in the chart: its values and the template set that renders its objects. */
export interface ChartEnvironment {
  readonly name: string;
  readonly values: Record<string, unknown>;
  readonly set: TemplateSet;
  /** Knobs of its type that this environment's objects fix (the constructs parse or branch on them). */
  readonly fixed: readonly ValuesPath[];
  readonly leaves: readonly Leaf[];
  /** Optional fields it leaves out that may be set. */
  readonly optional: readonly ValuesPath[];
}

export interface HelmChart {
  readonly files: OutputFiles;
  readonly environments: readonly ChartEnvironment[];
  /** Template sets, each with the environments it renders. */
  readonly sets: readonly { id: string; set: TemplateSet; environments: string[] }[];
}

/** What earlier runs did that the chart can reuse; the chart is the same without. */
export interface ChartCaches {
  /** YAML of objects, and whole charts by their inputs. @default - serialise and derive everything */
  readonly yaml?: YamlSource;
  /** Template sets of earlier derivations. @default - derive each */
  readonly store?: DerivationStore;
}

/**
 * The chart's files, from the environments as the synth writes them (each template set must
 * reproduce an environment's files in dist/ byte for byte with the environment's values).
 */
export function helmFiles(rendered: readonly WrittenEnvironment[], versions: ChartVersions, caches: ChartCaches = {}): OutputFiles {
  const { yaml: cache, store } = caches;
  const program = cache && programIdentity();
  if (!cache || !program) return helmChart(rendered, versions, cache, { store }).files;
  // the chart is a function of the program, the runtime, the objects of dist/ and the values: the same inputs reuse the last chart
  const inputs = {
    helmChart: program,
    runtime: RUNTIME,
    versions,
    dist: rendered.map((r) => [r.environment.name, r.digest]),
    values: rendered.map((r) => helmValuesOf(r.environment)),
  };
  return new Map(JSON.parse(cache.get(inputs, () => JSON.stringify([...helmChart(rendered, versions, cache, { store }).files]))));
}

/** The synth as bundled by scripts/run.mjs (one file holding the whole program), by its content; none when run from sources. */
function programIdentity(): string | undefined {
  if (!__filename.endsWith('.cjs')) return undefined;
  try {
    return createHash('sha256').update(readFileSync(__filename)).digest('hex');
  } catch {
    return undefined;
  }
}

/**
 * Charts this process derived, by their whole input: a process that synthesises the same
 * environments again (a test suite, a watch loop) derives each chart once. The derivation renders
 * every environment tens of times, and its result depends on nothing else.
 */
const derived = new Map<string, HelmChart>();
const DERIVED_KEPT = 4;

export interface DerivationOptions {
  /** Knobs to try fixing first, as paths with `*` for list indices (a hint: the chart is the same with any). @default COMPUTED_KNOBS */
  readonly hints?: readonly string[];
  /** Template sets of earlier runs (the chart is the same with them). @default - render and template each */
  readonly store?: DerivationStore;
}

export function helmChart(rendered: readonly WrittenEnvironment[], versions: ChartVersions, cache?: YamlSource, options: DerivationOptions = {}): HelmChart {
  const hints = options.hints ?? COMPUTED_KNOBS;
  const key = createHash('sha256')
    .update(JSON.stringify({ versions, hints, environments: rendered.map((r) => r.environment), dist: rendered.map((r) => r.digest) }))
    .digest('hex');
  const known = derived.get(key);
  if (known) return known;
  const chart = deriveChart(rendered, versions, hints, cache, options.store);
  if (derived.size >= DERIVED_KEPT) derived.delete(derived.keys().next().value!);
  derived.set(key, chart);
  return chart;
}

function deriveChart(rendered: readonly WrittenEnvironment[], versions: ChartVersions, hints: readonly string[], cache?: YamlSource, store?: DerivationStore): HelmChart {
  // a function of the program alone (its zod schemas), which keys the store
  const schema = store ? store.get({ helmValuesJsonSchema: 'values.schema.json' }, helmValuesJsonSchema, JSON_OBJECT_CODEC) : helmValuesJsonSchema();
  const yaml = cache ?? yamlMemo();
  const environments = assignTemplateSets(rendered, schema, hints, yaml, store);
  const sets = new Map<TemplateSet, { id: string; set: TemplateSet; environments: string[] }>();
  for (const environment of environments) {
    const entry = sets.get(environment.set) ?? { id: setId(environment.set), set: environment.set, environments: [] };
    entry.environments.push(environment.name);
    sets.set(environment.set, entry);
  }
  const files = new Map<string, string>();
  files.set('Chart.yaml', chartYaml(versions));
  files.set('.helmignore', HELMIGNORE);
  files.set('values.yaml', VALUES_YAML);
  const schemaFile = () => `${JSON.stringify(withSharedDefinitions(schema), null, 2)}\n`;
  files.set('values.schema.json', store ? store.get({ helmValuesSchemaFile: 'values.schema.json' }, schemaFile, TEXT_CODEC) : schemaFile());
  for (const [i, environment] of environments.entries()) files.set(`values-${environment.name}.yaml`, valuesFile(environment, rendered[i].environment.config.namespace, yaml));
  for (const [path, text] of templateFiles([...sets.values()])) files.set(path, text);
  files.set('README.md', chartReadme(environments, [...sets.values()], schema));
  return { files, environments, sets: [...sets.values()] };
}

// ---- template sets per environment ----

/**
 * Knobs the constructs compute with instead of copying, so that a template set has to fix them in
 * most environments: a stream's replicas (bounded by the servers) and message size (in bytes), the
 * namespace's container memory ceiling (in bytes, compared with every limit), the backup's server
 * name (a path in the archive the recovery reads too), the restore drill's age and timeout (in
 * seconds, and in a runbook's sentence), the evidence bucket (in the object store's policies), the
 * mirror's address range (private ranges excepted from 0.0.0.0/0) and age, and the class of a
 * created Gateway (which decides whether one is created). The derivation tries these first and then
 * drops each one an environment does not need, instead of halving its way to them among all knobs:
 * a hint that saves renders, never a rule. A knob missing here is still found by the search and one
 * that is not needed is dropped, so the chart is the same either way. List indices are `*`.
 */
export const COMPUTED_KNOBS: readonly string[] = [
  ['data', 'nats', 'streams', '*', 'replicas'],
  ['data', 'nats', 'streams', '*', 'maxMsgSize'],
  ['guardrails', 'containerMaxMemory'],
  ['data', 'postgres', 'backup', 'serverName'],
  ['data', 'postgres', 'restoreDrill', 'maxAgeDays'],
  ['data', 'postgres', 'restoreDrill', 'timeoutMinutes'],
  ['data', 'objectStore', 'bucket'],
  ['data', 'objectStore', 'mirror', 'cidr'],
  ['data', 'objectStore', 'mirror', 'maxAgeHours'],
  ['edge', 'gateway', 'className'],
].map((path) => JSON.stringify(path));

/** A knob's path with its list indices as `*`: what the same field of every list item shares. */
const patternOf = (key: string): string => JSON.stringify((JSON.parse(key) as ValuesPath).map((k) => (typeof k === 'number' ? '*' : k)));

/** What the last derivation in this process cost: template sets asked for (each a sentinel rendering unless a store has it), and the environments the hints did not settle. */
export const derivationStats = { renders: 0, searched: [] as string[] };

/** A template set shared by the environments of one layout, made the first time one reads it. */
interface SharedSet {
  /** What the set is made of (its sentinel environment, as the store keys it), hashed: equal for equal sets. */
  readonly origin: () => string;
  readonly set: () => TemplateSet | EntangledKnobs;
}

/** What settling one environment took: the knobs fixed, the layouts tried first, what the search found. */
interface Settlement {
  /** The knobs the environment's template set fixes. */
  readonly fixed: readonly string[];
  /** The sets the attempts added to the shared ones (by the knobs they fixed, and the sets' origins), in order. */
  readonly made: readonly { readonly fixed: readonly string[]; readonly origin: string }[];
  /** Knobs the search found needed, besides those fixed directly (hints for the next environments). */
  readonly found: readonly string[];
  /** Whether the hints did not settle it. */
  readonly searched: boolean;
}

const JSON_OBJECT_CODEC: Codec<Record<string, any>> = {
  encode: (value) => JSON.stringify(value),
  decode: (text) => {
    const value = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not a JSON object');
    return value;
  },
};

const TEXT_CODEC: Codec<string> = { encode: (text) => text, decode: (text) => text };

const SETTLEMENT_CODEC: Codec<Settlement> = {
  encode: (settlement) => JSON.stringify(settlement),
  decode: (text) => {
    const { fixed, made, found, searched } = JSON.parse(text);
    const strings = (list: unknown): list is string[] => Array.isArray(list) && list.every((p) => typeof p === 'string');
    const sets = (list: unknown): list is Settlement['made'] => Array.isArray(list) && list.every((m) => strings(m?.fixed) && typeof m.origin === 'string');
    if (!strings(fixed) || !sets(made) || !strings(found) || typeof searched !== 'boolean') throw new Error('not a settlement');
    return { fixed, made, found, searched };
  },
};

function assignTemplateSets(rendered: readonly WrittenEnvironment[], schema: Record<string, any>, computed: readonly string[], cache: YamlSource, store?: DerivationStore): ChartEnvironment[] {
  const bySignature = new Map<string, SharedSet>();
  /** What environments of a layout had to fix, by their layout before: the next one tries that first. */
  const learned = new Map<string, ReadonlySet<string>>();
  /** Knobs tried first: those declared computed, and those earlier environments turned out to need. */
  const hints = new Set(computed);
  /** The shared sets so far (their layouts and origins, in the order they were added), as one hash: what a settlement's key holds of them. */
  let sharedSoFar = '';
  derivationStats.renders = 0;
  derivationStats.searched = [];
  return rendered.map((r) => {
    const name = r.environment.name;
    const values = helmValuesOf(r.environment);
    // what verifying and sentinels need of the environment's files, read only when they are needed
    let real: Map<string, string[]> | undefined;
    const documents = () => (real ??= documentsOf(r.output));
    let manifests: Map<string, readonly Manifest[]> | undefined;
    const realManifests = () => (manifests ??= new Map(r.files.map((f) => [f.file, f.manifests])));
    // numbers the objects hold anyway, and their neighbours, are no sentinels of counts (see countsBehind)
    let avoided: Set<number> | undefined;
    const avoid = () =>
      (avoided ??= new Set(
        [...documents().values()]
          .flat()
          .flatMap((doc) => (doc.match(/(?<![0-9A-Za-z])[0-9]{3,4}(?![0-9A-Za-z])/g) ?? []).map(Number))
          .flatMap((n) => [n - 2, n - 1, n, n + 1, n + 2]),
      ));
    // every attempt gives a knob the sentinel it has with nothing fixed
    const bare = valuesLayout(values, schema);
    const slots = sentinelSlots(bare);
    const made: { fixed: string[]; shared: SharedSet }[] = [];
    let settledNow = false;
    /** The layout with these knobs fixed, and its shared set (added, to be made when read, if no attempt had it). */
    const sharedOf = (fixed: ReadonlySet<string>, origin?: string) => {
      const layout = valuesLayout(values, schema, fixed);
      const signature = JSON.stringify(layoutChecks(layout));
      let shared = bySignature.get(signature);
      if (!shared) {
        shared = sharedSet(r.environment, layout, avoid, slots, cache, store, origin);
        bySignature.set(signature, shared);
        made.push({ fixed: [...fixed], shared });
        if (store) sharedSoFar = contentHash(`${sharedSoFar}\n${contentHash(signature)}\n${shared.origin()}`);
      }
      return { layout, shared };
    };
    /** The template set with these knobs fixed, and whether it renders the environment exactly. */
    const attempt = (fixed: ReadonlySet<string>) => {
      const { layout, shared } = sharedOf(fixed);
      const set = shared.set();
      const knobs = [...layout.leaves.filter((l) => l.kind !== 'fixed').map((l) => pathKey(l.path)), ...layout.optional.map((o) => pathKey(o.path))];
      if (set instanceof EntangledKnobs) return { layout, knobs, direct: set.paths, suspects: set.whole ? knobs : [], unexplained: set.whole };
      // whether a set renders the environment depends on what the set is made of (its origin), the values and the files
      const check = () => verify(set, values, r.environment.config.namespace, documents(), realManifests);
      const result = store ? store.get({ verified: shared.origin(), values, namespace: r.environment.config.namespace, dist: r.digest }, check, VERIFICATION_CODEC) : check();
      // what can change objects in ways no sentinel shows: counts (which objects and fields exist), optional
      // fields set for the sentinels, and knobs found nowhere (the constructs transform them: sizes in bytes)
      const structural = [
        ...layout.leaves.filter((l) => l.kind === 'int').map((l) => pathKey(l.path)),
        ...layout.optional.map((o) => pathKey(o.path)),
        ...set.unused.map(pathKey),
      ].filter((p, i, all) => all.indexOf(p) === i);
      return { layout, knobs, set, direct: result.culprits, suspects: result.unexplained ? structural : [], unexplained: result.unexplained };
    };
    /** Whether an attempt's set renders the environment exactly. */
    const reproduces = (result: ReturnType<typeof attempt>) => result.set !== undefined && result.direct.size === 0 && !result.unexplained;
    /** Fixes what the attempts name directly until the set renders the environment or fails unexplained. */
    const settle = (start: ReadonlySet<string>) => {
      const fixed = new Set(start);
      for (;;) {
        const result = attempt(fixed);
        if (reproduces(result)) return { ...result, fixed, ok: true as const };
        const fresh = [...result.direct].filter((p) => !fixed.has(p));
        if (fresh.length === 0) return { ...result, fixed, ok: false as const };
        for (const p of fresh) fixed.add(p);
      }
    };
    const start = JSON.stringify(layoutChecks(bare));
    const known = learned.get(start);
    /** Settles the environment: from what an earlier one of its layout fixed, else from nothing, searching when that fails. */
    const settlement = (): Settlement => {
      settledNow = true;
      const settlementOf = (outcome: { fixed: ReadonlySet<string> }, found: string[], searched: boolean): Settlement => ({
        fixed: [...outcome.fixed],
        // (only a store keeps it)
        made: store ? made.map(({ fixed, shared }) => ({ fixed, origin: shared.origin() })) : [],
        found,
        searched,
      });
      let outcome = known ? settle(known) : settle(new Set());
      if (!outcome.ok && known) outcome = settle(new Set());
      if (outcome.ok) return settlementOf(outcome, [], false);
      // a difference no sentinel explains: find the knobs (counts, mostly) that change which objects exist
      const passes = (fixed: ReadonlySet<string>) => settle(fixed).ok;
      // the hinted knobs first: when they (with what they settle to) suffice, only the superfluous ones are left to find
      const hinted = outcome.knobs.filter((p) => !outcome.fixed.has(p) && hints.has(patternOf(p)));
      const base = new Set([...outcome.fixed, ...hinted]);
      let extra: string[] = [];
      const searched = !passes(base);
      if (searched) {
        // first what changes objects in ways no sentinel shows (counts, optional fields); failing that, any knob
        // (a text the constructs compare: an address range of 0.0.0.0/0 gets the private ranges excepted)
        let suspects = outcome.suspects.filter((p) => !base.has(p));
        if (!passes(new Set([...base, ...suspects]))) suspects = outcome.knobs.filter((p) => !base.has(p));
        if (!passes(new Set([...base, ...suspects]))) throw new Error(`environment ${name}: the Helm templates cannot reproduce dist/${name}, even with every knob fixed`);
        extra = minimalCulprits(suspects, base, passes);
      }
      const found = [...withoutUnneeded(hinted, new Set([...outcome.fixed, ...extra]), passes), ...extra];
      outcome = settle(new Set([...outcome.fixed, ...found]));
      if (!outcome.ok) throw new Error(`environment ${name}: the Helm templates cannot reproduce dist/${name}`);
      return settlementOf(outcome, found, searched);
    };
    // the settlement depends on the environment, its objects and what the earlier ones left (the layouts learned, the hints,
    // the shared sets by what they are made of); the program and the runtime key the store
    let settled = store
      ? store.get({ settlement: r.environment, dist: r.digest, known: known ? [...known] : null, hints: [...hints].sort(compareText), shared: sharedSoFar }, settlement, SETTLEMENT_CODEC)
      : settlement();
    // a kept settlement adds the shared sets its attempts added, to be made only when read
    if (!settledNow) for (const { fixed, origin } of settled.made) sharedOf(new Set(fixed), origin);
    let outcome = attempt(new Set(settled.fixed));
    // (a kept settlement that does not render the environment is no settlement: settle it again)
    if (!reproduces(outcome)) {
      settled = settlement();
      outcome = attempt(new Set(settled.fixed));
    }
    for (const p of settled.found) hints.add(patternOf(p));
    if (settled.searched) derivationStats.searched.push(name);
    const fixed = new Set(settled.fixed);
    if (!known) learned.set(start, fixed);
    const fixedKnobs = outcome.layout.leaves.filter((l) => fixed.has(pathKey(l.path)));
    return { name, values, set: outcome.set!, fixed: fixedKnobs.map((l) => l.path), leaves: outcome.layout.leaves, optional: outcome.layout.optional.map((o) => o.path) };
  });
}

/**
 * The shared set of a layout of this environment, rendered or read from the store the first time
 * it is asked for; its origin as a kept settlement names it, or from its sentinel environment.
 */
function sharedSet(environment: Environment, layout: ValuesLayout, avoid: () => ReadonlySet<number>, slots: ReadonlyMap<string, number>, cache: YamlSource, store?: DerivationStore, origin?: string): SharedSet {
  let sentinel: SentinelEnvironment | EntangledKnobs | undefined;
  const sentinelOf = () => {
    try {
      return (sentinel ??= sentinelEnvironmentOf(environment, layout, avoid(), slots));
    } catch (error) {
      if (!(error instanceof EntangledKnobs)) throw error;
      return (sentinel = error);
    }
  };
  let set: TemplateSet | EntangledKnobs | undefined;
  return {
    origin: () => {
      if (origin !== undefined) return origin;
      const made = sentinelOf();
      return (origin = made instanceof EntangledKnobs ? JSON.stringify({ entangled: [...made.paths], why: made.why }) : contentHash(JSON.stringify(made.key)));
    },
    set: () => {
      if (set) return set;
      derivationStats.renders++;
      const made = sentinelOf();
      try {
        set = made instanceof EntangledKnobs ? made : templateSetOf(made, cache, store);
      } catch (error) {
        if (!(error instanceof EntangledKnobs)) throw error;
        set = error;
      }
      return set;
    },
  };
}

/**
 * `candidates` without each one that `passes` does not need (tried one at a time, with `fixed` and
 * the candidates kept so far): one render per candidate, cheaper than halving when most are needed.
 */
function withoutUnneeded(candidates: readonly string[], fixed: ReadonlySet<string>, passes: (fixed: ReadonlySet<string>) => boolean): string[] {
  let kept = [...candidates];
  for (const candidate of candidates) {
    const trial = kept.filter((p) => p !== candidate);
    if (passes(new Set([...fixed, ...trial]))) kept = trial;
  }
  return kept;
}

/**
 * The smallest part of `suspects` that, fixed besides `base`, makes `passes` true (which it is with
 * all of them), found by halving: a few renders per culprit instead of one per suspect.
 */
function minimalCulprits(suspects: readonly string[], base: ReadonlySet<string>, passes: (fixed: ReadonlySet<string>) => boolean): string[] {
  const search = (candidates: readonly string[], fixed: ReadonlySet<string>): string[] => {
    if (candidates.length === 0 || passes(fixed)) return [];
    if (candidates.length === 1) return [...candidates];
    const half = Math.ceil(candidates.length / 2);
    const [a, b] = [candidates.slice(0, half), candidates.slice(half)];
    const neededA = search(a, new Set([...fixed, ...b]));
    const neededB = search(b, new Set([...fixed, ...neededA]));
    return [...neededA, ...neededB];
  };
  return search(suspects, base);
}

/** The documents of an environment's files in dist/, by file (the Namespace, which the chart leaves out, aside). */
function documentsOf(output: OutputFolder): Map<string, string[]> {
  const files = new Map<string, string[]>();
  for (const [file, content] of output) {
    // the kustomization lists the files for kustomize; it is no object to install
    if (!file.endsWith('.yaml') || file === KUSTOMIZATION_FILE) continue;
    files.set(
      file.replace(/\.yaml$/, ''),
      textOf(content).split(/^---\n/m).filter((doc) => !/^apiVersion: v1\nkind: Namespace\n/.test(doc)),
    );
  }
  return files;
}

interface Verification {
  /** The knobs that must be fixed for the set to render the environment. */
  readonly culprits: Set<string>;
  /** Whether the set renders it differently for a reason no knob explains. */
  readonly unexplained: boolean;
}

const VERIFICATION_CODEC: Codec<Verification> = {
  encode: ({ culprits, unexplained }) => JSON.stringify({ culprits: [...culprits], unexplained }),
  decode: (text) => {
    const { culprits, unexplained } = JSON.parse(text);
    if (!Array.isArray(culprits) || !culprits.every((p) => typeof p === 'string') || typeof unexplained !== 'boolean') throw new Error('not a verification');
    return { culprits: new Set(culprits), unexplained };
  },
};

/**
 * Whether the template set renders the environment's documents exactly, with its values: the
 * knobs of the checks its values fail must be fixed; a document that comes out different leaves
 * the cause unexplained (a count that decides which objects exist, most often).
 */
function verify(set: TemplateSet, values: unknown, namespace: string, real: Map<string, string[]>, realManifests: () => Map<string, readonly Manifest[]>): Verification {
  const culprits = new Set<string>();
  for (const check of set.checks) if (!meetsCheck(check, values)) culprits.add(pathKey(check.path));
  if (culprits.size) return { culprits, unexplained: false };
  const release = { values, namespace };
  let unexplained = false;
  for (const file of new Set([...real.keys(), ...set.files.keys()])) {
    const expected = [...(real.get(file) ?? [])];
    const different: string[] = [];
    for (const document of set.files.get(file) ?? []) {
      const text = evaluateDocument(document.pieces, release);
      const i = expected.indexOf(text);
      if (i < 0) different.push(text);
      else expected.splice(i, 1);
    }
    if (!different.length && !expected.length) continue;
    // a count the constructs made things from: compare the objects themselves, sentinel against real
    const found = countsBehind(set.manifests.get(file) ?? [], realManifests().get(file) ?? [], set);
    for (const path of found) culprits.add(path);
    if (!found.length) unexplained = true;
  }
  return { culprits, unexplained: unexplained && culprits.size === 0 };
}

/**
 * Knobs the differences between the sentinel objects and the real ones point at: a list as long as
 * a count's sentinel (one route per NATS replica), a number next to it where the real objects
 * differ (`{0...600}` for 601 MinIO pods), a multiple of a size's sentinel (the size in bytes). A
 * difference that points at none stays unexplained.
 */
function countsBehind(sentinel: readonly Manifest[], real: readonly Manifest[], set: TemplateSet): string[] {
  const counts = [...set.table.bySentinel.values()].filter((k) => k.leaf.kind === 'int');
  const sizes = [...set.table.bySentinel.values()].filter((k) => k.unit !== undefined);
  const sentinels = new Set(counts.map((k) => Number(k.sentinel)));
  const near = (n: number, distance: number) => counts.filter((k) => n !== Number(k.sentinel) && Math.abs(n - Number(k.sentinel)) <= distance);
  const found = new Set<Knob>();
  const walk = (a: unknown, b: unknown): void => {
    if (Array.isArray(a) && Array.isArray(b)) {
      if (a.length !== b.length) for (const k of [...near(a.length, 1), ...counts.filter((c) => Number(c.sentinel) === a.length)]) found.add(k);
      for (let i = 0; i < Math.min(a.length, b.length); i++) walk(a[i], b[i]);
    } else if (isObject(a) && isObject(b)) {
      for (const key of Object.keys(a)) if (key in b) walk(a[key], b[key]);
    } else if (a !== b && (typeof a === 'string' || typeof a === 'number') && !/^[0-9a-f]{40,}$/.test(String(a))) {
      // (a checksum differs with whatever it sums up; its digits mean nothing)
      // numbers derived from a count end a run (0 to 600 for 601 pods); sentinels themselves are read, not derived
      const numbers = new Set((String(a).match(/(?<![0-9A-Za-z])[0-9]{3,4}(?![0-9A-Za-z])/g) ?? []).map(Number));
      for (const n of numbers) if (!numbers.has(n + 1) && !sentinels.has(n)) for (const k of near(n, 2)) found.add(k);
      // a size or duration in other units: a multiple of its sentinel's number (8600012Mi as 9017823854592 bytes)
      for (const digits of String(a).match(/(?<![0-9A-Za-z])[0-9]{7,}(?![0-9])/g) ?? [])
        for (const k of sizes) if (digits !== k.sentinel && BigInt(digits) % BigInt(k.sentinel) === 0n) found.add(k);
    }
  };
  // the same object by kind and name; objects named after a knob by their order among those of their kind
  const id = (m: Manifest) => `${m.kind}/${m.metadata.name}`;
  const realIds = new Set(real.map(id));
  const sentinelIds = new Set(sentinel.map(id));
  const unmatched = real.filter((m) => !sentinelIds.has(id(m)));
  for (const m of sentinel) {
    const other = realIds.has(id(m)) ? real.find((r) => id(r) === id(m)) : unmatched.find((r) => r.kind === m.kind);
    if (!other) continue;
    if (!realIds.has(id(m))) unmatched.splice(unmatched.indexOf(other), 1);
    walk(m, other);
  }
  return [...found].map((k) => pathKey(k.leaf.path));
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const contentHash = (text: string) => createHash('sha256').update(text).digest('hex');
const hash = (text: string) => contentHash(text).slice(0, 12);

function setId(set: TemplateSet): string {
  return hash(JSON.stringify([set.checks, [...set.files].map(([file, docs]) => [file, docs.map((d) => d.pieces)])]));
}

// ---- Go templates ----

const GO_IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

function goValue(path: ValuesPath): string {
  if (path.every((key) => typeof key === 'string' && GO_IDENTIFIER.test(key))) return `.Values.${path.join('.')}`;
  return `(index .Values ${path.map((key) => (typeof key === 'number' ? String(key) : JSON.stringify(key))).join(' ')})`;
}

function goTerm(expr: Expr): string {
  switch (expr.op) {
    case 'namespace':
      return '.Release.Namespace';
    case 'value':
      return expr.int ? `(int ${goValue(expr.path)})` : goValue(expr.path);
    case 'amount':
      return `(regexFind "^[0-9]+" ${goValue(expr.path)})`;
    case 'image':
      return `(include "datalens.image" ${goValue(expr.path)})`;
    case 'imageVersion':
      return `(include "datalens.imageVersion" ${goValue(expr.path)})`;
  }
}

/** A value inside a JSON string (a checksummed config): escaped as JSON.stringify escapes it. */
function goJsonTerm(expr: Expr): string {
  if (expr.op === 'value' && expr.int) return goTerm(expr);
  return `(${goTerm(expr)} | toRawJson | trimPrefix "\\"" | trimSuffix "\\"")`;
}

/** A scalar of a document: `$` is the rendering's top-level context in every document's define. */
function goScalar(segments: readonly Segment[]): string {
  if (segments.length === 1 && typeof segments[0] !== 'string') return `{{ include "datalens.scalar" (list $ ${goTerm(segments[0])}) }}`;
  return `{{ include "datalens.scalar" (list $ (print ${segments.map((s) => (typeof s === 'string' ? JSON.stringify(s) : goTerm(s))).join(' ')})) }}`;
}

/** A document's template; checksummed texts become defines of their own. */
function goDocument(pieces: readonly Piece[], defines: Map<string, string>): string {
  return pieces
    .map((piece) => {
      switch (piece.kind) {
        case 'literal':
          return escapeForHelm(piece.text);
        case 'raw':
          return `{{ ${goTerm(piece.expr)} }}`;
        case 'scalar':
          return goScalar(piece.segments);
        case 'checksum': {
          const body = piece.segments.map((s) => (typeof s === 'string' ? escapeForHelm(s) : `{{ ${goJsonTerm(s)} }}`)).join('');
          const name = `datalens.checksum.${hash(body)}`;
          defines.set(name, body);
          return `{{ include "${name}" . | sha256sum }}`;
        }
        case 'optional': {
          const path = piece.expr.path;
          const parent = path.length > 1 ? goValue(path.slice(0, -1)) : '.Values';
          const value = piece.expr.int ? `{{ ${goTerm(piece.expr)} }}` : goScalar([piece.expr]);
          return `{{- if hasKey ${parent} ${JSON.stringify(path[path.length - 1])} }}\n${' '.repeat(piece.indent)}${yamlScalar(piece.key)}: ${value}\n{{- end }}\n`;
        }
        case 'pullSecrets': {
          const indent = ' '.repeat(piece.indent);
          return `{{- with .Values.${PULL_SECRETS_KEY} }}\n${indent}${PULL_SECRETS_KEY}:{{ toYaml . | nindent ${piece.indent + 2} }}\n{{- end }}\n`;
        }
      }
    })
    .join('');
}

/** A Go raw string literal of a regular expression (backquotes cannot appear inside one). */
const goRegexp = (source: string) => `\`${source.replace(/`/g, '\\x60')}\``;

const HELPERS = () => `{{- /*
Generated by npm run synth (synth/helm.ts); do not edit.
*/ -}}

{{- /* A string as the synth's YAML serialiser writes it: plain unless YAML would read it as something else. */ -}}
{{- define "datalens.yaml" -}}
{{- $s := toString . -}}
{{- if or (regexMatch ${goRegexp(YAML_INDICATORS.source)} $s) (contains "\\n" $s) (regexMatch ${goRegexp(YAML_NON_STRINGS.map((r) => `(?:${r.source})`).join('|'))} $s) -}}
{{- if and (contains "\\"" $s) (not (contains "'" $s)) (not (contains "\\n" $s)) -}}'{{ $s }}'{{- else -}}{{ toRawJson $s }}{{- end -}}
{{- else -}}{{ $s }}{{- end -}}
{{- end -}}

{{- /*
datalens.yaml of a value, (list $ value), worked out once per text and render. Go's regexp compiles a
pattern on every regexMatch, and the same few texts (the namespace, the instance and version labels)
are written hundreds of times: the memo halves a render. It lives in the top-level context, which Helm
hands to every template file of the chart; a Helm that gave each file a copy would only work it out
once per file.
*/ -}}
{{- define "datalens.scalar" -}}
{{- $top := index . 0 -}}{{- $s := toString (index . 1) -}}
{{- if not (hasKey $top "datalensScalars") -}}{{- $_ := set $top "datalensScalars" (dict) -}}{{- end -}}
{{- $memo := get $top "datalensScalars" -}}
{{- if not (hasKey $memo $s) -}}{{- $_ := set $memo $s (include "datalens.yaml" $s) -}}{{- end -}}
{{- get $memo $s -}}
{{- end -}}

{{- /* An image reference: repository, :tag, @digest (imageRef in foundation/pod-template.ts). */ -}}
{{- define "datalens.image" -}}{{ .repository }}{{ with .tag }}:{{ . }}{{ end }}{{ with .digest }}@{{ . }}{{ end }}{{- end -}}

{{- /* The version label of an image: its tag, else its digest, label-safe (labelSafe in foundation/labels.ts). */ -}}
{{- define "datalens.imageVersion" -}}
{{- $v := .tag | default .digest | default "unknown" -}}
{{- $v = regexReplaceAll "^sha256:" $v "" -}}
{{- $v = regexReplaceAll "[^A-Za-z0-9_.-]" $v "-" -}}
{{- $v = trunc 63 $v -}}
{{- regexReplaceAll "^[^A-Za-z0-9]+|[^A-Za-z0-9]+$" $v "" -}}
{{- end -}}

{{- /* The checks of a template set the values fail, one line each; empty when the values meet them all. */ -}}
{{- define "datalens.mismatches" -}}
{{- range $check := .checks -}}
{{- $path := index $check 0 -}}
{{- $op := index $check 1 -}}
{{- $want := "" -}}{{- if gt (len $check) 2 -}}{{- $want = index $check 2 -}}{{- end -}}
{{- $node := $.values -}}
{{- $found := true -}}
{{- range $key := $path -}}
{{- if not $found -}}
{{- else if and (kindIs "map" $node) (kindIs "string" $key) (hasKey $node (toString $key)) -}}{{- $node = index $node $key -}}
{{- else if and (kindIs "slice" $node) (kindIs "float64" $key) (lt (int $key) (len $node)) -}}{{- $node = index $node (int $key) -}}
{{- else -}}{{- $found = false -}}
{{- end -}}
{{- end -}}
{{- $ok := true -}}
{{- if eq $op "absent" -}}{{- $ok = not $found -}}
{{- else if not $found -}}{{- $ok = false -}}
{{- else if eq $op "eq" -}}{{- $ok = eq (toRawJson $node) $want -}}
{{- else if eq $op "len" -}}{{- $ok = and (kindIs "slice" $node) (eq (len $node) (int $want)) -}}
{{- else if eq $op "min" -}}{{- $ok = and (or (kindIs "float64" $node) (kindIs "int64" $node) (kindIs "int" $node)) (ge (float64 $node) (float64 $want)) -}}
{{- else if eq $op "keys" -}}{{- $ok = and (kindIs "map" $node) (eq (keys $node | sortAlpha | toRawJson) $want) -}}
{{- else if eq $op "re" -}}{{- $ok = regexMatch $want (toString $node) -}}
{{- end -}}
{{- if not $ok }}
  {{ join "." $path }}: expected {{ if eq $op "absent" }}no value{{ else if eq $op "present" }}a value{{ else if eq $op "eq" }}{{ $want }}{{ else if eq $op "len" }}{{ $want }} entries{{ else if eq $op "min" }}at least {{ $want }}{{ else if eq $op "keys" }}the keys {{ $want }}{{ else }}{{ index $check 3 }}{{ end }}, got {{ if $found }}{{ toRawJson $node }}{{ else }}nothing{{ end }}
{{- end -}}
{{- end -}}
{{- end -}}

{{- /*
The template set the values select: the first whose checks they meet. Fails, naming the closest
set and where the values differ from it, when there is none.
*/ -}}
{{- define "datalens.shape" -}}
{{- $sets := (include "datalens.sets" . | fromJson).sets -}}
{{- $chosen := "" -}}
{{- $closest := "" -}}{{- $closestFor := "" -}}{{- $fewest := 0 -}}
{{- range $set := $sets -}}
{{- if not $chosen -}}
{{- $report := include "datalens.mismatches" (dict "values" $.Values "checks" $set.checks) -}}
{{- if not $report -}}{{- $chosen = $set.id -}}
{{- else -}}
{{- $count := len (splitList "\\n" (trim $report)) -}}
{{- if or (not $closest) (lt $count $fewest) -}}{{- $closest = $report -}}{{- $closestFor = $set.environments -}}{{- $fewest = $count -}}{{- end -}}
{{- end -}}
{{- end -}}
{{- end -}}
{{- if not $chosen -}}
{{- fail (printf "these values fit none of the chart's template sets. Knobs (images, replicas, resources, sizes, hosts, names) take any value, but the fixed fields (modes, tier, counts of one, list lengths, optional fields set or not, units) select the set made from the environments that have them. The closest set, that of %s, differs at:%s\\nStart from an environment's file, helm/values-<environment>.yaml, and change its knobs." $closestFor $closest) -}}
{{- end -}}
{{- $chosen -}}
{{- end -}}

{{- /*
datalens.shape, worked out once per render (every template file and NOTES.txt asks for it, and
checking the values against each set is most of a render), kept like datalens.scalar's memo.
*/ -}}
{{- define "datalens.set" -}}
{{- if not (hasKey . "datalensSet") -}}{{- $_ := set . "datalensSet" (include "datalens.shape" .) -}}{{- end -}}
{{- get . "datalensSet" -}}
{{- end -}}
`;

/** The files under templates/. */
function templateFiles(sets: readonly { id: string; set: TemplateSet; environments: string[] }[]): Map<string, string> {
  const out = new Map<string, string>();
  out.set('templates/_helpers.tpl', HELPERS());
  const documents = new Map<string, Map<string, string>>(); // file -> define name -> body
  const setFiles = new Map<string, Record<string, string[]>>();
  for (const { id, set } of sets) {
    const files: Record<string, string[]> = {};
    for (const [file, docs] of set.files) {
      const defines = documents.get(file) ?? new Map<string, string>();
      documents.set(file, defines);
      files[file] = docs.map((doc) => {
        const body = goDocument(doc.pieces, defines);
        const name = `datalens.doc.${hash(body)}`;
        defines.set(name, body);
        return name.slice('datalens.doc.'.length);
      });
    }
    setFiles.set(id, files);
  }
  const setsJson = {
    sets: sets.map(({ id, set, environments }) => ({
      id,
      environments: environments.length > 3 ? `${environments.slice(0, 3).join(', ')} and ${environments.length - 3} more` : environments.join(', '),
      checks: set.checks.map(checkJson),
    })),
  };
  out.set(
    'templates/_sets.tpl',
    [
      '{{- /* Generated by npm run synth (synth/helm.ts); do not edit. The template sets and the checks that select them. */ -}}',
      `{{- define "datalens.sets" -}}\n${escapeForHelm(JSON.stringify(setsJson))}\n{{- end -}}`,
      ...sets.map(({ id }) => `{{- define "datalens.files.${id}" -}}\n${escapeForHelm(JSON.stringify(setFiles.get(id)))}\n{{- end -}}`),
      ...sets.map(({ id, set }) => `{{- define "datalens.notes.${id}" -}}\n${setNotes(set)}{{- end -}}`),
      '',
    ].join('\n'),
  );
  for (const [file, defines] of [...documents].sort(([a], [b]) => compareText(a, b))) {
    out.set(
      `templates/_${file}.tpl`,
      `{{- /* Generated by npm run synth (synth/helm.ts); do not edit. The objects of ${file}.yaml, each template set's. */ -}}\n${[...defines]
        .map(([name, body]) => `{{- define "${name}" }}${body}{{ end -}}\n`)
        .join('')}`,
    );
    out.set(
      `templates/${file}.yaml`,
      [
        '{{- $files := include (print "datalens.files." (include "datalens.set" .)) . | fromJson }}',
        `{{- range $doc := dig ${JSON.stringify(file)} (list) $files }}`,
        '---',
        '{{ include (print "datalens.doc." $doc) $ }}',
        '{{- end }}',
        '',
      ].join('\n'),
    );
  }
  out.set('templates/NOTES.txt', NOTES);
  return out;
}

function checkJson(check: Check): unknown[] {
  switch (check.op) {
    case 'eq':
    case 'keys':
      return [check.path, check.op, check.json];
    case 'absent':
    case 'present':
      return [check.path, check.op];
    case 'len':
    case 'min':
      return [check.path, check.op, check.number];
    case 're':
      return [check.path, check.op, check.pattern, check.why];
  }
}

// ---- notes ----

function goText(segments: readonly Segment[]): string {
  return segments.map((s) => (typeof s === 'string' ? escapeForHelm(s) : `{{ ${goTerm(s)} }}`)).join('');
}

/** What the notes tell of a template set: hosts, hooks, kept objects, the namespace's labels. */
function setNotes(set: TemplateSet): string {
  const hosts = Object.values(hostsOf(set.sentinel)).map((host) => `  https://${goText(segmentsOf(host, set))}`);
  const docs = [...set.files.values()].flat();
  const hooks = docs.filter((d) => d.annotations[HELM_HOOK_ANNOTATION]).map((d) => `  ${d.kind}/${d.name} (${d.annotations[HELM_HOOK_ANNOTATION]})`);
  const kept = docs.filter((d) => d.annotations[HELM_RESOURCE_POLICY_ANNOTATION] === 'keep').map((d) => `  ${d.kind}/${d.name}`);
  const labels = Object.entries(set.namespace?.metadata.labels ?? {}).filter(([key]) => key.startsWith('pod-security.kubernetes.io/'));
  const enforce = labels.find(([key]) => key === 'pod-security.kubernetes.io/enforce')?.[1];
  return [
    'Hosts (through the edge):',
    ...hosts,
    '',
    'Jobs run as Helm hooks (each waits for what it needs; `kubectl logs job/<name>` shows its run):',
    ...hooks,
    '',
    'Kept on `helm uninstall` (helm.sh/resource-policy: keep; delete them by hand to drop the data):',
    ...kept,
    '',
    ...(labels.length
      ? [
          "Pod Security: the pods are made for the namespace's labels below; --create-namespace creates it without labels,",
          'so label it once (or create it labelled before installing):',
          `  kubectl label namespace {{ .Release.Namespace }} --overwrite ${labels.map(([k, v]) => `${k}=${v}`).join(' ')}`,
          '{{- $namespace := lookup "v1" "Namespace" "" .Release.Namespace }}',
          '{{- if $namespace }}',
          '{{- $enforce := dig "metadata" "labels" "pod-security.kubernetes.io/enforce" "" $namespace }}',
          `{{- if ne $enforce ${JSON.stringify(enforce ?? '')} }}`,
          `WARNING: namespace {{ .Release.Namespace }} enforces {{ $enforce | default "no Pod Security profile" }}, not ${enforce}: run the command above.`,
          '{{- end }}',
          '{{- end }}',
          '',
        ]
      : []),
  ].join('\n');
}

const NOTES = `{{- $set := include "datalens.set" . -}}
DataLens {{ .Chart.AppVersion }}, environment {{ .Values.environment }} ({{ .Values.tier }} tier), is {{ if .Release.IsInstall }}installed{{ else }}upgraded{{ end }}: release {{ .Release.Name }}, revision {{ .Release.Revision }}, namespace {{ .Release.Namespace }}.
Data: PostgreSQL {{ .Values.data.postgres.mode }}, Redis {{ .Values.data.redis.mode }}, NATS JetStream with {{ .Values.data.nats.replicas }} replica(s), object store {{ .Values.data.objectStore.mode }}, mail {{ .Values.data.mail.mode }}; edge: {{ .Values.edge.mode }}.

{{ include (print "datalens.notes." $set) . }}
Check next:
  kubectl -n {{ .Release.Namespace }} get pods,jobs,pvc
  kubectl -n {{ .Release.Namespace }} logs job/datalens-api-migrate     # the schema migration, a {{ if .Release.IsInstall }}post-install{{ else }}pre-upgrade{{ end }} hook
  The operators and CRDs the objects need (CloudNativePG, cert-manager, External Secrets, the Prometheus Operator,
  the Gateway API or Ingress controller) are listed in dist/{{ .Values.environment }}/PREREQUISITES.md of datalens-k8s.
`;

// ---- the other files ----

function chartYaml(versions: ChartVersions): string {
  return serialiseYaml({
    apiVersion: 'v2',
    name: 'datalens',
    description: 'DataLens 2.0 (consent management and DPDP compliance): API, frontend, edge and data tier, as synthesised by datalens-k8s. Generated; do not edit.',
    type: 'application',
    version: versions.version,
    appVersion: versions.appVersion,
    kubeVersion: '>=1.29.0-0',
    home: 'https://datalens.in',
    icon: 'https://datalens.in/favicon.svg',
    sources: ['https://github.com/datalens/datalens-k8s'],
    keywords: ['datalens', 'consent', 'dpdp', 'cloudnative-pg', 'nats', 'redis'],
    maintainers: [{ name: 'DataLens platform team', url: 'https://github.com/datalens/datalens-k8s' }],
    annotations: { 'datalens.in/generated-by': 'datalens-k8s npm run synth' },
  });
}

/** Environments' values files stay out of the packaged chart: its size must not grow with them. */
const HELMIGNORE = `# Generated by npm run synth (synth/helm.ts).
# Each environment's values file is an input to helm (-f helm/values-<env>.yaml), not part of the chart:
# the packaged chart and the release record stay the same size however many environments there are.
values-*.yaml
`;

const VALUES_YAML = `# Generated by npm run synth (synth/helm.ts); do not edit.
# The values of an environment are its environments/<name>.yaml with every default filled in, plus its
# name and its cluster's settings: pass one of helm/values-<environment>.yaml (values.schema.json checks them),
# and change any knob with --set or another -f file. The namespace is the release namespace.
#   helm upgrade --install datalens-prod ./helm -f helm/values-prod.yaml -n datalens-prod --create-namespace
${PULL_SECRETS_KEY}: []
`;

function valuesFile(environment: ChartEnvironment, namespace: string, yaml: YamlSource): string {
  return [
    `# Generated by npm run synth from environments/${environment.name}.yaml and clusters/${String(environment.values.cluster)}.yaml; do not edit.`,
    `# helm upgrade --install datalens-${environment.name} ./helm -f helm/values-${environment.name}.yaml --namespace ${namespace} --create-namespace`,
    yaml.get(environment.values, serialiseYaml),
  ].join('\n');
}

function chartReadme(environments: readonly ChartEnvironment[], sets: readonly { id: string; set: TemplateSet; environments: string[] }[], schema: Record<string, any>): string {
  interface Row {
    path: string;
    description?: string;
    knob: Set<string>;
    fixed: Set<string>;
    unused: Set<string>;
    kinds: Set<string>;
    fields: Set<string>;
  }
  const rows = new Map<string, Row>();
  // what many environments share, worked out once: a set's knobs, a field's row and description
  const ofSet = new Map<TemplateSet, { landed: Map<string, TemplateSet['knobs'][number]>; unused: Set<string> }>();
  const rowPaths = new Map<string, string>();
  /** The sets whose kinds and fields of each field the rows have taken, by the field's key. */
  const merged = new Map<string, Set<TemplateSet>>();
  const descriptions = new Map<string, string | undefined>();
  const described = (path: ValuesPath) => {
    const key = pathKey(path);
    if (!descriptions.has(key)) descriptions.set(key, describe(schema, path));
    return descriptions.get(key);
  };
  for (const environment of environments) {
    let knobs = ofSet.get(environment.set);
    if (!knobs) ofSet.set(environment.set, (knobs = { landed: new Map(environment.set.knobs.map((k) => [pathKey(k.path), k])), unused: new Set(environment.set.unused.map(pathKey)) }));
    const { landed, unused } = knobs;
    const fields = [...environment.leaves, ...environment.optional.map((path) => ({ path, kind: 'optional' as const, description: described(path) }))];
    for (const leaf of fields) {
      const key = pathKey(leaf.path);
      let path = rowPaths.get(key);
      if (path === undefined) rowPaths.set(key, (path = leaf.path.map((part) => (typeof part === 'number' ? '[]' : part)).join('.').replace(/\.\[\]/g, '[]')));
      let row = rows.get(path);
      if (!row) rows.set(path, (row = { path, description: leaf.description, knob: new Set(), fixed: new Set(), unused: new Set(), kinds: new Set(), fields: new Set() }));
      const list = leaf.kind === 'fixed' ? row.fixed : unused.has(key) ? row.unused : row.knob;
      list.add(environment.name);
      // what a set's objects make of a field is the same for every environment of the set
      let sets = merged.get(key);
      if (!sets) merged.set(key, (sets = new Set()));
      if (sets.has(environment.set)) continue;
      sets.add(environment.set);
      const knob = landed.get(key);
      for (const kind of knob?.kinds ?? []) row.kinds.add(kind);
      for (const field of knob?.fields ?? []) if (field) row.fields.add(field);
    }
  }
  const order = schemaOrder(schema);
  const rank = (path: string) => {
    for (let prefix = path; prefix; prefix = prefix.includes('.') ? prefix.slice(0, prefix.lastIndexOf('.')) : '') if (order.has(prefix)) return order.get(prefix)!;
    return order.size;
  };
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const names = (members: Iterable<string>) => {
    const list = [...members];
    return list.length > 3 ? `${list.slice(0, 3).join(', ')} and ${list.length - 3} more` : list.join(', ');
  };
  const lines = [...rows.values()]
    .sort((a, b) => rank(a.path) - rank(b.path) || compareText(a.path, b.path))
    .map((row) => {
      const where = `${[...row.fields].sort().map((f) => `\`${f}\``).join(', ')} of ${row.kinds.size > 5 ? `${row.kinds.size} kinds` : [...row.kinds].sort().join(', ')}`;
      const parts = [
        ...(row.knob.size ? [`knob${row.fixed.size || row.unused.size ? ` in ${names(row.knob)}` : ''}: ${where}`] : []),
        ...(row.fixed.size ? [`fixed${row.knob.size || row.unused.size ? ` in ${names(row.fixed)}` : ''}: selects the template set`] : []),
        ...(row.unused.size ? [`no object uses it${row.knob.size || row.fixed.size ? ` in ${names(row.unused)}` : ''}`] : []),
      ];
      return `| \`${cell(row.path)}\` | ${cell(parts.join('; '))} | ${cell(row.description ?? '')} |`;
    });
  return `# datalens Helm chart

Generated by \`npm run synth\` (synth/helm.ts) from the same constructs as \`dist/\`; do not edit. See the
repository README for installing and upgrading.

The values are an environment file of datalens-k8s (\`environments/<name>.yaml\`) with every default filled in,
its name (\`environment\`), its cluster's settings (\`clusterSettings\`, from \`clusters/<cluster>.yaml\`) and
\`imagePullSecrets\`; \`helm/values-<environment>.yaml\` holds them for each environment. The namespace is the
release namespace (\`--namespace\`); \`namespace\` and \`argocd\` of the environment file are no values.

A **knob** takes any value its schema allows (\`--set\`, \`--set-string\` for quantities such as \`"1"\`). A
**fixed** field is part of a template set: environments whose objects differ only by knobs share one set, and
values that fit no set fail, naming the closest set and the fields that differ. An optional field an
environment leaves out (a CPU limit, a storage class, an image digest) is a knob too when the objects hold it
as a field of its own. Fields are fixed when the
objects depend on them by more than their value: modes, the tier, enumerations, flags, ratios, counts of one
(two or more get disruption budgets and spread), counts the constructs make one thing per unit of (NATS
routes, MinIO drives), values used as keys, and which optional fields are set.

Template sets: ${sets.length} (${sets.map((s) => names(s.environments)).join('; ')}).

| value | how the chart uses it | description |
| --- | --- | --- |
${lines.join('\n')}
| \`imagePullSecrets\` | every pod template, and the CloudNativePG Cluster | Secrets to pull images with; a value of the chart only (dist/ has none) |
`;
}

/** The schema's description of a field (the first union branch that has the field). */
function describe(schema: Record<string, any>, path: ValuesPath): string | undefined {
  let nodes: Record<string, any>[] = [schema];
  for (const key of path) {
    const expand = (n: Record<string, any>): Record<string, any>[] => [n, ...(n.oneOf ?? n.anyOf ?? []).flatMap(expand)];
    nodes = nodes.flatMap(expand).flatMap((n) => (typeof key === 'number' ? (n.items ? [n.items] : []) : n.properties?.[key] ? [n.properties[key]] : []));
  }
  return nodes.find((n) => n.description)?.description;
}

/** Paths of the schema's properties in the schema's order (union branches merged), for sorting the README. */
function schemaOrder(schema: Record<string, any>): Map<string, number> {
  const order = new Map<string, number>();
  const visit = (node: Record<string, any>, path: string) => {
    for (const branch of node.oneOf ?? node.anyOf ?? []) visit(branch, path);
    if (node.items) visit(node.items, `${path}[]`);
    for (const [key, child] of Object.entries<Record<string, any>>(node.properties ?? {})) {
      const childPath = path ? `${path}.${key}` : key;
      if (!order.has(childPath)) order.set(childPath, order.size);
      visit(child, childPath);
    }
  };
  visit(schema, '');
  return order;
}
