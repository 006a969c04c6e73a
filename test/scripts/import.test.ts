import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/* npm run import without its local copies ends in one line per missing folder and keeps imports/. */
describe('scripts/import.mjs', () => {
  it('names each missing folder of local copies and what to set, and leaves imports/ alone', () => {
    const repository = join(__dirname, '..', '..');
    const root = mkdtempSync(join(tmpdir(), 'datalens-import-'));
    mkdirSync(join(root, 'scripts'));
    cpSync(join(repository, 'scripts', 'import.mjs'), join(root, 'scripts', 'import.mjs'));
    cpSync(join(repository, 'cdk8s.yaml'), join(root, 'cdk8s.yaml'));
    symlinkSync(join(repository, 'node_modules'), join(root, 'node_modules'));
    mkdirSync(join(root, 'imports'));
    writeFileSync(join(root, 'imports', 'k8s.ts'), '// generated\n');
    const env = { ...process.env, DATALENS_K8S_SCHEMAS: join(root, 'no-schemas'), DATALENS_CRDS: join(root, 'no-crds') };
    const run = spawnSync(process.execPath, [join(root, 'scripts', 'import.mjs')], { cwd: root, encoding: 'utf8', env });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      [
        'no-schemas: expected a folder holding the Kubernetes schemas (<dir>/vX.Y.Z/_definitions.json), got nothing there; put the local copies there or set DATALENS_K8S_SCHEMAS',
        'no-crds: expected a folder holding the CRD files named in cdk8s.yaml, got nothing there; put the local copies there or set DATALENS_CRDS',
        'imports/ was left unchanged.',
        '',
      ].join('\n'),
    );
    expect(readdirSync(join(root, 'imports'))).toEqual(['k8s.ts']);
  });
});
