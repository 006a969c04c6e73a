/*
 * The objects the synth writes, as plain data: what every reader of a rendering (the checks, the
 * picture, the prerequisites, the Helm chart) shares, with nothing that leads back to the constructs.
 */

/** A synthesised Kubernetes object. */
export interface Manifest {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  readonly [field: string]: unknown;
}

/** The objects of one component, written together to `dist/<env>/<file>.yaml`. */
export interface ManifestFile {
  readonly file: string;
  readonly manifests: readonly Manifest[];
}

/** File of the objects that belong to no component (the namespace baseline, environment-wide monitoring). */
export const ENVIRONMENT_FILE = 'namespace';

/** `Kind/name`: unique within an environment's namespace. */
export function manifestId(manifest: Manifest): string {
  return `${manifest.kind}/${manifest.metadata.name}`;
}

export function waveOfManifest(manifest: Manifest): number {
  return Number(manifest.metadata.annotations?.['argocd.argoproj.io/sync-wave'] ?? 0);
}
