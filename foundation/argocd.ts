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

/**
 * Every Application this project writes: compared server-side (defaults and other managers' fields
 * are no drift), and a failed sync retried a few times with backoff before it is reported.
 */
export const SERVER_SIDE_DIFF_ANNOTATIONS: Readonly<Record<string, string>> = { 'argocd.argoproj.io/compare-options': 'ServerSideDiff=true' };
export const SYNC_RETRY = { limit: 5, backoff: { duration: '10s', factor: 2, maxDuration: '3m' } } as const;
