import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Manifest } from '../../synth/manifest';

/*
 * The official schema of each object: the Kubernetes OpenAPI schema (kubernetes-models) for
 * built-in kinds, the CRD's schema at the pinned operator version (imports/validators) otherwise.
 */

/** API groups of the CRDs the project imports: one folder each in imports/validators. */
export const CUSTOM_GROUPS: ReadonlySet<string> = new Set(
  readdirSync(join(__dirname, '..', '..', 'imports', 'validators'), { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('_'))
    .map((e) => e.name),
);

type Model = new (data: unknown) => { validate(): void };

/** The schema model of an object's kind; fails for a kind without one. */
export function modelOf(manifest: { apiVersion: string; kind: string; metadata?: unknown }): Model {
  const [group, version] = manifest.apiVersion.includes('/') ? manifest.apiVersion.split('/') : ['', manifest.apiVersion];
  const module = CUSTOM_GROUPS.has(group)
    ? require(`../../imports/validators/${group}/${version}`)
    : require(`kubernetes-models/${group ? `${group}/` : ''}${version}`);
  const model = module[manifest.kind];
  if (!model) throw new Error(`no schema for ${manifest.apiVersion} ${manifest.kind}`);
  return model;
}

/** What the official schema says is wrong with an object, or undefined when it validates. */
export function schemaProblem(manifest: Manifest): string | undefined {
  try {
    new (modelOf(manifest))(manifest).validate();
    return undefined;
  } catch (error) {
    return `${manifest.kind}/${manifest.metadata?.name}: ${(error as Error).message.split('\n').slice(0, 3).join(' ')}`;
  }
}
