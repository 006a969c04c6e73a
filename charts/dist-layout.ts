/*
 * Names in dist/ that the GitOps bootstraps and the synth agree on.
 */

/** Kustomize's entry point in every `dist/<env>/` folder; kustomize looks for exactly this name. */
export const KUSTOMIZATION_FILE = 'kustomization.yaml';

/** Folder of dist/ with the Flux objects; no environment may take this name. */
export const FLUX_FOLDER = 'flux';
