import { parseAllDocuments } from 'yaml';
import { quantityValue } from '../config/quantities';
import { BACKUP_CHAIN_KINDS, DATA_BEARING_KINDS } from '../foundation/sync-policy';
import { immutableFieldsOf, isWithin } from './immutable-fields';
import type { OutputFiles } from './output';

/*
 * Compares two versions of dist/ object by object and says what a reviewer must look at:
 * added, removed and changed objects with the changed fields, and the risky changes among them.
 */

type Json = Record<string, any>;

export interface FieldChange {
  readonly path: string;
  readonly before: unknown;
  readonly after: unknown;
}

export interface ObjectChange {
  readonly id: string;
  readonly change: 'added' | 'removed' | 'changed';
  readonly fields: readonly FieldChange[];
  /** Why the change may lose data or fail to apply; empty when it is safe. */
  readonly risks: readonly string[];
}

/** Paths of volume sizes, which can grow but never shrink. */
const VOLUME_SIZE = /^spec\.(volumeClaimTemplates\[[^\]]+\]\.spec\.resources\.requests\.storage|storage\.size|walStorage\.size|resources\.requests\.storage)$/;

function objectsOf(files: OutputFiles): Map<string, Map<string, Json>> {
  const byEnvironment = new Map<string, Map<string, Json>>();
  for (const [path, text] of files) {
    const environment = path.split('/')[0];
    const objects = byEnvironment.get(environment) ?? new Map<string, Json>();
    for (const doc of parseAllDocuments(text)) {
      // a document that is not an object (a file edited by hand) has nothing to compare
      if (doc.errors.length > 0) continue;
      const object = doc.toJS() as Json | null;
      if (typeof object?.kind === 'string' && typeof object.metadata?.name === 'string') objects.set(`${object.kind}/${object.metadata.name}`, object);
    }
    byEnvironment.set(environment, objects);
  }
  return byEnvironment;
}

/** Arrays of named items (containers, env, ports, volumes, claim templates) are compared by name, others by index. */
function keyOf(item: unknown, index: number): string {
  if (typeof item !== 'object' || item === null) return String(index);
  const name = (item as Json).name ?? (item as Json).metadata?.name;
  return typeof name === 'string' ? name : String(index);
}

function fieldChanges(before: unknown, after: unknown, path: string, out: FieldChange[]): void {
  if (JSON.stringify(before) === JSON.stringify(after)) return;
  if (Array.isArray(before) && Array.isArray(after)) {
    const left = new Map(before.map((item, i) => [keyOf(item, i), item]));
    const right = new Map(after.map((item, i) => [keyOf(item, i), item]));
    for (const key of new Set([...left.keys(), ...right.keys()])) fieldChanges(left.get(key), right.get(key), `${path}[${key}]`, out);
    return;
  }
  if (typeof before === 'object' && before !== null && typeof after === 'object' && after !== null && !Array.isArray(before) && !Array.isArray(after)) {
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
      fieldChanges((before as Json)[key], (after as Json)[key], path ? `${path}.${key}` : key, out);
    }
    return;
  }
  out.push({ path, before, after });
}

/** Bytes of a Kubernetes quantity such as 10Gi or 500m; NaN when it is not one. */
export function quantityBytes(value: unknown): number {
  return quantityValue(value);
}

/** Servers that run as a StatefulSet of peers, by image, and what resizing them does. */
const PEER_SERVERS: readonly { image: RegExp; resize: (from: number, to: number) => string | undefined }[] = [
  {
    // distributed MinIO spreads every object over the drives of a fixed set of pods
    image: /(^|\/)minio(:|@|$)/,
    resize: (from, to) =>
      `spec.replicas changes from ${from} to ${to}: MinIO's erasure sets cannot change in place (objects are striped over exactly these pods); add a server pool or migrate the data instead`,
  },
  {
    image: /(^|\/)nats(:|@|$)/,
    resize: (from, to) =>
      to < from
        ? `spec.replicas goes down from ${from} to ${to}: JetStream streams lose the replicas on the removed servers, and with them their quorum; scale the streams down (nats stream edit --replicas) and remove the peers first`
        : undefined,
  },
];

