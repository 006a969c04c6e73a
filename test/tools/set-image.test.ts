import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/* npm run set-image as CI runs it: one value changed on disk, refusals in one line with exit 1, the file untouched. */

const runner = join(__dirname, '..', '..', 'scripts', 'run.mjs');
const root = mkdtempSync(join(tmpdir(), 'datalens-set-image-'));
const file = join(root, 'environments', 'staging.yaml');
const ORIGINAL = '# yaml-language-server: $schema=./environment.schema.json\n# staging\nimages:\n  api: { repository: ghcr.io/datalens/datalens-api, tag: 2.0.0 } # bumped by CI\n  frontend:\n    repository: ghcr.io/datalens/datalens-frontend\n    tag: "2.0.0"\n';
const setImage = (...args: string[]) => spawnSync(process.execPath, [runner, 'tools/set-image.ts', ...args], { cwd: root, encoding: 'utf8' });

beforeEach(() => {
  mkdirSync(join(root, 'environments'), { recursive: true });
  writeFileSync(file, ORIGINAL);
});

it('sets a tag on disk and says so', () => {
  const run = setImage('staging', 'api', '2.1.0');
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  expect(run.stdout).toBe('environments/staging.yaml: images.api set to 2.1.0; run npm run synth\n');
  expect(readFileSync(file, 'utf8')).toBe(ORIGINAL.replace('tag: 2.0.0 }', 'tag: 2.1.0 }'));
});

it('sets a digest on disk', () => {
  const digest = `sha256:${'0f'.repeat(32)}`;
  expect(setImage('staging', 'frontend', digest).status).toBe(0);
  expect(readFileSync(file, 'utf8')).toBe(ORIGINAL.replace('    tag: "2.0.0"\n', `    digest: ${digest}\n`));
});

it('prints its usage with --help', () => {
  const run = setImage('--help');
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/^npm run set-image -- <environment> <component> <tag \| sha256:digest \| tag@sha256:digest>\n/);
  expect(run.stdout).toContain('api, frontend');
});

it.each([
  [['prod', 'api', '2.1.0'], 'environment: expected the name of a file environments/<name>.yaml, got "prod"'],
  [['staging', 'redis', '2.1.0'], 'component: expected one of api, frontend (the keys of images in an environment file), got "redis"'],
  [['staging', 'api', 'latest'], "image reference: expected an explicit version tag, not 'latest' (the synth refuses it)"],
  [['staging', 'api', 'sha256:123'], 'image reference: expected a digest sha256:<64 lower-case hex digits>, got "sha256:123"'],
  [['staging', 'api'], 'expected 3 arguments (environment, component, tag or digest), got 2'],
  [['staging', 'api', '2.1.0', '--dry-run'], 'unknown option "--dry-run": expected --help or the three arguments'],
])('refuses %j in one line, exit 1, file untouched', (args, message) => {
  const run = setImage(...args);
  expect(run.status).toBe(1);
  expect(run.stderr.split('\n')[0]).toBe(message);
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(readFileSync(file, 'utf8')).toBe(ORIGINAL);
});
