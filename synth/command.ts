import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EXIT, processStreams, runCommand, UsageError, type Streams } from './cli';
import { observeInputs } from '../config/load';
import { LOCK_FILE } from './lock';
import { interruptedOutput, readCacheFile, RUNTIME, writeCacheFile, YAML_SERIALISER } from './output';
import { DerivationCache } from './derivation-cache';
import { InputDigest, RunRecord } from './run-record';
import { layoutOf, outputTargets, synthesize } from './synthesize';
import { YamlCacheFolder } from './yaml-cache';
import { KnownFiles } from './known-files';

/** What a failing synth says it left as it was. */
export const UNCHANGED = 'dist/ and helm/ were left unchanged.';

/**
 * The JSON Schemas change only with the program. Generating them costs more than the rest of a
 * warm synth's checks, so a run skips it when this build of the program (its content key, from
 * scripts/run.mjs) already wrote them and the files still hold exactly what it wrote.
 */
class SchemaRecord {
  constructor(
    private readonly file: string,
    private readonly schemas: readonly string[],
    private readonly build: string | undefined,
  ) {}

  private hashes(): string[] | undefined {
    try {
      return this.schemas.map((path) => createHash('sha1').update(readFileSync(path)).digest('hex'));
    } catch {
      return undefined;
    }
  }

  current(): boolean {
    if (!this.build) return false;
    try {
      const stored = JSON.parse(readCacheFile(this.file) ?? '{}') as { build?: string; hashes?: string[] };
      return stored.build === this.build && JSON.stringify(stored.hashes) === JSON.stringify(this.hashes());
    } catch {
      return false;
    }
  }

  record(): void {
    const hashes = this.hashes();
    if (!this.build || !hashes) return;
    try {
      writeCacheFile(this.file, JSON.stringify({ build: this.build, hashes }));
    } catch {
      // only costs a regeneration next time
    }
  }
}

/**
 * The build key scripts/run.mjs passes (DATALENS_BUILD_KEY), if `program` is the bundle it names
 * (`<entry>-<key>.cjs`): a key left in the environment of a run from sources keys nothing of it.
 */
export function buildKeyOf(key: string | undefined, program: string): string | undefined {
  return key && program.endsWith(`-${key}.cjs`) ? key : undefined;
}

export interface SynthCommandOptions {
  readonly streams?: Streams;
  /** The content key of the running build of the program (scripts/run.mjs sets DATALENS_BUILD_KEY). */
  readonly build?: string;
  readonly lockTimeoutMs?: number;
}

/**
 * `npm run synth` in `root` with `args`: synthesises every environment into dist/ and helm/ and
 * returns the exit code (see EXIT in cli.ts); whatever fails is said on stderr in lines.
 */
export function synthCommand(root: string, args: readonly string[], options: SynthCommandOptions = {}): number {
  return runCommand(
    (streams) => {
      if (args.length > 0) throw new UsageError(`unknown argument ${JSON.stringify(args[0].slice(0, 60))}: the synth takes none`, 'npm run synth');
      const layout = layoutOf(root);
      const targets = outputTargets(layout);
      const run = new RunRecord(join(root, '.build', 'last-run.json'), root, {
        readInputs: (observe) => observeInputs(layout.environments, layout.clusters, layout.root, observe),
        outputs: targets,
        build: options.build,
      });
      // another run under way, or one interrupted, leaves work to do whatever the record says
      let result = existsSync(join(root, LOCK_FILE)) || interruptedOutput(root, targets) ? undefined : run.current();
      if (!result) {
        run.forget();
        const schemas = new SchemaRecord(join(root, '.build', 'schemas.json'), [layout.schemaFile, layout.extendingSchemaFile, layout.clusterSchemaFile], options.build);
        const refreshSchema = !schemas.current();
        const inputs = new InputDigest();
        const program = options.build && `${options.build} ${RUNTIME}`;
        const outcome = synthesize(layout, {
          refreshSchema,
          yamlCache: new YamlCacheFolder(join(root, '.build', 'yaml'), YAML_SERIALISER),
          knownFiles: new KnownFiles(join(root, '.build', 'output-files.json'), { trusted: !run.outputChanged }),
          // a result is reused only by the build and runtime that made it; a run from sources has no build key
          derivationCache: program ? new DerivationCache(join(root, '.build', 'derivation'), program) : undefined,
          environmentCache: program ? new DerivationCache(join(root, '.build', 'environments'), program) : undefined,
          lockTimeoutMs: options.lockTimeoutMs,
          observeInputs: inputs.observe,
          note: (message) => streams.err(`note: ${message}\n`),
        });
        if (refreshSchema) schemas.record();
        result = { environments: outcome.environments, files: outcome.files };
        run.record(result, inputs.digest(), outcome.outputState);
      }
      // cdk8s-cli empties its output folder before running the app and then lists what is there
      const cliOutdir = process.env.CDK8S_OUTDIR;
      if (cliOutdir && resolve(cliOutdir) !== resolve(layout.dist)) {
        rmSync(cliOutdir, { recursive: true, force: true });
        mkdirSync(cliOutdir, { recursive: true });
        cpSync(layout.dist, cliOutdir, { recursive: true });
      }
      streams.out(`synthesised ${result.environments.join(', ')} into dist/ (${result.files} files)\n`);
      return EXIT.ok;
    },
    { unchanged: UNCHANGED, streams: options.streams ?? processStreams },
  );
}
