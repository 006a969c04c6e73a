import { createHash } from 'node:crypto';
import { Document } from 'yaml';
import type { Environment, ImageConfig } from '../config/schema';
import { labelSafe, VERSION_LABEL } from '../foundation/labels';
import { imageRef, imageVersion } from '../foundation/pod-template';
import { serialiseYaml, type YamlSource } from './output';
import type { Codec, DerivationStore } from '../foundation/derivation-store';
import { renderEnvironment, type RenderedEnvironment } from './render';
import type { Manifest } from './manifest';
import { environmentOfValues, helmValuesOf, pathKey, PULL_SECRETS_KEY, QUANTITY_LIKE, valueAt, type Leaf, type ValuesLayout, type ValuesPath } from './helm-values';

/*
 * Templates of an environment's objects, found by rendering the environment a second time with a
 * sentinel in place of every knob of its values: wherever a sentinel lands in the objects (whole
 * or inside a string, a script, a checksummed config), the template reads the value instead. The
 * constructs stay the only source of the objects; nothing here knows what a component makes.
 *
 * A template is checked against the environment it came from (its values must render exactly the
 * objects of dist/); a knob that does not come out as a plain substitution (the constructs parse
 * it, branch on it, or transform it in a way the chart cannot repeat) is fixed instead, and the
 * environment is rendered again.
 */

// ---- sentinels ----

/** Text sentinels: `zq` + three base-36 digits + `x`, a DNS label, a tag and a label value at once. */
const TEXT_SENTINEL = /zq[0-9a-z]{3}x|ZQ[0-9A-Z]{3}X/g;
/** Sentinels of sizes and durations: 86 and five digits, then the unit of the value. */
const NUMBER_SENTINEL = /86[0-9]{5}/g;
/**
 * Sentinels of counts and ports: primes from 601, small enough for constructs that make one thing
 * per replica, less those the environment's objects hold anyway (ports, sizes).
 */
const INTEGER_SENTINELS: readonly number[] = Array.from({ length: 9400 }, (_, i) => 601 + i).filter((n) => {
  for (let d = 2; d * d <= n; d++) if (n % d === 0) return false;
  return true;
});

/** The scheme of a URL value, kept in its sentinel. */
const URL_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//;

const textSentinel = (id: number) => `zq${id.toString(36).padStart(3, '0')}x`;
const numberSentinel = (id: number) => 8_600_000 + id;

/** The namespace's sentinel; the chart reads the release namespace there. */
export const NAMESPACE_SENTINEL = textSentinel(0);
/** Marks where pod specs take the pull Secrets. */
const PULL_SECRETS_SENTINEL = textSentinel(36 ** 3 - 1);

/** A knob of an environment's values and the sentinel standing for it in the second rendering. */
export interface Knob {
  readonly leaf: Leaf;
  /** A field the values leave out that may be set: the template writes it only when it is. */
  readonly optional?: boolean;
  /** Text sentinel, or the digits of a number sentinel. */
  readonly sentinel: string;
  /** What a quantity's number is followed by (`Gi`, `m`, `h`; empty for a bare number). */
  readonly unit?: string;
  /** The scheme a URL's sentinel comes after (`https://`). */
  readonly scheme?: string;
}

// ---- what templates are made of ----

/** A value the chart computes from its values and release. */
export type Expr =
  | { readonly op: 'value'; readonly path: ValuesPath; readonly int?: boolean }
  /** The number of a quantity (`4` of `4Gi`), where a server writes it in its own unit. */
  | { readonly op: 'amount'; readonly path: ValuesPath }
  | { readonly op: 'namespace' }
  /** The reference of the image at path: repository, `:tag`, `@digest` (imageRef). */
  | { readonly op: 'image'; readonly path: ValuesPath }
  /** The version label of the image at path (labelSafe of imageVersion). */
  | { readonly op: 'imageVersion'; readonly path: ValuesPath };

export type Segment = string | Expr;

/** A part of a document's template. */
export type Piece =
  | { readonly kind: 'literal'; readonly text: string }
  /** A YAML scalar (quoted as the serialiser quotes it) of the concatenated segments. */
  | { readonly kind: 'scalar'; readonly segments: readonly Segment[] }
  /** A value inside a block scalar or a number, written as it is. */
  | { readonly kind: 'raw'; readonly expr: Expr }
  /** A checksum (foundation/workload-parts.ts) of the JSON text the segments make. */
  | { readonly kind: 'checksum'; readonly segments: readonly Segment[] }
  /** The `imagePullSecrets` of a pod spec, at this indentation, when there are any. */
  | { readonly kind: 'pullSecrets'; readonly indent: number }
  /** A `key: value` line of an optional field, written only when the values set it. */
  | { readonly kind: 'optional'; readonly key: string; readonly indent: number; readonly expr: Expr & { op: 'value' } };

