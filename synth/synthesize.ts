import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EnvironmentError, loadEnvironments } from '../config/load';
import { environmentJsonSchema } from '../config/json-schema';
import { checkEnvironment } from './checks';
import { replaceDirectory, toYamlDocuments, writeFileAtomically, type OutputFiles } from './output';
import project from '../package.json';
import { helmFiles } from './helm';
import { renderArgocd, renderEnvironment, type RenderedEnvironment } from './render';

/** Folder of dist/ holding the Argo CD objects; no environment may take this name. */
export const ARGOCD_FOLDER = 'argocd';

/** Folders of a checkout the synth reads and writes. */
export interface ProjectLayout {
  readonly environments: string;
  readonly dist: string;
  /** The generated Helm chart. */
  readonly helm: string;
  /** The generated JSON Schema of environment files. */
  readonly schemaFile: string;
}

export function layoutOf(root: string): ProjectLayout {
  return {
    environments: join(root, 'environments'),
    dist: join(root, 'dist'),
    helm: join(root, 'helm'),
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
  const environments = loadEnvironments(layout.environments);
  const clash = environments.find((e) => e.name === ARGOCD_FOLDER);
  if (clash) throw new EnvironmentError([`environments/${ARGOCD_FOLDER}.yaml: file name: dist/${ARGOCD_FOLDER} holds the Argo CD objects; expected another environment name`]);
  const rendered = environments.map(renderEnvironment);
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
  for (const file of renderArgocd(rendered)) files.set(`${ARGOCD_FOLDER}/${file.file}.yaml`, toYamlDocuments(file.manifests));
  return files;
}

export interface SynthOptions {
  /** Regenerate environments/environment.schema.json from the schema in code. @default true */
  readonly refreshSchema?: boolean;
}

/** Synthesises every environment into dist/ and helm/ (and the environment JSON Schema), all or nothing. */
export function synthesize(layout: ProjectLayout, options: SynthOptions = {}): { environments: string[]; files: number } {
  const rendered = renderAll(layout);
  const files = distFiles(rendered);
  const chart = helmFiles(rendered, { version: project.version, appVersion: project.version });
  replaceDirectory(layout.dist, files);
  replaceDirectory(layout.helm, chart);
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
