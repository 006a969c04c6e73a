/**
 * `npm run diff [-- --against <git revision>] [--env <name>] [--json] [--fail-on-risk]`: compares a
 * fresh synth with the dist/ committed at the revision (HEAD by default), per environment, and
 * flags risky changes (`--help` says more).
 * Exits 2 on a risky change when --fail-on-risk is given, 1 when it cannot compare (invalid
 * environments, an unknown revision or option), 0 otherwise. Writes nothing.
 */
import { execFileSync } from 'node:child_process';
import { EXIT, runCommand, UsageError } from '../synth/cli';
import { diffOutputs, formatDiff } from '../synth/diff';
import { textsOf } from '../synth/output';
import { distFiles, layoutOf, renderAll } from '../synth/synthesize';

const USAGE = 'npm run diff [-- --against <git revision>] [--env <name>] [--json] [--fail-on-risk]';
const HELP = `${USAGE}

Compares a fresh synth with the dist/ committed at a git revision, object by object, and flags
the changes that may lose data or fail to apply.
  --against <revision>  the commit, branch or tag to compare with (default HEAD)
  --env <name>          only this folder of dist/: an environment, argocd or flux
  --json                the report as JSON (environments, objects, changed fields, risks)
  --fail-on-risk        exit 2 when a change is risky
Label changes are folded into one line per object; multi-line strings and embedded JSON
(dashboards) show their changed lines; list items are matched by name or key, not position.
Exit 0: compared; 1: could not compare (bad option, unknown revision, invalid environments); 2: risky with --fail-on-risk.
`;

interface Options {
  readonly against: string;
  readonly failOnRisk: boolean;
  readonly env?: string;
  readonly json: boolean;
  readonly help: boolean;
}

/** Options that take a value, and those that are switches. */
const VALUED = ['--against', '--env'] as const;
const SWITCHES = ['--fail-on-risk', '--json', '--help'] as const;

function parseArguments(args: readonly string[]): Options {
  const values = new Map<string, string>();
  const switches = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const eq = arg.indexOf('=');
    const flag = arg.startsWith('--') && eq !== -1 ? arg.slice(0, eq) : arg === '-h' ? '--help' : arg;
    if ((VALUED as readonly string[]).includes(flag)) {
      if (values.has(flag)) throw new UsageError(`${flag}: expected once, got it twice`, USAGE);
      const value = eq !== -1 && arg.startsWith('--') ? arg.slice(eq + 1) : args[++i];
      if (!value || value.startsWith('--')) throw new UsageError(`${flag}: expected ${flag === '--env' ? 'an environment name' : 'a git revision'} after it, got nothing`, USAGE);
      values.set(flag, value);
    } else if ((SWITCHES as readonly string[]).includes(flag) && eq === -1) {
      if (switches.has(flag)) throw new UsageError(`${flag}: expected once, got it twice`, USAGE);
      switches.add(flag);
    } else throw new UsageError(`unknown option ${JSON.stringify(arg.slice(0, 60))}: expected --against <git revision>, --env <name>, --json, --fail-on-risk or --help`, USAGE);
  }
  return { against: values.get('--against') ?? 'HEAD', env: values.get('--env'), failOnRisk: switches.has('--fail-on-risk'), json: switches.has('--json'), help: switches.has('--help') };
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
    const options = parseArguments(process.argv.slice(2));
    if (options.help) {
      streams.out(HELP);
      return EXIT.ok;
    }
    const committed = committedDist(options.against);
    const report = diffOutputs(committed, textsOf(distFiles(renderAll(layoutOf(process.cwd())))));
    if (options.env !== undefined && !report.has(options.env))
      throw new UsageError(`--env: expected one of ${[...report.keys()].join(', ')}, got ${JSON.stringify(options.env.slice(0, 60))}`, USAGE);
    const shown = options.env === undefined ? report : new Map([[options.env, report.get(options.env)!]]);
    if (options.json) streams.out(`${JSON.stringify({ against: options.against, environments: Object.fromEntries(shown) }, null, 2)}\n`);
    else streams.out(`fresh synth against dist/ at ${options.against}\n${formatDiff(shown)}`);
    const risky = [...shown.values()].flat().some((change) => change.risks.length > 0);
    return risky && options.failOnRisk ? EXIT.risky : EXIT.ok;
  },
  { unchanged: 'Nothing was compared.' },
);
