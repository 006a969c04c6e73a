import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import project from '../package.json';
import { helmFiles } from '../synth/helm';
import { recoverOutput, textsOf } from '../synth/output';
import { distFiles, layoutOf, renderAll } from '../synth/synthesize';
import { DEV_BASE, merge, writeProject } from './support/fixtures';
import { programCopy } from './support/program-copy';

/*
 * Real synth processes, started together and killed at random points (building the bundle,
 * rendering, staging, switching), in a private copy of the program that starts with no build.
 * The contract on disk: after any kill, once recovered (as every run does first), dist/ and helm/
 * are both wholly the output of one input, never a mix, with nothing left beside them; every run
 * not killed exits 0. DATALENS_SOAK=<runs> kills more (npm run soak).
 */

const KILLS = process.env.DATALENS_SOAK ? Math.max(10, Math.floor(Number(process.env.DATALENS_SOAK) / 10)) : 3;
const root = programCopy('datalens-kill-');
const layout = layoutOf(root);
const inputs = { a: DEV_BASE, b: merge(DEV_BASE, { api: { replicas: 3 }, frontend: { replicas: 1 } }) };
type Input = keyof typeof inputs;
type Output = { dist: Record<string, string>; helm: Record<string, string> };

function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string, prefix: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(d, entry.name), `${prefix}${entry.name}/`);
      else out[`${prefix}${entry.name}`] = readFileSync(join(d, entry.name), 'utf8');
    }
  };
  walk(dir, '');
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

const onDisk = (): Output => ({ dist: tree(layout.dist), helm: tree(layout.helm) });
const use = (input: Input) => writeProject(root, { dev: inputs[input] });

/** The output of each input, computed in this process. */
const expected = {} as Record<Input, Output>;
function expectedOf(input: Input): Output {
  use(input);
  const rendered = renderAll(layout);
  const dist = textsOf(distFiles(rendered));
  const helm = helmFiles(rendered, { version: project.version, appVersion: project.version });
  const sorted = (files: ReadonlyMap<string, string>) => Object.fromEntries([...files].sort(([a], [b]) => a.localeCompare(b)));
  return { dist: sorted(dist), helm: sorted(helm) };
}

interface Ended {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stderr: string;
}

/** Starts a synth; kills it after `killAfterMs` if given. */
function synth(killAfterMs?: number): Promise<Ended> {
  const child = spawn(process.execPath, [join(root, 'scripts', 'run.mjs'), 'main.ts'], { cwd: root });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  if (killAfterMs !== undefined) setTimeout(() => child.kill('SIGKILL'), killAfterMs);
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stderr })));
}

/** Which input the output on disk is wholly the output of; fails on a mix or on leftovers. */
function wholeOutput(context: string, { afterKill = false } = {}): Input {
  // a killed run's lock stays until the next run takes it over
  const allowed = afterKill ? ['.build', '.synth-lock'] : ['.build'];
  const leftovers = readdirSync(root).filter((f) => f.startsWith('.') && !allowed.includes(f));
  expect({ context, leftovers }).toEqual({ context, leftovers: [] });
  const state = onDisk();
  const match = (Object.keys(expected) as Input[]).find((input) => JSON.stringify(expected[input]) === JSON.stringify(state));
  if (!match) {
    const mixed = (Object.keys(expected) as Input[]).map((input) => `dist ${JSON.stringify(expected[input].dist) === JSON.stringify(state.dist) ? '=' : '!='} ${input}, helm ${JSON.stringify(expected[input].helm) === JSON.stringify(state.helm) ? '=' : '!='} ${input}`);
    throw new Error(`${context}: dist/ and helm/ are not one input's output (${mixed.join('; ')})`);
  }
  return match;
}

const succeeded = (run: Ended) => run.code === 0 && run.signal === null && run.stderr.split('\n').every((line) => line === '' || line.startsWith('note: '));

describe('synth processes run together and killed at random points', () => {
  // real processes on a 2-core machine, perhaps busy: a bound for a hang, not a speed target (each run derives
  // its Helm chart afresh: 42 s for the longest test on a half-loaded machine, over 60 s on a loaded one)
  jest.setTimeout(240_000);
  beforeAll(() => {
    expected.a = expectedOf('a');
    expected.b = expectedOf('b');
  });

  it('first runs started together, one killed while building: the others wait their turn and succeed, building one whole bundle', async () => {
    use('a');
    const killed = Math.floor(Math.random() * 3);
    const at = 50 + Math.floor(Math.random() * 600);
    const runs = await Promise.all([0, 1, 2].map((i) => synth(i === killed ? at : undefined)));
    expect({ killed, at, succeeded: runs.filter((run, i) => i !== killed && succeeded(run)).length }).toEqual({ killed, at, succeeded: 2 });
    expect(wholeOutput(`after three first runs, run ${killed} killed at ${at} ms`)).toBe('a');
    expect(readdirSync(join(root, '.build')).filter((f) => /^main-[0-9a-f]+\.cjs$/.test(f))).toHaveLength(1);
  });

  it('a run killed at any point leaves an output the next run completes, never a mix', async () => {
    // how long a run takes here, so that kills fall anywhere in it
    const started = Date.now();
    use('b');
    expect(succeeded(await synth())).toBe(true);
    const span = Date.now() - started;
    const kills: string[] = [];
    for (let i = 0; i < KILLS; i++) {
      const input: Input = i % 2 === 0 ? 'a' : 'b';
      use(input);
      const at = Math.floor(Math.random() * span * 1.1);
      const run = await synth(at);
      kills.push(`${input} killed at ${at} ms of ${span}: ${run.signal ?? `exit ${run.code}`}`);
      // the state a kill leaves, put right as the next run does first
      recoverOutput(root, [layout.dist, layout.helm, layout.readme, layout.schemaFile, layout.extendingSchemaFile, layout.clusterSchemaFile]);
      const whole = wholeOutput(kills.join('\n'), { afterKill: true });
      // a run that finished has switched to its input
      if (run.signal === null) expect({ run: kills[i], whole }).toEqual({ run: kills[i], whole: input });
    }
    use('a');
    const last = await synth();
    expect(succeeded(last)).toBe(true);
    expect(wholeOutput(`${kills.join('\n')}\nthen a full run`)).toBe('a');
  });
});
