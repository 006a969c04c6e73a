import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commitOutput, interruptedOutput, JOURNAL_FILE, OutputError, readCacheFile, recoverOutput, textOf, writeCacheFile, type OutputPlan } from '../../synth/output';

// the module object itself, so that spies reach the calls of synth/output.ts
const fs = require('node:fs') as typeof import('node:fs');

/*
 * The switch of dist/, helm/ and single files: all targets old or all new, whatever point a run
 * stops at, once the next run has recovered; nothing left beside them.
 */

function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string, prefix: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.isDirectory()) walk(join(d, entry.name), `${prefix}${entry.name}/`);
      else out[`${prefix}${entry.name}`] = readFileSync(join(d, entry.name), 'utf8');
    }
  };
  walk(dir, '');
  return out;
}

/** A checkout with version `old` of dist/, helm/ and README.md written, and plans for versions. */
function checkout() {
  const root = mkdtempSync(join(tmpdir(), 'datalens-output-'));
  const targets = { dist: join(root, 'dist'), helm: join(root, 'helm'), readme: join(root, 'README.md') };
  const plan = (version: string): OutputPlan => ({
    folders: new Map([
      [targets.dist, new Map([['dev/api.yaml', `api ${version}\n`], ['argocd/app.yaml', `app ${version}\n`]])],
      [targets.helm, new Map([['Chart.yaml', `chart ${version}\n`], ['templates/dev/api.yaml', `api ${version}\n`]])],
    ]),
    files: new Map([[targets.readme, `readme ${version}\n`]]),
  });
  commitOutput(root, plan('old'));
  const all = Object.values(targets);
  return { root, targets, plan, all, state: () => tree(root) };
}

const version = (state: Record<string, string>) => new Set(Object.values(state).map((text) => text.trim().split(' ')[1]));

