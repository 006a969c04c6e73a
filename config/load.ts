import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { Document, LineCounter, isMap, isNode, parseDocument, type Node } from 'yaml';
import type { z } from 'zod';
import { clusterSchema, environmentSchema, type ClusterConfig, type Environment, type EnvironmentConfig } from './schema';
import { crossEnvironmentProblems, type LocatedEnvironment } from './cross-environment';

/** One or more problems in the environment files; each line names file, line, field, value and expectation. */
export class EnvironmentError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`invalid environment configuration:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'EnvironmentError';
  }
}

const DATA_FILE = /^([a-z0-9]([-a-z0-9]{0,30}[a-z0-9])?)\.yaml$/;

/** Where a field of a data file is, as `file:line:col`, for messages that point the reader at it. */
export type Locate = (path: readonly (string | number)[]) => string;

/** A validated data file: its name (the file name), its settings and a way to point at its fields. */
export interface DataFile<T> {
  readonly name: string;
  readonly config: T;
  readonly locate: Locate;
}

type Parsed<T> = { file: DataFile<T> } | { problems: string[] };

/** The data files of a folder, sorted: every `<name>.yaml`. */
export function environmentFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .map((file) => join(dir, file));
}

/**
 * Loads and validates every environment in `dir` and every cluster in `clustersDir`, resolves each
 * environment's cluster and checks the environments against each other; throws an
 * EnvironmentError listing every problem found.
 */
export function loadEnvironments(dir: string, clustersDir = join(dirname(dir), 'clusters')): Environment[] {
  const problems: string[] = [];
  const load = <T>(folder: string, what: string, parse: (file: string, text: string) => Parsed<T>): DataFile<T>[] => {
    const files = environmentFiles(folder);
    if (files.length === 0) problems.push(`${folder}: no ${what} files (<name>.yaml) found`);
    return files.flatMap((path) => {
      const result = parse(relative(process.cwd(), path) || path, readFileSync(path, 'utf8'));
      if ('problems' in result) problems.push(...result.problems);
      return 'file' in result ? [result.file] : [];
    });
  };
  const clusters = load(clustersDir, 'cluster', parseCluster);
  const environments = load(dir, 'environment', (file, text) => {
    const result = parseEnvironment(file, text);
    return 'environment' in result ? { file: result.environment } : result;
  });
  const byName = new Map(clusters.map((c) => [c.name, c]));
  const resolved = environments.flatMap((env): LocatedEnvironment[] => {
    const cluster = byName.get(env.config.cluster);
    if (cluster) return [{ name: env.name, config: env.config, cluster: { name: cluster.name, config: cluster.config }, locate: env.locate }];
    if (clusters.length > 0 || problems.length === 0)
      problems.push(`${env.locate(['cluster'])}: cluster: expected the name of a file in clusters/ (${[...byName.keys()].join(', ') || 'none'}), got ${JSON.stringify(env.config.cluster)}`);
    return [];
  });
  if (problems.length === 0) problems.push(...crossEnvironmentProblems(resolved));
  if (problems.length > 0) throw new EnvironmentError(problems);
  return resolved.map(({ name, config, cluster }) => ({ name, config, cluster }));
}

/** Validates one environment file's text; `file` is the name used in messages (and its base name is the environment). */
export function parseEnvironment(file: string, text: string): { environment: DataFile<EnvironmentConfig> } | { problems: string[] } {
  const result = parseDataFile(environmentSchema, 'environment', file, text);
  return 'file' in result ? { environment: result.file } : result;
}

/** Validates one cluster file's text (clusters/<name>.yaml). */
export function parseCluster(file: string, text: string): Parsed<ClusterConfig> {
  return parseDataFile(clusterSchema, 'cluster', file, text);
}

function parseDataFile<T>(schema: z.ZodType<T>, what: string, file: string, text: string): Parsed<T> {
  const fileName = basename(file);
  const name = fileName.match(DATA_FILE)?.[1];
  if (!name) return { problems: [`${file}:1:1: file name: expected <${what}>.yaml with a DNS label as name, got ${fileName}`] };
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((error) => {
        const { line, col } = lines.linePos(error.pos[0]);
        return `${file}:${line}:${col}: malformed YAML: ${error.message.split('\n')[0]}`;
      }),
    };
  }
  const parsed = schema.safeParse(doc.toJS() ?? {});
  if (!parsed.success) return { problems: parsed.error.issues.map((issue) => describeIssue(file, doc, lines, issue, `${what}s/${what}.schema.json`)) };
  const locate: Locate = (path) => {
    const { line, col } = position(doc, lines, [...path]);
    return `${file}:${line}:${col}`;
  };
  return { file: { name, config: parsed.data, locate } };
}

type PathKey = string | number;

function describeIssue(file: string, doc: Document, lines: LineCounter, issue: z.core.$ZodIssue, schemaFile: string): string {
  const path = issue.path.filter((key): key is PathKey => typeof key !== 'symbol');
  const located = issue.code === 'unrecognized_keys' ? [...path, issue.keys[0]] : path;
  const { line, col } = position(doc, lines, located);
  const field = located.length > 0 ? located.join('.') : '(top level)';
  const value = doc.getIn(located);
  const got = issue.code === 'unrecognized_keys' ? '' : value === undefined ? ', got nothing' : `, got ${JSON.stringify(isNode(value) ? value.toJSON() : value)}`;
  return `${file}:${line}:${col}: ${field}: ${expectation(issue, schemaFile)}${got}`;
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

function expectation(issue: z.core.$ZodIssue, schemaFile: string): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `unknown key ${issue.keys.map((key) => JSON.stringify(key)).join(', ')}; expected only the keys the schema defines (see ${schemaFile})`;
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union':
      return issue.message.startsWith('Invalid input') ? 'expected one of the documented forms' : issue.message;
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
