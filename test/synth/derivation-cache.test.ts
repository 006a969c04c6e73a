import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { Codec } from '../../foundation/derivation-store';
import { DerivationCache } from '../../synth/derivation-cache';
import { DEV_BASE, merge, writeProject } from '../support/fixtures';
import { programCopy } from '../support/program-copy';

/*
 * The Helm chart's derivation reads the template sets of earlier runs back from
 * .build/derivation/ instead of rendering and templating the sentinel environments again. What it
 * reads back must be what it would make, in a process that never made it: the chart after a change
 * equals the chart of a synth that derived everything.
 */

const text: Codec<string> = { encode: (value) => JSON.stringify({ value }), decode: (stored) => JSON.parse(stored).value as string };

describe('DerivationCache', () => {
  const folder = () => join(mkdtempSync(join(tmpdir(), 'datalens-derivation-')), 'derivation');

  it('makes a value once and reads it back in another instance', () => {
    const at = folder();
    let made = 0;
    expect(new DerivationCache(at, 'build-1').get({ a: 1 }, () => (made++, 'made'), text)).toBe('made');
    const again = new DerivationCache(at, 'build-1').get(
      { a: 1 },
      () => {
        throw new Error('made again');
      },
      text,
    );
    expect(again).toBe('made');
    expect(made).toBe(1);
  });

  it('makes it again for another program or another key', () => {
    const at = folder();
    new DerivationCache(at, 'build-1').get({ a: 1 }, () => 'made', text);
    let made = 0;
    const count = () => (made++, 'made');
    new DerivationCache(at, 'build-2').get({ a: 1 }, count, text);
    new DerivationCache(at, 'build-1').get({ a: 2 }, count, text);
    expect(made).toBe(2);
  });

  it('makes it again in place of an entry cut short, edited or not a file, and reads back what it made then', () => {
    const at = folder();
    const cache = () => new DerivationCache(at, 'build-1');
    cache().get({ a: 1 }, () => 'made', text);
    const [entry] = readdirSync(at);
    const path = join(at, entry);
    const stored = readFileSync(path, 'utf8');
    let made = 0;
    const count = () => (made++, 'made again');
    for (const damaged of [stored.slice(0, -3), stored.replace('made', 'mad!'), stored.replace(/^[0-9a-f]+\n/, '')]) {
      writeFileSync(path, damaged);
      expect(cache().get({ a: 1 }, count, text)).toBe('made again');
      expect(cache().get({ a: 1 }, count, text)).toBe('made again');
    }
    expect(made).toBe(3);
    rmSync(path);
    mkdirSync(path);
    expect(cache().get({ a: 1 }, count, text)).toBe('made again');
    expect(made).toBe(4);
  });

  it('keeps what the run used, drops the entries used longest ago past its size, and what is no entry (a killed run\'s leftovers, a folder, a link to nothing)', () => {
    const at = folder();
    const seed = new DerivationCache(at, 'build-1');
    for (const key of ['a', 'b', 'c']) seed.get(key, () => 'made', text);
    const entries = readdirSync(at).sort();
    // entries[i] was last used i hours ago
    entries.forEach((entry, i) => utimesSync(join(at, entry), new Date(Date.now() - i * 3600_000), new Date(Date.now() - i * 3600_000)));
    const run = new DerivationCache(at, 'build-1', 2 * statSync(join(at, entries[0])).size);
    run.get('d', () => 'made', text);
    const added = readdirSync(at).filter((entry) => !entries.includes(entry));
    expect(added).toHaveLength(1);
    // what a run killed while writing an entry left, a folder and a link to nothing
    writeFileSync(join(at, `.${added[0]}.synth-new-4242`), '{"value": ');
    mkdirSync(join(at, 'left-behind'));
    symlinkSync(join(at, 'nothing'), join(at, 'dangling.json'));
    run.prune();
    expect(readdirSync(at).sort()).toEqual([entries[0], ...added].sort());
  });

  it('marks an entry used again only when its mark is over an hour old, and evicts nothing in a run that added nothing', () => {
    const at = folder();
    const seed = new DerivationCache(at, 'build-1');
    for (const key of ['a', 'b']) seed.get(key, () => 'made', text);
    const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000);
    const names = readdirSync(at).sort();
    seed.get('c', () => 'made', text);
    const unused = readdirSync(at).find((entry) => !names.includes(entry))!;
    utimesSync(join(at, names[0]), ago(120), ago(120));
    utimesSync(join(at, names[1]), ago(10), ago(10));
    // a run that reads both and adds nothing, with room for neither
    const run = new DerivationCache(at, 'build-1', 1);
    for (const key of ['a', 'b']) expect(run.get(key, () => 'made again', text)).toBe('made');
    run.prune();
    expect(readdirSync(at).sort()).toEqual([...names, unused].sort());
    expect(Date.now() - statSync(join(at, names[0])).mtimeMs).toBeLessThan(60_000);
    expect(Date.now() - statSync(join(at, names[1])).mtimeMs).toBeGreaterThan(9 * 60_000);
    // one that adds an entry evicts what does not fit, its own entries kept
    const adding = new DerivationCache(at, 'build-1', 1);
    adding.get('d', () => 'made', text);
    adding.prune();
    expect(readdirSync(at)).toHaveLength(1);
  });
});

describe('npm run synth with the derivations of earlier runs', () => {
  const root = programCopy('datalens-derivation-');
  writeProject(root, { dev: DEV_BASE });
  // as a clone has them (their appearing would change the build's key, and so every entry's)
  for (const output of ['dist', 'helm', 'docs']) mkdirSync(join(root, output));
  const synth = () => spawnSync(process.execPath, [join(root, 'scripts', 'run.mjs'), 'main.ts'], { cwd: root, encoding: 'utf8' });
  const output = () =>
    Object.fromEntries(
      ['helm', 'dist'].flatMap((folder) =>
        readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
          .filter((path) => statSync(join(root, folder, path)).isFile())
          .map((path) => [`${folder}/${path}`, readFileSync(join(root, folder, path), 'utf8')]),
      ),
    );
  const entries = () => readdirSync(join(root, '.build', 'derivation')).sort();

  it('writes after a change exactly what a synth that derives everything writes, making no template set again', () => {
    expect(synth().status).toBe(0);
    const before = entries();
    expect(before.length).toBeGreaterThan(0);
    // values the chart takes as they are: the sentinel environments stay the same
    writeFileSync(join(root, 'environments', 'dev.yaml'), stringify(merge(DEV_BASE, { images: { api: { tag: '1.2.4' } }, api: { jwtExpiry: '20m' } })));
    const run = synth();
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    // only what settling the changed environment took (its objects changed) is new: its settlement, and whether sets render its files
    const added = entries().filter((entry) => !before.includes(entry));
    expect(entries()).toEqual(expect.arrayContaining(before));
    const kinds = added.map((entry) => {
      const text = readFileSync(join(root, '.build', 'derivation', entry), 'utf8');
      return /^[0-9a-f]{40}\n\{"fixed":/.test(text) ? 'settlement' : /^[0-9a-f]{40}\n\{"culprits":/.test(text) ? 'verification' : 'something else';
    });
    expect([...new Set(kinds)].sort()).toEqual(['settlement', 'verification']);
    expect(kinds.filter((kind) => kind === 'settlement')).toHaveLength(1);
    const reused = output();
    expect(reused['helm/values-dev.yaml']).toContain('1.2.4');

    for (const made of ['derivation', 'environments', 'yaml', 'last-run.json']) rmSync(join(root, '.build', made), { recursive: true });
    expect(synth().status).toBe(0);
    expect(output()).toEqual(reused);
  });
});
