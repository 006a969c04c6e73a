import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { observeInputs } from '../../config/load';
import { synthCommand } from '../../synth/command';
import { statusOf } from '../../synth/known-files';
import { acquireLock, LOCK_FILE } from '../../synth/lock';
import { readCacheFile, writeCacheFile } from '../../synth/output';
import { diskState, InputDigest, plannedState, RunRecord } from '../../synth/run-record';
import { layoutOf, outputTargets } from '../../synth/synthesize';
import { DEV_BASE, merge, writeProject } from '../support/fixtures';
import { setModified, sleepMs } from '../support/file-status';

/*
 * A synth with nothing to do reports the last result without rendering; anything its load would
 * read, or anything it wrote, that changed since (by content) makes it a full one again.
 */

const RESULT = { environments: ['dev'], files: 3 };

/** A checkout in miniature: data files the load reads (environments/, clusters/) and outputs. */
function tree() {
  const root = mkdtempSync(join(tmpdir(), 'datalens-record-'));
  for (const [path, text] of Object.entries({ 'environments/a.yaml': 'a: 1\n', 'clusters/c.yaml': 'c: 1\n', 'out/x/a.yaml': 'x\n', 'out/README.md': 'r\n' })) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const readInputs = (observe: InputDigest['observe']) => observeInputs(join(root, 'environments'), join(root, 'clusters'), root, observe);
  const outputs = [join(root, 'out')];
  // null: run from sources, without a build key
  const record = (build: string | null = 'build-1') => new RunRecord(join(root, '.build', 'last-run.json'), root, { readInputs, outputs, build: build ?? undefined });
  /** A run as the synth does it: the load's digest, then the outputs it wrote. */
  const run = (build?: string | null) => {
    const inputs = new InputDigest();
    expect(readInputs(inputs.observe)).toBe(true);
    record(build).record(RESULT, inputs.digest(), () => diskState(root, outputs)!);
  };
  return { root, record, run, readInputs };
}

