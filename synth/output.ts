import { hash } from 'node:crypto';
import { accessSync, closeSync, constants, existsSync, linkSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync, writeSync, type BigIntStats, type Stats } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { Document, visit } from 'yaml';
import { version as yamlVersion } from 'yaml/package.json';

/** Files of an output folder: path relative to the folder, and text. */
export type OutputFiles = ReadonlyMap<string, string>;

/**
 * A file's content known by its hash, its text made only when the file has to be written: a synth
 * keeps each environment's files this way, and most runs find them on disk as they are.
 */
export interface KeptText {
  /** The SHA-1 (hex) of the text's UTF-8 bytes (contentSha1). */
  readonly sha1: string;
  readonly text: () => string;
}

/** What an output file is to hold: its text, or a text known by its hash. */
export type OutputContent = string | KeptText;

/** Files of an output folder as a synth plans them: path relative to the folder, and content. */
export type OutputFolder = ReadonlyMap<string, OutputContent>;

export const textOf = (content: OutputContent): string => (typeof content === 'string' ? content : content.text());

/** The SHA-1 (hex) of a content's UTF-8 bytes, or of bytes read from disk. */
export const contentSha1 = (content: OutputContent | Buffer): string => (typeof content === 'object' && 'sha1' in content ? content.sha1 : hash('sha1', content));

/**
 * What earlier runs saw output files hold, by their status then (synth/known-files.ts): the switch
 * compares a file with a kept text by its hash, and one whose status is the same need not be read.
 */
export interface ContentRecord {
  /** Whether the file at `path`, with this status now, was seen holding the content of this hash. */
  holds(path: string, status: BigIntStats, sha1: string): boolean;
  /** Told what the file at `path`, with this status before it was read, was read to hold. */
  saw(path: string, status: BigIntStats, sha1: string): void;
}

/** The texts of a folder's files (each kept one made). */
export const textsOf = (folder: OutputFolder): Map<string, string> => new Map([...folder].map(([path, content]) => [path, textOf(content)]));

/*
 * Kubernetes, Argo CD and Helm decode YAML with Go libraries that follow YAML 1.1, where `off`,
 * `yes` or `0x1F` are not strings; editors and most other tools read YAML 1.2. Writing in the 1.1
 * dialect quotes every string 1.1 would read as something else, and the few plain scalars that
 * only 1.2's core schema resolves to a non-string (`0o17`) are quoted as well, so every reader
 * gets the same strings.
 */
const YAML_OPTIONS = { version: '1.1', lineWidth: 0, aliasDuplicateObjects: false } as const;

/** Plain scalars YAML 1.2's core schema reads as null, bool, int or float. */
const CORE_SCHEMA_NON_STRING =
  /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

/**
 * What decides the output besides the program and its inputs: the Node.js version, and the ICU data
 * behind its collation (foundation/compare-text.ts), which a Node.js built against the system's ICU
 * takes from the machine. Whatever the synth keeps between runs is kept for one runtime.
 */
export const RUNTIME = `${process.version} icu ${process.versions.icu ?? 'none'}`;

/** Which serialiser produced a text: a cache of texts is only valid for the same one. */
export const YAML_SERIALISER = `yaml@${yamlVersion} ${JSON.stringify(YAML_OPTIONS)} ${CORE_SCHEMA_NON_STRING.source}`;

/** Anything that can hand back the YAML of an object, such as a cache of earlier runs. */
export interface YamlSource {
  get(object: unknown, serialise: (object: unknown) => string): string;
}

/** A YamlSource that serialises each distinct object once while it lives (the derivation of a Helm chart meets most objects many times). */
export function yamlMemo(): YamlSource {
  const texts = new Map<string, string>();
  return {
    get(object, serialise) {
      const key = JSON.stringify(object);
      let text = texts.get(key);
      if (text === undefined) texts.set(key, (text = serialise(object)));
      return text;
    },
  };
}

