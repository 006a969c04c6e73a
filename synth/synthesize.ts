import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EnvironmentError, loadEnvironments } from '../config/load';
import { environmentJsonSchema } from '../config/json-schema';
import { checkEnvironment } from './checks';
import { replaceDirectory, toYamlDocuments, writeFileAtomically, type OutputFiles } from './output';
import { renderEnvironment, type RenderedEnvironment } from './render';

/** Folders of a checkout the synth reads and writes. */
export interface ProjectLayout {
  readonly environments: string;
  readonly dist: string;
  /** The generated JSON Schema of environment files. */
  readonly schemaFile: string;
}

export function layoutOf(root: string): ProjectLayout {
  return {
    environments: join(root, 'environments'),
    dist: join(root, 'dist'),
    schemaFile: join(root, 'environments', 'environment.schema.json'),
  };
}

/** Problems found in the synthesised objects; nothing is written while there is one. */
export class SynthCheckError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`synthesised objects failed their checks:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'SynthCheckError';
  }
}

/** Renders and checks every environment; throws EnvironmentError or SynthCheckError, touching nothing on disk. */
export function renderAll(layout: ProjectLayout): RenderedEnvironment[] {
  const rendered = loadEnvironments(layout.environments).map(renderEnvironment);
  const problems = rendered.flatMap(checkEnvironment);
  if (problems.length) throw new SynthCheckError(problems);
  return rendered;
}

/** The contents of dist/: one folder per environment, one YAML file per component. */
export function distFiles(rendered: readonly RenderedEnvironment[]): OutputFiles {
  const files = new Map<string, string>();
  for (const environment of rendered) {
    for (const file of environment.files) files.set(`${environment.environment.name}/${file.file}.yaml`, toYamlDocuments(file.manifests));
  }
  return files;
}

export interface SynthOptions {
  /** Regenerate environments/environment.schema.json from the schema in code. @default true */
  readonly refreshSchema?: boolean;
}

/** Synthesises every environment into dist/ (and the environment JSON Schema), all or nothing. */
export function synthesize(layout: ProjectLayout, options: SynthOptions = {}): { environments: string[]; files: number } {
  const rendered = renderAll(layout);
  const files = distFiles(rendered);
  replaceDirectory(layout.dist, files);
  if (options.refreshSchema ?? true) {
    const schema = `${JSON.stringify(environmentJsonSchema(), null, 2)}\n`;
    if (readIfExists(layout.schemaFile) !== schema) writeFileAtomically(layout.schemaFile, schema);
  }
  return { environments: rendered.map((r) => r.environment.name), files: files.size };
}

function readIfExists(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

export { EnvironmentError };
