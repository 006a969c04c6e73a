import { spawn, spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { findBinary } from './server-process';

/*
 * Prometheus's own rule checker and rule unit-test runner, promtool (Debian package prometheus).
 */

export const PROMTOOL_INSTALL_HINT =
  'promtool is required by this test and was not found (looked at $PROMTOOL_BIN, PATH, /usr/sbin, /usr/local/sbin). ' +
  'Install it with `sudo apt-get install -y --no-install-recommends prometheus` (Debian/Ubuntu; CI does this), or set PROMTOOL_BIN=/path/to/promtool.';

export const promtoolBinary = () => findBinary('promtool', PROMTOOL_INSTALL_HINT, process.env.PROMTOOL_BIN);

/** The version promtool reports, for example `2.42.0`. */
export function promtoolVersion(): string {
  const run = spawnSync(promtoolBinary(), ['--version'], { encoding: 'utf8', timeout: 5_000 });
  const match = /version (\d+\.\d+\.\d+)/.exec(`${run.stdout}${run.stderr}`);
  if (run.status !== 0 || !match) throw new Error(`promtool --version failed: ${run.stdout}${run.stderr}`);
  return match[1];
}

/**
 * Run promtool with `args` in `dir`; resolves with its exit status and its output, stdout and stderr
 * interleaved in the order written (promtool reports a file's name on stdout and its failures on
 * stderr, so only one stream keeps them together). Killed after `timeoutMs`.
 */
export function runPromtool(args: readonly string[], dir: string, timeoutMs = 20_000): Promise<{ status: number | null; output: string }> {
  const log = join(dir, `.promtool-${process.pid}-${Math.random().toString(36).slice(2)}.out`);
  const fd = openSync(log, 'w');
  return new Promise((resolve, reject) => {
    const child = spawn(promtoolBinary(), args, { cwd: dir, stdio: ['ignore', fd, fd], env: { PATH: process.env.PATH ?? '/usr/bin:/bin' } });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    let settled = false;
    const done = (outcome: { status: number | null } | Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      closeSync(fd);
      const output = readFileSync(log, 'utf8');
      rmSync(log, { force: true });
      if (outcome instanceof Error) reject(outcome);
      else resolve({ status: outcome.status, output: outcome.status === null ? `${output}\n(promtool killed after ${timeoutMs} ms)` : output });
    };
    child.once('error', done);
    child.once('exit', (status) => done({ status }));
  });
}

/** `promtool test rules` output split by test file: the text promtool printed for each (SUCCESS, or its failures). */
export function outcomesByFile(output: string): Map<string, string> {
  const outcomes = new Map<string, string>();
  const parts = output.split(/^Unit Testing:\s+(\S+)\s*$/m);
  for (let i = 1; i < parts.length; i += 2) outcomes.set(parts[i], parts[i + 1].trim());
  return outcomes;
}
