import { parseAllDocuments } from 'yaml';
import { DATA_BEARING_KINDS } from '../foundation/sync-policy';
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
const VOLUME_SIZE = /^spec\.(volumeClaimTemplates\[[^\]]+\]\.spec\.resources\.requests\.storage|storage\.size|walStorage\.size)$/;

function objectsOf(files: OutputFiles): Map<string, Map<string, Json>> {
  const byEnvironment = new Map<string, Map<string, Json>>();
  for (const [path, text] of files) {
    const environment = path.split('/')[0];
    const objects = byEnvironment.get(environment) ?? new Map<string, Json>();
    for (const doc of parseAllDocuments(text)) {
      const object = doc.toJS() as Json | null;
      if (object?.kind) objects.set(`${object.kind}/${object.metadata.name}`, object);
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

const UNITS: Record<string, number> = { '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40 };

/** Bytes of a Kubernetes quantity such as 10Gi; NaN when it is not one. */
export function quantityBytes(value: unknown): number {
  const match = String(value).match(/^([0-9.]+)(k|M|G|T|Ki|Mi|Gi|Ti)?$/);
  return match ? Number(match[1]) * UNITS[match[2] ?? ''] : NaN;
}

function risksOf(id: string, change: ObjectChange['change'], fields: readonly FieldChange[], before?: Json): string[] {
  const kind = id.split('/')[0];
  if (change === 'removed') return DATA_BEARING_KINDS.has(kind) ? [`deletes or renames a stateful ${kind}; its data would be lost or orphaned`] : [];
  if (change !== 'changed') return [];
  const risks: string[] = [];
  const frozen = immutableFieldsOf(before!) ?? [];
  for (const field of fields) {
    if (frozen.some((f) => isWithin(field.path, f))) risks.push(`${field.path} cannot change in place; the apply fails or the object must be replaced`);
    if (VOLUME_SIZE.test(field.path) && quantityBytes(field.after) < quantityBytes(field.before)) {
      risks.push(`${field.path} shrinks from ${field.before} to ${field.after}; volumes cannot shrink`);
    }
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
      changes.push({ id, change, fields, risks: risksOf(id, change, fields, was.get(id)) });
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
