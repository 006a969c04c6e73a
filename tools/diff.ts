/**
 * `npm run diff [-- --against <git revision>] [-- --fail-on-risk]`: compares a fresh synth with the
 * dist/ committed at the revision (HEAD by default), per environment, and flags risky changes.
 * Exits 2 on a risky change when --fail-on-risk is given.
 */
import { execFileSync } from 'node:child_process';
import { diffOutputs, formatDiff } from '../synth/diff';
import { distFiles, layoutOf, renderAll } from '../synth/synthesize';

function committedDist(revision: string): Map<string, string> {
  const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const paths = git('ls-tree', '-r', '--name-only', revision, '--', 'dist/').split('\n').filter((p) => p.endsWith('.yaml'));
  return new Map(paths.map((path) => [path.slice('dist/'.length), git('show', `${revision}:${path}`)]));
}

const args = process.argv.slice(2);
const against = args.includes('--against') ? args[args.indexOf('--against') + 1] : 'HEAD';
const report = diffOutputs(committedDist(against), distFiles(renderAll(layoutOf(process.cwd()))));
process.stdout.write(`fresh synth against dist/ at ${against}\n${formatDiff(report)}`);
const risky = [...report.values()].flat().some((change) => change.risks.length > 0);
process.exitCode = risky && args.includes('--fail-on-risk') ? 2 : 0;
