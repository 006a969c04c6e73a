import { createHash, type Hash } from 'node:crypto';
import { lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/*
 * A synth has nothing to do when the same build of the program last succeeded on exactly the
 * inputs there are now and left exactly the output there is now: the program is deterministic,
 * so it would write the same bytes again. The record holds the build's content key (scripts/run.mjs
 * hashes every source it bundled), the Node.js version, a hash of every input file as the run
 * began and a hash of every output file as it ended; a synth that finds all of them unchanged
 * reports the recorded result without rendering. Like make's up-to-date check, by content rather
 * than timestamps: an edited, touched-back or deleted file anywhere under the watched paths, or a
 * file added there, makes the next synth a full one.
 */

/** What a successful synth reports. */
export interface SynthResult {
  readonly environments: string[];
  readonly files: number;
}

interface Stored {
  readonly build: string;
  readonly node: string;
  readonly inputs: string;
  readonly outputs: string;
  readonly result: SynthResult;
}

export interface WatchedPaths {
  /** What the synth reads (folders, followed down; files), hashed when the run begins. */
  readonly inputs: readonly string[];
  /** Paths under the inputs that are outputs (generated schemas beside the environment files). */
  readonly generated: readonly string[];
  /** What the synth writes, hashed when the run has ended. */
  readonly outputs: readonly string[];
}

export class RunRecord {
  private inputsAtStart: string | undefined;

  constructor(
    private readonly file: string,
    private readonly root: string,
    private readonly watched: WatchedPaths,
    /** The content key of the running build; without one (run from sources) nothing is recorded. */
    private readonly build: string | undefined,
  ) {}

  /** The recorded result if the same build already synthesised these inputs into the output that is there now. */
  current(): SynthResult | undefined {
    if (!this.build) return undefined;
    let stored: Stored;
    try {
      stored = JSON.parse(readFileSync(this.file, 'utf8')) as Stored;
    } catch {
      return undefined;
    }
    if (stored.build !== this.build || stored.node !== process.version) return undefined;
    if (stateOf(this.root, this.watched.inputs, this.watched.generated) !== stored.inputs) return undefined;
    if (stateOf(this.root, this.watched.outputs, []) !== stored.outputs) return undefined;
    return stored.result;
  }

  /** Before a full run: drops the record (a run that fails or is killed leaves none) and hashes the inputs it is about to read. */
  begin(): void {
    rmSync(this.file, { force: true });
    this.inputsAtStart = this.build ? stateOf(this.root, this.watched.inputs, this.watched.generated) : undefined;
  }

  /** After a successful run: records what it read (as it began) and wrote (as it is now). */
  record(result: SynthResult): void {
    if (!this.build || this.inputsAtStart === undefined) return;
    const outputs = stateOf(this.root, this.watched.outputs, []);
    if (outputs === undefined) return;
    const stored: Stored = { build: this.build, node: process.version, inputs: this.inputsAtStart, outputs, result };
    const staging = `${this.file}.${process.pid}`;
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      writeFileSync(staging, JSON.stringify(stored));
      renameSync(staging, this.file);
    } catch {
      // only costs a full synth next time
      rmSync(staging, { force: true });
    }
  }
}

/**
 * One hash of the paths: every folder's names, every file's bytes, every link's target, in a fixed
 * order; `excluded` paths count as absent. A link to a folder makes the state unknown (undefined):
 * following it could loop, so such a tree is never taken as unchanged.
 */
export function stateOf(root: string, paths: readonly string[], excluded: readonly string[]): string | undefined {
  const hash = createHash('sha1');
  const skip = new Set(excluded);
  const visit = (path: string): boolean => {
    const name = relative(root, path);
    if (skip.has(path)) return true;
    let stat;
    try {
      stat = lstatSync(path);
    } catch {
      return entry(hash, name, 'missing');
    }
    if (stat.isSymbolicLink()) {
      entry(hash, name, `link ${readlinkSync(path)}`);
      try {
        stat = statSync(path);
      } catch {
        return true;
      }
      if (!stat.isFile()) return false;
    }
    if (stat.isDirectory()) {
      const children = readdirSync(path)
        .sort()
        .map((child) => join(path, child))
        .filter((child) => !skip.has(child));
      entry(hash, name, `folder ${children.length}`);
      return children.every(visit);
    }
    if (!stat.isFile()) return entry(hash, name, 'other');
    const content = readFileSync(path);
    entry(hash, name, `file ${content.length}`);
    hash.update(content);
    return true;
  };
  return paths.every(visit) ? hash.digest('hex') : undefined;
}

function entry(hash: Hash, name: string, what: string): true {
  hash.update(`\0${name}\0${what}\0`);
  return true;
}
