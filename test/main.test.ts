import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { DEV_BASE, merge, writeProject } from './support/fixtures';
import { withLocale } from './support/locale';

/* The synth as users run it: `npm run synth` is `node scripts/run.mjs main.ts` in the project folder. */

const runner = join(__dirname, '..', 'scripts', 'run.mjs');

function synthIn(root: string, args: string[] = [], options: SpawnSyncOptions = {}) {
  return spawnSync(process.execPath, [runner, 'main.ts', ...args], { cwd: root, encoding: 'utf8', ...options });
}

/** Every file under `dir`, with its content. */
function snapshotOf(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string, prefix: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(d, entry.name), `${prefix}${entry.name}/`);
      else out[`${prefix}${entry.name}`] = readFileSync(join(d, entry.name), 'utf8');
    }
  };
  walk(dir, '');
  return out;
}

describe('npm run synth', () => {
  const root = mkdtempSync(join(tmpdir(), 'datalens-main-'));
  writeProject(root, { dev: DEV_BASE });

  it('synthesises and exits 0', () => {
    const run = synthIn(root);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('synthesised dev into dist/ (20 files)\n');
    expect(readdirSync(join(root, 'dist')).sort()).toEqual(['argocd', 'dev']);
  });

  it('exits non-zero on bad input, names the problem and leaves dist/ as it was', () => {
    const before = readFileSync(join(root, 'dist', 'dev', 'datalens-api.yaml'), 'utf8');
    writeFileSync(join(root, 'environments', 'dev.yaml'), stringify(merge(DEV_BASE, { images: { api: { repository: 'r', tag: 'latest' } } })));
    const run = synthIn(root);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/environments\/dev\.yaml:\d+:\d+: images\.api\.tag: expected an explicit version tag, not 'latest', got "latest"/);
    expect(run.stderr).toContain('dist/ and helm/ were left unchanged.');
    expect(readFileSync(join(root, 'dist', 'dev', 'datalens-api.yaml'), 'utf8')).toBe(before);
  });
});

describe('npm run synth on machines with other locales', () => {
  it('writes the same bytes with LANG=C and with a Danish locale, where "aa" sorts after "z"', () => {
    const stream = (name: string) => ({ name, subjects: [`${name.toLowerCase()}.>`], retention: 'limits', discard: 'old', maxAge: '1d', maxBytes: '16Mi' });
    const environment = merge(DEV_BASE, { data: { nats: { streams: ['SCANS', 'DSR', 'EVENTS', 'AAX', 'BX'].map(stream) } } });
    const outputs = ['C', 'da_DK.UTF-8'].map((lang) => {
      const project = mkdtempSync(join(tmpdir(), 'datalens-locale-'));
      writeProject(project, { dev: environment });
      const run = synthIn(project, [], { env: withLocale(lang) });
      expect(run.stderr).toBe('');
      return { dist: snapshotOf(join(project, 'dist')), helm: snapshotOf(join(project, 'helm')) };
    });
    expect(outputs[0].dist['dev/datalens-nats.yaml']).toMatch(/AAX[\s\S]*BX/);
    expect(outputs[1]).toEqual(outputs[0]);
  });
});

describe('npm run synth when things go wrong', () => {
  // one synthesised project, each test putting back what it changed
  const root = mkdtempSync(join(tmpdir(), 'datalens-main-'));
  const output = () => ({ dist: snapshotOf(join(root, 'dist')), helm: snapshotOf(join(root, 'helm')) });
  beforeAll(() => {
    writeProject(root, { dev: DEV_BASE });
    expect(synthIn(root).status).toBe(0);
  });

  it('refuses an argument it does not know', () => {
    const run = synthIn(root, ['--environments=dev']);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('unknown argument "--environments=dev": the synth takes none\nusage: npm run synth\n');
  });

  it('answers a dangling symbolic link and a folder named like an environment file with one line each, no stack trace', () => {
    const before = output();
    const environments = join(root, 'environments');
    symlinkSync('gone.yaml', join(environments, 'qa.yaml'));
    mkdirSync(join(environments, 'uat.yaml'));
    const run = synthIn(root);
    rmSync(join(environments, 'qa.yaml'));
    rmSync(join(environments, 'uat.yaml'), { recursive: true });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      [
        'invalid environment configuration:',
        '  environments/qa.yaml:1:1: file: expected a regular file, got a symbolic link to a file that does not exist (ENOENT)',
        '  environments/uat.yaml:1:1: file: expected a regular file, got a folder',
        'dist/ and helm/ were left unchanged.',
        '',
      ].join('\n'),
    );
    expect(output()).toEqual(before);
  });

  // as root, the run is made as nobody: root may write anywhere
  const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  it('refuses a dist/ it could not replace before writing anything, and runs again once it is writable', () => {
    if (process.getuid?.() === 0) spawnSync('chown', ['-R', '65534:65534', root]);
    const before = output();
    writeFileSync(join(root, 'environments', 'dev.yaml'), stringify(merge(DEV_BASE, { api: { replicas: 3 } })));
    chmodSync(join(root, 'dist', 'dev'), 0o555);
    const refused = synthIn(root, [], asUser);
    expect(refused.stderr).toBe(
      'could not write the output:\n  dist/dev: expected a writable folder (the old output is removed from it), got permission denied (EACCES): make it writable\ndist/ and helm/ were left unchanged.\n',
    );
    expect(refused.status).toBe(1);
    expect(output()).toEqual(before);
    chmodSync(join(root, 'dist', 'dev'), 0o755);
    const fixed = synthIn(root, [], asUser);
    expect(fixed.stderr).toBe('');
    expect(fixed.status).toBe(0);
    expect(readdirSync(root).sort()).toEqual(['.build', 'clusters', 'dist', 'docs', 'environments', 'helm']);
  });
});
