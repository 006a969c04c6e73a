import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { DEV_BASE, merge, writeProject } from '../support/fixtures';
import { programCopy } from '../support/program-copy';

/*
 * scripts/run.mjs finds its bundle by content: an interrupted build is never run, and a changed
 * source is always built, whatever the timestamps say. Each run here builds from the sources of a
 * private copy of the program.
 */
describe('scripts/run.mjs', () => {
  const root = programCopy();
  writeProject(root, { dev: DEV_BASE });
  // as a clone has them
  for (const output of ['dist', 'helm', 'docs']) mkdirSync(join(root, output));
  const synth = () => spawnSync(process.execPath, [join(root, 'scripts', 'run.mjs'), 'main.ts'], { cwd: root, encoding: 'utf8' });
  const bundles = () => readdirSync(join(root, '.build')).filter((f) => f.endsWith('.cjs'));

  it('builds once and runs the bundle', () => {
    const run = synth();
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(bundles()).toHaveLength(1);
  });

  it('runs the same bundle the next time, without building it again (its own .build/ and the lock beside main.ts change nothing)', () => {
    const [bundle] = bundles();
    const built = statSync(join(root, '.build', bundle)).mtimeMs;
    // a lock left by a process that no longer exists (pids end at 2^22), which the run clears
    writeFileSync(join(root, '.synth-lock'), `${2 ** 22 + 1} ${hostname()} left\n`);
    const run = synth();
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(bundles()).toEqual([bundle]);
    expect(statSync(join(root, '.build', bundle)).mtimeMs).toBe(built);
  });

  it("keeps V8's code cache of the bundle while V8 takes it, and writes it again when V8 rejects it", () => {
    const cache = join(root, '.build', `${bundles()[0]}.v8-cache`);
    const written = statSync(cache, { bigint: true });
    expect(synth().status).toBe(0);
    expect(statSync(cache, { bigint: true }).mtimeNs).toBe(written.mtimeNs);
    // a cache of another V8 (or a damaged one) is rejected: the run still succeeds and leaves one V8 takes
    writeFileSync(cache, 'not a code cache');
    expect(synth().status).toBe(0);
    expect(statSync(cache).size).toBeGreaterThan(1000);
    const rewritten = statSync(cache, { bigint: true });
    expect(synth().status).toBe(0);
    expect(statSync(cache, { bigint: true }).mtimeNs).toBe(rewritten.mtimeNs);
  });

  it('sees a file added beside a source that an import now resolves to, and each change of it', () => {
    // esbuild takes an exact name before trying extensions: './compare-text' is now this file, which has no extension
    const shadow = join(root, 'foundation', 'compare-text');
    for (const text of ['one', 'two']) {
      writeFileSync(shadow, `throw new Error('the file beside compare-text.ts says ${text}');\n`);
      expect(synth().stderr).toMatch(new RegExp(`internal error: the file beside compare-text\\.ts says ${text}`));
    }
    rmSync(shadow);
    expect(synth().status).toBe(0);
  });

  it("builds again when a folder's tsconfig.json, which esbuild reads, appears or changes", () => {
    const key = () => bundles()[0];
    const before = key();
    const tsconfig = join(root, 'synth', 'tsconfig.json');
    writeFileSync(tsconfig, JSON.stringify({ extends: '../tsconfig.json', compilerOptions: { useDefineForClassFields: true } }));
    expect(synth().status).toBe(0);
    const added = key();
    expect(added).not.toBe(before);
    writeFileSync(tsconfig, JSON.stringify({ extends: '../tsconfig.json', compilerOptions: { useDefineForClassFields: false } }));
    expect(synth().status).toBe(0);
    expect(key()).not.toBe(added);
    rmSync(tsconfig);
    expect(synth().status).toBe(0);
    expect(key()).toBe(before);
  });

  it('sees a changed source whose timestamp was kept', () => {
    const source = join(root, 'config', 'load.ts');
    const { atime, mtime } = statSync(source);
    writeFileSync(source, readFileSync(source, 'utf8').replace('invalid environment configuration:', 'environment files with problems:'));
    utimesSync(source, atime, mtime);
    writeFileSync(join(root, 'environments', 'dev.yaml'), stringify(merge(DEV_BASE, { tier: 'qa' })));
    const run = synth();
    expect(run.stderr).toMatch(/^environment files with problems:\n/);
    expect(bundles()).toHaveLength(1);
  });

  it('builds again, without hanging, from a record of inputs naming a path outside the checkout', () => {
    writeFileSync(join(root, 'environments', 'dev.yaml'), stringify(DEV_BASE));
    expect(synth().status).toBe(0);
    const record = join(root, '.build', 'main.inputs.json');
    const { inputs } = JSON.parse(readFileSync(record, 'utf8')) as { inputs: string[] };
    writeFileSync(record, JSON.stringify({ inputs: [...inputs, '/main.ts', '../elsewhere/x.ts'] }));
    const run = spawnSync(process.execPath, [join(root, 'scripts', 'run.mjs'), 'main.ts'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(run.signal).toBeNull();
    expect(run.status).toBe(0);
  });

  it('never runs a bundle that is empty or cut short, however new it looks', () => {
    for (const [i, bundle] of bundles().entries()) {
      const path = join(root, '.build', bundle);
      truncateSync(path, i === 0 ? 0 : Math.floor(statSync(path).size / 2));
      const future = new Date(Date.now() + 3600_000);
      utimesSync(path, future, future);
    }
    writeFileSync(join(root, 'environments', 'dev.yaml'), stringify(merge(DEV_BASE, { api: { replicas: 0 } })));
    const run = synth();
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/dev\.yaml:\d+:\d+: api\.replicas: expected a value >= 1, got 0/);
  });
});