/** YAML of one object that every YAML 1.1 and 1.2 reader decodes to the same value. */
export function serialiseYaml(object: unknown): string {
  const doc = new Document(object, YAML_OPTIONS);
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && CORE_SCHEMA_NON_STRING.test(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  return doc.toString(YAML_OPTIONS);
}

/** YAML documents of the objects, in order; the same objects always give the same bytes. */
export function toYamlDocuments(objects: readonly unknown[], cache?: YamlSource): string {
  return objects.map((o) => (cache ? cache.get(o, serialiseYaml) : serialiseYaml(o))).join('---\n');
}

/*
 * Writing the output, all or nothing. Everything a synth writes (dist/, helm/, the README's
 * generated blocks, the JSON Schemas) is first written beside its target under a staging name;
 * an output folder that exists is replaced entry by entry (dist/<env>/, helm/templates/, a file),
 * only the entries that differ, so what stays the same is neither moved nor rewritten. Then one
 * journal file naming every move is written by rename: that is the commit point. The moves are
 * renames, done in order (an entry no longer made is moved aside), and the journal is removed
 * after the last. A run killed before the journal exists leaves only staging leftovers, which the
 * next run removes; a run killed after it leaves a journal, which the next run carries out to the
 * end. Either way every target ends up wholly old or wholly new, and all of them together.
 */

/** The journal of a committed switch, at the root of the project. */
export const JOURNAL_FILE = '.synth-journal.json';

/** The output could not be written, or an interrupted switch could not be completed; nothing else went wrong. */
export class OutputError extends Error {
  constructor(
    readonly problems: readonly string[],
    /** Whether the targets are as they were before this run. */
    readonly unchanged: boolean,
  ) {
    super(problems.join('\n'));
    this.name = 'OutputError';
  }
}

/** What a synth writes: folders that are to hold exactly their files, and single files. Paths are absolute. */
export interface OutputPlan {
  readonly folders: ReadonlyMap<string, OutputFolder>;
  readonly files: ReadonlyMap<string, string>;
}

interface Move {
  /** Staged copy, relative to the root; none when the target is removed. */
  readonly staged?: string;
  /** Target, relative to the root. */
  readonly target: string;
  /** Whether what is at the target is moved aside first (a folder cannot be renamed over). */
  readonly folder: boolean;
}

const stagedName = (target: string) => join(dirname(target), `.${basename(target)}.synth-new-${process.pid}`);
const trashName = (target: string) => join(dirname(target), `.${basename(target)}.synth-old-${process.pid}`);

/** Staging and trash of this design inside an output folder, beside the entries it replaces. */
const INNER_LEFTOVER = /^\..+\.synth-(?:new|old)-[0-9]+$/;

/** Names of leftovers beside a target: staging and trash of this design, and of the one before it. */
function isLeftoverOf(entry: string, base: string): boolean {
  return (
    entry.startsWith(`.${base}.synth-new-`) ||
    entry.startsWith(`.${base}.synth-old-`) ||
    entry.startsWith(`.${base}.staging-`) ||
    entry.startsWith(`${base}.staging-`) ||
    entry === `.${base}.previous`
  );
}

/** The reason of a file-system error in words, with its code. */
export function describeFsError(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  const reasons: Record<string, string> = {
    ENOSPC: 'the disk is full (ENOSPC): free some space',
    EDQUOT: 'the disk quota is used up (EDQUOT): free some space',
    EACCES: 'permission denied (EACCES): make it writable',
    EPERM: 'operation not permitted (EPERM): make it writable',
    EROFS: 'the file system is read-only (EROFS)',
    EXDEV: 'it is on another file system than its staging copy (EXDEV)',
    EMFILE: 'too many open files (EMFILE)',
    EIO: 'an input/output error (EIO)',
  };
  return (code && reasons[code]) ?? (code ? `${code}: ${message.split('\n')[0]}` : message.split('\n')[0]);
}

/** The path an error names, relative to the root, or the fallback. */
function pathOf(root: string, error: unknown, fallback: string): string {
  const path = (error as NodeJS.ErrnoException).path;
  return path ? relative(root, path) || '.' : fallback;
}

/** Folders of `dir`, itself included, depth first. */
function foldersIn(dir: string): string[] {
  return [dir, ...readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).flatMap((e) => foldersIn(join(dir, e.name)))];
}

/** Refuses, before anything is written, replacements whose targets could not be replaced and their old copies removed. */
function checkWritable(root: string, replacements: readonly Replacement[]): void {
  const problems: string[] = [];
  const check = (path: string, what: string) => {
    try {
      accessSync(path, constants.W_OK);
    } catch (error) {
      problems.push(`${relative(root, path) || '.'}: expected ${what}, got ${describeFsError(error)}`);
    }
  };
  const parents = new Set(replacements.map(({ target }) => dirname(target)));
  for (const parent of parents) if (existsSync(parent)) check(parent, 'a writable folder (the output is swapped in there)');
  for (const { target } of replacements) if (isDirectory(target)) for (const folder of foldersIn(target)) check(folder, 'a writable folder (the old output is removed from it)');
  if (problems.length > 0) throw new OutputError(problems.slice(0, 10), true);
}

