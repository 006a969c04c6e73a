import { cpSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const repository = join(__dirname, '..', '..');

/**
 * A private copy of the program (its sources, scripts/run.mjs and package files, node_modules
 * linked), so that a test can build it from nothing and change it without touching the
 * repository's .build/. Returns its root, which also serves as the project it synthesises.
 */
export function programCopy(prefix = 'datalens-program-'): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  for (const entry of ['main.ts', 'charts', 'components', 'config', 'foundation', 'synth', 'tools', 'package.json', 'package-lock.json', 'tsconfig.json'])
    cpSync(join(repository, entry), join(root, entry), { recursive: true });
  mkdirSync(join(root, 'scripts'));
  cpSync(join(repository, 'scripts', 'run.mjs'), join(root, 'scripts', 'run.mjs'));
  // the constructs only (the validators are for tests)
  mkdirSync(join(root, 'imports'));
  for (const file of readdirSync(join(repository, 'imports')).filter((f) => f.endsWith('.ts'))) cpSync(join(repository, 'imports', file), join(root, 'imports', file));
  symlinkSync(realpathSync(join(repository, 'node_modules')), join(root, 'node_modules'));
  return root;
}