export interface DocumentTemplate {
  readonly kind: string;
  readonly pieces: readonly Piece[];
  /** Annotations of the object (sentinels and all), for the notes: hooks, kept objects. */
  readonly annotations: Readonly<Record<string, string>>;
  readonly name: string;
}

/** A condition on the values for a template set to apply. */
export type Check =
  | { readonly path: ValuesPath; readonly op: 'eq'; readonly json: string }
  | { readonly path: ValuesPath; readonly op: 'absent' | 'present' }
  | { readonly path: ValuesPath; readonly op: 'len' | 'min'; readonly number: number }
  | { readonly path: ValuesPath; readonly op: 'keys'; readonly json: string }
  | { readonly path: ValuesPath; readonly op: 're'; readonly pattern: string; readonly why: string };

/** The templates of one template set: per dist file, its documents. */
export interface TemplateSet {
  readonly files: ReadonlyMap<string, readonly DocumentTemplate[]>;
  /** Conditions on the values: the fixed leaves' values, the knobs' presence and form. */
  readonly checks: readonly Check[];
  /** The objects of the sentinel rendering, per file (to tell what a count changed). */
  readonly manifests: ReadonlyMap<string, readonly Manifest[]>;
  /** The Namespace object the environment's dist/ holds (the chart leaves it to `--create-namespace`). */
  readonly namespace?: Manifest;
  /** Knobs no object uses. */
  readonly unused: readonly ValuesPath[];
  /** Knobs and where they land (kinds of objects, keys of fields), for the README. */
  readonly knobs: readonly { path: ValuesPath; kinds: readonly string[]; fields: readonly string[] }[];
  /** The sentinel environment, for what the chart derives besides objects (hosts in the notes). */
  readonly sentinel: Environment;
  readonly table: SentinelTable;
}

/** Knobs that the templates cannot carry for this environment, with why. */
export class EntangledKnobs extends Error {
  constructor(
    readonly paths: ReadonlySet<string>,
    readonly why: string,
    /** The knobs are not known: every one is a suspect (the constructs refused the sentinels). */
    readonly whole = false,
  ) {
    super(`knobs entangled (${why}): ${[...paths].join(', ')}`);
  }
}

// ---- the sentinel rendering ----

/** The checks that select the template set of a layout (before guards): equal layouts share one. */
export function layoutChecks(layout: ValuesLayout): Check[] {
  const fixed = layout.leaves.filter((l) => l.kind === 'fixed');
  const knobs = layout.leaves.filter((l) => l.kind !== 'fixed');
  return [
    // modes and the tier first: they tell template sets apart, and a mismatch there explains the rest
    ...fixed.filter((l) => typeof l.value === 'string').map((l): Check => ({ path: l.path, op: 'eq', json: JSON.stringify(l.value) })),
    ...fixed.filter((l) => typeof l.value !== 'string').map((l): Check => ({ path: l.path, op: 'eq', json: JSON.stringify(l.value) })),
    ...layout.absent.map((path): Check => ({ path, op: 'absent' })),
    ...layout.lists.map(({ path, length }): Check => ({ path, op: 'len', number: length })),
    ...layout.records.map(({ path, keys }): Check => ({ path, op: 'keys', json: JSON.stringify(keys) })),
    // the schema requires most knobs; an optional one the environment sets must stay set
    ...knobs.filter((l) => !l.required).map((l): Check => ({ path: l.path, op: 'present' })),
    // a number of 2 or more gets the objects of a replicated workload (budgets, spread); 1 is fixed
    ...knobs.filter((l) => l.kind === 'int').map((l): Check => ({ path: l.path, op: 'min', number: 2 })),
  ];
}

/**
 * The sentinel number of every knob of a layout: counts number the integer sentinels, the others
 * the text and size sentinels, each in the layout's order. A layout that fixes some of these knobs
 * keeps the others' numbers, so objects no newly fixed knob reaches render (and serialise) alike.
 */
export function sentinelSlots(layout: ValuesLayout): ReadonlyMap<string, number> {
  const slots = new Map<string, number>();
  let [texts, integers] = [1, 0];
  const assign = (path: ValuesPath, integer: boolean) => slots.set(pathKey(path), integer ? integers++ : texts++);
  for (const leaf of layout.leaves) if (leaf.kind !== 'fixed') assign(leaf.path, leaf.kind === 'int');
  for (const optional of layout.optional) assign(optional.path, optional.type === 'int' && optional.unit === undefined);
  return slots;
}