/** What is at `path`, a link not followed; undefined when nothing is. */
function entryAt(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

const isDirectory = (path: string): boolean => entryAt(path)?.isDirectory() ?? false;

/**
 * What the switch puts in place of one target: a folder's files (with the files of the folder there
 * now that stay the same, to link), a file's text, or nothing (the target is removed).
 */
type Replacement =
  | { readonly target: string; readonly files: OutputFolder; readonly unchanged: ReadonlySet<string> }
  | { readonly target: string; readonly text: string }
  | { readonly target: string; readonly removed: true };

/**
 * The replacements that make the folder `target` hold exactly `files`: none when it does; when it is
 * a folder, each entry of it that differs (a sub-folder, a file, one to remove), so that what stays
 * the same is never moved or rewritten; otherwise the folder whole.
 */
function replacementsOf(target: string, files: OutputFolder, record?: ContentRecord): Replacement[] {
  if (!isDirectory(target)) return [{ target, files, unchanged: new Set() }];
  const children = new Map<string, Map<string, OutputContent> | OutputContent>();
  for (const [path, text] of files) {
    const cut = path.indexOf('/');
    if (cut === -1) {
      children.set(path, text);
      continue;
    }
    const name = path.slice(0, cut);
    let folder = children.get(name);
    if (!(folder instanceof Map)) children.set(name, (folder = new Map()));
    folder.set(path.slice(cut + 1), text);
  }
  const replacements: Replacement[] = [];
  for (const [name, child] of children) {
    const path = join(target, name);
    if (!(child instanceof Map)) {
      if (!holds(path, child, record)) replacements.push({ target: path, text: textOf(child) });
      continue;
    }
    const { unchanged, exactly } = unchangedIn(path, child, record);
    if (!exactly) replacements.push({ target: path, files: child, unchanged });
  }
  for (const name of readdirSync(target)) if (!children.has(name) && !INNER_LEFTOVER.test(name)) replacements.push({ target: join(target, name), removed: true });
  return replacements;
}

/**
 * Whether `path` is a regular file holding `content` as a fresh write leaves it: no symbolic link,
 * no execute bit (git keeps that bit; a file that has it is written again). A kept text is compared
 * by its hash, so it is never made for a file that holds it, and the file is not even read when
 * `record` saw it hold that text with the status it has now.
 */
function holds(path: string, content: OutputContent, record?: ContentRecord): boolean {
  let status: BigIntStats;
  try {
    status = lstatSync(path, { bigint: true });
  } catch {
    return false;
  }
  if (!status.isFile() || (status.mode & 0o111n) !== 0n) return false;
  if (typeof content === 'string') return readFileSync(path, 'utf8') === content;
  if (record?.holds(path, status, content.sha1)) return true;
  const sha1 = contentSha1(readFileSync(path));
  record?.saw(path, status, sha1);
  return sha1 === content.sha1;
}

/**
 * Writes the files of a folder; `writing` is told each file (by the name it will have) before it is
 * written. A file `unchanged` names is linked from `current` instead (the same bytes, never
 * rewritten: it keeps its inode and time), or written where the file system cannot link.
 */
function writeFolder(dir: string, files: OutputFolder, writing: (path: string) => void, current: { readonly dir: string; readonly unchanged: ReadonlySet<string> }): void {
  mkdirSync(dir, { recursive: true });
  const made = new Set<string>([dir]);
  for (const [path, content] of files) {
    writing(path);
    const file = join(dir, path);
    const parent = dirname(file);
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    if (current.unchanged.has(path)) {
      try {
        linkSync(join(current.dir, path), file);
        continue;
      } catch {
        // written instead
      }
    }
    writeFileSync(file, textOf(content));
  }
}

/** The files of `dir` that hold what `files` has at their path, and whether it holds exactly `files`: no other file or folder, none missing. */
function unchangedIn(dir: string, files: OutputFolder, record?: ContentRecord): { unchanged: Set<string>; exactly: boolean } {
  const unchanged = new Set<string>();
  // (a link to a folder is no folder of the output: nothing in it is kept or linked from)
  if (!isDirectory(dir)) return { unchanged, exactly: false };
  let other = false;
  const walk = (folder: string, prefix: string): void => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      other = true;
      return;
    }
    if (entries.length === 0) other = true;
    for (const entry of entries) {
      const path = `${prefix}${entry.name}`;
      if (entry.isDirectory()) walk(join(folder, entry.name), `${path}/`);
      else {
        const expected = files.get(path);
        if (entry.isFile() && expected !== undefined && holds(join(folder, entry.name), expected, record)) unchanged.add(path);
        else other = true;
      }
    }
  };
  walk(dir, '');
  return { unchanged, exactly: !other && unchanged.size === files.size };
}

