import { readFileSync, readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { Document, LineCounter, isMap, isNode, parseDocument, type Node } from 'yaml';
import type { z } from 'zod';
import { environmentSchema, type Environment } from './schema';

/** One or more problems in the environment files; each line names file, line, field, value and expectation. */
export class EnvironmentError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`invalid environment configuration:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'EnvironmentError';
  }
}

const ENVIRONMENT_FILE = /^([a-z0-9]([-a-z0-9]{0,30}[a-z0-9])?)\.yaml$/;

/** The environment files of a folder, sorted: every `<name>.yaml` is an environment. */
export function environmentFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .map((file) => join(dir, file));
}

/** Loads and validates every environment in `dir`; throws an EnvironmentError listing every problem found. */
export function loadEnvironments(dir: string): Environment[] {
  const problems: string[] = [];
  const environments: Environment[] = [];
  const files = environmentFiles(dir);
  if (files.length === 0) throw new EnvironmentError([`${dir}: no environment files (<name>.yaml) found`]);
  for (const file of files) {
    const result = parseEnvironment(relative(process.cwd(), file) || file, readFileSync(file, 'utf8'));
    if ('problems' in result) problems.push(...result.problems);
    else environments.push(result.environment);
  }
  problems.push(...crossEnvironmentProblems(environments));
  if (problems.length > 0) throw new EnvironmentError(problems);
  return environments;
}

/** Validates one environment file's text; `file` is the name used in messages (and its base name is the environment). */
export function parseEnvironment(file: string, text: string): { environment: Environment } | { problems: string[] } {
  const fileName = basename(file);
  const name = fileName.match(ENVIRONMENT_FILE)?.[1];
  if (!name) return { problems: [`${file}:1:1: file name: expected <environment>.yaml with a DNS label as name, got ${fileName}`] };
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
  const parsed = environmentSchema.safeParse(doc.toJS() ?? {});
  if (parsed.success) return { environment: { name, config: parsed.data } };
  return { problems: parsed.error.issues.map((issue) => describeIssue(file, doc, lines, issue)) };
}

function crossEnvironmentProblems(environments: Environment[]): string[] {
  const owners = new Map<string, string>();
  const problems: string[] = [];
  for (const env of environments) {
    const owner = owners.get(env.config.namespace);
    if (owner) problems.push(`environments ${owner} and ${env.name}: namespace: both use ${env.config.namespace}; expected a namespace of their own`);
    else owners.set(env.config.namespace, env.name);
  }
  return problems;
}

type PathKey = string | number;

function describeIssue(file: string, doc: Document, lines: LineCounter, issue: z.core.$ZodIssue): string {
  const path = issue.path.filter((key): key is PathKey => typeof key !== 'symbol');
  const located = issue.code === 'unrecognized_keys' ? [...path, issue.keys[0]] : path;
  const { line, col } = position(doc, lines, located);
  const field = located.length > 0 ? located.join('.') : '(top level)';
  const value = doc.getIn(located);
  const got = issue.code === 'unrecognized_keys' ? '' : value === undefined ? ', got nothing' : `, got ${JSON.stringify(isNode(value) ? value.toJSON() : value)}`;
  return `${file}:${line}:${col}: ${field}: ${expectation(issue)}${got}`;
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

function expectation(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `unknown key ${issue.keys.map((key) => JSON.stringify(key)).join(', ')}; expected only the keys the schema defines (see environments/environment.schema.json)`;
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
