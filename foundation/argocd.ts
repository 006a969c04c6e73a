/** Argo CD annotations this project sets; the sync order and prune protection are computed in synth/. */
export const SYNC_WAVE_ANNOTATION = 'argocd.argoproj.io/sync-wave';
export const SYNC_OPTIONS_ANNOTATION = 'argocd.argoproj.io/sync-options';
export const HOOK_ANNOTATION = 'argocd.argoproj.io/hook';
export const HOOK_DELETE_POLICY_ANNOTATION = 'argocd.argoproj.io/hook-delete-policy';

/** A Job Argo CD runs as a Sync hook in its wave, deleted and recreated on every sync (so it always reruns). */
export const SYNC_HOOK_ANNOTATIONS: Readonly<Record<string, string>> = {
  [HOOK_ANNOTATION]: 'Sync',
  [HOOK_DELETE_POLICY_ANNOTATION]: 'BeforeHookCreation',
};
