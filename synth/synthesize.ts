import { imagesMarkdown } from '../config/images';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARGOCD_FOLDER, PREVIEW_NAMESPACE_FOLDER } from '../charts/cluster-bootstrap-chart';
import { clusterJsonSchema, environmentJsonSchema, extendingEnvironmentJsonSchema } from '../config/json-schema';
import { EnvironmentError, loadEnvironments, locationOf, type InputObserver } from '../config/load';
import { PodSettingsError } from '../foundation/pod-settings';
import project from '../package.json';
import { checkEnvironment } from './checks';
import { helmFiles } from './helm';
import { FLUX_FOLDER, KUSTOMIZATION_FILE } from '../charts/dist-layout';
import { kustomizationOf, previewNamespaceKustomization } from './kustomization';
import { acquireLock, LOCK_FILE } from './lock';
import { commitOutput, contentSha1, recoverOutput, toYamlDocuments, YAML_SERIALISER, type KeptText, type OutputContent, type OutputFolder, type YamlSource } from './output';
import { renderArgocd, renderEnvironment, renderFlux, type EnvironmentRendering, type WrittenEnvironment } from './render';
import { prerequisitesDocument, prerequisitesSummary } from './prerequisites';
import { runbookFiles } from './runbooks';
import { topologyDocument } from './topology';
import { plannedState, type PlannedOutput, type SynthResult } from './run-record';
import type { DerivationCache } from './derivation-cache';
import type { Codec, DerivationStore } from '../foundation/derivation-store';
import type { Environment } from '../config/schema';
import type { YamlCacheFolder } from './yaml-cache';
import type { KnownFiles } from './known-files';
import type { ManifestFile } from './manifest';


/** Folders of a checkout the synth reads and writes. */
export interface ProjectLayout {
  /** The checkout itself: where the lock and the journal of a switch are kept. */
  readonly root: string;
  readonly environments: string;
  /** The cluster files the environments name. */
  readonly clusters: string;
  readonly dist: string;
  /** The generated Helm chart. */
  readonly helm: string;
  /** The generated JSON Schema of environment files. */
  readonly schemaFile: string;
  /** The generated JSON Schema of environment files that extend another. */
  readonly extendingSchemaFile: string;
  /** The generated JSON Schema of cluster files. */
  readonly clusterSchemaFile: string;
  /** The README, whose production topology block synth keeps current. */
  readonly readme: string;
  /** The generated runbooks, one per alert, that every alert's runbook_url links to. */
  readonly runbooks: string;
}

export function layoutOf(root: string): ProjectLayout {
  return {
    root,
    environments: join(root, 'environments'),
    clusters: join(root, 'clusters'),
    dist: join(root, 'dist'),
    helm: join(root, 'helm'),
    schemaFile: join(root, 'environments', 'environment.schema.json'),
    extendingSchemaFile: join(root, 'environments', 'environment.extends.schema.json'),
    clusterSchemaFile: join(root, 'clusters', 'cluster.schema.json'),
    readme: join(root, 'README.md'),
    runbooks: join(root, 'docs', 'runbooks'),
  };
}