/** An environment with sentinels for the knobs of a layout: what a template set is made of. */
export interface SentinelEnvironment {
  readonly environment: Environment;
  readonly knobs: readonly Knob[];
  /** The environment's values with the sentinels written in. */
  readonly values: unknown;
  readonly layout: ValuesLayout;
  /** What the template set depends on besides the program: the sentinel environment, the knobs (their values aside: the sentinels stand in for them) and the layout's checks. */
  readonly key: unknown;
}

/**
 * The environment with a sentinel for each knob of the layout: integer sentinels avoid `avoid`,
 * and each knob takes its number from `slots`. Throws EntangledKnobs when the counts outnumber the
 * integer sentinels.
 */
export function sentinelEnvironmentOf(
  environment: Environment,
  layout: ValuesLayout,
  avoid: ReadonlySet<number> = new Set(),
  slots: ReadonlyMap<string, number> = sentinelSlots(layout),
): SentinelEnvironment {
  const values = helmValuesOf(environment);
  const sentinelValues = structuredClone(values);
  const knobs: Knob[] = [];
  const integers = INTEGER_SENTINELS.filter((n) => !avoid.has(n));
  // a knob the slots do not know (they come from a layout fixing fewer) numbers after all of them
  let unknown = Math.max(0, ...slots.values()) + 1;
  /** Gives a knob its sentinel (written into the values where the knob is) and adds it to the knobs. */
  const add = (leaf: Leaf, optional: boolean) => {
    const quantity = leaf.kind === 'quantity' && !leaf.imagePart ? String(leaf.value).match(QUANTITY_LIKE) : null;
    const scheme = typeof leaf.value === 'string' ? leaf.value.match(URL_SCHEME)?.[0] : undefined;
    const slot = slots.get(pathKey(leaf.path)) ?? unknown++;
    let sentinel: string;
    let written: string | number;
    if (leaf.kind === 'int') {
      const integer = integers[slot];
      if (integer === undefined) throw new EntangledKnobs(new Set([pathKey(leaf.path)]), 'more counts than sentinels');
      [sentinel, written] = [String(integer), integer];
    } else if (quantity) {
      sentinel = String(numberSentinel(slot));
      written = `${sentinel}${quantity[2]}`;
    } else {
      // upper case for a value in upper case: a construct that lowers it (a stream name in an object name) then shows
      sentinel = typeof leaf.value === 'string' && /[A-Z]/.test(leaf.value) && !/[a-z]/.test(leaf.value) ? textSentinel(slot).toUpperCase() : textSentinel(slot);
      // a URL keeps its scheme, so constructs that parse it still can (the sentinel is then its host)
      written = leaf.imagePart === 'digest' ? `sha256:${sentinel}` : `${scheme ?? ''}${sentinel}`;
    }
    const kind = leaf.kind === 'quantity' && !quantity ? 'text' : leaf.kind;
    knobs.push({ leaf: { ...leaf, kind }, sentinel, ...(quantity ? { unit: quantity[2] } : {}), ...(scheme ? { scheme } : {}), ...(optional ? { optional } : {}) });
    setAt(sentinelValues, leaf.path, written);
  };
  for (const leaf of layout.leaves) if (leaf.kind !== 'fixed') add(leaf, false);
  for (const optional of layout.optional) {
    // a size or duration gets a sentinel of its form (constructs parse those); its value stands for that form
    const sized = optional.unit !== undefined;
    add({ path: optional.path, value: sized ? `1${optional.unit}` : null, kind: sized ? 'quantity' : optional.type, ...(optional.imagePart ? { imagePart: optional.imagePart } : {}) }, true);
  }
  const sentinel = environmentOfValues(sentinelValues, NAMESPACE_SENTINEL, environment.config.argocd, environment.cluster);
  const key = { templateSet: sentinel, knobs: knobs.map(({ leaf: { value: _value, ...leaf }, ...knob }) => ({ ...knob, leaf })), checks: layoutChecks(layout) };
  return { environment: sentinel, knobs, values: sentinelValues, layout, key };
}

/**
 * Renders the sentinel environment and turns its objects into templates, or reads what an earlier
 * run made of the same one from `store`. Throws EntangledKnobs naming the knobs that did not land
 * as plain substitutions.
 */
export function templateSetOf(sentinel: SentinelEnvironment, cache?: YamlSource, store?: DerivationStore): TemplateSet {
  const make = () => templatesOf(sentinel.environment, sentinel.knobs, sentinel.values, sentinel.layout, cache);
  if (!store) return make();
  const outcome = store.get<TemplateSet | EntangledKnobs>(
    sentinel.key,
    () => {
      try {
        return make();
      } catch (error) {
        if (error instanceof EntangledKnobs) return error;
        throw error;
      }
    },
    templateSetCodec(sentinel.knobs, sentinel.values),
  );
  if (outcome instanceof EntangledKnobs) throw outcome;
  return outcome;
}

