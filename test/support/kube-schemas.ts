import type { Manifest } from '../../synth/render';

/*
 * The official schema of each object: the Kubernetes OpenAPI schema (kubernetes-models) for
 * built-in kinds, the CRD's schema at the pinned operator version (imports/validators) otherwise.
 */

const CUSTOM_GROUPS = new Set(['argoproj.io', 'monitoring.coreos.com', 'cert-manager.io', 'external-secrets.io', 'postgresql.cnpg.io', 'barmancloud.cnpg.io']);

type Model = new (data: unknown) => { validate(): void };

function modelOf(manifest: Manifest): Model {
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