/** Problems found in the synthesised objects; nothing is written while there is one. */
export class SynthCheckError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`synthesised objects failed their checks:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'SynthCheckError';
  }
}

/**
 * Renders, checks and writes (as text) every environment, or reads what an earlier run parsed of
 * the same data file and made of the same environment from `store`; throws EnvironmentError or
 * SynthCheckError, touching nothing on disk. `yaml` holds the YAML of objects earlier runs wrote.
 */
export function renderAll(layout: ProjectLayout, observe?: InputObserver, store?: DerivationStore, yaml?: YamlCacheFolder): WrittenEnvironment[] {
  const environments = loadEnvironments(layout.environments, layout.clusters, layout.root, observe, store);
  const bootstraps = { [ARGOCD_FOLDER]: 'Argo CD', [FLUX_FOLDER]: 'Flux' };
  const clashes = environments.filter((e) => e.name in bootstraps);
  if (clashes.length)
    throw new EnvironmentError(
      clashes.map((e) => `environments/${e.name}.yaml:1:1: file name: expected another environment name, got ${e.name}, the folder dist/${e.name} that holds the ${bootstraps[e.name as keyof typeof bootstraps]} objects`),
    );
  const refused: string[] = [];
  const checked = environments.flatMap((environment) => {
    try {
      return [checkedRendering(environment, store, yaml?.environment(environment.name))];
    } catch (error) {
      if (!(error instanceof PodSettingsError)) throw error;
      refused.push(`${locationOf(environment, error.path)}: ${error.message}`);
      return [];
    }
  });
  if (refused.length) throw new EnvironmentError(refused);
  const problems = checked.flatMap((c) => c.problems);
  if (problems.length) throw new SynthCheckError(problems);
  return checked.map((c) => c.rendering);
}

/** The files of an environment's folder in dist/, from its rendering, by name. */
function outputOf(rendering: EnvironmentRendering, yaml?: YamlSource): Map<string, string> {
  const output = new Map<string, string>();
  for (const file of rendering.files) output.set(`${file.file}.yaml`, toYamlDocuments(file.manifests, yaml));
  output.set('TOPOLOGY.md', topologyDocument(rendering));
  output.set('PREREQUISITES.md', prerequisitesDocument(rendering));
  output.set(KUSTOMIZATION_FILE, kustomizationOf(rendering));
  return output;
}

/** A hash of a folder's files (each with its name and their lengths in bytes, so no two folders share one). */
function digestOf(output: ReadonlyMap<string, string>): string {
  const digest = createHash('sha256');
  for (const [name, text] of output) digest.update(`${Buffer.byteLength(name)}:${name}${Buffer.byteLength(text)}:`).update(text);
  return digest.digest('hex');
}

/** The rendering with the files the synth writes of it (their YAML from `yaml` where it has it). */
export function writtenEnvironment(rendering: EnvironmentRendering, yaml?: YamlSource): WrittenEnvironment {
  const { environment, files, checksums, topology, prerequisites, alerts, kinds } = rendering;
  const output = outputOf(rendering, yaml);
  return { environment, files, checksums, topology, prerequisites, alerts, kinds, output, digest: digestOf(output) };
}

/** An environment's rendering and what its checks found. */
interface CheckedRendering {
  readonly rendering: WrittenEnvironment;
  readonly problems: readonly string[];
}

/**
 * The environment rendered, checked and written, as plain data (its constructs are dropped here),
 * or as `store` kept it: a rendering depends on the environment alone besides the program and the
 * runtime, which key the store, and its text on the YAML serialiser. Its objects are kept apart and
 * its files by their hashes: both are read only when asked for (a file's text is made again from the
 * objects and `yaml` when the file has to be written), and a synth that reuses an environment's
 * files mostly never asks.
 */
function checkedRendering(environment: Environment, store?: DerivationStore, yaml?: YamlSource): CheckedRendering {
  const keptFiles = (files: () => readonly ManifestFile[]) => (store ? store.get({ manifests: environment }, files, MANIFEST_FILES_CODEC) : files());
  const make = (): CheckedRendering => {
    const rendered = renderEnvironment(environment);
    keptFiles(() => rendered.files);
    return { rendering: writtenEnvironment(rendered, yaml), problems: checkEnvironment(rendered) };
  };
  const files = () => keptFiles(() => renderEnvironment(environment).files);
  return store ? store.get({ rendering: environment, serialiser: YAML_SERIALISER }, make, checkedRenderingCodec(environment, files, yaml)) : make();
}

const MANIFEST_FILES_CODEC: Codec<readonly ManifestFile[]> = {
  encode: (files) => JSON.stringify(files),
  decode: (text) => {
    const files = JSON.parse(text);
    if (!Array.isArray(files) || !files.every((f) => typeof f?.file === 'string' && Array.isArray(f.manifests))) throw new Error('not the files of a rendering');
    return files;
  },
};

/**
 * A checked rendering as text, without its environment (the run reading it back has that), its
 * objects (read by `files` when asked for) or its files' texts: each file by its hash, its text made
 * from the objects when asked for.
 */
function checkedRenderingCodec(environment: Environment, files: () => readonly ManifestFile[], yaml?: YamlSource): Codec<CheckedRendering> {
  return {
    encode: ({ rendering: { checksums, topology, prerequisites, alerts, kinds, output, digest }, problems }) =>
      JSON.stringify({ checksums, topology, prerequisites, alerts, kinds, output: [...output].map(([name, content]) => [name, contentSha1(content)]), digest, problems }),
    decode: (text) => {
      const { checksums, topology, prerequisites, alerts, kinds, output, digest, problems } = JSON.parse(text);
      const entries = Array.isArray(output) && output.every((e) => Array.isArray(e) && e.length === 2 && typeof e[0] === 'string' && typeof e[1] === 'string' && /^[0-9a-f]{40}$/.test(e[1]));
      if (typeof checksums !== 'object' || typeof topology !== 'string' || !Array.isArray(prerequisites) || !Array.isArray(alerts) || !Array.isArray(kinds) || !entries || typeof digest !== 'string' || !Array.isArray(problems))
        throw new Error('not a rendering');
      let kept: readonly ManifestFile[] | undefined;
      let texts: Map<string, string> | undefined;
      const rendering: WrittenEnvironment = {
        environment,
        get files() {
          return (kept ??= files());
        },
        checksums,
        topology,
        prerequisites,
        alerts,
        kinds,
        output: new Map(output.map(([name, sha1]: [string, string]): [string, KeptText] => [name, { sha1, text: () => (texts ??= outputOf(rendering, yaml)).get(name)! }])),
        digest,
      };
      return { rendering, problems };
    },
  };
}

/** The contents of dist/: one folder per environment, one YAML file per component. */
export function distFiles(rendered: readonly WrittenEnvironment[], cache?: YamlSource): OutputFolder {
  const files = new Map<string, OutputContent>();
  for (const environment of rendered) for (const [name, content] of environment.output) files.set(`${environment.environment.name}/${name}`, content);
  const argocd = renderArgocd(rendered);
  for (const file of argocd) files.set(`${ARGOCD_FOLDER}/${file.file}.yaml`, toYamlDocuments(file.manifests, cache));
  // <cluster>/preview-namespace/<file>: each such folder gets the kustomization the previews read it with
  const previewFolders = new Map<string, string[]>();
  for (const { file } of argocd) {
    const [cluster, folder, name] = file.split('/');
    if (folder === PREVIEW_NAMESPACE_FOLDER) previewFolders.set(cluster, [...(previewFolders.get(cluster) ?? []), `${name}.yaml`]);
  }
  for (const [cluster, names] of previewFolders) files.set(`${ARGOCD_FOLDER}/${cluster}/${PREVIEW_NAMESPACE_FOLDER}/${KUSTOMIZATION_FILE}`, previewNamespaceKustomization(names));
  for (const file of renderFlux(rendered)) files.set(`${FLUX_FOLDER}/${file.file}.yaml`, toYamlDocuments(file.manifests, cache));
  return files;
}

export interface SynthOptions {
  /** Regenerate environments/environment.schema.json from the schema in code. @default true */
  readonly refreshSchema?: boolean;
  /** YAML of objects serialised by earlier runs. @default - serialise everything */
  readonly yamlCache?: YamlCacheFolder;
  /** What earlier runs' derivations of the Helm chart made. @default - derive from nothing */
  readonly derivationCache?: DerivationCache;
  /** What earlier runs parsed and validated of each data file, and rendered, checked and wrote of each environment. @default - parse and render each */
  readonly environmentCache?: DerivationCache;
  /** What the output files held when an earlier run saw them: those still as they were are not read. @default - read each */
  readonly knownFiles?: KnownFiles;
  /** How long to wait for another synth of the same checkout. @default 60 s */
  readonly lockTimeoutMs?: number;
  /** Told what the run reads (config/load.ts), under its lock. @default - nobody */
  readonly observeInputs?: InputObserver;
  /** Told what the user should know that is not an error (waiting for another run, an interrupted run completed). */
  readonly note?: (message: string) => void;
}

/** A successful synth: its result, and the hash of the output it switched into place (see run-record.ts). */
export interface SynthOutcome extends SynthResult {
  readonly outputState: () => string;
}

/** Every path the synth writes, for the switch and for the clean-up of leftovers. */
export function outputTargets(layout: ProjectLayout): string[] {
  return [layout.dist, layout.helm, layout.runbooks, layout.readme, layout.schemaFile, layout.extendingSchemaFile, layout.clusterSchemaFile];
}

/**
 * Synthesises every environment into dist/ and helm/ (and the README's generated blocks and the
 * JSON Schemas), all or nothing, one run at a time per checkout. Before anything else it
 * completes or clears what an interrupted run left.
 */
export function synthesize(layout: ProjectLayout, options: SynthOptions = {}): SynthOutcome {
  const note = options.note ?? (() => undefined);
  const lock = acquireLock(join(layout.root, LOCK_FILE), { timeoutMs: options.lockTimeoutMs, onWait: (holder) => note(`another synth (${holder}) is running; waiting for it to finish`) });
  try {
    const recovered = recoverOutput(layout.root, outputTargets(layout));
    if (recovered.completed) note('completed the switch to the output of an interrupted synth');
    recovered.leftovers.forEach(note);
    const rendered = renderAll(layout, options.observeInputs, options.environmentCache, options.yamlCache);
    const shared = options.yamlCache?.shared();
    const files = distFiles(rendered, shared);
    const chart = helmFiles(rendered, { version: project.version, appVersion: project.version }, { yaml: shared, store: options.derivationCache });
    const single = new Map<string, string>();
    /** Every single file as the switch leaves it (absent: undefined). */
    const after = new Map<string, string | undefined>();
    const readme = readIfExists(layout.readme);
    after.set(layout.readme, readme);
    if (readme !== undefined) {
      const updated = withGeneratedReadme(readme, rendered);
      after.set(layout.readme, updated);
      if (updated !== readme) single.set(layout.readme, updated);
    }
    for (const [file, schema] of [
      [layout.schemaFile, environmentJsonSchema],
      [layout.extendingSchemaFile, extendingEnvironmentJsonSchema],
      [layout.clusterSchemaFile, clusterJsonSchema],
    ] as const) {
      const current = readIfExists(file);
      after.set(file, current);
      if (!(options.refreshSchema ?? true)) continue;
      const text = `${JSON.stringify(schema(), null, 2)}\n`;
      after.set(file, text);
      if (current !== text) single.set(file, text);
    }
    const folders = new Map([[layout.dist, files], [layout.helm, chart], [layout.runbooks, runbookFiles(rendered)]]);
    commitOutput(layout.root, { folders, files: single }, () => lock.verify(), options.knownFiles).forEach(note);
    options.knownFiles?.save();
    try {
      options.yamlCache?.save(rendered.map((r) => r.environment.name));
    } catch {
      // a cache that cannot be saved only costs time on the next run
    }
    options.derivationCache?.prune();
    options.environmentCache?.prune();
    const outputState = () => plannedState(layout.root, outputTargets(layout).map((path): PlannedOutput => (folders.has(path) ? { path, files: folders.get(path)! } : { path, text: after.get(path) })));
    return { environments: rendered.map((r) => r.environment.name), files: files.size, outputState };
  } finally {
    lock.release();
  }
}

function readIfExists(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * Blocks of the README that the synth keeps current, by kind: each between
 * `<!-- <kind>[:<argument>]:start (generated by npm run synth) -->` and `<!-- <kind>[:<argument>]:end -->`.
 * A topology block names the environment it pictures (`topology:prod`), so adding an environment
 * never changes which one the README shows.
 */
const README_BLOCKS: Readonly<Record<string, { content: (rendered: readonly EnvironmentRendering[], argument: string | undefined) => string; argument?: string }>> = {
  topology: {
    argument: 'the name of the environment to picture',
    content: (rendered, environment) => `\`\`\`mermaid\n${rendered.find((r) => r.environment.name === environment)!.topology}\`\`\`\n`,
  },
  prerequisites: { content: (rendered) => prerequisitesSummary(rendered) },
  images: { content: () => imagesMarkdown() },
};

