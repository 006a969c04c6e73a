import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Document, visit } from 'yaml';
import { version as yamlVersion } from 'yaml/package.json';

/** Files of an output folder: path relative to the folder, and content. */
export type OutputFiles = ReadonlyMap<string, string>;

/*
 * Kubernetes, Argo CD and Helm decode YAML with Go libraries that follow YAML 1.1, where `off`,
 * `yes` or `0x1F` are not strings; editors and most other tools read YAML 1.2. Writing in the 1.1
 * dialect quotes every string 1.1 would read as something else, and the few plain scalars that
 * only 1.2's core schema resolves to a non-string (`0o17`) are quoted as well, so every reader
 * gets the same strings.
 */
const YAML_OPTIONS = { version: '1.1', lineWidth: 0, aliasDuplicateObjects: false } as const;

/** Plain scalars YAML 1.2's core schema reads as null, bool, int or float. */
const CORE_SCHEMA_NON_STRING =
  /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

/** Which serialiser produced a text: a cache of texts is only valid for the same one. */
export const YAML_SERIALISER = `yaml@${yamlVersion} ${JSON.stringify(YAML_OPTIONS)} ${CORE_SCHEMA_NON_STRING.source}`;

/** Anything that can hand back the YAML of an object, such as a cache of earlier runs. */
export interface YamlSource {
  get(object: unknown, serialise: (object: unknown) => string): string;
}

/** YAML of one object that every YAML 1.1 and 1.2 reader decodes to the same value. */
export function serialiseYaml(object: unknown): string {
  const doc = new Document(object, YAML_OPTIONS);
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && CORE_SCHEMA_NON_STRING.test(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  return doc.toString(YAML_OPTIONS);
}

/** YAML documents of the objects, in order; the same objects always give the same bytes. */
export function toYamlDocuments(objects: readonly unknown[], cache?: YamlSource): string {
  return objects.map((o) => (cache ? cache.get(o, serialiseYaml) : serialiseYaml(o))).join('---\n');
}

function siblings(target: string) {
  const parent = dirname(target);
  const name = basename(target);
  return { staging: join(parent, `.${name}.staging-${process.pid}`), previous: join(parent, `.${name}.previous`) };
}

/**
 * Replaces `target` by a folder holding exactly `files`. Everything is written to a staging
 * folder first and swapped in by two renames, so an error or a kill leaves either the old or the
 * new folder complete. A kill between the two renames leaves the old folder under its `.previous`
 * name; the next run puts it back before doing anything else.
 */
export function replaceDirectory(target: string, files: OutputFiles): void {
  const { staging, previous } = siblings(target);
  recoverDirectory(target);
  rmSync(staging, { recursive: true, force: true });
  try {
    for (const [path, content] of files) {
      const file = join(staging, path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
    }
    mkdirSync(staging, { recursive: true });
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(target)) renameSync(target, previous);
  renameSync(staging, target);
  rmSync(previous, { recursive: true, force: true });
}

/** Restores `target` from its `.previous` copy if an earlier run was killed between the two renames. */
export function recoverDirectory(target: string): void {
  const { previous } = siblings(target);
  if (!existsSync(target) && existsSync(previous)) renameSync(previous, target);
}

/** Writes one file by rename, so readers never see it half-written. */
export function writeFileAtomically(path: string, content: string): void {
  const staging = `${path}.staging-${process.pid}`;
  writeFileSync(staging, content);
  renameSync(staging, path);
}
