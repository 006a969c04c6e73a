import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { synthCommand } from '../../synth/command';
import { RunRecord, stateOf } from '../../synth/run-record';
import { DEV_BASE, merge, writeProject } from '../support/fixtures';

/*
 * A synth with nothing to do reports the last result without rendering; anything it read or wrote
 * that changed since, by content, makes it a full one again.
 */

const RESULT = { environments: ['dev'], files: 3 };

function tree() {
  const root = mkdtempSync(join(tmpdir(), 'datalens-record-'));
  for (const [path, text] of Object.entries({ 'in/a.yaml': 'a: 1\n', 'in/schema.json': '{}\n', 'out/x/a.yaml': 'x\n', 'out/README.md': 'r\n' })) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const watched = { inputs: [join(root, 'in')], generated: [join(root, 'in', 'schema.json')], outputs: [join(root, 'out'), join(root, 'in', 'schema.json')] };
  // null: run from sources, without a build key
  const record = (build: string | null = 'build-1') => new RunRecord(join(root, '.build', 'last-run.json'), root, watched, build ?? undefined);
  const run = (build?: string | null) => {
    const r = record(build);
    r.begin();
    r.record(RESULT);
  };
  return { root, record, run };
}

describe('the run record', () => {
  it('gives the recorded result while nothing it watches has changed, and a file rewritten with the same bytes changes nothing', () => {
    const { root, record, run } = tree();
    expect(record().current()).toBeUndefined();
    run();
    expect(record().current()).toEqual(RESULT);
    writeFileSync(join(root, 'in', 'a.yaml'), 'a: 1\n');
    expect(record().current()).toEqual(RESULT);
  });

  it.each([
    ['an input edited', (root: string) => writeFileSync(join(root, 'in', 'a.yaml'), 'a: 2\n')],
    ['an input added', (root: string) => writeFileSync(join(root, 'in', 'b.yaml'), 'b: 1\n')],
    ['an input removed', (root: string) => rmSync(join(root, 'in', 'a.yaml'))],
    ['an output edited', (root: string) => writeFileSync(join(root, 'out', 'x', 'a.yaml'), 'edited\n')],
    ['an output folder removed', (root: string) => rmSync(join(root, 'out', 'x'), { recursive: true })],
    ['a generated file beside the inputs edited', (root: string) => writeFileSync(join(root, 'in', 'schema.json'), '{"edited":true}\n')],
    ['a file added among the outputs', (root: string) => writeFileSync(join(root, 'out', 'x', 'stray.yaml'), 's\n')],
    ['an empty folder added among the outputs', (root: string) => mkdirSync(join(root, 'out', 'empty'))],
  ])('is not current after %s', (_what, change) => {
    const { root, record, run } = tree();
    run();
    change(root);
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

  it('is dropped when a run begins, so a run that fails or is killed leaves none', () => {
    const { record, run } = tree();
    run();
    record().begin();
    expect(record().current()).toBeUndefined();
  });

  it('holds the inputs as the run began: an input edited while the run renders makes the next run a full one', () => {
    const { root, record } = tree();
    const r = record();
    r.begin();
    writeFileSync(join(root, 'in', 'a.yaml'), 'a: edited while rendering\n');
    r.record(RESULT);
    expect(record().current()).toBeUndefined();
  });

  it('takes no tree with a link to a folder as unchanged (following it could loop)', () => {
    const { root, record, run } = tree();
    symlinkSync(join(root, 'out'), join(root, 'in', 'loop'));
    expect(stateOf(root, [join(root, 'in')], [])).toBeUndefined();
    run();
    expect(record().current()).toBeUndefined();
  });

  it('follows a link to a file: the linked content is what the synth reads', () => {
    const { root, record, run } = tree();
    writeFileSync(join(root, 'shared.yaml'), 'shared: 1\n');
    symlinkSync(join(root, 'shared.yaml'), join(root, 'in', 'linked.yaml'));
    run();
    expect(record().current()).toEqual(RESULT);
    writeFileSync(join(root, 'shared.yaml'), 'shared: 2\n');
    expect(record().current()).toBeUndefined();
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
    rmSync(join(root, '.build', 'yaml-cache.json'), { force: true });
    const result = synth(root, build);
    return { ...result, rendered: existsSync(join(root, '.build', 'yaml-cache.json')) };
  };

  it('renders nothing when nothing changed, and says what the last run said', () => {
    const root = project();
    const first = synth(root);
    expect(first.code).toBe(0);
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
});