describe('commitOutput', () => {
  it('replaces every target and leaves nothing beside them', () => {
    const { root, plan, state } = checkout();
    commitOutput(root, plan('new'));
    expect(version(state())).toEqual(new Set(['new']));
    expect(readdirSync(root).sort()).toEqual(['README.md', 'dist', 'helm']);
  });

  it('leaves alone a folder that already holds exactly its files, and makes one with anything more or less hold them', () => {
    const { root, targets, plan } = checkout();
    const inode = (path: string) => fs.statSync(path).ino;
    const before = { dist: inode(targets.dist), helm: inode(targets.helm), dev: inode(join(targets.dist, 'dev')) };
    commitOutput(root, plan('old'));
    expect({ dist: inode(targets.dist), helm: inode(targets.helm), dev: inode(join(targets.dist, 'dev')) }).toEqual(before);
    writeFileSync(join(targets.helm, 'extra.yaml'), 'not generated\n');
    mkdirSync(join(targets.dist, 'empty'));
    writeFileSync(join(targets.dist, 'dev', 'stray.yaml'), 'not generated\n');
    commitOutput(root, plan('old'));
    expect(tree(root)).toEqual(tree(checkout().root));
    expect(existsSync(join(targets.dist, 'empty'))).toBe(false);
    // entry by entry: the folders stay, the one that held more is replaced
    expect([inode(targets.dist), inode(targets.helm)]).toEqual([before.dist, before.helm]);
    expect(inode(join(targets.dist, 'dev'))).not.toBe(before.dev);
    expect(readdirSync(targets.dist).sort()).toEqual(['argocd', 'dev']);
  });

  /** A checkout whose dist/dev holds two files, and a plan that changes one of them. */
  function twoFiles() {
    const c = checkout();
    const files = (api: string) => new Map([...c.plan('old').folders.get(c.targets.dist)!, ['dev/api.yaml', api], ['dev/web.yaml', 'web\n']]);
    commitOutput(c.root, { folders: new Map([[c.targets.dist, files('api old\n')]]), files: new Map() });
    return { ...c, change: () => commitOutput(c.root, { folders: new Map([[c.targets.dist, files('api new\n')]]), files: new Map() }) };
  }

  it('rewrites nothing that stays the same: an entry that holds its files is not touched, a file of a replaced folder keeps its inode and time', () => {
    const { root, targets, change } = twoFiles();
    const stat = (path: string) => {
      const { ino, mtimeMs } = fs.statSync(join(targets.dist, path));
      return [ino, mtimeMs];
    };
    const before = { app: stat('argocd/app.yaml'), argocd: stat('argocd'), web: stat('dev/web.yaml'), dev: stat('dev') };
    change();
    expect({ app: stat('argocd/app.yaml'), argocd: stat('argocd'), web: stat('dev/web.yaml') }).toEqual({ app: before.app, argocd: before.argocd, web: before.web });
    expect(stat('dev')[0]).not.toBe(before.dev[0]);
    expect(tree(targets.dist)).toEqual({ 'argocd/app.yaml': 'app old\n', 'dev/api.yaml': 'api new\n', 'dev/web.yaml': 'web\n' });
    expect(readdirSync(root).sort()).toEqual(['README.md', 'dist', 'helm']);
  });

  it('keeps or links from no folder that is a link, and keeps no file with an execute bit: the output is what a fresh switch makes', () => {
    const { root, targets, plan } = checkout();
    const elsewhere = mkdtempSync(join(tmpdir(), 'datalens-elsewhere-'));
    renameSync(join(targets.dist, 'dev'), join(elsewhere, 'dev'));
    fs.symlinkSync(join(elsewhere, 'dev'), join(targets.dist, 'dev'));
    fs.chmodSync(join(targets.helm, 'Chart.yaml'), 0o755);
    commitOutput(root, plan('old'));
    expect(fs.lstatSync(join(targets.dist, 'dev')).isDirectory()).toBe(true);
    expect(fs.statSync(join(targets.helm, 'Chart.yaml')).mode & 0o111).toBe(0);
    expect(fs.statSync(join(targets.dist, 'dev', 'api.yaml')).nlink).toBe(1);
    expect(tree(root)).toEqual(tree(checkout().root));
  });

  it('never writes into a staging copy an earlier process of the same pid left, which may hold links to the live output', () => {
    const { root, targets, plan } = checkout();
    const live = join(targets.dist, 'dev', 'api.yaml');
    const staged = join(targets.dist, `.dev.synth-new-${process.pid}`);
    mkdirSync(staged);
    fs.linkSync(live, join(staged, 'api.yaml'));
    expect(() =>
      commitOutput(root, plan('new'), () => {
        throw Object.assign(new Error('EIO: stopped before the commit point'), { code: 'EIO' });
      }),
    ).toThrow(OutputError);
    expect(readFileSync(live, 'utf8')).toBe('api old\n');
  });

  it('writes a file it cannot link from the old copy', () => {
    const { targets, change } = twoFiles();
    const spy = jest.spyOn(fs, 'linkSync').mockImplementation(() => {
      throw Object.assign(new Error('EPERM: operation not permitted, link'), { code: 'EPERM' });
    });
    try {
      change();
      expect(spy).toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
    expect(tree(targets.dist)).toEqual({ 'argocd/app.yaml': 'app old\n', 'dev/api.yaml': 'api new\n', 'dev/web.yaml': 'web\n' });
  });

  it('writes nothing when the disk is full, and removes what it staged', () => {
    const { root, plan, state } = checkout();
    const before = state();
    let writes = 0;
    const real = fs.writeFileSync;
    const spy = jest.spyOn(fs, 'writeFileSync').mockImplementation((...args: Parameters<typeof fs.writeFileSync>) => {
      if (++writes === 2) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write' });
      return real(...args);
    });
    try {
      commitOutput(root, plan('new'));
      throw new Error('expected an OutputError');
    } catch (error) {
      expect(error).toBeInstanceOf(OutputError);
      expect((error as OutputError).unchanged).toBe(true);
      expect((error as OutputError).problems).toEqual(['dist/argocd/app.yaml: could not write it: the disk is full (ENOSPC): free some space']);
    } finally {
      spy.mockRestore();
    }
    expect(state()).toEqual(before);
    expect(readdirSync(root).sort()).toEqual(['README.md', 'dist', 'helm']);
  });

  it('refuses, before writing anything, a target folder whose old copy it could not remove', () => {
    const { root, targets, plan, state } = checkout();
    const before = state();
    const real = fs.accessSync;
    const spy = jest.spyOn(fs, 'accessSync').mockImplementation((path, mode) => {
      if (String(path) === join(targets.dist, 'dev')) throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
      return real(path, mode);
    });
    try {
      expect(() => commitOutput(root, plan('new'))).toThrow('dist/dev: expected a writable folder (the old output is removed from it), got permission denied (EACCES): make it writable');
    } finally {
      spy.mockRestore();
    }
    expect(state()).toEqual(before);
  });
});

describe('recoverOutput after a run stopped at any point', () => {
  /** The disk as a run stopped after `done` moves of its journal would leave it. */
  function stoppedAfter(done: number, { trashOnly = false } = {}) {
    const c = checkout();
    const moves = [
      { staged: '.dist.synth-new-4242', target: 'dist', folder: true },
      { staged: '.helm.synth-new-4242', target: 'helm', folder: true },
      { staged: '.README.md.synth-new-4242', target: 'README.md', folder: false },
    ];
    const plan = c.plan('new');
    for (const [target, files] of plan.folders) {
      const staged = join(c.root, `.${target.split('/').pop()}.synth-new-4242`);
      for (const [path, content] of files) {
        mkdirSync(join(staged, path, '..'), { recursive: true });
        writeFileSync(join(staged, path), textOf(content));
      }
    }
    writeFileSync(join(c.root, '.README.md.synth-new-4242'), 'readme new\n');
    writeFileSync(join(c.root, JOURNAL_FILE), JSON.stringify({ moves }));
    moves.slice(0, done).forEach((move, i) => {
      if (move.folder) renameSync(join(c.root, move.target), join(c.root, `.${move.target}.synth-old-4242`));
      // stopped between the two renames of the last move
      if (!(trashOnly && i === done - 1)) renameSync(join(c.root, move.staged), join(c.root, move.target));
    });
    return c;
  }

  it.each([0, 1, 2, 3])('finishes a committed switch stopped after %i of its moves', (done) => {
    const { root, all, state } = stoppedAfter(done);
    expect(recoverOutput(root, all)).toEqual({ completed: true, leftovers: [] });
    expect(version(state())).toEqual(new Set(['new']));
    expect(readdirSync(root).sort()).toEqual(['README.md', 'dist', 'helm']);
  });

  it.each([1, 2])('finishes a switch stopped between the two renames of move %i', (done) => {
    const { root, all, state } = stoppedAfter(done, { trashOnly: true });
    recoverOutput(root, all);
    expect(version(state())).toEqual(new Set(['new']));
    expect(readdirSync(root).sort()).toEqual(['README.md', 'dist', 'helm']);
  });

  it('finishes a switch made entry by entry (a folder replaced, one added, entries removed) stopped after any of its renames', () => {
    /** dist/dev changed, dist/argocd no longer made, dist/prod new, a stray file removed; helm/ the same; the README changed. */
    const change = (c: ReturnType<typeof checkout>): OutputPlan => ({
      folders: new Map([
        [c.targets.dist, new Map([['dev/api.yaml', 'api new\n'], ['prod/api.yaml', 'prod new\n']])],
        [c.targets.helm, c.plan('old').folders.get(c.targets.helm)!],
      ]),
      files: new Map([[c.targets.readme, 'readme new\n']]),
    });
    const whole = checkout();
    writeFileSync(join(whole.targets.dist, 'stray.yaml'), 'not generated\n');
    commitOutput(whole.root, change(whole));
    const expected = whole.state();
    expect(Object.keys(expected).sort()).toEqual(['README.md', 'dist/dev/api.yaml', 'dist/prod/api.yaml', 'helm/Chart.yaml', 'helm/templates/dev/api.yaml']);
    let stopped = 0;
    for (let renames = 1; ; renames++) {
      const c = checkout();
      writeFileSync(join(c.targets.dist, 'stray.yaml'), 'not generated\n');
      const real = fs.renameSync;
      let count = 0;
      // the first rename is the journal's (the commit point); a kill after it leaves the rest to the next run
      const spy = jest.spyOn(fs, 'renameSync').mockImplementation((from, to) => {
        if (++count > renames) throw Object.assign(new Error('killed'), { code: 'EINTR' });
        return real(from, to);
      });
      let finished = true;
      try {
        commitOutput(c.root, change(c));
      } catch (error) {
        expect(error).toBeInstanceOf(OutputError);
        finished = false;
      } finally {
        spy.mockRestore();
      }
      if (finished) break;
      stopped++;
      expect(recoverOutput(c.root, c.all)).toEqual({ completed: true, leftovers: [] });
      expect(c.state()).toEqual(expected);
      expect(readdirSync(c.root).sort()).toEqual(['README.md', 'dist', 'helm']);
      expect(readdirSync(c.targets.dist).sort()).toEqual(['dev', 'prod']);
    }
    // the journal, dev aside and in, prod in, argocd and the stray file aside, the README
    expect(stopped).toBe(6);
  });

  it('removes what an uncommitted run staged (no journal), of any process and of the earlier design', () => {
    const { root, all, state } = checkout();
    const before = state();
    mkdirSync(join(root, '.dist.synth-new-77', 'dev'), { recursive: true });
    mkdirSync(join(root, '.helm.staging-78'), { recursive: true });
    writeFileSync(join(root, 'README.md.staging-79'), 'half');
    writeFileSync(join(root, `${JOURNAL_FILE}.80`), '{"mo');
    // inside the folders, beside the entries a switch replaces one by one
    mkdirSync(join(root, 'dist', '.dev.synth-new-81'));
    writeFileSync(join(root, 'dist', '.dev.synth-new-81', 'api.yaml'), 'half');
    mkdirSync(join(root, 'helm', '.templates.synth-old-82'));
    writeFileSync(join(root, 'helm', '.Chart.yaml.synth-new-83'), 'half');
    expect(interruptedOutput(root, all)).toBe(true);
    expect(recoverOutput(root, all)).toEqual({ completed: false, leftovers: [] });
    expect(state()).toEqual(before);
    expect(readdirSync(root).sort()).toEqual(['README.md', 'dist', 'helm']);
    expect(interruptedOutput(root, all)).toBe(false);
  });

  it('puts back a folder the earlier design left under its .previous name', () => {
    const { root, all, state } = checkout();
    const before = state();
    renameSync(join(root, 'helm'), join(root, '.helm.previous'));
    recoverOutput(root, all);
    expect(state()).toEqual(before);
    expect(existsSync(join(root, '.helm.previous'))).toBe(false);
  });
});

describe('cache files', () => {
  it('read back what was written, and nothing from a file cut short, edited, unsummed, missing or not a regular file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'datalens-cache-file-'));
    const path = join(dir, 'nested', 'cache.json');
    writeCacheFile(path, '{"entries": {"a": "b"}}');
    expect(readCacheFile(path)).toBe('{"entries": {"a": "b"}}');
    const stored = readFileSync(path, 'utf8');
    // still JSON after the cut: only the sum tells
    for (const damaged of [stored.replace('{"a": "b"}', '{}'), stored.slice(0, -1), stored.replace(/^[0-9a-f]+\n/, '')]) {
      writeFileSync(path, damaged);
      expect(readCacheFile(path)).toBeUndefined();
    }
    expect(readCacheFile(join(dir, 'missing.json'))).toBeUndefined();
    expect(readCacheFile(dir)).toBeUndefined();
    // a FIFO would block a read until someone writes to it
    const fifo = join(dir, 'fifo.json');
    execFileSync('mkfifo', [fifo]);
    expect(readCacheFile(fifo)).toBeUndefined();
  });

  it('read back text beyond ASCII as it was, a lone surrogate too once JSON holds it (as every cache text is JSON)', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'datalens-cache-file-')), 'cache.json');
    for (const text of ['{"description": "Zustimmung für DPDP — 同意 ✓ 😀"}', JSON.stringify({ broken: 'a\ud800b' })]) {
      writeCacheFile(path, text);
      expect(readCacheFile(path)).toBe(text);
      if (text.includes('broken')) expect(JSON.parse(readCacheFile(path)!).broken).toBe('a\ud800b');
    }
  });
});