/** Carries out the moves of a journal; moves already done (their staged copy, or the target removed, gone) are skipped. */
function applyMoves(root: string, moves: readonly Move[]): void {
  for (const move of moves) {
    const target = join(root, move.target);
    if (move.staged === undefined) {
      if (entryAt(target)) moveAside(target);
      continue;
    }
    const staged = join(root, move.staged);
    if (!existsSync(staged)) continue;
    if (move.folder && entryAt(target)) moveAside(target);
    renameSync(staged, target);
  }
}

function moveAside(target: string): void {
  const trash = trashName(target);
  rmSync(trash, { recursive: true, force: true });
  renameSync(target, trash);
}

/**
 * Replaces every target of the plan, all or nothing (see above). `beforeCommit` runs just before
 * the commit point (the lock's last check); `record` tells which files hold their kept texts
 * without reading them. Throws OutputError when the output cannot be written; returns the
 * leftovers it could not remove.
 */
export function commitOutput(root: string, given: OutputPlan, beforeCommit?: () => void, record?: ContentRecord): string[] {
  const targets = [...given.folders.keys(), ...given.files.keys()];
  // what already holds its files is left alone: nothing to switch, nothing rewritten
  const replacements: Replacement[] = [...[...given.folders].flatMap(([target, files]) => replacementsOf(target, files, record)), ...[...given.files].map(([target, text]) => ({ target, text }))];
  if (replacements.length === 0) return removeLeftovers(root, targets);
  checkWritable(root, replacements);
  const moves: Move[] = [];
  let staging: string | undefined;
  /** What is being written, as the path it will have, for the message if it fails. */
  let writing = 'the output';
  try {
    for (const replacement of replacements) {
      const { target } = replacement;
      const move = { target: relative(root, target), folder: isDirectory(target) };
      if ('removed' in replacement) {
        moves.push({ ...move, folder: true });
        continue;
      }
      staging = stagedName(target);
      // a staging copy of an earlier process of the same pid could hold links to the live output: never write into it
      rmSync(staging, { recursive: true, force: true });
      if ('files' in replacement) {
        writeFolder(staging, replacement.files, (path) => (writing = join(relative(root, target), path)), { dir: target, unchanged: replacement.unchanged });
        moves.push({ ...move, staged: relative(root, staging), folder: true });
      } else {
        writing = relative(root, target);
        writeFileSync(staging, replacement.text);
        moves.push({ ...move, staged: relative(root, staging) });
      }
    }
    staging = join(root, `${JOURNAL_FILE}.${process.pid}`);
    writing = JOURNAL_FILE;
    beforeCommit?.();
    writeFileSync(staging, `${JSON.stringify({ moves }, null, 2)}\n`);
    renameSync(staging, join(root, JOURNAL_FILE));
  } catch (error) {
    for (const path of [...moves.flatMap((m) => (m.staged === undefined ? [] : [join(root, m.staged)])), staging]) if (path) rmSync(path, { recursive: true, force: true });
    if (error instanceof OutputError) throw error;
    if (!(error as NodeJS.ErrnoException).code) throw error;
    throw new OutputError([`${writing}: could not write it: ${describeFsError(error)}`], true);
  }
  try {
    applyMoves(root, moves);
    unlinkSync(join(root, JOURNAL_FILE));
  } catch (error) {
    throw new OutputError([`${pathOf(root, error, JOURNAL_FILE)}: could not finish switching to the new output: ${describeFsError(error)}; the next npm run synth finishes it`], false);
  }
  return removeLeftovers(root, targets);
}

/**
 * Puts the targets in a consistent state after an interrupted run: finishes a committed switch
 * (its journal exists), then removes staging and old copies. Returns what it did, for the user,
 * and the leftovers it could not remove.
 */
