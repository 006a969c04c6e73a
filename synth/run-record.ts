import { createHash, type Hash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { InputObserver } from '../config/load';
import { contentSha1, readCacheFile, RUNTIME, writeCacheFile, type OutputFolder } from './output';

/*
 * A synth has nothing to do when the same build of the program last succeeded on exactly the
 * inputs there are now and left exactly the output there is now: the program is deterministic,
 * so it would write the same bytes again. The record holds the build's content key (scripts/run.mjs
 * hashes every source it bundled), the runtime (RUNTIME: the Node.js and ICU versions), a hash of
 * what the loader read (under the run's lock: each folder's data files, each file's real path and
 * text) and a hash of what the run wrote (from the files it switched into place, not from the disk
 * afterwards). A synth that reads the same inputs again and finds the same output on disk reports
 * the recorded result without rendering. Like make's up-to-date check, by content rather than
 * timestamps.
 */

/** What a successful synth reports. */
export interface SynthResult {
  readonly environments: string[];
  readonly files: number;
}

interface Stored {
  readonly build: string;
  /** The runtime it ran on (RUNTIME). */
  readonly node: string;
  readonly inputs: string;
  readonly outputs: string;
  readonly result: SynthResult;
}

/** A hash of what an InputObserver is told, in order. */
export class InputDigest {
  private readonly hash = createHash('sha1');
  readonly observe: InputObserver = (path, content) => void this.hash.update(`\0${path}\0${content.length}\0`).update(content);

  digest(): string {
    return this.hash.digest('hex');
  }
}

export interface RunRecordOptions {
  /** Reads the inputs as the synth's load does, telling `observe`; false when one cannot be read. */
  readonly readInputs: (observe: InputObserver) => boolean;
  /** Every path the synth writes, in a fixed order. */
  readonly outputs: readonly string[];
  /** The content key of the running build; without one (run from sources) nothing is recorded. */
  readonly build: string | undefined;
}

export class RunRecord {
  /**
   * Whether current() found the same build and inputs as recorded but not the output the last run
   * left: something other than a synth changed it, so what the synth knows of its files' status
   * (synth/known-files.ts) is not to be trusted either.
   */
  outputChanged = false;

  constructor(
    private readonly file: string,
    private readonly root: string,
    private readonly options: RunRecordOptions,
  ) {}

  /** The recorded result if the same build already synthesised these inputs into the output that is there now. */
  current(): SynthResult | undefined {
    if (!this.options.build) return undefined;
    let stored: Stored;
    try {
      stored = JSON.parse(readCacheFile(this.file) ?? 'null') as Stored;
    } catch {
      return undefined;
    }
    if (stored === null) return undefined;
    if (stored.build !== this.options.build || stored.node !== RUNTIME) return undefined;
    const inputs = new InputDigest();
    if (!this.options.readInputs(inputs.observe) || inputs.digest() !== stored.inputs) return undefined;
    if (diskState(this.root, this.options.outputs) !== stored.outputs) {
      this.outputChanged = true;
      return undefined;
    }
    return stored.result;
  }

  /** Drops the record before a run that renders: a run that fails or is killed leaves none. */
  forget(): void {
    rmSync(this.file, { force: true });
  }

  /** After a successful run: what its load read (an InputDigest's) and what it wrote (plannedState's). */
  record(result: SynthResult, inputs: string, outputs: () => string): void {
    if (!this.options.build) return;
    const stored: Stored = { build: this.options.build, node: RUNTIME, inputs, outputs: outputs(), result };
    try {
      writeCacheFile(this.file, JSON.stringify(stored));
    } catch {
      // only costs a full synth next time
    }
  }
}

/** One output path as a synth leaves it: a folder of files (paths relative to it, `/`-separated), a file's text, or nothing. */
export type PlannedOutput = { readonly path: string } & ({ readonly files: OutputFolder } | { readonly text: string | undefined });

/**
 * A path as the hash sees it, read only when visited (so a large tree is never held in memory); a file
 * by the SHA-1 of its bytes, which a planned file kept by its hash has without its text.
 */
type Tree = () => { readonly missing: true } | { readonly link: string } | { readonly other: true } | { readonly sha1: string } | { readonly children: ReadonlyMap<string, Tree> };

/** The hash of the outputs a synth leaves, computed from what it switched into place. */
export function plannedState(root: string, outputs: readonly PlannedOutput[]): string {
  return hashOf(
    root,
    outputs.map((output): [string, Tree] => {
      if ('text' in output) return [output.path, () => (output.text === undefined ? { missing: true } : { sha1: contentSha1(output.text) })];
      const top = new Map<string, Tree>();
      const folders = new Map<string, Map<string, Tree>>([['', top]]);
      const folderOf = (path: string): Map<string, Tree> => {
        let folder = folders.get(path);
        if (!folder) {
          const children = new Map<string, Tree>();
          folder = children;
          folders.set(path, folder);
          const cut = path.lastIndexOf('/');
          folderOf(cut === -1 ? '' : path.slice(0, cut)).set(path.slice(cut + 1), () => ({ children }));
        }
        return folder;
      };
      for (const [file, content] of output.files) {
        const cut = file.lastIndexOf('/');
        folderOf(cut === -1 ? '' : file.slice(0, cut)).set(file.slice(cut + 1), () => ({ sha1: contentSha1(content) }));
      }
      return [output.path, () => ({ children: top })];
    }),
  );
}

/** The same hash of the outputs as they are on disk now; undefined when something there cannot be read. */
export function diskState(root: string, paths: readonly string[]): string | undefined {
  const onDisk =
    (path: string): Tree =>
    () => {
      let stat;
      try {
        stat = lstatSync(path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { missing: true };
        throw error;
      }
      if (stat.isSymbolicLink()) return { link: readlinkSync(path) };
      if (stat.isDirectory()) return { children: new Map(readdirSync(path).map((name) => [name, onDisk(join(path, name))])) };
      // (a synth writes no file with an execute bit, and writes a file that has one again)
      if (stat.isFile()) return (stat.mode & 0o111) === 0 ? { sha1: contentSha1(readFileSync(path)) } : { other: true };
      return { other: true };
    };
  try {
    return hashOf(
      root,
      paths.map((path) => [path, onDisk(path)]),
    );
  } catch {
    return undefined;
  }
}

function hashOf(root: string, trees: readonly [string, Tree][]): string {
  const hash = createHash('sha1');
  const visit = (name: string, tree: Tree): void => {
    const node = tree();
    if ('missing' in node) entry(hash, name, 'missing');
    else if ('link' in node) entry(hash, name, `link ${node.link}`);
    else if ('other' in node) entry(hash, name, 'other');
    else if ('sha1' in node) entry(hash, name, `file ${node.sha1}`);
    else {
      const names = [...node.children.keys()].sort();
      entry(hash, name, `folder ${names.length}`);
      for (const child of names) visit(`${name}/${child}`, node.children.get(child)!);
    }
  };
  for (const [path, tree] of trees) visit(relative(root, path), tree);
  return hash.digest('hex');
}

function entry(hash: Hash, name: string, what: string): void {
  hash.update(`\0${name}\0${what}\0`);
}
