import { existsSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { EnvironmentError } from '../../config/load';
import { distFiles, layoutOf, renderAll, synthesize } from '../../synth/synthesize';
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

  it('puts back the previous dist/ when a run was killed between its two renames', () => {
    const { root, layout } = project({ dev: DEV_BASE });
    const before = snapshotOf(join(root, 'dist'));
    renameSync(join(root, 'dist'), join(root, '.dist.previous'));
    writeFileSync(join(root, 'environments', 'dev.yaml'), 'tier: [\n');
    expect(() => synthesize(layout)).toThrow(EnvironmentError);
    // a failing run does not touch the disk at all; the next good one recovers first
    expect(existsSync(join(root, 'dist'))).toBe(false);
    writeFileSync(join(root, 'environments', 'dev.yaml'), stringify(DEV_BASE));
    synthesize(layout);
    expect(snapshotOf(join(root, 'dist'))).toEqual(before);
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
    expect(() => synthesize(layout)).toThrow('environments/argocd.yaml: file name: dist/argocd holds the Argo CD objects; expected another environment name');
  });

  it('is deterministic: the same input gives the same bytes', () => {
    const { layout } = project({ dev: DEV_BASE });
    expect([...distFiles(renderAll(layout))]).toEqual([...distFiles(renderAll(layout))]);
  });
});
