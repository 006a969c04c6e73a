import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { EnvironmentError } from '../../config/load';
import type { Codec, DerivationStore } from '../../foundation/derivation-store';
import { MemoryStore } from '../support/memory-store';
import { distFiles, layoutOf, renderAll, synthesize, SynthCheckError } from '../../synth/synthesize';
import { contentSha1, textOf, textsOf } from '../../synth/output';
import type { WrittenEnvironment } from '../../synth/render';
import { DEV_BASE, merge, writeProject } from '../support/fixtures';

/** A scratch checkout with the given environment files and a dist/ from a first synth. */
function project(envs: Record<string, Record<string, unknown>>) {
  const root = mkdtempSync(join(tmpdir(), 'datalens-project-'));
  writeProject(root, envs);
  const layout = layoutOf(root);
  synthesize(layout);
  return { root, layout };
}

function snapshotOf(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string, prefix: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(d, entry.name), `${prefix}${entry.name}/`);
      else out[`${prefix}${entry.name}`] = readFileSync(join(d, entry.name), 'utf8');
    }
  };
  walk(dir, '');
  return out;
}

describe('synthesize', () => {
  it('writes one folder per environment and the environment JSON Schema', () => {
    const { root } = project({ dev: DEV_BASE });
    expect(readdirSync(join(root, 'dist')).sort()).toEqual(['argocd', 'dev']);
    expect(readdirSync(join(root, 'dist', 'dev'))).toContain('datalens-api.yaml');
    expect(readdirSync(join(root, 'helm'))).toContain('Chart.yaml');
    expect(JSON.parse(readFileSync(join(root, 'environments', 'environment.schema.json'), 'utf8')).title).toBe('DataLens environment');
  });

  it('adds dist/<name> for a new environment file, with no code change', () => {
    const { root, layout } = project({ dev: DEV_BASE });
    writeFileSync(join(root, 'environments', 'qa.yaml'), stringify(merge(DEV_BASE, { namespace: 'datalens-qa', domain: 'qa.example.com' })));
    synthesize(layout);
    expect(readdirSync(join(root, 'dist')).sort()).toEqual(['argocd', 'dev', 'qa']);
  });

  it('leaves dist/ byte-identical when an environment is invalid', () => {
    const { root, layout } = project({ dev: DEV_BASE, qa: merge(DEV_BASE, { namespace: 'datalens-qa', domain: 'qa.example.com' }) });
    const before = snapshotOf(join(root, 'dist'));
    writeFileSync(join(root, 'environments', 'qa.yaml'), stringify(merge(DEV_BASE, { namespace: 'datalens-qa', domain: 'qa.example.com', api: { replicas: 0 } })));
    expect(() => synthesize(layout)).toThrow(EnvironmentError);
    expect(snapshotOf(join(root, 'dist'))).toEqual(before);
    expect(readdirSync(root).filter((f) => f.startsWith('.dist'))).toEqual([]);
  });

  it('puts back the dist/ an earlier version moved aside when it was killed between its two renames, even in a failing run', () => {
    const { root, layout } = project({ dev: DEV_BASE });
    const before = snapshotOf(join(root, 'dist'));
    renameSync(join(root, 'dist'), join(root, '.dist.previous'));
    writeFileSync(join(root, 'environments', 'dev.yaml'), 'tier: [\n');
    expect(() => synthesize(layout)).toThrow(EnvironmentError);
    // every run first puts the output in a consistent state; a failing one writes nothing new
    expect(snapshotOf(join(root, 'dist'))).toEqual(before);
    expect(existsSync(join(root, '.dist.previous'))).toBe(false);
  });

  it('removes the folder of an environment whose file was removed', () => {
    const { root, layout } = project({ dev: DEV_BASE, qa: merge(DEV_BASE, { namespace: 'datalens-qa', domain: 'qa.example.com' }) });
    rmSync(join(root, 'environments', 'qa.yaml'));
    synthesize(layout);
    expect(readdirSync(join(root, 'dist')).sort()).toEqual(['argocd', 'dev']);
  });

  it('refuses an empty environment file', () => {
    const { root, layout } = project({ dev: DEV_BASE });
    writeFileSync(join(root, 'environments', 'qa.yaml'), '');
    expect(() => synthesize(layout)).toThrow(/qa\.yaml:1:1: tier: expected one of "dev", "staging", "prod", got nothing/);
  });

  it('refuses an environment named like the Argo CD folder', () => {
    const { root, layout } = project({ dev: DEV_BASE });
    writeFileSync(join(root, 'environments', 'argocd.yaml'), stringify(merge(DEV_BASE, { namespace: 'datalens-argocd', domain: 'argocd.example.com' })));
    expect(() => synthesize(layout)).toThrow('environments/argocd.yaml:1:1: file name: expected another environment name, got argocd, the folder dist/argocd that holds the Argo CD objects');
  });

  it('removes what killed runs of any process left beside its output', () => {
    const { root, layout } = project({ dev: DEV_BASE });
    const leftovers = ['.dist.staging-4242', '.helm.staging-4242', '.dist.synth-new-4243', '.helm.synth-old-4243'];
    for (const folder of leftovers) mkdirSync(join(root, folder, 'dev'), { recursive: true });
    writeFileSync(join(root, 'README.md.staging-4242'), 'half a README');
    writeFileSync(join(root, 'environments', '.environment.schema.json.synth-new-4243'), '{');
    synthesize(layout);
    expect(readdirSync(root).filter((f) => f.includes('staging') || f.includes('synth-'))).toEqual([]);
    expect(readdirSync(join(root, 'environments'))).toEqual(['dev.yaml', 'environment.extends.schema.json', 'environment.schema.json']);
  });

  it('waits for another synth of the same checkout, then runs', async () => {
    const { root, layout } = project({ dev: DEV_BASE });
    const other = spawn('sleep', ['0.4']);
    writeFileSync(join(root, '.synth-lock'), `${other.pid} ${hostname()} 0123\n`);
    const exited = new Promise((resolve) => other.on('exit', resolve));
    const notes: string[] = [];
    synthesize(layout, { note: (n) => notes.push(n) });
    await exited;
    expect(notes).toEqual([`another synth (pid ${other.pid}) is running; waiting for it to finish`]);
    expect(existsSync(join(root, '.synth-lock'))).toBe(false);
    // the synth itself (the Helm chart's sentinel renders included) takes seconds on a busy machine: no timing is tested here
  }, 120_000);

  it('is deterministic: the same input gives the same bytes', () => {
    const { layout } = project({ dev: DEV_BASE });
    expect([...distFiles(renderAll(layout))]).toEqual([...distFiles(renderAll(layout))]);
  });
});

