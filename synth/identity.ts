import { immutableFieldsOf, valueAt } from './immutable-fields';
import type { EnvironmentRendering } from './render';
import { manifestId, type Manifest } from './manifest';
import { compareText } from '../foundation/compare-text';

/*
 * Identities: the names of objects with fields that cannot change without destroying data or
 * failing an apply, and those fields (see immutable-fields.ts). identity.lock.json records them;
 * a change fails CI until the lock is deliberately updated with `npm run lock`.
 */

/** Identity fields of one object. */
export type Identity = Record<string, unknown>;
/** Identities of every environment, by environment and then by `Kind/name`. */
export type IdentityLock = Record<string, Record<string, Identity>>;

/** File name of the lock, at the root of the repository. */
export const LOCK_FILE = 'identity.lock.json';

/** The identities of one environment's objects, sorted by `Kind/name`. */
export function identitiesOf(rendered: EnvironmentRendering): Record<string, Identity> {
  const entries = rendered.files
    .flatMap((f) => f.manifests)
    .flatMap((m: Manifest) => {
      const fields = immutableFieldsOf(m);
      return fields ? [[manifestId(m), Object.fromEntries(fields.map((field) => [field, valueAt(m, field)]))] as const] : [];
    })
    .sort(([a], [b]) => compareText(a, b));
  return Object.fromEntries(entries);
}

export function lockOf(rendered: readonly EnvironmentRendering[]): IdentityLock {
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