describe('the run record', () => {
  it('gives the recorded result while nothing it watches has changed, and a file rewritten with the same bytes changes nothing', () => {
    const { root, record, run } = tree();
    expect(record().current()).toBeUndefined();
    run();
    expect(record().current()).toEqual(RESULT);
    writeFileSync(join(root, 'environments', 'a.yaml'), 'a: 1\n');
    expect(record().current()).toEqual(RESULT);
  });

  it.each([
    ['a data file edited', (root: string) => writeFileSync(join(root, 'environments', 'a.yaml'), 'a: 2\n')],
    ['a data file added', (root: string) => writeFileSync(join(root, 'environments', 'b.yaml'), 'b: 1\n')],
    ['a data file removed', (root: string) => rmSync(join(root, 'clusters', 'c.yaml'))],
    ['a data file grown past what the load reads', (root: string) => truncateSync(join(root, 'environments', 'a.yaml'), 3 * 1024 ** 3)],
    ['an output edited', (root: string) => writeFileSync(join(root, 'out', 'x', 'a.yaml'), 'edited\n')],
    ['an output folder removed', (root: string) => rmSync(join(root, 'out', 'x'), { recursive: true })],
    ['a file added among the outputs', (root: string) => writeFileSync(join(root, 'out', 'x', 'stray.yaml'), 's\n')],
    ['an empty folder added among the outputs', (root: string) => mkdirSync(join(root, 'out', 'empty'))],
    ['an output given an execute bit', (root: string) => chmodSync(join(root, 'out', 'x', 'a.yaml'), 0o755)],
    ['an output replaced by a link to the same bytes', (root: string) => {
      writeFileSync(join(root, 'elsewhere.yaml'), 'x\n');
      rmSync(join(root, 'out', 'x', 'a.yaml'));
      symlinkSync(join(root, 'elsewhere.yaml'), join(root, 'out', 'x', 'a.yaml'));
    }],
  ])('is not current after %s', (_what, change) => {
    const { root, record, run } = tree();
    run();
    change(root);
    expect(record().current()).toBeUndefined();
  });

  it('says when the inputs are as recorded and the output is not: something other than a synth changed it', () => {
    const { root, record, run } = tree();
    run();
    const edited = record();
    writeFileSync(join(root, 'out', 'x', 'a.yaml'), 'edited\n');
    expect([edited.current(), edited.outputChanged]).toEqual([undefined, true]);
    const inputChanged = record();
    writeFileSync(join(root, 'environments', 'a.yaml'), 'a: 2\n');
    expect([inputChanged.current(), inputChanged.outputChanged]).toEqual([undefined, false]);
  });

  it('ignores what the load never reads: other files beside the data files, however large', () => {
    const { root, record, run } = tree();
    run();
    writeFileSync(join(root, 'environments', 'notes.txt'), 'n\n');
    truncateSync(join(root, 'environments', 'notes.txt'), 3 * 1024 ** 3);
    expect(record().current()).toEqual(RESULT);
  });

  it('sees a link of a data file that now leads elsewhere, even to the same bytes', () => {
    const { root, record, run } = tree();
    mkdirSync(join(root, 'shared'));
    for (const name of ['one.yaml', 'two.yaml']) writeFileSync(join(root, 'shared', name), 'shared: 1\n');
    symlinkSync(join(root, 'shared', 'one.yaml'), join(root, 'shared', 'current.yaml'));
    symlinkSync(join(root, 'shared', 'current.yaml'), join(root, 'environments', 'linked.yaml'));
    run();
    expect(record().current()).toEqual(RESULT);
    rmSync(join(root, 'shared', 'current.yaml'));
    symlinkSync(join(root, 'shared', 'two.yaml'), join(root, 'shared', 'current.yaml'));
    expect(record().current()).toBeUndefined();
  });

  it('belongs to one build of the program and one Node.js; a run from sources (no build key) records nothing', () => {
    const { record, run } = tree();
    run('build-1');
    expect(record('build-2').current()).toBeUndefined();
    const { record: other, run: runFromSources } = tree();
    runFromSources(null);
    expect(other('build-1').current()).toBeUndefined();
  });

  it('is dropped before a run renders, so a run that fails or is killed leaves none', () => {
    const { record, run } = tree();
    run();
    record().forget();
    expect(record().current()).toBeUndefined();
  });

  it('hashes the outputs a synth plans exactly as it hashes them on disk', () => {
    const root = mkdtempSync(join(tmpdir(), 'datalens-record-'));
    const files = new Map([['b.yaml', 'b\n'], ['a/z.yaml', 'z\n'], ['a/b/c.yaml', 'c\n'], ['A.yaml', 'upper\n']]);
    for (const [file, text] of files) {
      mkdirSync(join(root, 'out', file, '..'), { recursive: true });
      writeFileSync(join(root, 'out', file), text);
    }
    writeFileSync(join(root, 'README.md'), 'readme\n');
    const paths = [join(root, 'out'), join(root, 'README.md'), join(root, 'absent.json')];
    const planned = plannedState(root, [{ path: paths[0], files }, { path: paths[1], text: 'readme\n' }, { path: paths[2], text: undefined }]);
    expect(diskState(root, paths)).toBe(planned);
    writeFileSync(join(root, 'out', 'a', 'b', 'c.yaml'), 'c2\n');
    expect(diskState(root, paths)).not.toBe(planned);
  });
});

