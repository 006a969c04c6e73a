import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync, type Stats } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { Document, LineCounter, isAlias, isMap, isNode, isScalar, parseDocument, visit, type Node, type YAMLError } from 'yaml';
import type { z } from 'zod';
import { clusterSchema, environmentSchema, type ClusterConfig, type Environment, type EnvironmentConfig } from './schema';
import { crossEnvironmentProblems, type LocatedEnvironment } from './cross-environment';
import { previewProblems } from './previews';
import { layerOf, mergeSourced, sourcedOf, withOwnIdentities, type Layer, type Sourced } from './extends';
import { ENVIRONMENT_NAME_MAX } from './fields';
import type { Codec, DerivationStore } from '../foundation/derivation-store';

/** One or more problems in the environment files; each line names file, line, field, value and expectation. */
export class EnvironmentError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`invalid environment configuration:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'EnvironmentError';
  }
}

/*
 * Limits on what a data file may be, so that no input makes the synth hang, exhaust memory or
 * print pages: real files are a few KiB, with a handful of aliases at most.
 */
/** Largest data file read (bytes). */
export const MAX_FILE_BYTES = 128 * 1024;
/** Most alias expansions in one file (YAML "billion laughs" documents expand exponentially). */
export const MAX_ALIAS_EXPANSIONS = 100;
/** Most problems reported per file; the rest are counted on one line. */
export const MAX_PROBLEMS_PER_FILE = 20;
/** Longest value quoted back in a message (characters). */
const MAX_SHOWN = 60;

/** What a kind of data file is called and how long its name may be, and why. */
interface DataFileKind {
  readonly what: string;
  readonly maxName: number;
  readonly because: string;
}

export const ENVIRONMENT_FILES: DataFileKind = {
  what: 'environment',
  maxName: ENVIRONMENT_NAME_MAX,
  because: 'it prefixes the Grafana dashboard uids of the environment (<name>-datalens-namespace), which hold at most 40',
};

export const CLUSTER_FILES: DataFileKind = {
  what: 'cluster',
  maxName: 54,
  because: 'it names the Argo CD Application datalens-<name>, whose name is a label value of at most 63',
};

/** Where a field of a data file is, as `file:line:col`, for messages that point the reader at it. */
export type Locate = (path: readonly (string | number)[]) => string;

/** A validated data file: its name (the file name), its settings and a way to point at its fields. */
export interface DataFile<T> {
  readonly name: string;
  readonly config: T;
  readonly locate: Locate;
  /** What a message adds when the field's value came from an environment this one extends: '' or ` (inherited by <file> through extends)`. */
  readonly inherited: Locate;
}

type Parsed<T> = { file: DataFile<T> } | { problems: string[] };

/** The data files of a folder, sorted: every `<name>.yaml`, and every `.yml` (refused with a message when loaded). */
export function environmentFiles(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries
    .filter((file) => /\.ya?ml$/i.test(file))
    .sort()
    .map((file) => join(dir, file));
}

/**
 * Loads and validates every environment in `dir` and every cluster in `clustersDir`, resolves each
 * environment's cluster and checks the environments against each other; throws an
 * EnvironmentError listing every problem found. Files must be regular files inside `root` (a
 * symbolic link may point only within it).
 */
export function loadEnvironments(dir: string, clustersDir = join(dirname(dir), 'clusters'), root = dirname(dir), observe?: InputObserver, store?: DerivationStore): Environment[] {
  const problems: string[] = [];
  const read = (folder: string, kind: DataFileKind) => readDataFolder(folder, kind, root, problems, observe);
  const clusterTexts = read(clustersDir, CLUSTER_FILES);
  // a cluster file with problems of its own is named by them; its environments are not told it is missing
  const clusterFileNames = new Set(clusterTexts.map(({ file }) => basename(file).replace(/\.ya?ml$/i, '')));
  const clusters = clusterTexts.flatMap(({ file, text }) => {
    const result = parseCluster(file, text, store);
    if ('problems' in result) problems.push(...result.problems);
    return 'file' in result ? [result.file] : [];
  });
  const environmentTexts = read(dir, ENVIRONMENT_FILES);
  const layers = environmentTexts.flatMap(({ file, text }) => {
    const result = readLayer(ENVIRONMENT_FILES, file, text, store);
    if ('problems' in result) problems.push(...result.problems);
    return 'layer' in result ? [result.layer] : [];
  });
  const present = new Set(environmentTexts.map(({ file }) => basename(file).replace(/\.ya?ml$/i, '')));
  const layersByName = new Map(layers.map((l) => [l.name, l]));
  const environments = layers.flatMap((layer) => {
    const merged = withParents(layer, layersByName, present);
    if ('problems' in merged) {
      problems.push(...merged.problems);
      return [];
    }
    const result = validate(environmentSchema, ENVIRONMENT_FILES, merged.sourced, store);
    if ('problems' in result) problems.push(...result.problems);
    return 'file' in result ? [result.file] : [];
  });
  const byName = new Map(clusters.map((c) => [c.name, c]));
  const resolved = environments.flatMap((env): LocatedEnvironment[] => {
    const cluster = byName.get(env.config.cluster);
    if (cluster) return [{ name: env.name, config: env.config, cluster: { name: cluster.name, config: cluster.config }, locate: env.locate, inherited: env.inherited }];
    if ((clusters.length > 0 || problems.length === 0) && !clusterFileNames.has(env.config.cluster))
      problems.push(`${env.locate(['cluster'])}: cluster: expected the name of a file in clusters/ (${[...byName.keys()].join(', ') || 'none'}), got ${JSON.stringify(env.config.cluster)}${env.inherited(['cluster'])}`);
    return [];
  });
  if (problems.length === 0) problems.push(...crossEnvironmentProblems(resolved), ...previewProblems(clusters, resolved));
  // an inherited value that breaks its own file breaks every file that extends it too: its own line says it
  const reported = new Set(problems);
  if (problems.length > 0) throw new EnvironmentError(problems.filter((p) => !(INHERITED.test(p) && reported.has(p.replace(INHERITED, '')))));
  return resolved.map(({ name, config, cluster, locate }) => {
    LOCATORS.set(config, locate);
    return { name, config, cluster };
  });
}

/**
 * Told what the loader reads, in the order it reads it: the data files each folder lists, then
 * each file's real path (where its links lead) and text. What it is told is all the load depends on.
 */
export type InputObserver = (path: string, content: string) => void;

/** The data files of a folder, read as a load reads them; what keeps one from being read goes to `problems`. */
function readDataFolder(folder: string, kind: DataFileKind, root: string, problems: string[], observe?: InputObserver): { file: string; text: string }[] {
  const folderProblem = readableFolder(folder);
  if (folderProblem) {
    problems.push(folderProblem);
    return [];
  }
  const files = environmentFiles(folder);
  observe?.(folder, `lists ${files.map((path) => basename(path)).join('\0')}`);
  if (files.length === 0) problems.push(`${shown(folder)}: no ${kind.what} files (<name>.yaml) found`);
  return files.flatMap((path) => {
    const file = relative(process.cwd(), path) || path;
    const contents = readDataFile(path, file, root);
    if ('problem' in contents) {
      problems.push(contents.problem);
      return [];
    }
    if (observe) {
      let real: string;
      try {
        real = realpathSync(path);
      } catch {
        real = path;
      }
      observe(path, `reads ${real}\0${contents.text}`);
    }
    return [{ file, text: contents.text }];
  });
}

/**
 * Reads what loadEnvironments would read, telling `observe` the same things, without parsing:
 * false when a file or folder cannot be read (a load would say why).
 */
export function observeInputs(dir: string, clustersDir: string, root: string, observe: InputObserver): boolean {
  const problems: string[] = [];
  readDataFolder(clustersDir, CLUSTER_FILES, root, problems, observe);
  readDataFolder(dir, ENVIRONMENT_FILES, root, problems, observe);
  return problems.length === 0;
}

const LOCATORS = new WeakMap<EnvironmentConfig, Locate>();

/**
 * Where a field of a loaded environment is written (`file:line:col`), for problems found after
 * loading (while rendering); the file alone for an environment not read from a file.
 */
export function locationOf(environment: Environment, path: readonly (string | number)[]): string {
  return LOCATORS.get(environment.config)?.(path) ?? `environments/${environment.name}.yaml`;
}

const shown = (path: string) => relative(process.cwd(), path) || path;

/** A problem with the folder itself (not a folder, unreadable), or undefined when it can be listed or is missing. */
function readableFolder(folder: string): string | undefined {
  try {
    readdirSync(folder);
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    return `${shown(folder)}: folder: expected a folder of data files that can be listed, got ${describeErrno(error)}`;
  }
}

function describeErrno(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  const reason: Record<string, string> = {
    EACCES: 'permission denied (EACCES)',
    EPERM: 'operation not permitted (EPERM)',
    ELOOP: 'a loop of symbolic links (ELOOP)',
    ENOENT: 'a symbolic link to a file that does not exist (ENOENT)',
    ENOTDIR: 'a path through something that is not a folder (ENOTDIR)',
    EISDIR: 'a folder (EISDIR)',
    EIO: 'an input/output error (EIO)',
  };
  return (code && reason[code]) ?? `an error reading it (${code ?? message})`;
}

function fileType(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'something other than a regular file';
}

const isInside = (path: string, folder: string) => path === folder || path.startsWith(folder.endsWith(sep) ? folder : `${folder}${sep}`);

/**
 * The text of a data file, or the one problem that keeps it from being read: it must be a
 * regular file (a symbolic link only to one inside `root`), readable, at most MAX_FILE_BYTES, and
 * UTF-8 text. Never blocks: a named pipe is refused before it is opened, and opened non-blocking
 * in case it appears in between.
 */
export function readDataFile(path: string, file: string, root: string): { text: string } | { problem: string } {
  const problem = (field: string, expected: string, got: string) => ({ problem: `${file}:1:1: ${field}: expected ${expected}, got ${got}` });
  try {
    const link = lstatSync(path);
    if (link.isSymbolicLink()) {
      let target: string;
      try {
        target = realpathSync(path);
      } catch (error) {
        return problem('file', 'a regular file', describeErrno(error));
      }
      let realRoot: string;
      try {
        realRoot = realpathSync(root);
      } catch {
        realRoot = root;
      }
      if (!isInside(target, realRoot)) return problem('file', 'a file inside the repository', 'a symbolic link that leads outside it');
    }
    let fd: number;
    try {
      fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EISDIR') return problem('file', 'a regular file', 'a folder');
      return problem('file', 'a readable regular file', describeErrno(error));
    }
    try {
      const stats = fstatSync(fd);
      if (!stats.isFile()) return problem('file', 'a regular file', fileType(stats));
      if (stats.size > MAX_FILE_BYTES) return problem('file', `at most ${MAX_FILE_BYTES / 1024} KiB`, `${Math.ceil(stats.size / 1024)} KiB`);
      const buffer = Buffer.alloc(Math.min(stats.size, MAX_FILE_BYTES) + 1);
      let length = 0;
      for (let read = -1; read !== 0 && length < buffer.length; length += read) read = readSync(fd, buffer, length, buffer.length - length, null);
      if (length > MAX_FILE_BYTES) return problem('file', `at most ${MAX_FILE_BYTES / 1024} KiB`, 'more (it grew while being read)');
      return decodeText(buffer.subarray(0, length), file);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return problem('file', 'a readable regular file', describeErrno(error));
  }
}

/** The text of UTF-8 bytes, or a problem naming where the first byte that is not text is. */
function decodeText(bytes: Buffer, file: string): { text: string } | { problem: string } {
  let text: string;
  let bad = -1;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    bad = text.indexOf('\0');
  } catch {
    text = bytes.toString('utf8');
    bad = text.search(/[\uFFFD\0]/);
  }
  if (bad === -1) return { text };
  const before = text.slice(0, bad);
  const line = before.split('\n').length;
  const col = bad - before.lastIndexOf('\n');
  return { problem: `${file}:${line}:${col}: file: expected UTF-8 text, got binary data` };
}

/** Validates one environment file's text; `file` is the name used in messages (and its base name is the environment). */
export function parseEnvironment(file: string, text: string): { environment: DataFile<EnvironmentConfig> } | { problems: string[] } {
  const result = parseDataFile(environmentSchema, ENVIRONMENT_FILES, file, text);
  return 'file' in result ? { environment: result.file } : result;
}

/** Validates one cluster file's text (clusters/<name>.yaml), its YAML read back from `store` if an earlier run parsed it. */
export function parseCluster(file: string, text: string, store?: DerivationStore): Parsed<ClusterConfig> {
  return parseDataFile(clusterSchema, CLUSTER_FILES, file, text, store);
}

/** The problem with a data file's name, if any. */
function fileNameProblem(file: string, kind: DataFileKind): string | undefined {
  const fileName = basename(file);
  const expected = (what: string, got = fileName) => `${file}:1:1: file name: expected ${what}, got ${got}`;
  const yml = fileName.match(/^(.*)\.yml$/i);
  if (yml) return expected(`<${kind.what}>.yaml (the synth reads only .yaml files)`, `${fileName}: rename it to ${yml[1]}.yaml`);
  const name = fileName.replace(/\.yaml$/, '');
  if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(name) || fileName === name)
    return expected(
      `<${kind.what}>.yaml whose name is a DNS label of at most ${kind.maxName} characters (lower-case letters, digits and '-')`,
      /^[\x21-\x7e]{1,80}$/.test(fileName) ? fileName : shortJson(fileName),
    );
  if (name.length > kind.maxName) return expected(`a name of at most ${kind.maxName} characters (${kind.because})`, `${name} (${name.length} characters)`);
  return undefined;
}

function parseDataFile<T>(schema: z.ZodType<T>, kind: DataFileKind, file: string, text: string, store?: DerivationStore): Parsed<T> {
  const read = readLayer(kind, file, text, store);
  return 'layer' in read ? validate(schema, kind, sourcedOf(read.layer), store) : read;
}

/**
 * A data file's text read as YAML: its name checked, its syntax, keys and aliases too; not yet
 * validated. What it makes of a file depends on its kind, name and text alone, so `store` may hold
 * it from an earlier run; a layer read back parses its text again only when a message needs a
 * position in it.
 */
function readLayer(kind: DataFileKind, file: string, text: string, store?: DerivationStore): { layer: Layer } | { problems: string[] } {
  const nameProblem = fileNameProblem(file, kind);
  if (nameProblem) return { problems: [nameProblem] };
  const name = basename(file).replace(/\.yaml$/, '');
  if (!store) return parseLayer(name, file, text);
  return store.get({ dataFile: kind.what, file, text }, () => parseLayer(name, file, text), {
    encode: (read) => {
      if ('problems' in read) return JSON.stringify(read);
      if (!isJsonData(read.layer.data)) throw new Error('data JSON cannot hold');
      return JSON.stringify({ data: read.layer.data });
    },
    decode: (stored) => {
      const read = JSON.parse(stored);
      if (Array.isArray(read.problems) && read.problems.every((p: unknown) => typeof p === 'string')) return { problems: read.problems };
      if (!('data' in read)) throw new Error('not a data file');
      let parsed: { doc: Document; lines: LineCounter } | undefined;
      const source = () => (parsed ??= parseYaml(text));
      return {
        layer: {
          name,
          file,
          data: read.data,
          get doc() {
            return source().doc;
          },
          get lines() {
            return source().lines;
          },
        },
      };
    },
  });
}

/** The text as a YAML document, with the line counter its positions are read with. */
function parseYaml(text: string): { doc: Document; lines: LineCounter } {
  const lines = new LineCounter();
  // duplicate keys are found in linear time (duplicateKey): the parser's own check is quadratic in the keys of a mapping
  return { doc: parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false }), lines };
}

/** Whether JSON holds `value` exactly: finite numbers (no -0), strings, booleans, null, arrays and plain objects only. */
function isJsonData(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return value.every(isJsonData);
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.values(value).every(isJsonData);
}

function parseLayer(name: string, file: string, text: string): { layer: Layer } | { problems: string[] } {
  const { doc, lines } = parseYaml(text);
  if (doc.errors.length > 0) return { problems: [syntaxProblem(file, doc, lines, doc.errors[0])] };
  const duplicate = duplicateKey(doc);
  if (duplicate) {
    const { line, col } = lines.linePos(duplicate.range![0]);
    return { problems: [`${file}:${line}:${col}: malformed YAML: Map keys must be unique; ${shortJson(String((duplicate as Node & { value?: unknown }).value))} appears twice`] };
  }
  const cycle = cyclicAlias(doc);
  if (cycle?.range) {
    const { line, col } = lines.linePos(cycle.range[0]);
    return { problems: [`${file}:${line}:${col}: malformed YAML: an alias inside the node it names; expected data without cycles`] };
  }
  let data: unknown;
  try {
    data = negativeZeroAsZero(doc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSIONS }));
  } catch (error) {
    const alias = firstAlias(doc);
    const { line, col } = alias?.range ? lines.linePos(alias.range[0]) : { line: 1, col: 1 };
    if (error instanceof ReferenceError)
      return { problems: [`${file}:${line}:${col}: malformed YAML: expected at most ${MAX_ALIAS_EXPANSIONS} alias expansions, got more: aliases that expand exponentially are refused`] };
    return { problems: [`${file}:${line}:${col}: malformed YAML: ${firstLine(error)}`] };
  }
  return { layer: { name, file, doc, lines, data: data ?? {} } };
}

/**
 * The data with every -0 as 0 (in place): -0 is 0 to every reader of the output, so it is written as 0.
 * JSON, which keys the synth's caches, cannot tell the two apart either. (yaml's own reviver cannot do
 * this: it keeps a replacement only when it is !== the value, and -0 === 0.)
 */
function negativeZeroAsZero(value: unknown): unknown {
  if (Object.is(value, -0)) return 0;
  if (typeof value === 'object' && value !== null) for (const key of Object.keys(value)) (value as Record<string, unknown>)[key] = negativeZeroAsZero((value as Record<string, unknown>)[key]);
  return value;
}

type Validation<T> = { success: true; data: T } | { success: false; error: z.ZodError };

/** Data that passed its schema, kept as what the schema made of it when JSON holds that exactly; a failure is never kept (its messages are made again). */
const VALIDATED_CODEC: Codec<Validation<unknown>> = {
  encode: (validation) => {
    if (!validation.success) throw new Error('a failed validation is not kept');
    if (!isJsonData(validation.data)) throw new Error('data JSON cannot hold');
    return JSON.stringify(validation.data);
  },
  decode: (text) => ({ success: true, data: JSON.parse(text) }),
};

/** Validates (merged) data against the schema; every problem and every later message names the file the value came from. */
function validate<T>(schema: z.ZodType<T>, kind: DataFileKind, sourced: Sourced, store?: DerivationStore): Parsed<T> {
  const inherited: Locate = (path) => (layerOf(sourced, path) === sourced.from ? '' : ` (inherited by ${sourced.from.file} through extends)`);
  const check = (): Validation<T> => schema.safeParse(sourced.value);
  // what the schema makes of data depends on the data alone; only data JSON holds exactly can key it (JSON reads an infinite number as null)
  const parsed = store && isJsonData(sourced.value) ? store.get({ validated: kind.what, value: sourced.value }, check, VALIDATED_CODEC as Codec<Validation<T>>) : check();
  if (!parsed.success) {
    // describing an issue costs a walk of the document: describe only as many as are shown
    const { issues } = parsed.error;
    const problems = issues.slice(0, MAX_PROBLEMS_PER_FILE).map((issue) => {
      const path = locatedPath(issue);
      const { file, doc, lines } = layerOf(sourced, path);
      return `${describeIssue(file, doc, lines, issue, `${kind.what}s/${kind.what}.schema.json`)}${inherited(path)}`;
    });
    if (issues.length > MAX_PROBLEMS_PER_FILE) problems.push(`${sourced.from.file}: ${issues.length - MAX_PROBLEMS_PER_FILE} more problems in this file not shown; fix these first`);
    return { problems };
  }
  const locate: Locate = (path) => {
    const { file, doc, lines } = layerOf(sourced, path);
    const { line, col } = position(doc, lines, [...path]);
    return `${file}:${line}:${col}`;
  };
  return { file: { name: sourced.from.name, config: parsed.data, locate, inherited } };
}

/**
 * An environment file merged onto the chain of environments it extends (`extends: <name>`), or
 * the problem with its chain: an unknown parent, or a cycle. A parent that exists but has
 * problems of its own is reported on its own; the child then reports nothing more.
 */
function withParents(layer: Layer, byName: ReadonlyMap<string, Layer>, present: ReadonlySet<string>): { sourced: Sourced } | { problems: string[] } {
  const chain: Layer[] = [layer];
  for (let current = layer; ; ) {
    const parent = isTree(current.data) ? current.data.extends : undefined;
    if (parent === undefined) break;
    // a broken link further up the chain is reported by the file that has it
    if (current !== layer && (typeof parent !== 'string' || !byName.has(parent))) return { problems: [] };
    const { line, col } = position(layer.doc, layer.lines, ['extends']);
    const at = `${layer.file}:${line}:${col}: extends`;
    if (typeof parent !== 'string' || !byName.has(parent)) {
      if (typeof parent === 'string' && present.has(parent)) return { problems: [] };
      const names = [...byName.keys()].filter((name) => name !== layer.name).join(', ') || 'none';
      return { problems: [`${at}: expected the name of another environment in environments/ (${names}), got ${shortJson(parent)}`] };
    }
    const next = byName.get(parent)!;
    if (chain.includes(next)) {
      if (next !== layer) return { problems: [] };
      return { problems: [`${at}: expected a chain of environments that ends, got ${shortJson((layer.data as Record<string, unknown>).extends)}, which leads back: ${[...chain, next].map((l) => l.name).join(' -> ')}`] };
    }
    chain.push(next);
    current = next;
  }
  if (chain.length === 1) return { sourced: sourcedOf(layer) };
  return { sourced: withOwnIdentities(chain.reverse().map(sourcedOf).reduce((parent, child) => mergeSourced(parent, child))) };
}

const INHERITED = / \(inherited by \S+ through extends\)$/;

const isTree = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const firstLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0].slice(0, 200);

/**
 * The first syntax error, located where the reader must look: an unclosed quote is reported where
 * it opens (the parser notices it only at the end of the file). Later errors usually follow from
 * the first one, so only that is reported.
 */
function syntaxProblem(file: string, doc: Document, lines: LineCounter, error: YAMLError): string {
  let offset = error.pos[0];
  let message = firstLine(error);
  if (error.code === 'MISSING_CHAR' && /quote/.test(error.message)) {
    const opening = unclosedQuote(doc, offset);
    if (opening !== undefined) {
      offset = opening;
      message = `${message}: the quote opened here is not closed`;
    }
  }
  const { line, col } = lines.linePos(offset);
  return `${file}:${line}:${col}: malformed YAML: ${message}`;
}

/** Where the quoted scalar that runs into `end` begins. */
function unclosedQuote(doc: Document, end: number): number | undefined {
  let found: number | undefined;
  visit(doc, {
    Scalar(_key, node) {
      if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && node.range && node.range[0] <= end && node.range[1] >= end - 1) found ??= node.range[0];
    },
  });
  return found;
}

/** The second occurrence of a key in some mapping, found in linear time. */
function duplicateKey(doc: Document): Node | undefined {
  let duplicate: Node | undefined;
  visit(doc, {
    Map(_key, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        const key = isScalar(pair.key) ? pair.key.value : pair.key;
        if (seen.has(key) && isNode(pair.key)) {
          duplicate = pair.key;
          return visit.BREAK;
        }
        seen.add(key);
      }
      return undefined;
    },
  });
  return duplicate;
}

/**
 * An alias inside the node its anchor names (`a: &x {b: *x}`): data with a cycle, which no data file
 * can mean and no walk of it ends. (An anchor comes before its aliases, so every cycle has one.)
 */
function cyclicAlias(doc: Document): Node | undefined {
  let found: Node | undefined;
  visit(doc, {
    Alias(_key, node, path) {
      const target = node.resolve(doc);
      if (target === undefined || !path.includes(target)) return undefined;
      found = node;
      return visit.BREAK;
    },
  });
  return found;
}

function firstAlias(doc: Document): Node | undefined {
  let found: Node | undefined;
  visit(doc, {
    Alias(_key, node) {
      found = node;
      return visit.BREAK;
    },
  });
  return found;
}

type PathKey = string | number;

/** A value as a message quotes it: JSON, cut short; a number JSON cannot hold as its source text. */
function describeValue(value: unknown): string {
  if (isScalar(value) && typeof value.value === 'number' && !Number.isFinite(value.value)) return String(value.source ?? value.value);
  const plain = isNode(value) ? value.toJSON() : value;
  if (typeof plain === 'number' && !Number.isFinite(plain)) return String(plain);
  return shortJson(plain);
}

function shortJson(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > MAX_SHOWN ? `${json.slice(0, MAX_SHOWN)}... (${json.length} characters)` : json;
}

/** The path a message points at: an unknown key's own, else the issue's. */
function locatedPath(issue: z.core.$ZodIssue): PathKey[] {
  const path = issue.path.filter((key): key is PathKey => typeof key !== 'symbol');
  return issue.code === 'unrecognized_keys' ? [...path, issue.keys[0]] : path;
}

function describeIssue(file: string, doc: Document, lines: LineCounter, issue: z.core.$ZodIssue, schemaFile: string): string {
  const located = locatedPath(issue);
  const { line, col } = position(doc, lines, located);
  const field = located.length > 0 ? located.map((key) => (typeof key === 'string' && key.length > MAX_SHOWN ? `${key.slice(0, MAX_SHOWN)}...` : key)).join('.') : '(top level)';
  const value = isAlias(doc.getIn(located, true)) ? doc.getIn(located) : doc.getIn(located, true);
  let got: string;
  if (issue.code === 'unrecognized_keys') got = '';
  else if (issue.code === 'invalid_key') got = `, got the key ${shortJson(located[located.length - 1])}`;
  else got = value === undefined ? ', got nothing' : `, got ${describeValue(value)}`;
  const expected = expectation(issue, schemaFile, value);
  // a rule that already says what it got is not told twice
  return `${file}:${line}:${col}: ${field}: ${expected}${/, got /.test(expected) ? '' : got}`;
}

/** The position of the deepest node on `path` that exists (a missing field points at its parent). */
function position(doc: Document, lines: LineCounter, path: PathKey[]) {
  for (let depth = path.length; depth >= 0; depth--) {
    const prefix = path.slice(0, depth);
    const parent = depth > 0 ? doc.getIn(prefix.slice(0, -1), true) : undefined;
    // point at the key of a mapping entry, where a reader looks for the field
    if (depth > 0 && isMap(parent)) {
      const pair = parent.items.find((item) => isNode(item.key) && (item.key as Node & { value?: unknown }).value === prefix[depth - 1]);
      if (pair && isNode(pair.key) && pair.key.range) return lines.linePos(pair.key.range[0]);
    }
    const node = depth > 0 ? doc.getIn(prefix, true) : doc.contents;
    if (isNode(node) && node.range) return lines.linePos(node.range[0]);
  }
  return { line: 1, col: 1 };
}

/** Keys the schema no longer has, and what replaced them. */
const REMOVED_KEYS: Readonly<Record<string, string>> = {
  aws: 'the regions are set where they are used: data.objectStore.region and data.postgres.backup.region',
};

function expectation(issue: z.core.$ZodIssue, schemaFile: string, value: unknown): string {
  // the schema's own messages say what is expected
  if (issue.message.startsWith('expected')) return issue.message;
  switch (issue.code) {
    case 'unrecognized_keys': {
      const removed = issue.path.length === 0 ? issue.keys.find((key) => REMOVED_KEYS[key]) : undefined;
      if (removed) return `unknown key ${JSON.stringify(removed)}; expected no ${removed} block: ${REMOVED_KEYS[removed]}`;
      const keys = issue.keys.slice(0, 5).map((key) => shortJson(key));
      const more = issue.keys.length > 5 ? ` and ${issue.keys.length - 5} more` : '';
      return `unknown key ${keys.join(', ')}${more}; expected only the keys the schema defines (see ${schemaFile})`;
    }
    case 'invalid_type': {
      const node = isScalar(value) ? value.value : value;
      if (issue.expected === 'number' && typeof node === 'number') return 'expected a finite number';
      return `expected ${issue.expected}`;
    }
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union':
      return issue.message.startsWith('Invalid input') ? 'expected one of the documented forms' : issue.message;
    case 'invalid_key': {
      const inner = issue.issues.find((i) => i.message.startsWith('expected'));
      return inner?.message ?? 'expected a valid key';
    }
    case 'too_small':
      return issue.origin === 'array' ? `expected at least ${issue.minimum} entries` : `expected a value >= ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'array' ? `expected at most ${issue.maximum} entries` : `expected a value <= ${issue.maximum}`;
    case 'invalid_format':
      return issue.message.startsWith('expected') ? issue.message : `expected a valid ${issue.format}`;
    default:
      return issue.message;
  }
}
