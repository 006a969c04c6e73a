import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { DEV_BASE, merge, writeProject } from './support/fixtures';

/* The synth as users run it: `npm run synth` is `node scripts/run.mjs main.ts` in the project folder. */

const runner = join(__dirname, '..', 'scripts', 'run.mjs');

function synthIn(root: string) {
  return spawnSync(process.execPath, [runner, 'main.ts'], { cwd: root, encoding: 'utf8' });
}

describe('npm run synth', () => {
  const root = mkdtempSync(join(tmpdir(), 'datalens-main-'));
  writeProject(root, { dev: DEV_BASE });

  it('synthesises and exits 0', () => {
    const run = synthIn(root);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('synthesised dev into dist/ (19 files)\n');
    expect(readdirSync(join(root, 'dist')).sort()).toEqual(['argocd', 'dev']);
  });

  it('exits non-zero on bad input, names the problem and leaves dist/ as it was', () => {
    const before = readFileSync(join(root, 'dist', 'dev', 'datalens-api.yaml'), 'utf8');
    writeFileSync(join(root, 'environments', 'dev.yaml'), stringify(merge(DEV_BASE, { images: { api: { repository: 'r', tag: 'latest' } } })));
    const run = synthIn(root);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/environments\/dev\.yaml:\d+:\d+: images\.api\.tag: expected an explicit version tag, not 'latest', got "latest"/);
    expect(run.stderr).toContain('dist/ was left unchanged.');
    expect(readFileSync(join(root, 'dist', 'dev', 'datalens-api.yaml'), 'utf8')).toBe(before);
  });
});
