/*
 * Helm's lifecycle annotations. The objects of dist/ carry them too, and Argo CD reads them
 * (gitops-engine pkg/sync/hook): Helm hook types only when an object has no Argo CD hook
 * annotation (hook.go Types), so a Job that is also an Argo CD Sync hook stays one; Helm's delete
 * policies add to Argo CD's (delete_policy.go), where before-hook-creation is Argo CD's own
 * default; the hook weight yields to an explicit sync wave (syncwaves/waves.go). Argo CD 2.8 and
 * later treat `helm.sh/resource-policy: keep` as `Delete=false` (argo-cd#13157), which the same
 * objects already carry.
 */

export const HELM_HOOK_ANNOTATION = 'helm.sh/hook';
export const HELM_HOOK_DELETE_POLICY_ANNOTATION = 'helm.sh/hook-delete-policy';
export const HELM_RESOURCE_POLICY_ANNOTATION = 'helm.sh/resource-policy';

/**
 * A Job Helm runs after the first install and before every upgrade, deleted before it is created
 * again: an upgrade never patches its immutable pod template, and a first install runs it once the
 * release's objects exist (the Job itself waits for what it needs).
 */
export const HELM_HOOK_JOB_ANNOTATIONS: Readonly<Record<string, string>> = {
  [HELM_HOOK_ANNOTATION]: 'post-install,pre-upgrade',
  [HELM_HOOK_DELETE_POLICY_ANNOTATION]: 'before-hook-creation',
};

/** `helm uninstall` leaves the object (and what it holds) in place. */
export const HELM_KEEP_ANNOTATIONS: Readonly<Record<string, string>> = { [HELM_RESOURCE_POLICY_ANNOTATION]: 'keep' };
