import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { KUSTOMIZATION_FILE } from '../../charts/dist-layout';
import { helm } from '../support/helm';
import { kubectlReadFiles, kubectlReadText, type KubectlReading } from '../support/kubectl';
import { DIST, filesUnder, parseYaml11, parseYaml12, ROOT, type Json } from '../support/on-disk';

/*
 * The bytes as their consumers read them: every YAML file under dist/ and every `helm template` rendering, read back
 * from disk (or from helm's stdout), never from the objects in memory. Kubernetes, Argo CD and Helm decode YAML 1.1
 * in Go; the files are written as YAML 1.2, so both dialects must read the same values from them. Files are found by
 * walking dist/, so the layout (environment folders, per-cluster Argo CD folders) is not assumed.
 */

/** A stream of documents as a consumer gets it: a file (path relative to the repository) or a rendering. */
interface Source {
  readonly name: string;
  readonly text: string;
}

/** What one kubectl call reads: a top-level folder of dist/, or one helm rendering. */
interface Unit {
  readonly name: string;
  readonly sources: Source[];
  readonly readWithKubectl: () => KubectlReading;
}

function distFolders(): Unit[] {
  // a kustomization is kustomize's input, no object: test/consumers/kustomize.test.ts reads it with kubectl kustomize
  const files = filesUnder(DIST).filter((f) => f.endsWith('.yaml') && basename(f) !== KUSTOMIZATION_FILE);
  const folders = [...new Set(files.map(topFolderOf))];
  return folders.map((folder) => {
    const names = files.filter((f) => topFolderOf(f) === folder).map((f) => join('dist', f));
    return { name: join('dist', folder), sources: names.map(sourceOf), readWithKubectl: () => kubectlReadFiles(names) };
  });
}

/** The folder of dist/ a file belongs to ('.' for a file directly in dist/). */
function topFolderOf(file: string): string {
  return file.includes('/') ? file.split('/')[0] : '.';
}

function sourceOf(file: string): Source {
  return { name: file, text: readFileSync(resolve(ROOT, file), 'utf8') };
}

/**
 * One rendering per environment's values file, in the environment's namespace as the release namespace; values.yaml
 * alone renders nothing (it names no environment).
 */
function helmRenderings(): Unit[] {
  const valuesFiles = readdirSync(join(ROOT, 'helm')).filter((f) => /^values-.+\.yaml$/.test(f)).sort();
  return valuesFiles.map((values) => {
    const environment = values.replace(/^values-|\.yaml$/g, '');
    const namespace = String(parseYaml12(readFileSync(join(ROOT, 'environments', `${environment}.yaml`), 'utf8'))[0].namespace);
    const name = `helm template -f helm/${values} --namespace ${namespace}`;
    const text = helm(['template', 'datalens', 'helm', '-f', `helm/${values}`, '--namespace', namespace]);
    return { name, sources: [{ name, text }], readWithKubectl: () => kubectlReadText(text, name) };
  });
}

// ---- (a) YAML 1.1 and YAML 1.2 read the same values ----

interface Difference {
  readonly path: string;
  readonly yaml11: unknown;
  readonly yaml12: unknown;
}

/** One line per document whose two readings differ, naming the first difference in it. */
function dialectDifferences(source: Source): string[] {
  const yaml11 = parseYaml11(source.text, source.name);
  const yaml12 = parseYaml12(source.text, source.name);
  if (yaml11.length !== yaml12.length) return [`${source.name}: ${yaml11.length} documents as YAML 1.1, ${yaml12.length} as YAML 1.2`];
  return yaml11.flatMap((document, i) => {
    const difference = firstDifference(document, yaml12[i], '');
    if (!difference) return [];
    const { path, yaml11: read11, yaml12: read12 } = difference;
    return [`${source.name} document ${i + 1} at ${path || '(the document)'}: YAML 1.1 reads ${shown(read11)}, YAML 1.2 reads ${shown(read12)}`];
  });
}

function firstDifference(a: unknown, b: unknown, path: string): Difference | undefined {
  if (isContainer(a) && isContainer(b) && Array.isArray(a) === Array.isArray(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const key of keys) {
      const difference = firstDifference((a as Json)[key], (b as Json)[key], childPath(path, key, Array.isArray(a)));
      if (difference) return difference;
    }
    return undefined;
  }
  return isDeepStrictEqual(a, b) ? undefined : { path, yaml11: a, yaml12: b };
}

function isContainer(value: unknown): value is object {
  return Array.isArray(value) || (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype);
}

function childPath(path: string, key: string, inArray: boolean): string {
  if (inArray) return `${path}[${key}]`;
  if (/^[A-Za-z_][\w-]*$/.test(key)) return path ? `${path}.${key}` : key;
  return `${path}[${JSON.stringify(key)}]`;
}

/** A value as a message shows it; a YAML 1.1 timestamp becomes a Date, which JSON would disguise as a string. */
function shown(value: unknown): string {
  if (value === undefined) return '(nothing)';
  if (value instanceof Date) return `the timestamp ${value.toISOString()}`;
  return JSON.stringify(value);
}

// ---- (b) the real kubectl decodes one object per document ----