/**
 * A template set (or the knobs entangled) as text, read back with the knobs and sentinel values of
 * the attempt that reads it. The sentinel objects, a third of it, are kept as a JSON text of their
 * own and parsed only when a verification that fails compares them (a set that renders its
 * environments never does).
 */
function templateSetCodec(knobs: readonly Knob[], sentinelValues: unknown): Codec<TemplateSet | EntangledKnobs> {
  return {
    encode: (outcome) =>
      JSON.stringify(
        outcome instanceof EntangledKnobs
          ? { entangled: { paths: [...outcome.paths], why: outcome.why, whole: outcome.whole } }
          : { set: { ...outcome, files: [...outcome.files], manifests: JSON.stringify([...outcome.manifests]), table: undefined } },
      ),
    decode: (text) => {
      const stored = JSON.parse(text);
      if (stored.entangled) return new EntangledKnobs(new Set(stored.entangled.paths), stored.entangled.why, stored.entangled.whole);
      const { files, manifests, checks, namespace, unused, knobs: landed, sentinel } = stored.set;
      if (!Array.isArray(files) || typeof manifests !== 'string' || !Array.isArray(checks)) throw new Error('not a template set');
      let objects: ReadonlyMap<string, readonly Manifest[]> | undefined;
      return {
        files: new Map(files),
        checks,
        get manifests() {
          return (objects ??= new Map(JSON.parse(manifests)));
        },
        namespace,
        unused,
        knobs: landed,
        sentinel,
        table: sentinelTable(knobs, sentinelValues),
      };
    },
  };
}

/** The templates of the objects the sentinel environment renders; throws EntangledKnobs. */
function templatesOf(sentinel: Environment, knobs: readonly Knob[], sentinelValues: unknown, layout: ValuesLayout, cache?: YamlSource): TemplateSet {
  let rendered: RenderedEnvironment;
  try {
    rendered = renderEnvironment(sentinel);
  } catch (error) {
    // a construct that refuses a sentinel mostly says which: fix those; otherwise every knob is a suspect
    const message = (error as Error).message;
    const named = new Set(knobs.filter((k) => message.includes(k.sentinel)).map((k) => pathKey(k.leaf.path)));
    throw new EntangledKnobs(named, `the constructs refused the sentinels: ${message}`, named.size === 0);
  }
  const table = sentinelTable(knobs, sentinelValues);
  const files = new Map<string, DocumentTemplate[]>();
  const entangled = new Set<string>();
  const guards = new Map<string, Check>();
  const landed = new Map<string, Set<string>>();
  const fields = new Map<string, Set<string>>();
  let namespace: Manifest | undefined;
  for (const file of rendered.files) {
    const documents: DocumentTemplate[] = [];
    for (const manifest of file.manifests) {
      if (manifest.kind === 'Namespace') {
        namespace = manifest;
        continue;
      }
      const serialise = (object: unknown) => (cache ? cache.get(object, serialiseYaml) : serialiseYaml(object));
      const findings: Findings = {
        entangled,
        guards,
        field: '',
        landed: (knob) => {
          addTo(landed, pathKey(knob.leaf.path), manifest.kind);
          addTo(fields, pathKey(knob.leaf.path), findings.field);
        },
      };
      const document = documentTemplate(withPullSecretsMarker(manifest), table, findings, serialise, rendered.checksums);
      documents.push({ kind: manifest.kind, name: manifest.metadata.name, annotations: manifest.metadata.annotations ?? {}, pieces: document });
    }
    files.set(file.file, documents);
  }
  if (entangled.size) throw new EntangledKnobs(entangled, 'transformed or in a key');
  return {
    files,
    manifests: new Map(rendered.files.map((f) => [f.file, f.manifests])),
    checks: [...layoutChecks(layout), ...guards.values()],
    namespace,
    unused: knobs.filter((k) => !landed.has(pathKey(k.leaf.path))).map((k) => k.leaf.path),
    knobs: knobs
      .filter((k) => landed.has(pathKey(k.leaf.path)))
      .map((k) => ({ path: k.leaf.path, kinds: [...landed.get(pathKey(k.leaf.path))!].sort(), fields: [...fields.get(pathKey(k.leaf.path))!].sort() })),
    sentinel,
    table,
  };
}

/** The segments of a string the sentinel environment made (a host, say), as the templates read it. */
export function segmentsOf(text: string, set: TemplateSet): Segment[] {
  return scan(text, set.table, { entangled: new Set(), guards: new Map(), landed: () => undefined, field: '' });
}

function addTo(map: Map<string, Set<string>>, key: string, value: string) {
  const set = map.get(key) ?? new Set<string>();
  set.add(value);
  map.set(key, set);
}

