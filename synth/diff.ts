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
  /** For multi-line strings and embedded JSON: the changed lines (`@@ line n`, `- old`, `+ new`, and context). */
  readonly lines?: readonly string[];
  /** The format the string holds, when it was compared as that format pretty-printed. */
  readonly embedded?: 'JSON';
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

/** Fields that name an item of an array (containers, env, ports, volumes, claim templates, ConfigMap items). */
const ITEM_KEYS = ['name', 'key', 'id'] as const;

/**
 * How the items of an array are matched between two versions: by a name (or key) every item has
 * and no two share, so removing one item never shows every later one as changed; scalars by
 * their value when they are unique; by index otherwise.
 */
function itemKeys(items: readonly unknown[]): string[] {
  const candidates: ((item: unknown) => unknown)[] = [
    (item) => (item as Json)?.metadata?.name,
    ...ITEM_KEYS.map((field) => (item: unknown) => (typeof item === 'object' && item !== null ? (item as Json)[field] : undefined)),
    (item) => (typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean' ? JSON.stringify(item) : undefined),
  ];
  for (const candidate of candidates) {
    const keys = items.map(candidate);
    if (keys.every((k) => typeof k === 'string' || typeof k === 'number') && new Set(keys).size === keys.length) return keys.map(String);
  }
  return items.map((_, i) => `#${i}`);
}

/** The items of an array in both versions by key; when only one version can be keyed, both go by index. */
function keyedItems(before: readonly unknown[], after: readonly unknown[]): [Map<string, unknown>, Map<string, unknown>] {
  let left = itemKeys(before);
  let right = itemKeys(after);
  const byIndex = (keys: string[]) => keys.length > 0 && keys[0].startsWith('#');
  if (byIndex(left) !== byIndex(right) && before.length > 0 && after.length > 0) {
    left = before.map((_, i) => `#${i}`);
    right = after.map((_, i) => `#${i}`);
  }
  return [new Map(before.map((item, i) => [left[i], item])), new Map(after.map((item, i) => [right[i], item]))];
}

function fieldChanges(before: unknown, after: unknown, path: string, out: FieldChange[]): void {
  if (JSON.stringify(before) === JSON.stringify(after)) return;
  if (Array.isArray(before) && Array.isArray(after)) {
    const [left, right] = keyedItems(before, after);
    for (const key of new Set([...left.keys(), ...right.keys()])) fieldChanges(left.get(key), right.get(key), `${path}[${key.replace(/^#/, '')}]`, out);
    return;
  }
  if (typeof before === 'object' && before !== null && typeof after === 'object' && after !== null && !Array.isArray(before) && !Array.isArray(after)) {
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
      fieldChanges((before as Json)[key], (after as Json)[key], path ? `${path}.${key}` : key, out);
    }
    return;
  }
  if (typeof before === 'string' && typeof after === 'string') {
    const text = textLines(before, after);
    if (text) {
      out.push({ path, before, after, lines: lineDiff(text.before, text.after), ...(text.embedded ? { embedded: text.embedded } : {}) });
      return;
    }
  }
  out.push({ path, before, after });
}

