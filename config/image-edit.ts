import { isDeepStrictEqual } from 'node:util';
import { isMap, isPair, isScalar, parseDocument, stringify, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { environmentSchema, imageSchema } from './schema';

/*
 * `npm run set-image`: changes one image of an environment file and nothing else. The file is
 * parsed with the yaml library's Document API only to find where things are (each node knows its
 * source range); the edit is a splice of those bytes, so every comment, quote, flow mapping and
 * blank line outside the edited value stays byte for byte. Every edit is verified by parsing the
 * result again: it must hold exactly the old values with the one image changed, or nothing is
 * written.
 */

/** What to pin an image to: a tag, a digest, or both (`<tag>@<digest>`). */
export interface ImageReference {
  readonly tag?: string;
  readonly digest?: string;
}

/** A problem with the request or the file; its message is one line for the user. */
export class ImageEditError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImageEditError';
  }
}

const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;

/** The components with an image in an environment file (the keys of `images`). */
export const IMAGE_COMPONENTS: readonly string[] = Object.keys(environmentSchema.shape.images.shape);

/** Parses `<tag>`, `sha256:<hex>`, `@sha256:<hex>` or `<tag>@sha256:<hex>`; one line saying what is wrong otherwise. */
export function parseImageReference(text: string): ImageReference {
  const at = text.indexOf('@');
  const tag = at === -1 ? text : text.slice(0, at);
  const digest = at === -1 ? undefined : text.slice(at + 1);
  const shown = JSON.stringify(text.slice(0, 100));
  if (at === -1 && text.startsWith('sha256:')) {
    if (!DIGEST.test(text)) throw new ImageEditError(`image reference: expected a digest sha256:<64 lower-case hex digits>, got ${shown}`);
    return { digest: text };
  }
  if (digest !== undefined && !DIGEST.test(digest)) throw new ImageEditError(`image reference: expected a digest sha256:<64 lower-case hex digits> after '@', got ${shown}`);
  if (tag === '') {
    if (digest === undefined) throw new ImageEditError('image reference: expected a tag (such as 2.1.0) or a digest (sha256:<64 hex digits>), got nothing');
    return { digest };
  }
  if (!TAG.test(tag)) throw new ImageEditError(`image reference: expected a tag (letters, digits, '_', '.', '-', at most 128, not beginning with '.' or '-') or a digest sha256:<64 hex digits>, got ${shown}`);
  if (tag === 'latest') throw new ImageEditError("image reference: expected an explicit version tag, not 'latest' (the synth refuses it)");
  return digest === undefined ? { tag } : { tag, digest };
}

/** An environment file: its name (without .yaml) and text. */
export interface EnvironmentText {
  readonly name: string;
  readonly text: string;
}

/**
 * The environment file to edit and its new text. The image is set in the named environment's
 * own file: where that file does not spell the image out (it inherits it through `extends:`),
 * the path is created there, so the change never reaches the environments that share the parent.
 * `read` gives the text of an environment file by name, or undefined when there is none.
 */
