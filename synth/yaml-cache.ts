import { createHash } from 'node:crypto';
import { readCacheFile, writeCacheFile } from './output';

/**
 * YAML text of objects serialised by earlier runs, by a hash of the object's JSON. Serialising is
 * the costliest step of a synth and most objects do not change between runs; the cache maps the
 * exact input to the exact output of the same serialiser, so output stays byte-identical. The key
 * includes the serialiser's identity (yaml version and options): another one starts a new cache.
 */
export class YamlCache {
  private readonly entries = new Map<string, string>();
  private readonly used = new Map<string, string>();

  constructor(
    private readonly file: string,
    private readonly serialiser: string,
  ) {
    try {
      const stored = JSON.parse(readCacheFile(file) ?? '{}') as { serialiser?: string; entries?: Record<string, string> };
      if (stored.serialiser === serialiser) for (const [key, text] of Object.entries(stored.entries ?? {})) if (typeof text === 'string') this.entries.set(key, text);
    } catch {
      // an unreadable cache: start empty
    }
  }

  /** The YAML of `object`, from the cache or from `serialise`. */
  get(object: unknown, serialise: (object: unknown) => string): string {
    const key = createHash('sha1').update(JSON.stringify(object)).digest('base64');
    const text = this.used.get(key) ?? this.entries.get(key) ?? serialise(object);
    this.used.set(key, text);
    return text;
  }

  /** Keeps what this run used (so the cache never grows past one synth's objects); written by rename, never half. */
  save(): void {
    writeCacheFile(this.file, JSON.stringify({ serialiser: this.serialiser, entries: Object.fromEntries(this.used) }));
  }
}
