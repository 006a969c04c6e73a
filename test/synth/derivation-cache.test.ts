import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { CONFIG_CHECKSUM_ANNOTATION } from '../../foundation/workload-parts';
import { RenderCache } from '../../synth/render-cache';
import type { RenderedObjects } from '../../synth/render';
import { DEV_BASE, environment, manifests, merge, render, writeProject } from '../support/fixtures';
import { programCopy } from '../support/program-copy';

/*
 * The Helm chart's derivation reads sentinel renderings back from .build/renders/ instead of
 * rendering them again. What it reads back must be what rendering gives, in a process that never
 * rendered it: the chart after a change equals the chart of a synth that rendered everything.
 */

const objectsOf = (rendered: RenderedObjects): RenderedObjects => ({ files: rendered.files, checksums: rendered.checksums });

describe('a rendering', () => {
  it('carries the text of every checksum among its objects, and of no other rendering', () => {
    const withTls = render();
    const other = render({ api: { jwtExpiry: '45m' } });
    const annotated = (r: RenderedObjects) =>
      manifests(r as never).flatMap((m: any) => {
        const annotation = m.spec?.template?.metadata?.annotations?.[CONFIG_CHECKSUM_ANNOTATION];
        return annotation ? [annotation as string] : [];
      });
    expect(annotated(withTls).length).toBeGreaterThan(0);
    for (const digest of annotated(withTls)) expect(Object.keys(withTls.checksums)).toContain(digest);
    const foreign = annotated(other).filter((digest) => !annotated(withTls).includes(digest));
    expect(foreign.length).toBeGreaterThan(0);
    for (const digest of foreign) expect(Object.keys(withTls.checksums)).not.toContain(digest);
  });
});

describe('RenderCache', () => {
  const folder = () => join(mkdtempSync(join(tmpdir(), 'datalens-renders-')), 'renders');
  const dev = environment();
  const rendered = objectsOf(render());

  it('renders an environment once and reads it back, equal, in another instance', () => {
    const at = folder();
    let renders = 0;
    const counted = () => (renders++, rendered);
    expect(new RenderCache(at, 'build-1').objectsOf(dev, counted)).toEqual(rendered);
    const again = new RenderCache(at, 'build-1').objectsOf(dev, () => {
      throw new Error('rendered again');
    });
    expect(again).toEqual(JSON.parse(JSON.stringify(rendered)));
    expect(renders).toBe(1);
  });

  it('renders again for another program, another environment, or an entry it cannot read', () => {
    const at = folder();
    new RenderCache(at, 'build-1').objectsOf(dev, () => rendered);
    let renders = 0;
    const counted = () => (renders++, rendered);
    new RenderCache(at, 'build-2').objectsOf(dev, counted);
    new RenderCache(at, 'build-1').objectsOf(environment({ api: { replicas: 3 } }), counted);
    expect(renders).toBe(2);
    for (const entry of readdirSync(at)) writeFileSync(join(at, entry), '{"files": [');
    new RenderCache(at, 'build-1').objectsOf(dev, counted);
    expect(renders).toBe(3);
  });

  it('keeps what the run used, drops the entries used longest ago past its size, and what a killed run was writing', () => {
    const at = folder();
    const small = { files: [], checksums: {} };
    const inNamespace = (namespace: string) => ({ ...dev, config: { ...dev.config, namespace } });
    const seed = new RenderCache(at, 'build-1');
    for (const namespace of ['a', 'b', 'c']) seed.objectsOf(inNamespace(namespace), () => small);
    const entries = readdirSync(at).sort();
    // entries[i] was last used i hours ago
    entries.forEach((entry, i) => utimesSync(join(at, entry), new Date(Date.now() - i * 3600_000), new Date(Date.now() - i * 3600_000)));
    const run = new RenderCache(at, 'build-1', 2 * statSync(join(at, entries[0])).size);
    run.objectsOf(inNamespace('d'), () => small);
    const added = readdirSync(at).filter((entry) => !entries.includes(entry));
    expect(added).toHaveLength(1);
    // what a run killed while writing an entry left
    writeFileSync(join(at, `.${added[0]}.synth-new-4242`), '{"files": [');
    run.prune();
    expect(readdirSync(at).sort()).toEqual([entries[0], ...added].sort());
  });
});

describe('npm run synth with renderings of earlier runs', () => {
  const root = programCopy('datalens-render-cache-');
  writeProject(root, { dev: DEV_BASE });
  const synth = () => spawnSync(process.execPath, [join(root, 'scripts', 'run.mjs'), 'main.ts'], { cwd: root, encoding: 'utf8' });
  const output = () => Object.fromEntries(['helm', 'dist'].flatMap((folder) => readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' }).filter((p) => statSync(join(root, folder, p)).isFile()).map((p) => [`${folder}/${p}`, readFileSync(join(root, folder, p), 'utf8')])));
  const renders = () => readdirSync(join(root, '.build', 'renders'));

  it('writes after a change exactly what a synth that renders everything writes, rendering no sentinel again', () => {
    expect(synth().status).toBe(0);
    const before = renders();
    expect(before.length).toBeGreaterThan(0);
    // a value the chart takes as it is: the sentinel renderings stay the same
    writeFileSync(join(root, 'environments', 'dev.yaml'), stringify(merge(DEV_BASE, { images: { api: { tag: '1.2.4' } } })));
    const run = synth();
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(renders().sort()).toEqual(before.sort());
    const reused = output();
    expect(reused['helm/values-dev.yaml']).toContain('1.2.4');

    rmSync(join(root, '.build', 'renders'), { recursive: true });
    rmSync(join(root, '.build', 'yaml-cache.json'));
    rmSync(join(root, '.build', 'last-run.json'));
    expect(synth().status).toBe(0);
    expect(output()).toEqual(reused);
  });
});
