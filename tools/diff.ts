/**
 * `npm run diff [-- --against <git revision>] [-- --fail-on-risk]`: compares a fresh synth with the
 * dist/ committed at the revision (HEAD by default), per environment, and flags risky changes.
 * Exits 2 on a risky change when --fail-on-risk is given, 1 when it cannot compare (invalid
 * environments, an unknown revision or option), 0 otherwise. Writes nothing.
 */
import { execFileSync } from 'node:child_process';
import { EXIT, runCommand, UsageError } from '../synth/cli';
import { diffOutputs, formatDiff } from '../synth/diff';
import { distFiles, layoutOf, renderAll } from '../synth/synthesize';

const USAGE = 'npm run diff [-- --against <git revision>] [-- --fail-on-risk]';

function parseArguments(args: readonly string[]): { against: string; failOnRisk: boolean } {
  let against: string | undefined;
  let failOnRisk = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [flag, inline] = arg.startsWith('--against=') ? ['--against', arg.slice('--against='.length)] : [arg, undefined];
    if (flag === '--fail-on-risk' && !failOnRisk) failOnRisk = true;
    else if (flag === '--against' && against === undefined) {
      against = inline ?? args[++i];
      if (!against || against.startsWith('--')) throw new UsageError('--against: expected a git revision after it, got nothing', USAGE);
    } else if (flag === '--fail-on-risk' || flag === '--against') throw new UsageError(`${flag}: expected once, got it twice`, USAGE);
    else throw new UsageError(`unknown option ${JSON.stringify(arg.slice(0, 60))}: expected --against <git revision> or --fail-on-risk`, USAGE);
  }
  return { against: against ?? 'HEAD', failOnRisk };
}

function git(args: string[]): string {
  return execFileSync('git', args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** The dist/ files committed at `revision`; refuses a revision git does not know, in one line. */
function committedDist(revision: string): Map<string, string> {
  let commit: string;
  try {
    commit = git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`]).trim();
  } catch (error) {
    const { code, stderr } = error as NodeJS.ErrnoException & { stderr?: string };
    if (code === 'ENOENT') throw new UsageError('git: expected git on the PATH to read the committed dist/, got no git command', USAGE);
    if (/not a git repository/i.test(String(stderr))) throw new UsageError('--against: expected to run in a git checkout, got a folder outside one', USAGE);
    throw new UsageError(`--against: expected a git revision (a commit, branch or tag of this repository), got ${JSON.stringify(revision.slice(0, 80))}`, USAGE);
  }
  const paths = git(['ls-tree', '-r', '-z', '--name-only', commit, '--', 'dist/'])
    .split('\0')
    .filter((p) => p.endsWith('.yaml'));
  return new Map(paths.map((path) => [path.slice('dist/'.length), git(['show', `${commit}:${path}`])]));
}

process.exitCode = runCommand(
  (streams) => {
    const { against, failOnRisk } = parseArguments(process.argv.slice(2));
    const committed = committedDist(against);
    const report = diffOutputs(committed, distFiles(renderAll(layoutOf(process.cwd()))));
    streams.out(`fresh synth against dist/ at ${against}\n${formatDiff(report)}`);
    const risky = [...report.values()].flat().some((change) => change.risks.length > 0);
    return risky && failOnRisk ? EXIT.risky : EXIT.ok;
  },
  { unchanged: 'Nothing was compared.' },
);
