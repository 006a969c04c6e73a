import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { DEV_BASE, merge, writeProject } from '../support/fixtures';

/* npm run diff and npm run lock as users run them: refusals are one line each, never a stack trace. */

const runner = join(__dirname, '..', '..', 'scripts', 'run.mjs');
const root = mkdtempSync(join(tmpdir(), 'datalens-tools-'));
const tool = (name: string, ...args: string[]) => spawnSync(process.execPath, [runner, `tools/${name}.ts`, ...args], { cwd: root, encoding: 'utf8' });
const git = (...args: string[]) => spawnSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.com', ...args], { cwd: root, encoding: 'utf8' });
const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at /m);

beforeAll(() => {
  writeProject(root, { dev: DEV_BASE });
  expect(spawnSync(process.execPath, [runner, 'main.ts'], { cwd: root }).status).toBe(0);
  git('init', '-q');
  git('add', '.');
  git('commit', '-q', '-m', 'first');
});

describe('npm run diff', () => {
  it('refuses an option it does not know, such as a typo of --fail-on-risk', () => {
    const run = tool('diff', '--fail-on-risks');
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      'unknown option "--fail-on-risks": expected --against <git revision> or --fail-on-risk\nusage: npm run diff [-- --against <git revision>] [-- --fail-on-risk]\n',
    );
  });

  it('refuses a revision git does not know, in one line', () => {
    const run = tool('diff', '--against', 'no-such-branch');
    expect(run.status).toBe(1);
    expect(run.stderr.split('\n')[0]).toBe('--against: expected a git revision (a commit, branch or tag of this repository), got "no-such-branch"');
    noStackTrace(run.stderr);
  });

  it('reports invalid environments as the synth does', () => {
    writeFileSync(join(root, 'environments', 'dev.yaml'), stringify(merge(DEV_BASE, { api: { replicas: 0 } })));
    const run = tool('diff');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^invalid environment configuration:\n {2}environments\/dev\.yaml:\d+:\d+: api\.replicas: expected a value >= 1, got 0\nNothing was compared\.\n$/);
  });

  it('exits 2 on a risky change with --fail-on-risk', () => {
    writeFileSync(join(root, 'environments', 'dev.yaml'), stringify(merge(DEV_BASE, { data: { redis: { storage: { size: '1Gi' } } } })));
    const risky = tool('diff', '--fail-on-risk');
    expect(risky.stdout).toContain('RISK: spec.volumeClaimTemplates[data].spec.resources.requests.storage shrinks from 2Gi to 1Gi; volumes cannot shrink');
    expect(risky.status).toBe(2);
  });
});

describe('npm run lock', () => {
  it('reports invalid environments and writes no lock', () => {
    writeFileSync(join(root, 'environments', 'dev.yaml'), stringify(merge(DEV_BASE, { tier: 'qa' })));
    const run = tool('lock');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^invalid environment configuration:\n {2}environments\/dev\.yaml:1:1: tier: expected one of "dev", "staging", "prod", got "qa"\nidentity\.lock\.json was left unchanged\.\n$/);
    expect(existsSync(join(root, 'identity.lock.json'))).toBe(false);
  });
});