function setAt(values: any, path: ValuesPath, value: unknown) {
  const parent = valueAt(values, path.slice(0, -1)) as any;
  parent[path[path.length - 1]] = value;
}

/** Where an object's pod spec is (and so its `imagePullSecrets`), if it has one. */
function podSpecPathOf(manifest: Manifest): readonly string[] | undefined {
  const spec = (manifest as any).spec;
  if (!spec) return undefined;
  if (manifest.kind === 'Cluster' && manifest.apiVersion.startsWith('postgresql.cnpg.io/')) return ['spec'];
  if (manifest.kind === 'CronJob') return spec.jobTemplate?.spec?.template?.spec ? ['spec', 'jobTemplate', 'spec', 'template', 'spec'] : undefined;
  return spec.template?.spec && (spec.template.spec.containers || manifest.kind === 'Pooler') ? ['spec', 'template', 'spec'] : undefined;
}

/**
 * The object with its pod spec ending in a marker the templates replace by the pull Secrets: only
 * the objects on the way to the pod spec are copied (a deep copy of every workload of every
 * sentinel rendering was a measurable part of a fresh derivation).
 */
function withPullSecretsMarker(manifest: Manifest): Manifest {
  const path = podSpecPathOf(manifest);
  if (!path) return manifest;
  const marked = (node: Record<string, unknown>, depth: number): Record<string, unknown> =>
    depth === path.length ? { ...node, [PULL_SECRETS_KEY]: PULL_SECRETS_SENTINEL } : { ...node, [path[depth]]: marked(node[path[depth]] as Record<string, unknown>, depth + 1) };
  return marked(manifest as unknown as Record<string, unknown>, 0) as unknown as Manifest;
}

// ---- finding sentinels ----

export interface SentinelTable {
  readonly bySentinel: ReadonlyMap<string, Knob>;
  /** Image references as the constructs write them, with the image's path and knobs. */
  readonly images: readonly { ref: string; path: ValuesPath; tag?: string; knobs: readonly Knob[] }[];
  /** Finds image references first, then single sentinels. */
  readonly pattern: RegExp;
  /** Finds single sentinels. */
  readonly single: RegExp;
  /** Tells whether a text holds a sentinel. */
  readonly any: RegExp;
}

function sentinelTable(knobs: readonly Knob[], sentinelValues: unknown): SentinelTable {
  const bySentinel = new Map(knobs.map((k) => [k.sentinel, k]));
  bySentinel.set(NAMESPACE_SENTINEL, { leaf: { path: [], value: '', kind: 'text' }, sentinel: NAMESPACE_SENTINEL });
  const imagePaths = new Map<string, ValuesPath>();
  for (const k of knobs) if (k.leaf.imagePart === 'repository') imagePaths.set(pathKey(k.leaf.path.slice(0, -1)), k.leaf.path.slice(0, -1));
  const images = [...imagePaths.values()]
    .map((path) => {
      const image = valueAt(sentinelValues, path) as ImageConfig;
      const parts = knobs.filter((k) => k.leaf.imagePart && pathKey(k.leaf.path.slice(0, -1)) === pathKey(path));
      return { ref: imageRef(image), path, tag: image.tag, knobs: parts };
    })
    .sort((a, b) => b.ref.length - a.ref.length);
  const integers = knobs.filter((k) => k.leaf.kind === 'int').map((k) => k.sentinel);
  const single = [TEXT_SENTINEL.source, NUMBER_SENTINEL.source, ...(integers.length ? [`(?<![0-9])(?:${integers.join('|')})(?![0-9])`] : [])].join('|');
  return { bySentinel, images, pattern: new RegExp([...images.map((i) => escapeRegExp(i.ref)), single].join('|'), 'g'), single: new RegExp(single, 'g'), any: new RegExp(single) };
}

interface Findings {
  readonly entangled: Set<string>;
  readonly guards: Map<string, Check>;
  readonly landed: (knob: Knob) => void;
  /** The key of the value being looked at, for the README's account of where knobs land. */
  field: string;
}

