import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import type { Environment } from '../config/schema';
import { writeFileAtomically } from './output';
import type { RenderedObjects } from './render';

/** Objects of environments rendered before, by the environment rendered. */
export interface RenderSource {
  /** The environment's objects: as an earlier run rendered them, or from `render`. */
  objectsOf(environment: Environment, render: () => RenderedObjects): RenderedObjects;
}


/**
 * Renderings of earlier runs, one file per environment rendered, by a hash of the program's build,
 * the Node.js version and the environment's JSON. The derivation of the Helm chart renders every
 * environment tens of times with sentinel values, and those renderings do not change when an
 * environment's own values do (the sentinels stand in for them): after a change, they come from
 * here. A rendering depends on nothing else, so what is read back is what rendering would give;
 * an entry that cannot be read is rendered again.
 */
export class RenderCache implements RenderSource {
  private readonly used = new Set<string>();

  /**
   * @param folder where the entries are kept (.build/renders)
   * @param program what the renderings depend on besides the environment: the build of the program and the Node.js version
   * @param maxBytes what the folder keeps at most after `prune`, the entries used longest ago dropped first (this run's are
   *   kept whatever their size); the derivation for the four committed environments keeps about 9 MiB
   */
  constructor(
    private readonly folder: string,
    private readonly program: string,
    private readonly maxBytes = 64 * 1024 * 1024,
  ) {}

  objectsOf(environment: Environment, render: () => RenderedObjects): RenderedObjects {
    const entry = `${createHash('sha256').update(this.program).update('\0').update(JSON.stringify(environment)).digest('hex').slice(0, 40)}.json`;
    const path = join(this.folder, entry);
    this.used.add(entry);
    try {
      const stored = JSON.parse(readFileSync(path, 'utf8')) as Partial<RenderedObjects>;
      if (Array.isArray(stored.files) && typeof stored.checksums === 'object' && stored.checksums !== null) return { files: stored.files, checksums: stored.checksums };
    } catch {
      // not rendered before, or unreadable: render it
    }
    const { files, checksums } = render();
    try {
      mkdirSync(this.folder, { recursive: true });
      writeFileAtomically(path, JSON.stringify({ files, checksums }));
    } catch {
      // a rendering that cannot be kept is rendered again next time
    }
    return { files, checksums };
  }

  /** Marks this run's entries as the newest and drops the others used longest ago past `maxBytes`. */
  prune(): void {
    let entries: { name: string; bytes: number; usedAt: number }[];
    try {
      const names = readdirSync(this.folder);
      // what a killed run was writing (runs of a checkout take turns: no other is writing now)
      for (const name of names) if (!name.endsWith('.json')) rmSync(join(this.folder, name), { force: true });
      entries = names
        .filter((name) => name.endsWith('.json'))
        .map((name) => {
          const { size, mtimeMs } = statSync(join(this.folder, name));
          return { name, bytes: size, usedAt: this.used.has(name) ? Infinity : mtimeMs };
        });
    } catch {
      return;
    }
    const now = new Date();
    let kept = 0;
    for (const entry of entries.sort((a, b) => b.usedAt - a.usedAt || compareNames(a.name, b.name))) {
      kept += entry.bytes;
      try {
        if (entry.usedAt === Infinity) utimesSync(join(this.folder, entry.name), now, now);
        else if (kept > this.maxBytes) rmSync(join(this.folder, entry.name), { force: true });
      } catch {
        // another run's entry, gone already
      }
    }
  }
}

const compareNames = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
