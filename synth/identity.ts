import { HOOK_ANNOTATION } from '../foundation/argocd';
import { checksum } from '../foundation/workload-parts';
import { manifestId, type Manifest, type RenderedEnvironment } from './render';

/*
 * Identities: the fields of stateful or immutable objects that cannot change without destroying
 * data or failing an apply (names, namespaces, selectors, StatefulSet service and claim-template
 * names, Job templates). identity.lock.json records them; a change fails CI until the lock is
 * deliberately updated with `npm run lock`.
 */

/** Identity fields of one object. */
export type Identity = Record<string, unknown>;
/** Identities of every environment, by environment and then by `Kind/name`. */
export type IdentityLock = Record<string, Record<string, Identity>>;

/** File name of the lock, at the root of the repository. */
export const LOCK_FILE = 'identity.lock.json';

type Json = Record<string, any>;

const IDENTITY_OF: Record<string, (m: Json) => Identity | undefined> = {
  Namespace: () => ({}),
  StatefulSet: (m) => ({
    namespace: m.metadata.namespace,
    'spec.selector': m.spec.selector,
    'spec.serviceName': m.spec.serviceName,
    'spec.podManagementPolicy': m.spec.podManagementPolicy ?? 'OrderedReady',
    'spec.volumeClaimTemplates': (m.spec.volumeClaimTemplates ?? []).map((t: Json) => ({ name: t.metadata.name, storageClassName: t.spec.storageClassName ?? null })),
  }),
  Deployment: (m) => ({ namespace: m.metadata.namespace, 'spec.selector': m.spec.selector }),
  Service: (m) => ({ namespace: m.metadata.namespace, 'spec.clusterIP': m.spec.clusterIP === 'None' ? 'None' : 'allocated' }),
  Cluster: (m) => ({
    namespace: m.metadata.namespace,
    'spec.bootstrap.initdb': m.spec.bootstrap?.initdb ?? null,
    'spec.storage.storageClass': m.spec.storage?.storageClass ?? null,
    'spec.walStorage': m.spec.walStorage ? 'separate' : 'none',
  }),
  // hooks are deleted and recreated on every sync, so only a plain Job's template is frozen
  Job: (m) => (m.metadata.annotations?.[HOOK_ANNOTATION] ? undefined : { namespace: m.metadata.namespace, 'spec.template': checksum(m.spec.template) }),
};

/** The identities of one environment's objects, sorted by `Kind/name`. */
export function identitiesOf(rendered: RenderedEnvironment): Record<string, Identity> {
  const entries = rendered.files
    .flatMap((f) => f.manifests)
    .flatMap((m: Manifest) => {
      const identity = IDENTITY_OF[m.kind]?.(m as Json);
      return identity ? [[manifestId(m), identity] as const] : [];
    })
    .sort(([a], [b]) => a.localeCompare(b));
  return Object.fromEntries(entries);
}

export function lockOf(rendered: readonly RenderedEnvironment[]): IdentityLock {
  return Object.fromEntries(rendered.map((r) => [r.environment.name, identitiesOf(r)]));
}

export function serializeLock(lock: IdentityLock): string {
  return `${JSON.stringify(lock, null, 2)}\n`;
}

const show = (value: unknown) => JSON.stringify(value);

/** Every difference between the committed lock and the fresh identities, one line each, naming object and field. */
export function compareLocks(locked: IdentityLock, fresh: IdentityLock): string[] {
  const problems: string[] = [];
  for (const env of new Set([...Object.keys(locked), ...Object.keys(fresh)])) {
    const before = locked[env];
    const after = fresh[env];
    if (!after) {
      problems.push(`${env}: the environment is gone; its stateful objects (${Object.keys(before).join(', ')}) would be deleted`);
      continue;
    }
    if (!before) {
      problems.push(`${env}: a new environment, not yet in the lock`);
      continue;
    }
    for (const id of new Set([...Object.keys(before), ...Object.keys(after)])) {
      if (!after[id]) problems.push(`${env}: ${id}: removed or renamed; its data would be lost or orphaned`);
      else if (!before[id]) problems.push(`${env}: ${id}: new, not yet in the lock`);
      else
        for (const field of new Set([...Object.keys(before[id]), ...Object.keys(after[id])])) {
          if (show(before[id][field]) !== show(after[id][field])) {
            problems.push(`${env}: ${id}: ${field} changed from ${show(before[id][field])} to ${show(after[id][field])}; the change cannot be applied in place`);
          }
        }
    }
  }
  return problems;
}