/** Characters of scripts, JSON and PromQL a value could break out of its string with. */
const INNER_SYNTAX = /["'`$\\{}]/;
const PLAIN_TEXT = { pattern: '^[A-Za-z0-9._/@:+,=-]*$', why: 'letters, digits and ._/@:+,=- only (it lands inside a script, a config, JSON or a query)' };

/** The segments of a string: text, and the values the sentinels in it stand for. */
function scan(text: string, table: SentinelTable, findings: Findings, context: { versionLabel?: boolean } = {}): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  const push = (until: number, expr?: Expr) => {
    if (until > at) segments.push(text.slice(at, until));
    if (expr) segments.push(expr);
  };
  // an image's tag alone as the version label is the image's version label
  if (context.versionLabel) {
    const image = table.images.find((i) => i.tag === text);
    if (image) {
      findings.landed(table.bySentinel.get(text)!);
      return [{ op: 'imageVersion', path: image.path }];
    }
  }
  const pattern = table.pattern;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const found = match[0];
    const start = match.index;
    let end = start + found.length;
    const image = table.images.find((i) => i.ref === found);
    if (image) {
      for (const knob of image.knobs) findings.landed(knob);
      push(start, { op: 'image', path: image.path });
      at = end;
      continue;
    }
    const knob = table.bySentinel.get(found);
    const isNumber = /^[0-9]/.test(found);
    if (!knob || (isNumber && (/[0-9]$/.test(text.slice(0, start)) || /^[0-9]/.test(text.slice(end))))) continue;
    if (knob.optional) {
      // an optional field inside another value: the template could not leave it out
      findings.entangled.add(pathKey(knob.leaf.path));
      continue;
    }
    let expr: Expr;
    let from = start;
    if (found === NAMESPACE_SENTINEL) expr = { op: 'namespace' };
    else if (knob.scheme) {
      if (text.slice(start - knob.scheme.length, start) !== knob.scheme) {
        // the host alone: the constructs took the URL apart
        findings.entangled.add(pathKey(knob.leaf.path));
        continue;
      }
      from = start - knob.scheme.length;
      expr = { op: 'value', path: knob.leaf.path };
    } else if (knob.leaf.imagePart === 'digest') {
      if (text.slice(start - 7, start) !== 'sha256:') {
        findings.entangled.add(pathKey(knob.leaf.path));
        continue;
      }
      from = start - 7;
      expr = { op: 'value', path: knob.leaf.path };
    } else if (knob.leaf.kind === 'int') expr = { op: 'value', path: knob.leaf.path, int: true };
    else if (knob.unit !== undefined && knob.unit !== '' && text.startsWith(knob.unit, end)) {
      end += knob.unit.length;
      expr = { op: 'value', path: knob.leaf.path };
    } else if (knob.unit) {
      // the number alone, in a server's own unit (4G for 4Gi): the template keeps the unit
      expr = { op: 'amount', path: knob.leaf.path };
      guard(findings, knob.leaf.path, { pattern: `^[0-9]+${knob.unit}$`, why: `a whole number of ${knob.unit} (a server reads it in its own unit)` });
    }
    else expr = { op: 'value', path: knob.leaf.path };
    findings.landed(knob);
    push(from, expr);
    at = end;
  }
  push(text.length);
  return segments;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Knobs a segment list reads (for guards). */
function pathsOf(segments: readonly Segment[]): ValuesPath[] {
  return segments.flatMap((s) => (typeof s === 'string' || s.op === 'namespace' ? [] : s.op === 'image' || s.op === 'imageVersion' ? [] : [s.path]));
}

function guard(findings: Findings, path: ValuesPath, rule: { pattern: string; why: string }) {
  const key = `${pathKey(path)} ${rule.pattern}`;
  if (!findings.guards.has(key)) findings.guards.set(key, { path, op: 're', ...rule });
}

/** Stands in for a scalar of the object while it is serialised; the template replaces it. */
const PLACEHOLDER = /zqph([0-9]+)hq/g;
const placeholder = (i: number) => `zqph${i}hq`;
/** The value of an optional field's line while its key is a placeholder. */
const OPTIONAL_VALUE = 'zqpvq';

/**
 * The template of one object. Scalars holding sentinels are replaced by placeholders and the object
 * serialised as dist/ serialises it, so every other byte is dist's; each placeholder then becomes
 * the template of its scalar. Strings of several lines (scripts, configs, dashboards) stay in the
 * text as block scalars, where the values are written as they are.
 */