export function recoverOutput(root: string, targets: readonly string[]): { completed: boolean; leftovers: string[] } {
  const journal = join(root, JOURNAL_FILE);
  let completed = false;
  let moves: Move[] | undefined;
  try {
    moves = (JSON.parse(readFileSync(journal, 'utf8')) as { moves: Move[] }).moves;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') rmSync(journal, { force: true }); // unreadable: written by rename, so never half-written; ignore it
  }
  if (moves) {
    try {
      applyMoves(root, moves);
      unlinkSync(journal);
      completed = true;
    } catch (error) {
      throw new OutputError([`${pathOf(root, error, JOURNAL_FILE)}: could not finish the switch an interrupted synth began: ${describeFsError(error)}`], false);
    }
  }
  // a target an earlier design moved aside and never put back
  for (const target of targets) {
    const previous = join(dirname(target), `.${basename(target)}.previous`);
    if (!existsSync(target) && existsSync(previous)) renameSync(previous, target);
  }
  return { completed, leftovers: removeLeftovers(root, targets) };
}

/** The staging and old copies beside the targets, and journal temporaries, that an earlier synth left. */
function leftoversOf(root: string, targets: readonly string[]): string[] {
  const byFolder = new Map<string, string[]>();
  for (const target of targets) byFolder.set(dirname(target), [...(byFolder.get(dirname(target)) ?? []), basename(target)]);
  byFolder.set(root, [...(byFolder.get(root) ?? [])]);
  const beside = [...byFolder].flatMap(([folder, bases]) => {
    let entries: string[];
    try {
      entries = readdirSync(folder);
    } catch {
      return [];
    }
    return entries.filter((entry) => (folder === root && entry.startsWith(`${JOURNAL_FILE}.`)) || bases.some((base) => isLeftoverOf(entry, base))).map((entry) => join(folder, entry));
  });
  // and inside each folder, beside the entries a switch replaced one by one
  const inner = targets.filter(isDirectory).flatMap((target) => {
    try {
      return readdirSync(target)
        .filter((entry) => INNER_LEFTOVER.test(entry))
        .map((entry) => join(target, entry));
    } catch {
      return [];
    }
  });
  return [...beside, ...inner];
}

/** Removes the staging and old copies beside the targets (and journal temporaries); returns those it could not remove. */
function removeLeftovers(root: string, targets: readonly string[]): string[] {
  const failed: string[] = [];
  for (const leftover of leftoversOf(root, targets)) {
    try {
      rmSync(leftover, { recursive: true, force: true });
    } catch (error) {
      failed.push(`${relative(root, leftover)}: could not remove this leftover of an earlier synth: ${describeFsError(error)}, or remove it by hand`);
    }
  }
  return failed;
}

/** Whether an earlier synth left work for the next: a switch to complete (its journal), or leftovers to clear. */
export function interruptedOutput(root: string, targets: readonly string[]): boolean {
  return existsSync(join(root, JOURNAL_FILE)) || leftoversOf(root, targets).length > 0;
}

/** Writes one file by rename, so readers never see it half-written. */
export function writeFileAtomically(path: string, content: string | readonly Uint8Array[]): void {
  const staging = join(dirname(path), `.${basename(path)}.synth-new-${process.pid}`);
  try {
    if (typeof content === 'string') writeFileSync(staging, content);
    else {
      const fd = openSync(staging, 'w');
      try {
        for (const chunk of content) for (let at = 0; at < chunk.length; ) at += writeSync(fd, chunk, at);
      } finally {
        closeSync(fd);
      }
    }
    renameSync(staging, path);
  } catch (error) {
    rmSync(staging, { force: true });
    throw error;
  }
}

const checksumOf = (bytes: Uint8Array) => hash('sha1', bytes, 'hex');

/**
 * Writes a file the synth keeps between runs (under .build/): its first line is the SHA-1 of the
 * rest, so readCacheFile tells a whole file from one cut short or edited. (A checksum against
 * accidents, not attacks: whoever can write .build/ can write the program; SHA-1 reads tens of MB
 * of renderings more than twice as fast as SHA-256.)
 */
export function writeCacheFile(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  // the bytes once (a YAML cache of many environments runs to tens of MB)
  const bytes = Buffer.from(text);
  writeFileAtomically(path, [Buffer.from(`${checksumOf(bytes)}\n`), bytes]);
}

/**
 * The text writeCacheFile wrote at `path`, or undefined when there is none: missing, not a regular
 * file (reading a FIFO would block), cut short or edited.
 */
export function readCacheFile(path: string): string | undefined {
  try {
    if (!statSync(path).isFile()) return undefined;
    const stored = readFileSync(path);
    const newline = stored.indexOf(0x0a);
    if (newline <= 0) return undefined;
    const bytes = stored.subarray(newline + 1);
    return stored.toString('latin1', 0, newline) === checksumOf(bytes) ? bytes.toString('utf8') : undefined;
  } catch {
    return undefined;
  }
}
