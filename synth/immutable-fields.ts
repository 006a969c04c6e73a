import { HOOK_ANNOTATION } from '../foundation/argocd';

/*
 * What cannot change in place, in one list: the identity lock records these fields, the diff
 * flags changes to them.
 */

/**
 * Fields the API server (or the operator) refuses to change in place, by kind. Changing one
 * fails the apply or needs the object deleted and recreated, which for a StatefulSet or a
 * Cluster is a data migration.
 */
export const IMMUTABLE_FIELDS: Readonly<Record<string, readonly string[]>> = {
  Namespace: [],
  StatefulSet: ['metadata.namespace', 'spec.selector', 'spec.serviceName', 'spec.podManagementPolicy', 'spec.volumeClaimTemplates'],
  Deployment: ['metadata.namespace', 'spec.selector'],
  Service: ['metadata.namespace', 'spec.clusterIP'],
  Job: ['metadata.namespace', 'spec.selector', 'spec.template'],
  Cluster: ['metadata.namespace', 'spec.bootstrap', 'spec.storage.storageClass', 'spec.walStorage.storageClass'],
};

type Json = Record<string, any>;

/**
 * The frozen fields of an object, or undefined when it has no identity to keep: a kind without
 * frozen fields, or a Sync-hook Job (deleted before each sync and created anew).
 */
export function immutableFieldsOf(object: Json): readonly string[] | undefined {
  if (object.kind === 'Job' && object.metadata?.annotations?.[HOOK_ANNOTATION]) return undefined;
  return IMMUTABLE_FIELDS[object.kind];
}

/** True when a changed field (a path such as `spec.volumeClaimTemplates[data].spec`) lies within a frozen one. */
export function isWithin(path: string, field: string): boolean {
  return path === field || path.startsWith(`${field}.`) || path.startsWith(`${field}[`);
}

/** The value at a dotted path, or null where it is unset. */
export function valueAt(object: Json, path: string): unknown {
  return path.split('.').reduce<any>((value, key) => (value === undefined || value === null ? value : value[key]), object) ?? null;
}