describe('npm run synth with a record', () => {
  const quiet = { out: () => undefined, err: () => undefined };
  function project() {
    const root = mkdtempSync(join(tmpdir(), 'datalens-record-project-'));
    writeProject(root, { dev: DEV_BASE });
    return root;
  }
  const synth = (root: string, build = 'build-1') => {
    let out = '';
    const code = synthCommand(root, [], { build, streams: { out: (t) => (out += t), err: () => undefined } });
    return { code, out };
  };
  // a full run saves its YAML cache; a run that renders nothing does not
  const rendered = (root: string, build?: string) => {
    rmSync(join(root, '.build', 'yaml'), { recursive: true, force: true });
    const result = synth(root, build);
    return { ...result, rendered: existsSync(join(root, '.build', 'yaml')) };
  };

  it('renders nothing when nothing changed, and says what the last run said', () => {
    const root = project();
    const first = synth(root);
    expect(first.code).toBe(0);
    // the record holds exactly the output on disk
    const layout = layoutOf(root);
    expect(JSON.parse(readCacheFile(join(root, '.build', 'last-run.json'))!).outputs).toBe(diskState(root, outputTargets(layout)));
    const second = rendered(root);
    expect(second).toEqual({ code: 0, out: first.out, rendered: false });
    // another build of the program renders again
    expect(rendered(root, 'build-2').rendered).toBe(true);
  });

  it('puts back an output file edited by hand', () => {
    const root = project();
    synth(root);
    const file = join(root, 'dist', 'dev', 'datalens-api.yaml');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, `${original}# edited\n`);
    expect(rendered(root).rendered).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(original);
  });

  /** A synthesised project whose dist/dev/datalens-api.yaml a later run saw settled and recorded (synth/known-files.ts waits 3 s). */
  const recorded = () => {
    const root = project();
    synth(root);
    const file = join(root, 'dist', 'dev', 'datalens-api.yaml');
    sleepMs(3_100);
    rmSync(join(root, '.build', 'last-run.json'));
    expect(rendered(root).rendered).toBe(true);
    expect(readCacheFile(join(root, '.build', 'output-files.json'))).toContain(file);
    return { root, file, original: readFileSync(file, 'utf8') };
  };

  it('puts back an output file edited by hand to the same size and time after a run recorded it as unchanged', () => {
    const { root, file, original } = recorded();
    const { mtimeNs } = statSync(file, { bigint: true });
    writeFileSync(file, original.replace('replicas: ', 'replicaz: '));
    setModified(file, mtimeNs);
    expect(rendered(root).rendered).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(original);
  });

  it('reads every output file again after the output was changed behind its back, even one whose recorded status still matches', () => {
    const { root, file, original } = recorded();
    // bytes changed with the status unchanged (as a write through a shared memory mapping to a dirty page can): the record, made
    // to match the file's status now, still says it holds what the synth wants
    writeFileSync(file, original.replace('replicas: ', 'replicaz: '));
    const recordFile = join(root, '.build', 'output-files.json');
    const status = statSync(file, { bigint: true });
    const entries = (JSON.parse(readCacheFile(recordFile)!) as [string, string][]).map(([path, entry]) =>
      path === file ? [path, entry.replace(/^\S+/, statusOf(status))] : [path, entry],
    );
    writeCacheFile(recordFile, JSON.stringify(entries));
    expect(synth(root).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(original);
  });

  it('renders an environment file that changed', () => {
    const root = project();
    synth(root);
    writeFileSync(join(root, 'environments', 'dev.yaml'), stringify(merge(DEV_BASE, { api: { replicas: 3 } })));
    expect(rendered(root).rendered).toBe(true);
    expect(readFileSync(join(root, 'dist', 'dev', 'datalens-api.yaml'), 'utf8')).toMatch(/replicas: 3/);
  });

  it('clears what an interrupted run left before anything else', () => {
    const root = project();
    synth(root);
    const leftover = join(root, '.dist.synth-new-999999');
    mkdirSync(leftover);
    expect(rendered(root).rendered).toBe(true);
    expect(existsSync(leftover)).toBe(false);
  });

  it('records nothing for a run that fails', () => {
    const root = project();
    synth(root);
    writeFileSync(join(root, 'environments', 'dev.yaml'), 'tier: [\n');
    expect(synthCommand(root, [], { build: 'build-1', streams: quiet })).toBe(1);
    expect(existsSync(join(root, '.build', 'last-run.json'))).toBe(false);
  });

  it('records what a run read once it held the lock: an environment changed while it waited, then put back, is rendered again', async () => {
    const root = project();
    const runner = join(__dirname, '..', '..', 'scripts', 'run.mjs');
    expect(synth(root).code).toBe(0);
    const original = readFileSync(join(root, 'environments', 'dev.yaml'), 'utf8');
    const before = readFileSync(join(root, 'dist', 'dev', 'datalens-api.yaml'), 'utf8');
    // another synth holds the lock; the program waits for it
    const lock = acquireLock(join(root, LOCK_FILE));
    const waiting = spawn(process.execPath, [runner, 'main.ts'], { cwd: root });
    let stderr = '';
    await new Promise<void>((resolve) => waiting.stderr.on('data', (chunk) => (stderr += chunk) && /waiting/.test(stderr) && resolve()));
    writeFileSync(join(root, 'environments', 'dev.yaml'), stringify(merge(DEV_BASE, { api: { replicas: 3 } })));
    lock.release();
    expect(await new Promise((resolve) => waiting.on('exit', resolve))).toBe(0);
    expect(readFileSync(join(root, 'dist', 'dev', 'datalens-api.yaml'), 'utf8')).toMatch(/replicas: 3/);
    // put back: the next synth must not take the record of the edited inputs for these
    writeFileSync(join(root, 'environments', 'dev.yaml'), original);
    const again = spawn(process.execPath, [runner, 'main.ts'], { cwd: root });
    expect(await new Promise((resolve) => again.on('exit', resolve))).toBe(0);
    expect(readFileSync(join(root, 'dist', 'dev', 'datalens-api.yaml'), 'utf8')).toBe(before);
  }, 120_000);
});