describe('renderAll with the renderings of earlier runs', () => {
  /** The environments named by the keys of one kind (`rendering`, `manifests`) among a store's keys. */
  const environmentsIn = (keys: readonly unknown[], kind: 'rendering' | 'manifests') => keys.flatMap((key) => ((key as Record<string, { name: string } | undefined>)[kind] ? [(key as Record<string, { name: string }>)[kind].name] : []));
  /** The environments a store had to render. */
  const rendered = (store: MemoryStore) => environmentsIn(store.made, 'rendering');
  const qa = merge(DEV_BASE, { namespace: 'datalens-qa', domain: 'qa.example.com' });
  /** Renderings as plain data, with their objects and their files' texts (a kept rendering's made from its objects). */
  const plain = (renderings: readonly WrittenEnvironment[]) => renderings.map((r) => ({ ...JSON.parse(JSON.stringify({ ...r, files: r.files })), output: Object.fromEntries(textsOf(r.output)) }));
  /** The environments whose kept objects a store was asked for. */
  const objectsRead = (store: MemoryStore) => environmentsIn(store.read, 'manifests');

  it('renders only the environments that changed, and reads back what a rendering without them makes', () => {
    const root = mkdtempSync(join(tmpdir(), 'datalens-rendering-'));
    writeProject(root, { dev: DEV_BASE, qa });
    const layout = layoutOf(root);
    const store = new MemoryStore();
    const first = renderAll(layout, undefined, store);
    expect(rendered(store)).toEqual(['dev', 'qa']);
    store.made = [];
    writeFileSync(join(root, 'environments', 'qa.yaml'), stringify(merge(qa, { api: { jwtExpiry: '20m' } })));
    const second = renderAll(layout, undefined, store);
    expect(rendered(store)).toEqual(['qa']);
    expect(plain([second[0]])).toEqual(plain([first[0]]));
    expect(second[1].topology.length).toBeGreaterThan(0);
    expect(second[1].alerts.length).toBeGreaterThan(0);
    expect(plain(second)).toEqual(plain(renderAll(layout)));
    expect(plain(renderAll(layout, undefined, store))).toEqual(plain(second));
  });

  it("keeps an environment's files by their hashes: their texts are made from its kept objects only when asked for, as a fresh rendering writes them", () => {
    const root = mkdtempSync(join(tmpdir(), 'datalens-rendering-'));
    writeProject(root, { dev: DEV_BASE });
    const store = new MemoryStore();
    const fresh = renderAll(layoutOf(root), undefined, store)[0];
    const kept = renderAll(layoutOf(root), undefined, store)[0];
    expect(rendered(store)).toEqual(['dev']);
    expect(objectsRead(store)).toEqual([]);
    expect([...kept.output.keys()]).toEqual([...fresh.output.keys()]);
    for (const [name, content] of kept.output) {
      expect(typeof content).toBe('object');
      expect(contentSha1(content)).toBe(contentSha1(fresh.output.get(name)!));
    }
    expect(kept.digest).toBe(fresh.digest);
    expect(textOf(kept.output.get('datalens-api.yaml')!)).toBe(fresh.output.get('datalens-api.yaml'));
    expect(objectsRead(store)).toEqual(['dev']);
    expect(textsOf(kept.output)).toEqual(fresh.output);
  });

  it('keeps what the checks found with the rendering: one kept with problems fails the synth again', () => {
    const root = mkdtempSync(join(tmpdir(), 'datalens-rendering-'));
    writeProject(root, { dev: DEV_BASE });
    const problem = 'environment dev: a problem the checks found';
    const withProblems: DerivationStore = {
      get: <T,>(key: unknown, produce: () => T, codec: Codec<T>) => ((key as { rendering?: unknown }).rendering ? codec.decode(codec.encode({ ...(produce() as object), problems: [problem] } as T)) : produce()),
    };
    expect(() => renderAll(layoutOf(root), undefined, withProblems)).toThrow(new SynthCheckError([problem]));
  });
});
