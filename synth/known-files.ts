import { mkdirSync, statSync, writeFileSync, type BigIntStats } from 'node:fs';
import { dirname } from 'node:path';
import { readCacheFile, writeCacheFile, type ContentRecord } from './output';

/**
 * How long before the run began a file must have been last changed for its status to be recorded.
 * A file changed again within the same tick of the clock that stamps it would keep its status: the
 * kernel stamps with a coarse clock (a few milliseconds a tick), FAT file systems to 2 s. One left
 * alone for 3 s has a status that any later change alters. Git treats "racily clean" index entries
 * the same way.
 */
const SETTLED_MS = 3000;

/**
 * What the output files held when the last synth saw them, by path: the hash of their bytes and
 * their status (device, inode, size, modification and change times in nanoseconds). Writing a file
 * or replacing it changes its change time or its inode, and no user can set a change time back, so
 * a file whose status is still the recorded one still holds what was recorded: the next synth
 * compares it with its kept text without reading it. Only files seen settled (SETTLED_MS) are
 * recorded; those this run wrote are read, and recorded, by the next. Kept in .build/ by
 * writeCacheFile; a record that is missing or cut short only costs reading the files.
 *
 * A status can stay the same through one kind of write: through a shared memory mapping, to a page
 * already dirty and not yet written back (the kernel stamps the times on a page's first write
 * only). Git has the same blind spot. A synth that finds the output other than the last one left
 * it (synth/run-record.ts) starts from no record, so such a change is put right by the next synth
 * whose inputs are unchanged.
 */
export class KnownFiles implements ContentRecord {
  private before: Map<string, string> | undefined;
  private readonly seen = new Map<string, string>();
  /** The file system's time when this run began to look, from a file written then (its clock, not this machine's, stamps the files). */
  private began: bigint | undefined;

  private readonly trusted: boolean;
  private readonly settledNs: bigint;

  /** @param file where the record is kept (.build/output-files.json) */
  constructor(
    private readonly file: string,
    options: {
      /** Whether what the record holds may be believed; when not, every file is read and the record made afresh. @default true */
      readonly trusted?: boolean;
      /** How long before the run began a file must have been last changed to be recorded. @default SETTLED_MS */
      readonly settledMs?: number;
    } = {},
  ) {
    this.trusted = options.trusted ?? true;
    this.settledNs = BigInt(options.settledMs ?? SETTLED_MS) * 1_000_000n;
  }

  holds(path: string, status: BigIntStats, sha1: string): boolean {
    const entry = `${statusOf(status)} ${sha1}`;
    if (this.recorded().get(path) !== entry) return false;
    this.seen.set(path, entry);
    return true;
  }

  saw(path: string, status: BigIntStats, sha1: string): void {
    const began = this.beginning();
    if (status.ctimeNs < began - this.settledNs && status.mtimeNs < began - this.settledNs) this.seen.set(path, `${statusOf(status)} ${sha1}`);
  }

  /** When this run began to look, by the file system's clock; none (nothing recorded) where it cannot tell. */
  private beginning(): bigint {
    if (this.began !== undefined) return this.began;
    const probe = `${this.file}.clock`;
    try {
      mkdirSync(dirname(probe), { recursive: true });
      writeFileSync(probe, '');
      this.began = statSync(probe, { bigint: true }).ctimeNs;
    } catch {
      this.began = 0n;
    }
    return this.began;
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
    if (!this.trusted) return this.before;
    try {
      const entries: unknown = JSON.parse(readCacheFile(this.file) ?? '[]');
      if (Array.isArray(entries)) for (const e of entries) if (Array.isArray(e) && typeof e[0] === 'string' && typeof e[1] === 'string') this.before.set(e[0], e[1]);
    } catch {
      // none: every file is read
    }
    return this.before;
  }
}

/** A file's status as the record holds it. */
export const statusOf = (s: BigIntStats): string => `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;