function imagesOf(object: Json | undefined): string[] {
  const spec = object?.spec?.template?.spec;
  return [...(spec?.containers ?? []), ...(spec?.initContainers ?? [])].map((c: Json) => String(c.image ?? ''));
}

/** Risks of resizing a StatefulSet: its peers' data, and the volumes of removed pods. */
function replicaRisks(before: Json, after: Json | undefined, field: FieldChange): string[] {
  const from = Number(field.before ?? 1);
  const to = Number(field.after ?? 1);
  if (!Number.isFinite(from) || !Number.isFinite(to) || from === to) return [];
  const images = [...imagesOf(before), ...imagesOf(after)];
  const server = PEER_SERVERS.find((s) => images.some((image) => s.image.test(image)));
  const risk = server?.resize(from, to);
  if (risk) return [risk];
  if (to < from && (before.spec?.volumeClaimTemplates ?? []).length > 0)
    return [`spec.replicas goes down from ${from} to ${to}: pods ${to} to ${from - 1} stop, and what only their volumes hold is no longer served`];
  return [];
}

function risksOf(id: string, change: ObjectChange['change'], fields: readonly FieldChange[], before?: Json, after?: Json): string[] {
  const kind = id.split('/')[0];
  if (change === 'removed') {
    if (DATA_BEARING_KINDS.has(kind)) return [`deletes or renames a stateful ${kind}; its data would be lost or orphaned`];
    if (BACKUP_CHAIN_KINDS.has(kind)) return [`deletes or renames the ${kind} of a backup chain; WAL archiving or base backups stop`];
    return [];
  }
  if (change !== 'changed') return [];
  const risks: string[] = [];
  const frozen = immutableFieldsOf(before!) ?? [];
  for (const field of fields) {
    if (frozen.some((f) => isWithin(field.path, f))) risks.push(`${field.path} cannot change in place; the apply fails or the object must be replaced`);
    if (VOLUME_SIZE.test(field.path) && quantityBytes(field.after) < quantityBytes(field.before)) {
      risks.push(`${field.path} shrinks from ${field.before} to ${field.after}; volumes cannot shrink`);
    }
    if (kind === 'StatefulSet' && field.path === 'spec.replicas') risks.push(...replicaRisks(before!, after, field));
  }
  return risks;
}

/** Changes per environment folder (and dist/argocd), each sorted by object. */
export function diffOutputs(before: OutputFiles, after: OutputFiles): Map<string, ObjectChange[]> {
  const left = objectsOf(before);
  const right = objectsOf(after);
  const report = new Map<string, ObjectChange[]>();
  for (const environment of [...new Set([...left.keys(), ...right.keys()])].sort()) {
    const was = left.get(environment) ?? new Map<string, Json>();
    const now = right.get(environment) ?? new Map<string, Json>();
    const changes: ObjectChange[] = [];
    for (const id of [...new Set([...was.keys(), ...now.keys()])].sort()) {
      const change = !now.has(id) ? 'removed' : !was.has(id) ? 'added' : 'changed';
      const fields: FieldChange[] = [];
      if (change === 'changed') fieldChanges(was.get(id), now.get(id), '', fields);
      if (change === 'changed' && fields.length === 0) continue;
      changes.push({ id, change, fields, risks: risksOf(id, change, fields, was.get(id), now.get(id)) });
    }
    report.set(environment, changes);
  }
  return report;
}

const SIGN = { added: '+', removed: '-', changed: '~' } as const;

/** The report as text: a summary line per environment, the objects, their fields and the risks. */
export function formatDiff(report: Map<string, ObjectChange[]>): string {
  const lines: string[] = [];
  for (const [environment, changes] of report) {
    const count = (c: ObjectChange['change']) => changes.filter((x) => x.change === c).length;
    const risky = changes.filter((c) => c.risks.length > 0).length;
    lines.push(`${environment}: ${count('added')} added, ${count('removed')} removed, ${count('changed')} changed${risky ? `, ${risky} RISKY` : ''}`);
    for (const change of changes) {
      lines.push(`  ${SIGN[change.change]} ${change.id}`);
      for (const field of change.fields) lines.push(`      ${field.path}: ${JSON.stringify(field.before) ?? '(none)'} -> ${JSON.stringify(field.after) ?? '(none)'}`);
      for (const risk of change.risks) lines.push(`      RISK: ${risk}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