const README_MARKER = /<!-- ([a-z]+)(?::([^\s:]+))?:start \(generated by npm run synth\) -->/g;

/**
 * The README with each generated block replaced by its current content (a block without its end
 * marker is left alone); throws SynthCheckError, one line per marker, when a topology block names
 * no environment.
 */
export function withGeneratedReadme(readme: string, rendered: readonly EnvironmentRendering[], file = 'README.md'): string {
  const names = rendered.map((r) => r.environment.name);
  const markers = [...readme.matchAll(README_MARKER)].filter((m) => README_BLOCKS[m[1]] !== undefined);
  const problems = markers.flatMap((m) => {
    const { argument } = README_BLOCKS[m[1]];
    if (argument === undefined || (m[2] !== undefined && names.includes(m[2]))) return [];
    const got = m[2] === undefined ? 'nothing' : JSON.stringify(m[2]);
    return [`${file}:${readme.slice(0, m.index).split('\n').length}:1: ${m[1]}: expected ${argument} (<!-- ${m[1]}:<environment>:start ... -->, one of ${names.join(', ')}), got ${got}`];
  });
  if (problems.length > 0) throw new SynthCheckError(problems);
  return markers.reduce((text, [start, kind, argument]) => {
    const end = `<!-- ${kind}${argument === undefined ? '' : `:${argument}`}:end -->`;
    const from = text.indexOf(start);
    const to = text.indexOf(end, from);
    if (from === -1 || to === -1) return text;
    return `${text.slice(0, from)}${start}\n${README_BLOCKS[kind].content(rendered, argument)}${text.slice(to)}`;
  }, readme);
}
