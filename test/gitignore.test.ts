import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/* Nothing an interrupted synth can leave behind shows up as a change to commit. */
describe('.gitignore', () => {
  it.each([
    '.synth-lock',
    '.synth-lock.4242-0a1b2c3d',
    '.synth-lock.stale-4242',
    '.synth-journal.json',
    '.synth-journal.json.4242',
    '.dist.synth-new-4242/dev/datalens-api.yaml',
    '.helm.synth-old-4242/Chart.yaml',
    '.README.md.synth-new-4242',
    'environments/.environment.schema.json.synth-new-4242',
    'clusters/.cluster.schema.json.synth-new-4242',
    '.imports.synth-new-4242/k8s.ts',
    'README.md.staging-4242',
    '.dist.staging-4242/dev/datalens-api.yaml',
    '.build/main-0123.cjs.4242.tmp',
  ])('ignores %s', (path) => {
    const check = spawnSync('git', ['check-ignore', '--no-index', '-q', path], { cwd: join(__dirname, '..') });
    expect(check.status).toBe(0);
  });
});
