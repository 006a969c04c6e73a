import type { Document, LineCounter } from 'yaml';

/*
 * `extends: <environment>`: an environment file written as the differences from another. The
 * merge is JSON Merge Patch (RFC 7386): mappings merge key by key, anything else (lists, scalars)
 * replaces the inherited value whole, and `null` removes an inherited key. A mapping that names
 * another variant of a discriminated union (another `mode`, `provider` or `type`) replaces the
 * inherited one whole too, so no field of the parent's variant leaks into the child's.
 */

/** The keys that choose a variant in the environment schema's discriminated unions. */
export const DISCRIMINATORS: readonly string[] = ['mode', 'provider', 'type'];

/** One data file as read: where it is, its parsed document (for positions) and its plain data. */
export interface Layer {
  /** The environment's name (the file name without .yaml). */
  readonly name: string;
  /** The file as messages name it. */
  readonly file: string;
  readonly doc: Document;
  readonly lines: LineCounter;
  readonly data: unknown;
}

/** A value of a merged environment with the file it came from; a mapping keeps where each of its keys came from. */
export interface Sourced {
  readonly value: unknown;
  readonly from: Layer;
  readonly keys?: ReadonlyMap<string, Sourced>;
}

type Tree = Record<string, unknown>;
const isTree = (value: unknown): value is Tree => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A file's data as a sourced value: everything in it came from it. */
export function sourcedOf(layer: Layer): Sourced {
  return wrap(layer.data, layer, false);
}

function wrap(value: unknown, from: Layer, dropNulls: boolean): Sourced {
  if (!isTree(value)) return { value, from };
  const keys = new Map<string, Sourced>();
  for (const [key, child] of Object.entries(value)) if (!(dropNulls && child === null)) keys.set(key, wrap(child, from, dropNulls));
  return { value: Object.fromEntries([...keys].map(([key, child]) => [key, child.value])), from, keys };
}

const switchesVariant = (parent: Tree, child: Tree) => DISCRIMINATORS.some((key) => key in child && key in parent && child[key] !== parent[key]);

/** `child` merged onto `parent` (RFC 7386, with variants replaced whole); each value keeps the file that set it. */
export function mergeSourced(parent: Sourced, child: Sourced): Sourced {
  const patch = child.value;
  if (!isTree(patch) || !isTree(parent.value) || !parent.keys || !child.keys || switchesVariant(parent.value, patch)) return wrap(patch, child.from, true);
  const keys = new Map(parent.keys);
  for (const [key, value] of child.keys) {
    if (value.value === null) keys.delete(key);
    else keys.set(key, keys.has(key) ? mergeSourced(keys.get(key)!, value) : wrap(value.value, child.from, true));
  }
  return { value: Object.fromEntries([...keys].map(([key, value]) => [key, value.value])), from: child.from, keys };
}

/**
 * The file a value of the merged data came from: the deepest value on `path` that a file set
 * (a missing field belongs to the file that set its parent, the child's when both did).
 */
export function layerOf(sourced: Sourced, path: readonly (string | number)[]): Layer {
  let node = sourced;
  for (const key of path) {
    const next = node.keys?.get(String(key));
    if (!next) break;
    node = next;
  }
  return node.from;
}

/**
 * Fields that name what an environment owns outside the cluster: never inherited, so an extending
 * environment derives its own from its name unless its file sets them (an inherited secret key
 * prefix would read the parent's credentials, an inherited bucket or archive folder would write
 * into the parent's). The bucket is an identity only in mode s3: a MinIO bucket lives in the
 * environment's own namespace.
 */
const IDENTITIES: readonly { path: readonly string[]; applies: (data: Tree) => boolean }[] = [
  { path: ['secrets', 'keyPrefix'], applies: () => true },
  { path: ['data', 'objectStore', 'bucket'], applies: (data) => isTree(data.data) && isTree(data.data.objectStore) && data.data.objectStore.mode === 's3' },
  { path: ['data', 'postgres', 'backup', 'serverName'], applies: () => true },
];

/** A merged environment without the identities it inherited (see IDENTITIES). */
export function withOwnIdentities(merged: Sourced): Sourced {
  const data = merged.value;
  if (!isTree(data)) return merged;
  return IDENTITIES.filter(({ applies }) => applies(data)).reduce((tree, { path }) => withoutInherited(tree, path, merged.from), merged);
}

function withoutInherited(node: Sourced, path: readonly string[], owner: Layer): Sourced {
  const [key, ...rest] = path;
  const child = node.keys?.get(key);
  if (!child) return node;
  if (rest.length === 0 && child.from === owner) return node;
  const keys = new Map(node.keys);
  if (rest.length === 0) keys.delete(key);
  else keys.set(key, withoutInherited(child, rest, owner));
  return { ...node, value: Object.fromEntries([...keys].map(([name, value]) => [name, value.value])), keys };
}