function documentTemplate(manifest: Manifest, table: SentinelTable, findings: Findings, serialise: (object: unknown) => string, checksums: RenderedEnvironment['checksums']): Piece[] {
  const replaced: Piece[] = [];
  const stand = (piece: Piece) => placeholder(replaced.push(piece) - 1);
  const walk = (node: unknown, key?: string): unknown => {
    if (Array.isArray(node)) return node.map((item) => walk(item, key));
    if (typeof node === 'object' && node !== null) {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(node)) {
        for (const found of k.match(table.single) ?? []) {
          const knob = table.bySentinel.get(found);
          if (knob) findings.entangled.add(pathKey(knob.leaf.path));
        }
        const optional = typeof v === 'string' || typeof v === 'number' ? table.bySentinel.get(String(v).replace(/^sha256:/, '')) : undefined;
        if (optional?.optional) {
          // the whole line is the optional field's: written when set, left out when not
          findings.field = k;
          findings.landed(optional);
          out[stand({ kind: 'optional', key: k, indent: 0, expr: { op: 'value', path: optional.leaf.path, int: optional.leaf.kind === 'int' } })] = OPTIONAL_VALUE;
          continue;
        }
        out[k] = walk(v, k);
      }
      return out;
    }
    findings.field = key ?? '';
    if (typeof node === 'number') {
      const knob = table.bySentinel.get(String(node));
      if (!knob) return node;
      if (knob.optional) {
        // an optional number that is no field of its own: the template could not leave it out
        findings.entangled.add(pathKey(knob.leaf.path));
        return node;
      }
      findings.landed(knob);
      return stand({ kind: 'raw', expr: { op: 'value', path: knob.leaf.path, int: knob.leaf.kind === 'int' } });
    }
    if (typeof node !== 'string') return node;
    if (/^[0-9a-f]{64}$/.test(node)) {
      const checksummed = Object.hasOwn(checksums, node) ? checksums[node] : undefined;
      return checksummed !== undefined && table.any.test(checksummed) ? stand({ kind: 'checksum', segments: scan(checksummed, table, findings) }) : node;
    }
    if (node === PULL_SECRETS_SENTINEL) return stand({ kind: 'pullSecrets', indent: 0 });
    if (node.includes('\n') || !table.any.test(node)) return node;
    const segments = scan(node, table, findings, { versionLabel: key === VERSION_LABEL });
    if (segments.some((s) => typeof s === 'string' && INNER_SYNTAX.test(s))) for (const p of pathsOf(segments)) guard(findings, p, PLAIN_TEXT);
    return stand({ kind: 'scalar', segments });
  };
  const text = serialise(walk(manifest));
  const pieces: Piece[] = [];
  let at = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    let before = text.slice(at, match.index);
    let piece = replaced[Number(match[1])];
    at = match.index + match[0].length;
    // the line of an optional field or of the pull Secrets: from its start (after the previous line, which a
    // previous such piece may have ended) to its end
    if (piece.kind === 'optional') {
      const line = before.match(/(^|\n)( *)$/);
      if (!line || !text.startsWith(`: ${OPTIONAL_VALUE}\n`, at)) {
        // not a line of its own (the first key of a list item): the field cannot be left out alone
        findings.entangled.add(pathKey(piece.expr.path));
        continue;
      }
      before = before.slice(0, line.index! + line[1].length);
      piece = { ...piece, indent: line[2].length };
      at += `: ${OPTIONAL_VALUE}\n`.length;
    }
    if (piece.kind === 'pullSecrets') {
      const line = before.match(new RegExp(`(^|\\n)( *)${PULL_SECRETS_KEY}: $`))!;
      before = before.slice(0, line.index! + line[1].length);
      piece = { kind: 'pullSecrets', indent: line[2].length };
      at += 1;
    }
    pieces.push(...blockPieces(before, table, findings), piece);
  }
  pieces.push(...blockPieces(text.slice(at), table, findings));
  // a sentinel left in another case (or cut) is a knob the constructs transformed
  const texts = pieces.flatMap((p) => (p.kind === 'literal' ? [p.text] : p.kind === 'scalar' || p.kind === 'checksum' ? p.segments.filter((s): s is string => typeof s === 'string') : []));
  for (const text of texts)
      for (const found of text.match(/zq[0-9a-z]{3}x/gi) ?? []) {
        const knob = table.bySentinel.get(found.toLowerCase()) ?? table.bySentinel.get(found.toUpperCase());
        if (found === NAMESPACE_SENTINEL || found.toLowerCase() === NAMESPACE_SENTINEL) throw new Error(`the namespace is transformed in ${manifest.kind}/${manifest.metadata.name}`);
        if (knob) findings.entangled.add(pathKey(knob.leaf.path));
      }
  return pieces;
}

/** Literal text, with the values of sentinels inside block scalars written as they are. */
function blockPieces(text: string, table: SentinelTable, findings: Findings): Piece[] {
  if (!text) return [];
  if (!table.any.test(text)) return [{ kind: 'literal', text }];
  // the key of the block: the last `key: |` line before the first sentinel
  const headers = [...text.slice(0, text.search(table.any)).matchAll(/^ *([^\s:][^:\n]*): [|>][-+]?$/gm)];
  findings.field = headers.length ? headers[headers.length - 1][1] : '';
  const segments = scan(text, table, findings);
  // inside a block (a script, a config, a dashboard) a value is written as it is: one line of plain characters
  for (const p of pathsOf(segments)) guard(findings, p, PLAIN_TEXT);
  return segments.map((s): Piece => (typeof s === 'string' ? { kind: 'literal', text: s } : { kind: 'raw', expr: s }));
}

// ---- evaluating templates (the synth's mirror of what Helm renders) ----

