import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parseAllDocuments, parseDocument } from 'yaml';
import { ARGOCD_FOLDER } from '../../charts/cluster-bootstrap-chart';
import { FLUX_FOLDER, KUSTOMIZATION_FILE } from '../../charts/dist-layout';

/*
 * What the consumers read: the committed files in dist/, parsed the way Kubernetes, Argo CD and
 * Helm parse them (YAML 1.1, as the Go decoders do). Consumer-model tests start here, never from
 * the objects in memory.
 */

export const ROOT = join(__dirname, '..', '..');
export const DIST = join(ROOT, 'dist');

export type Json = Record<string, any>;

/** An object as read from a file, with the file it came from (relative to the repository). */
export interface ObjectOnDisk {
  readonly file: string;
  readonly object: Json;
}

/** Every file under `dir`, recursively, as paths relative to it, sorted. */
export function filesUnder(dir: string): string[] {
  const walk = (at: string): string[] =>
    readdirSync(at, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(at, e.name)) : [join(at, e.name)]));
  return walk(dir)
    .map((f) => relative(dir, f))
    .sort();
}

/** The documents of a YAML text parsed as YAML 1.1 (the Go decoders' dialect); empty documents dropped. */
export function parseYaml11(text: string, file = '(text)'): Json[] {
  return parseAllDocuments(text, { version: '1.1' }).flatMap((doc) => {
    if (doc.errors.length) throw new Error(`${file}: ${doc.errors[0].message}`);
    const value = doc.toJS({ maxAliasCount: 0 });
    return value === null || value === undefined ? [] : [value as Json];
  });
}

/**
 * The same documents parsed as YAML 1.2, the dialect of most tools outside Go (and of the `yaml` package's
 * default); the bytes are only safe when both dialects read the same values from them.
 */
export function parseYaml12(text: string, file = '(text)'): Json[] {
  return parseAllDocuments(text, { version: '1.2' }).flatMap((doc) => {
    if (doc.errors.length) throw new Error(`${file}: ${doc.errors[0].message}`);
    const value = doc.toJS({ maxAliasCount: 0 });
    return value === null || value === undefined ? [] : [value as Json];
  });
}

/** The environments that have a folder in dist/ (every folder but argocd). */
export function environmentsOnDisk(): string[] {
  return readdirSync(DIST, { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name !== ARGOCD_FOLDER && e.name !== FLUX_FOLDER)
    .map((e) => e.name)
    .sort();
}

/**
 * The objects of `dist/<folder>/` (argocd included), read back from disk as YAML 1.1; with `kinds`, only
 * objects of those kinds (files that do not mention one are not parsed at all).
 */
export function objectsOnDisk(folder: string, kinds?: readonly string[]): ObjectOnDisk[] {
  const dir = join(DIST, folder);
  return filesUnder(dir)
    // the kustomization lists files for kustomize and is excluded by the Applications (test/consumers/kustomize.test.ts reads it)
    .filter((f) => f.endsWith('.yaml') && basename(f) !== KUSTOMIZATION_FILE)
    .flatMap((f) => {
      const file = join('dist', folder, f);
      const text = readFileSync(join(dir, f), 'utf8');
      if (kinds && !kinds.some((kind) => text.includes(`kind: ${kind}`))) return [];
      const objects = parseYaml11(text, file).map((object) => ({ file, object }));
      return kinds ? objects.filter((o) => kinds.includes(o.object.kind)) : objects;
    });
}

/**
 * A data file of the repository (`environments/<name>.yaml`, `clusters/<name>.yaml`) read from disk
 * the way config/load.ts parses it (the yaml package's default YAML 1.2 core schema, unique keys);
 * an environment that extends another merged onto it as the README says: JSON Merge Patch
 * (RFC 7386), with a block that names another mode, provider or type replacing the inherited one.
 */
export function dataFileOnDisk(folder: 'environments' | 'clusters', name: string, seen: readonly string[] = []): Json {
  const file = join(ROOT, folder, `${name}.yaml`);
  const doc = parseDocument(readFileSync(file, 'utf8'), { uniqueKeys: true });
  if (doc.errors.length) throw new Error(`${join(folder, `${name}.yaml`)}: ${doc.errors[0].message}`);
  const value = doc.toJS({ maxAliasCount: 0 });
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error(`${join(folder, `${name}.yaml`)}: expected a mapping`);
  const parent = (value as Json).extends;
  if (folder !== 'environments' || parent === undefined) return value as Json;
  if (seen.includes(parent)) throw new Error(`${join(folder, `${name}.yaml`)}: extends leads back to ${parent}`);
  return mergePatch(dataFileOnDisk(folder, parent, [...seen, name]), value) as Json;
}

const isMapping = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** RFC 7386 section 2, with a mapping of another variant (mode, provider, type) replacing the target whole. */
function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isMapping(patch)) return patch;
  const variantChanges = isMapping(target) && ['mode', 'provider', 'type'].some((key) => key in patch && key in target && patch[key] !== target[key]);
  const result: Json = isMapping(target) && !variantChanges ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = mergePatch(result[key], value);
  }
  return result;
}