export function setImage(name: string, component: string, reference: ImageReference, read: (name: string) => string | undefined): string {
  if (!IMAGE_COMPONENTS.includes(component))
    throw new ImageEditError(`component: expected one of ${IMAGE_COMPONENTS.join(', ')} (the keys of images in an environment file), got ${JSON.stringify(component.slice(0, 60))}`);
  const text = read(name);
  if (text === undefined) throw new ImageEditError(`environment: expected the name of a file environments/<name>.yaml, got ${JSON.stringify(name.slice(0, 60))}`);
  const file = `environments/${name}.yaml`;
  const doc = parse(text, file);
  const inherited = inheritedImage(name, component, read, new Set([name]));
  const own = doc.getIn(['images', component], true) as Node | undefined;
  if (own !== undefined && !isMap(own)) throw new ImageEditError(`${file}: images.${component}: expected a mapping with repository and tag or digest, got ${JSON.stringify(String(own)).slice(0, 80)}`);
  if (own === undefined && inherited === undefined) throw new ImageEditError(`${file}: images.${component}: expected the image to be set in the file or in the environment it extends, got none`);
  const current = { ...(inherited ?? {}), ...(own ? imageIn(doc, component) : {}) } as Record<string, unknown>;
  const wanted = { ...current, ...reference } as Record<string, unknown>;
  // a tag alone replaces a digest (which would otherwise still pin the old image), and a digest alone a tag
  if (reference.digest === undefined) delete wanted.digest;
  if (reference.tag === undefined) delete wanted.tag;
  const checked = imageSchema.safeParse(wanted);
  if (!checked.success) throw new ImageEditError(`${file}: images.${component}: ${checked.error.issues[0].message}`);

  const expected = doc.toJS() as Record<string, any>;
  let edited = text;
  for (const key of ['tag', 'digest'] as const) {
    const value = wanted[key] as string | undefined;
    if (value === current[key]) continue;
    if (value !== undefined) {
      edited = setScalar(edited, file, ['images', component, key], value);
      expected.images ??= {};
      expected.images[component] ??= {};
      expected.images[component][key] = value;
    } else if (own !== undefined && (own as YAMLMap).has(key) && inherited?.[key] === undefined) {
      edited = removePair(edited, file, ['images', component], key);
      delete expected.images[component][key];
    } else {
      throw new ImageEditError(`${file}: images.${component}: the ${key} it inherits (${inherited?.[key] ?? current[key]}) would still apply; give <tag>@<digest>, or set images.${component} in full in this file`);
    }
  }
  const after = parse(edited, file).toJS();
  if (!isDeepStrictEqual(after, expected))
    throw new ImageEditError(`${file}: images.${component}: could not change the image without changing other values; edit the file by hand`);
  return edited;
}

/** The image an environment inherits through `extends:`, merged down its chain; undefined when there is none. */
function inheritedImage(name: string, component: string, read: (name: string) => string | undefined, seen: Set<string>): Record<string, unknown> | undefined {
  const text = read(name);
  if (text === undefined) return undefined;
  const parent = parse(text, `environments/${name}.yaml`).get('extends');
  if (typeof parent !== 'string') return undefined;
  if (seen.has(parent)) throw new ImageEditError(`environments/${name}.yaml: extends: expected no cycle, got ${[...seen, parent].join(' -> ')}`);
  seen.add(parent);
  const parentText = read(parent);
  if (parentText === undefined) throw new ImageEditError(`environments/${name}.yaml: extends: expected the name of a file environments/<name>.yaml, got ${JSON.stringify(parent)}`);
  const own = imageIn(parse(parentText, `environments/${parent}.yaml`), component);
  const above = inheritedImage(parent, component, read, seen);
  return above || own ? { ...(above ?? {}), ...(own ?? {}) } : undefined;
}

/** The image of a component as the file spells it, as plain values. */
function imageIn(doc: Document.Parsed, component: string): Record<string, unknown> | undefined {
  const image = (doc.toJS() as { images?: Record<string, unknown> }).images?.[component];
  return typeof image === 'object' && image !== null ? (image as Record<string, unknown>) : undefined;
}

function parse(text: string, file: string): Document.Parsed {
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    const [line, column] = error.linePos?.[0] ? [error.linePos[0].line, error.linePos[0].col] : [1, 1];
    throw new ImageEditError(`${file}:${line}:${column}: ${error.message.split('\n')[0]}`);
  }
  if (!isMap(doc.contents)) throw new ImageEditError(`${file}: expected a mapping of environment settings`);
  return doc;
}

