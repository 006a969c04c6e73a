import { createHash } from 'node:crypto';
import { readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { compareCodeUnits } from '../foundation/compare-text';
import type { Codec, DerivationStore } from '../foundation/derivation-store';
import { readCacheFile, writeCacheFile } from './output';

/**
 * Results of earlier runs, one file each under a folder of .build/, by a hash of the program's
 * build, the runtime (Node.js and ICU versions) and the key. Two folders use it: .build/environments/
 * keeps each data file parsed (a function of its name and text), the data each validated (a function
 * of the data) and each environment rendered, checked and written as text (a function of the
 * environment alone), so a synth parses, validates and renders only what changed;
 * .build/derivation/ keeps what the Helm chart's derivation made. The derivation renders every
 * environment tens of times with sentinel values and turns each rendering into templates; what it
 * makes depends on the sentinel environment only, which stays the same when an environment's own
 * values change (the sentinels stand in for them), and it keeps what settling each environment
 * took. An entry cut short, edited or not a file (see readCacheFile) is made again.
 */
export class DerivationCache implements DerivationStore {
  private readonly used = new Set<string>();
  /** Whether this run added an entry (only then can the folder have grown past its size). */
  private added = false;

  /**
   * @param folder where the entries are kept (.build/derivation, .build/environments)
   * @param program what the results depend on besides their key: the build of the program and the runtime
   * @param maxBytes what the folder keeps at most after `prune`, the entries used longest ago dropped first (this run's are
   *   kept whatever their size); the four committed environments' derivation keeps about 24 MiB, their parsed files and renderings about 2 MiB
   */
  constructor(
    private readonly folder: string,
    private readonly program: string,
    private readonly maxBytes = 128 * 1024 * 1024,
  ) {}

  get<T>(key: unknown, produce: () => T, codec: Codec<T>): T {
    const entry = `${createHash('sha256').update(this.program).update('\0').update(JSON.stringify(key)).digest('hex').slice(0, 40)}.json`;
    const path = join(this.folder, entry);
    this.used.add(entry);
    const stored = readCacheFile(path);
    try {
      if (stored !== undefined) return codec.decode(stored);
    } catch {
      // not what the codec reads: make it
    }
    const value = produce();
    try {
      writeCacheFile(path, codec.encode(value));
      this.added = true;
    } catch {
      // a result that cannot be kept is made again next time
    }
    return value;
  }

  /**
   * Marks this run's entries as the newest and, when it added any, drops the others used longest ago
   * past `maxBytes` and what is no entry. An entry marked used within the last REMARK_AFTER_MS is not
   * marked again: eviction needs no finer order, and a run that reuses thousands of entries spares as
   * many writes.
   */
  prune(): void {
    const stale = Date.now() - REMARK_AFTER_MS;
    const markUsed = (name: string, mtimeMs: number) => {
      try {
        if (mtimeMs < stale) utimesSync(join(this.folder, name), new Date(), new Date());
      } catch {
        // another run's entry, gone already
      }
    };
    if (!this.added) {
      for (const name of this.used) {
        try {
          markUsed(name, statSync(join(this.folder, name)).mtimeMs);
        } catch {
          // made again next time
        }
      }
      return;
    }
    let names: string[];
    try {
      names = readdirSync(this.folder);
    } catch {
      return;
    }
    const entries: { name: string; bytes: number; mtimeMs: number; usedAt: number }[] = [];
    for (const name of names) {
      const path = join(this.folder, name);
      try {
        const stat = statSync(path);
        if (name.endsWith('.json') && stat.isFile()) entries.push({ name, bytes: stat.size, mtimeMs: stat.mtimeMs, usedAt: this.used.has(name) ? Infinity : stat.mtimeMs });
        // what a killed run was writing (runs of a checkout take turns: no other is writing now), or no entry at all
        else remove(path);
      } catch {
        // a link to nothing: no entry either
        remove(path);
      }
    }
    let kept = 0;
    for (const entry of entries.sort((a, b) => b.usedAt - a.usedAt || compareCodeUnits(a.name, b.name))) {
      kept += entry.bytes;
      if (entry.usedAt === Infinity) markUsed(entry.name, entry.mtimeMs);
      else if (kept > this.maxBytes) remove(join(this.folder, entry.name));
    }
  }
}

/** How long ago an entry may have been marked used before a run that uses it marks it again. */
const REMARK_AFTER_MS = 3600_000;

/** Removes what is at `path`, if it can: a cache that cannot be tidied only grows. */
function remove(path: string): void {
  try {
    rmSync(path, { recursive: true, force: true });
  } catch {
    // left for the next run
  }
}
