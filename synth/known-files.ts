import type { BigIntStats } from 'node:fs';
import { readCacheFile, writeCacheFile, type ContentRecord } from './output';

/**
 * How long before it was seen a file must have been last changed for its status to be recorded.
 * A file changed again within the same tick of the clock that stamps it would keep its status (the
 * kernel stamps with a coarse clock, a few milliseconds per tick); one left alone for a second has
 * a status that any later change alters. Git treats "racily clean" index entries the same way.
 */
const SETTLED_NS = 1_000_000_000n;

/**
 * What the output files held when the last synth saw them, by path: the hash of their bytes and
 * their status (device, inode, size, modification and change times in nanoseconds). Writing a file
 * or replacing it changes its change time or its inode, and no user can set a change time back, so
 * a file whose status is still the recorded one still holds what was recorded: the next synth
 * compares it with its kept text without reading it. Only files seen settled (SETTLED_NS) are
 * recorded; those this run wrote are read, and recorded, by the next. Kept in .build/ by
 * writeCacheFile; a record that is missing or cut short only costs reading the files.
 */
export class KnownFiles implements ContentRecord {
  private before: Map<string, string> | undefined;
  private readonly seen = new Map<string, string>();

  constructor(private readonly file: string) {}

  holds(path: string, status: BigIntStats, sha1: string): boolean {
    const entry = `${statusOf(status)} ${sha1}`;
    if (this.recorded().get(path) !== entry) return false;
    this.seen.set(path, entry);
    return true;
  }

  saw(path: string, status: BigIntStats, sha1: string): void {
    const now = BigInt(Date.now()) * 1_000_000n;
    if (status.ctimeNs < now - SETTLED_NS && status.mtimeNs < now - SETTLED_NS) this.seen.set(path, `${statusOf(status)} ${sha1}`);
  }

  /** Keeps what this run saw (and only that) for the next one. */
  save(): void {
    try {
      writeCacheFile(this.file, JSON.stringify([...this.seen]));
    } catch {
      // the next run reads the files instead
    }
  }

  private recorded(): Map<string, string> {
    if (this.before) return this.before;
    this.before = new Map();
    try {
      const entries: unknown = JSON.parse(readCacheFile(this.file) ?? '[]');
      if (Array.isArray(entries)) for (const e of entries) if (Array.isArray(e) && typeof e[0] === 'string' && typeof e[1] === 'string') this.before.set(e[0], e[1]);
    } catch {
      // none: every file is read
    }
    return this.before;
  }
}

const statusOf = (s: BigIntStats): string => `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;