/** The lines to compare of two strings: multi-line text as it is, embedded JSON (dashboards) pretty-printed; none for one-line strings. */
function textLines(before: string, after: string): { before: string[]; after: string[]; embedded?: 'JSON' } | undefined {
  const json = (text: string) => {
    if (!/^\s*[[{]/.test(text)) return undefined;
    try {
      return JSON.stringify(JSON.parse(text), null, 2);
    } catch {
      return undefined;
    }
  };
  const [left, right] = [json(before), json(after)];
  if (left !== undefined && right !== undefined) return { before: left.split('\n'), after: right.split('\n'), embedded: 'JSON' };
  if (!before.includes('\n') && !after.includes('\n')) return undefined;
  return { before: before.split('\n'), after: after.split('\n') };
}

/** Lines of context shown around each change of a text. */
const CONTEXT = 1;

/**
 * A line diff of two texts: hunks of `- old` and `+ new` lines with a line of context, each hunk
 * headed by `@@ line <n>` (of the old text). The common beginning and end are cut first, so a
 * small change of a large dashboard costs little; what is left is compared by an LCS.
 */
export function lineDiff(before: readonly string[], after: readonly string[]): string[] {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  const a = before.slice(start, before.length - end);
  const b = after.slice(start, after.length - end);
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..]
  const lcs = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const ops: { sign: ' ' | '-' | '+'; line: string; at: number }[] = before.slice(0, start).map((line, at) => ({ sign: ' ', line, at }));
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push({ sign: ' ', line: a[i], at: start + i });
      i++;
      j++;
    } else if (i < a.length && (j === b.length || lcs[i + 1][j] >= lcs[i][j + 1])) {
      ops.push({ sign: '-', line: a[i], at: start + i });
      i++;
    } else {
      ops.push({ sign: '+', line: b[j], at: start + i });
      j++;
    }
  }
  before.slice(before.length - end).forEach((line, k) => ops.push({ sign: ' ', line, at: before.length - end + k }));
  const near = (k: number) => ops.slice(Math.max(0, k - CONTEXT), k + CONTEXT + 1).some((o) => o.sign !== ' ');
  const lines: string[] = [];
  ops.forEach((op, k) => {
    if (!near(k)) return;
    if (k === 0 || !near(k - 1)) lines.push(`@@ line ${op.at + 1}`);
    lines.push(`${op.sign} ${op.line}`);
  });
  return lines;
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

/** A label of an object or of a template inside it: `metadata.labels.<key>` at any depth. */
const LABEL_PATH = /(?:^|\.|\])metadata\.labels\.(.+)$/;

/** Whether a change is one of a label (a version bump relabels every object of a component). */
export function isLabelChange(field: FieldChange): boolean {
  return LABEL_PATH.test(field.path);
}

/** The label changes of an object in one line, each label once (an object's and its pods' labels move together). */
function labelSummary(fields: readonly FieldChange[]): string {
  const changes = new Map<string, string>();
  for (const field of fields) {
    const key = LABEL_PATH.exec(field.path)![1];
    changes.set(key, `${key}: ${JSON.stringify(field.before) ?? '(none)'} -> ${JSON.stringify(field.after) ?? '(none)'}`);
  }
  return [...changes.values()].join(', ');
}

/**
 * The report as text: a summary line per environment, the objects, their fields and the risks.
 * Label changes are folded into one line per object, and an object whose only change is its
 * labels takes one line in all. Multi-line strings and embedded JSON show their changed lines.
 */
export function formatDiff(report: Map<string, ObjectChange[]>): string {
  const lines: string[] = [];
  for (const [environment, changes] of report) {
    const count = (c: ObjectChange['change']) => changes.filter((x) => x.change === c).length;
    const risky = changes.filter((c) => c.risks.length > 0).length;
    lines.push(`${environment}: ${count('added')} added, ${count('removed')} removed, ${count('changed')} changed${risky ? `, ${risky} RISKY` : ''}`);
    for (const change of changes) {
      const labels = change.fields.filter(isLabelChange);
      const others = change.fields.filter((f) => !isLabelChange(f));
      if (labels.length > 0 && others.length === 0 && change.risks.length === 0) {
        lines.push(`  ${SIGN[change.change]} ${change.id} (labels only: ${labelSummary(labels)})`);
        continue;
      }
      lines.push(`  ${SIGN[change.change]} ${change.id}`);
      if (labels.length > 0) lines.push(`      labels: ${labelSummary(labels)}`);
      for (const field of others) {
        if (!field.lines) {
          lines.push(`      ${field.path}: ${JSON.stringify(field.before) ?? '(none)'} -> ${JSON.stringify(field.after) ?? '(none)'}`);
          continue;
        }
        lines.push(`      ${field.path}:${field.embedded ? ` (embedded ${field.embedded})` : ''}`);
        for (const line of field.lines) lines.push(`        ${line}`);
      }
      for (const risk of change.risks) lines.push(`      RISK: ${risk}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
