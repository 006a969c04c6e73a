import { createHash } from 'node:crypto';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { readCacheFile, writeCacheFile, type YamlSource } from './output';

/**
 * YAML text of objects serialised by earlier runs, by a hash of the object's JSON. Serialising is
 * the costliest step of a synth and most objects do not change between runs; the cache maps the
 * exact input to the exact output of the same serialiser, so output stays byte-identical. The key
 * includes the serialiser's identity (yaml version and options): another one starts a new cache.
 * The file is read when the first object is asked for, so a run that serialises nothing reads
 * nothing.
 */
export class YamlCache implements YamlSource {
  private stored?: Map<string, string>;
  private readonly used = new Map<string, string>();
  private serialised = false;

  constructor(
    private readonly file: string,
    private readonly serialiser: string,
  ) {}

  private entries(): Map<string, string> {
    if (this.stored) return this.stored;
    this.stored = new Map();
    try {
      const stored = JSON.parse(readCacheFile(this.file) ?? '{}') as { serialiser?: string; entries?: Record<string, string> };
      if (stored.serialiser === this.serialiser) for (const [key, text] of Object.entries(stored.entries ?? {})) if (typeof text === 'string') this.stored.set(key, text);
    } catch {
      // an unreadable cache: start empty
    }
    return this.stored;
  }

  /** The YAML of `object`, from the cache or from `serialise`. */
  get(object: unknown, serialise: (object: unknown) => string): string {
    const key = createHash('sha1').update(JSON.stringify(object)).digest('base64');
    let text = this.used.get(key) ?? this.entries().get(key);
    if (text === undefined) {
      text = serialise(object);
      this.serialised = true;
    }
    this.used.set(key, text);
    return text;
  }

  /**
   * Keeps what this run used (so the cache never grows past one synth's objects); written by rename,
   * never half, and only when that differs from what the file holds.
   */
  save(): void {
    if (!this.stored || (!this.serialised && this.used.size === this.stored.size)) return;
    writeCacheFile(this.file, JSON.stringify({ serialiser: this.serialiser, entries: Object.fromEntries(this.used) }));
  }
}

/**
 * YAML caches by part of the output, one file each in a folder: each environment's folder in dist/
 * has its own (`environment-<name>.json`), so a run that renders one environment reads and writes
 * that environment's objects only; the rest (the bootstraps, the Helm chart) share `shared.json`.
 */
export class YamlCacheFolder {
  private readonly caches = new Map<string, YamlCache>();

  constructor(
    private readonly folder: string,
    private readonly serialiser: string,
  ) {}

  /** The cache of the objects of the environment `name`. */
  environment(name: string): YamlSource {
    return this.cache(`environment-${name}`);
  }

  /** The cache of everything else. */
  shared(): YamlSource {
    return this.cache('shared');
  }

  private cache(part: string): YamlCache {
    let cache = this.caches.get(part);
    if (!cache) this.caches.set(part, (cache = new YamlCache(join(this.folder, `${part}.json`), this.serialiser)));
    return cache;
  }

  /** Saves the caches this run used and removes those of environments not in `environments`. */
  save(environments: readonly string[]): void {
    for (const cache of this.caches.values()) cache.save();
    const kept = new Set(['shared.json', ...environments.map((name) => `environment-${name}.json`)]);
    let names: string[];
    try {
      names = readdirSync(this.folder);
    } catch {
      return;
    }
    for (const name of names) if (!kept.has(name)) rmSync(join(this.folder, name), { recursive: true, force: true });
  }
}