/** What a template reads: the values and the release namespace. */
export interface Release {
  readonly values: unknown;
  readonly namespace: string;
}

export function evaluateExpr(expr: Expr, release: Release): string {
  switch (expr.op) {
    case 'namespace':
      return release.namespace;
    case 'value': {
      const value = valueAt(release.values, expr.path);
      return expr.int ? String(Math.trunc(Number(value))) : String(value);
    }
    case 'amount':
      return String(valueAt(release.values, expr.path)).match(/^[0-9]+/)?.[0] ?? '';
    case 'image':
      return imageRef(valueAt(release.values, expr.path) as ImageConfig);
    case 'imageVersion':
      return labelSafe(imageVersion(valueAt(release.values, expr.path) as ImageConfig));
  }
}

/** The text of a document for a release, as Helm renders its template. */
export function evaluateDocument(pieces: readonly Piece[], release: Release): string {
  return pieces
    .map((piece) => {
      switch (piece.kind) {
        case 'literal':
          return piece.text;
        case 'raw':
          return evaluateExpr(piece.expr, release);
        case 'scalar':
          return yamlScalar(piece.segments.map((s) => (typeof s === 'string' ? s : evaluateExpr(s, release))).join(''));
        case 'checksum':
          return createHash('sha256')
            .update(piece.segments.map((s) => (typeof s === 'string' ? s : JSON.stringify(evaluateExpr(s, release)).slice(1, -1))).join(''))
            .digest('hex');
        case 'optional': {
          const value = valueAt(release.values, piece.expr.path);
          if (value === undefined || value === null) return '';
          return `${' '.repeat(piece.indent)}${yamlScalar(piece.key)}: ${piece.expr.int ? evaluateExpr(piece.expr, release) : yamlScalar(evaluateExpr(piece.expr, release))}\n`;
        }
        case 'pullSecrets': {
          const secrets = (valueAt(release.values, [PULL_SECRETS_KEY]) ?? []) as { name: string }[];
          if (!secrets.length) return '';
          const indent = ' '.repeat(piece.indent);
          return `${indent}${PULL_SECRETS_KEY}:\n${secrets.map((s) => `${indent}  - name: ${yamlScalar(s.name)}\n`).join('')}`;
        }
      }
    })
    .join('');
}

/** Whether the values meet a check (mirror of the chart's datalens.mismatches). */
export function meetsCheck(check: Check, values: unknown): boolean {
  const found = valueAtOrAbsent(values, check.path);
  switch (check.op) {
    case 'absent':
      return found === ABSENT;
    case 'present':
      return found !== ABSENT;
    case 'eq':
      return found !== ABSENT && JSON.stringify(found) === check.json;
    case 'len':
      return Array.isArray(found) && found.length === check.number;
    case 'min':
      return typeof found === 'number' && found >= check.number;
    case 'keys':
      return typeof found === 'object' && found !== null && JSON.stringify(Object.keys(found).sort()) === check.json;
    case 're':
      return found !== ABSENT && new RegExp(check.pattern).test(String(found));
  }
}

const ABSENT = Symbol('absent');

function valueAtOrAbsent(values: unknown, path: ValuesPath): unknown {
  let node: any = values;
  for (const key of path) {
    if (node === null || typeof node !== 'object' || !(key in node)) return ABSENT;
    node = node[key];
  }
  return node;
}

// ---- YAML scalars as the serialiser writes them (mirrored by the chart's datalens.yaml) ----

/**
 * Strings the serialiser (synth/output.ts, YAML 1.1 with core-schema quoting) does not write plain:
 * those starting with an indicator or holding `: `, ` #` and the like (yaml's plainString), and
 * those a YAML 1.1 or 1.2 reader would take for another type (the schemas' own tests).
 */
export const YAML_INDICATORS = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;
export const YAML_NON_STRINGS: readonly RegExp[] = (() => {
  const tests = (version: '1.1' | '1.2') => {
    const schema = new Document(null, { version }).schema;
    return [...schema.tags, ...(((schema as any).compat ?? []) as typeof schema.tags)].flatMap((tag: any) =>
      tag.default === true && tag.tag !== 'tag:yaml.org,2002:str' && tag.test ? [tag.test as RegExp] : [],
    );
  };
  const all = [...tests('1.1'), ...tests('1.2')];
  return all.filter((r, i) => all.findIndex((o) => o.source === r.source) === i);
})();

/** How the serialiser writes a string scalar that is not a map key. */
export function yamlScalar(value: string): string {
  if (YAML_INDICATORS.test(value) || value.includes('\n') || YAML_NON_STRINGS.some((r) => r.test(value)))
    return value.includes('"') && !value.includes("'") && !value.includes('\n') ? `'${value}'` : JSON.stringify(value);
  return value;
}
