/**
 * Entry point of `npm run synth` and `npx cdk8s synth`: synthesises every environment under
 * environments/ into dist/ and helm/. Exit 0 means every environment was validated and the output
 * on disk is exactly this run's; on bad input it prints each problem and exits 1, leaving the
 * output as it was (see synth/cli.ts for every exit code).
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EXIT, runCommand, UsageError } from './synth/cli';
import { YAML_SERIALISER } from './synth/output';
import { layoutOf, synthesize } from './synth/synthesize';
import { YamlCache } from './synth/yaml-cache';

const UNCHANGED = 'dist/ and helm/ were left unchanged.';

/**
 * The JSON Schemas change only with the program. Generating them costs more than the rest of a
 * warm synth's checks, so a run skips it when this build of the program (its content key, from
 * scripts/run.mjs) already wrote them and the files still hold exactly what it wrote.
 */
class SchemaRecord {
  private readonly build = process.env.DATALENS_BUILD_KEY;

  constructor(
    private readonly file: string,
    private readonly schemas: readonly string[],
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
      const stored = JSON.parse(readFileSync(this.file, 'utf8')) as { build?: string; hashes?: string[] };
      return stored.build === this.build && JSON.stringify(stored.hashes) === JSON.stringify(this.hashes());
    } catch {
      return false;
    }
  }

  record(): void {
    const hashes = this.hashes();
    if (!this.build || !hashes) return;
    try {
      mkdirSync(join(this.file, '..'), { recursive: true });
      writeFileSync(`${this.file}.${process.pid}`, JSON.stringify({ build: this.build, hashes }));
      renameSync(`${this.file}.${process.pid}`, this.file);
    } catch {
      // only costs a regeneration next time
    }
  }
}

process.exitCode = runCommand(
  (streams) => {
    const args = process.argv.slice(2);
    if (args.length > 0) throw new UsageError(`unknown argument ${JSON.stringify(args[0])}: the synth takes none`, 'npm run synth');
    const root = process.cwd();
    const layout = layoutOf(root);
    const schemas = new SchemaRecord(join(root, '.build', 'schemas.json'), [layout.schemaFile, layout.clusterSchemaFile]);
    const refreshSchema = !schemas.current();
    const result = synthesize(layout, {
      refreshSchema,
      yamlCache: new YamlCache(join(root, '.build', 'yaml-cache.json'), YAML_SERIALISER),
      note: (message) => streams.err(`note: ${message}\n`),
    });
    if (refreshSchema) schemas.record();
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
  { unchanged: UNCHANGED },
);
