/**
 * Entry point of `npm run synth` and `npx cdk8s synth`: synthesises every environment under
 * environments/ into dist/. On bad input it prints each problem and exits non-zero, leaving the
 * dist/ on disk as it was.
 */
import { cpSync, existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EnvironmentError } from './config/load';
import { YAML_SERIALISER } from './synth/output';
import { layoutOf, SynthCheckError, synthesize } from './synth/synthesize';
import { YamlCache } from './synth/yaml-cache';

function main(): number {
  const root = process.cwd();
  const layout = layoutOf(root);
  try {
    const result = synthesize(layout, {
      refreshSchema: isOlderThanThisProgram(layout.schemaFile),
      yamlCache: new YamlCache(join(root, '.build', 'yaml-cache.json'), YAML_SERIALISER),
    });
    // cdk8s-cli empties its output folder before running the app and then lists what is there
    const cliOutdir = process.env.CDK8S_OUTDIR;
    if (cliOutdir && resolve(cliOutdir) !== resolve(layout.dist)) {
      rmSync(cliOutdir, { recursive: true, force: true });
      mkdirSync(cliOutdir, { recursive: true });
      cpSync(layout.dist, cliOutdir, { recursive: true });
    }
    console.log(`synthesised ${result.environments.join(', ')} into dist/ (${result.files} files)`);
    return 0;
  } catch (error) {
    if (error instanceof EnvironmentError || error instanceof SynthCheckError) {
      console.error(error.message);
      console.error('dist/ was left unchanged.');
      return 1;
    }
    throw error;
  }
}

/** The JSON Schema only changes with the code: regenerate it when this program is newer than the file. */
function isOlderThanThisProgram(file: string): boolean {
  return !existsSync(file) || statSync(file).mtimeMs < statSync(__filename).mtimeMs;
}

process.exitCode = main();