/** The scalar as YAML would read it back as this string: plain when that is unambiguous, double-quoted otherwise. */
function scalarText(value: string, quote?: string): string {
  if (quote === 'QUOTE_SINGLE') return `'${value}'`;
  if (quote === 'QUOTE_DOUBLE') return JSON.stringify(value);
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

/** Sets a string at a path, creating the mappings on the way as needed. */
function setScalar(text: string, file: string, path: string[], value: string): string {
  const doc = parse(text, file);
  const node = doc.getIn(path, true) as Node | undefined;
  if (node !== undefined) {
    if (!isScalar(node) || !node.range) throw new ImageEditError(`${file}: ${path.join('.')}: expected a single value, got a collection`);
    const [start, end] = node.range;
    return `${text.slice(0, start)}${scalarText(value, node.type)}${text.slice(end)}`;
  }
  // the deepest mapping that exists, and what to add to it
  let depth = path.length - 1;
  while (depth > 0 && doc.getIn(path.slice(0, depth), true) === undefined) depth--;
  const parent = (depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true)) as Node;
  if (!isMap(parent)) throw new ImageEditError(`${file}: ${path.slice(0, depth).join('.')}: expected a mapping, got a single value`);
  return insertPair(text, parent, path.slice(depth), value);
}

/** Adds `rest[0]: ...` (nested down to the value) as the last entry of a mapping. */
function insertPair(text: string, map: YAMLMap, rest: string[], value: string): string {
  const [start, valueEnd, end] = map.range!;
  if (map.flow) {
    // the closing brace ends the mapping's value; a comment after it may hold braces of its own
    const close = text.lastIndexOf('}', valueEnd - 1);
    const inner = rest.slice(1).reduceRight((acc, key) => `{ ${key}: ${acc} }`, scalarText(value));
    const before = text.slice(0, close).trimEnd();
    const separator = map.items.length > 0 ? ', ' : ' ';
    return `${before}${separator}${rest[0]}: ${inner} ${text.slice(close)}`;
  }
  const indent = columnOf(text, map.items.length > 0 ? keyStart(map.items[0]) : start);
  const lines = rest.map((key, i) => `${' '.repeat(indent + 2 * i)}${key}:${i === rest.length - 1 ? ` ${scalarText(value)}` : ''}`);
  // after the mapping's last entry, before anything that follows it
  const last = map.items[map.items.length - 1];
  const at = lineEnd(text, last ? pairEnd(last) : end);
  const head = text.slice(0, at);
  return `${head}${head.endsWith('\n') || head === '' ? '' : '\n'}${lines.join('\n')}\n${text.slice(at).replace(/^\n/, '')}`;
}

/** Removes `key` and its value from the mapping at `path`. */
function removePair(text: string, file: string, path: string[], key: string): string {
  const map = parse(text, file).getIn(path, true) as YAMLMap;
  const index = map.items.findIndex((p) => isScalar(p.key) && p.key.value === key);
  const pair = map.items[index];
  if (map.flow) {
    const from = keyStart(pair);
    const to = pairEnd(pair);
    if (index < map.items.length - 1) {
      const next = keyStart(map.items[index + 1]);
      return `${text.slice(0, from)}${text.slice(next)}`;
    }
    const previousComma = text.lastIndexOf(',', from);
    const cut = index > 0 ? previousComma : from;
    return `${text.slice(0, cut)}${text.slice(to)}`;
  }
  const from = text.lastIndexOf('\n', keyStart(pair) - 1) + 1;
  const to = lineEnd(text, pairEnd(pair));
  return `${text.slice(0, from)}${text.slice(to).replace(/^\n/, '')}`;
}

function keyStart(pair: Pair): number {
  return (isPair(pair) && (pair.key as Node)?.range?.[0]) || 0;
}

function pairEnd(pair: Pair): number {
  const value = pair.value as Node | null;
  return value?.range?.[1] ?? (pair.key as Node).range![1];
}

/** Offset of the end of the line holding `offset` (its newline, or the end of the text). */
function lineEnd(text: string, offset: number): number {
  const newline = text.indexOf('\n', Math.max(offset - 1, 0));
  return newline === -1 ? text.length : newline;
}

function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}