function documentCount(unit: Unit): number {
  return unit.sources.reduce((count, source) => count + parseYaml11(source.text, source.name).length, 0);
}

// ---- (c) every object validates against its schema ----

type Model = new (data: unknown) => { validate(): void };

const VALIDATORS = join(ROOT, 'imports', 'validators');

/** Custom resources by the validators generated from their CRDs, built-in kinds by kubernetes-models. */
function modelOf(object: Json): Model {
  const apiVersion = String(object.apiVersion);
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
  const module = group && existsSync(join(VALIDATORS, group)) ? requireOrNothing(join(VALIDATORS, group, version)) : requireOrNothing(`kubernetes-models/${group ? `${group}/` : ''}${version}`);
  const model = module?.[object.kind];
  if (!model) throw new Error(`no schema for ${apiVersion} ${object.kind}`);
  return model;
}

function requireOrNothing(module: string): Record<string, Model> | undefined {
  try {
    return require(module);
  } catch (error) {
    if ((error as { code?: string }).code === 'MODULE_NOT_FOUND') return undefined;
    throw error;
  }
}

/** Objects a ConfigMap carries for a workload to create at run time (a restore drill's Cluster), named by its annotation. */
function embeddedObjects(object: Json): Json[] {
  const keys = object.kind === 'ConfigMap' ? object.metadata?.annotations?.['datalens.io/embedded-manifests'] : undefined;
  return keys ? String(keys).split(',').map((key) => JSON.parse(object.data[key.trim()])) : [];
}

function schemaViolations(source: Source): string[] {
  return parseYaml11(source.text, source.name).flatMap((document, i) =>
    [document, ...embeddedObjects(document)].flatMap((object) => {
      try {
        new (modelOf(object))(object).validate();
        return [];
      } catch (error) {
        const where = object === document ? '' : ` embedded in ConfigMap ${document.metadata?.name}`;
        return [`${source.name} document ${i + 1} (${object.kind} ${object.metadata?.name}${where}): ${(error as Error).message}`];
      }
    }),
  );
}

// ---- the tests ----

const units = [...distFolders(), ...helmRenderings()];

describe.each(units.map((u) => [u.name, u] as const))('%s', (_name, unit) => {
  it('reads the same as YAML 1.1 and as YAML 1.2', () => {
    expect(unit.sources.flatMap(dialectDifferences)).toEqual([]);
  });

  it('decodes with the real kubectl, one object per document', () => {
    const reading = unit.readWithKubectl();
    expect(reading.complaints).toEqual([]);
    expect(reading.objects).toHaveLength(documentCount(unit));
  });

  it('holds only objects that validate against the schema of their kind', () => {
    expect(unit.sources.flatMap(schemaViolations)).toEqual([]);
  });
});

describe('the instruments', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'bytes-test-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  /** Writes a synthetic file and reads it back, so the instruments see bytes from disk as in the tests above. */
  function fileOf(name: string, text: string): Source {
    const path = join(scratch, name);
    writeFileSync(path, text);
    return sourceOf(path);
  }

  const annotationOff = () => fileOf('annotation-off.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  annotations:\n    a: off\n');

  it('see an unquoted `off` read as a boolean by YAML 1.1 and as a string by YAML 1.2', () => {
    expect(dialectDifferences(annotationOff())).toEqual([expect.stringMatching(/annotation-off\.yaml document 1 at metadata\.annotations\.a: YAML 1\.1 reads false, YAML 1\.2 reads "off"$/)]);
  });

  it('see kubectl refuse a boolean annotation, as kubectl apply does', () => {
    const reading = kubectlReadFiles([annotationOff().name]);
    expect(reading.complaints).toContainEqual(expect.stringMatching(/annotation-off\.yaml: .*cannot unmarshal bool into Go struct field ObjectMeta\.metadata\.annotations/));
  });

  it('see kubectl refuse a boolean in a built-in kind beyond metadata, as the API server does', () => {
    const source = fileOf('data-off.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  a: off\n');
    expect(kubectlReadFiles([source.name]).complaints).toEqual([expect.stringMatching(/data-off\.yaml document 1: .*cannot unmarshal bool into Go struct field ConfigMap\.data/)]);
  });

  it('see kubectl read a built-in object and a custom resource from stdin without complaint, one name each', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n---\napiVersion: monitoring.coreos.com/v1\nkind: ServiceMonitor\nmetadata:\n  name: x\nspec:\n  endpoints: []\n';
    expect(kubectlReadText(text, 'synthetic')).toEqual({ objects: ['configmap/x', 'servicemonitor.monitoring.coreos.com/x'], complaints: [] });
  });

  it('see a Deployment with replicas "two" break its schema', () => {
    const source = fileOf('replicas.yaml', 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: x\nspec:\n  replicas: "two"\n');
    expect(schemaViolations(source)).toEqual([expect.stringContaining('replicas.yaml document 1 (Deployment x)')]);
  });

  it('see a kind without a schema fail', () => {
    const source = fileOf('unknown.yaml', 'apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: x\n');
    expect(schemaViolations(source)).toEqual([expect.stringContaining('no schema for example.com/v1 Widget')]);
  });
});
