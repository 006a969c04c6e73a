import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { gitRef } from '../../charts/flux-bootstrap-chart';
import { EnvironmentError } from '../../config/load';
import { textsOf } from '../../synth/output';
import { distFiles, layoutOf, renderAll } from '../../synth/synthesize';
import { DEV_BASE, merge, PROD_BASE, TEST_CLUSTER_FILE, writeProject } from '../support/fixtures';

/*
 * The Flux bootstrap, read from the synthesised files as Flux would read them: every Kustomization
 * applies a folder that exists with its kustomization.yaml, from a GitRepository that exists, after
 * the Kustomizations it depends on; nothing that holds data is ever pruned; clusters that keep
 * Argo CD see no change at all.
 */

type Json = Record<string, any>;

function synthesise(clusters: Record<string, Json>, environments: Record<string, Json>): Map<string, string> {
  const root = mkdtempSync(join(tmpdir(), 'datalens-flux-'));
  try {
    writeProject(root, environments, clusters);
    return textsOf(distFiles(renderAll(layoutOf(root))));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const objectsIn = (files: Map<string, string>, prefix: string): Json[] =>
  [...files].filter(([path]) => path.startsWith(prefix) && path.endsWith('.yaml') && !path.endsWith('/kustomization.yaml')).flatMap(([, text]) => parseAllDocuments(text).map((d) => d.toJS() as Json));

const clusterFile = (gitops?: string, flux?: Json) => ({ ...TEST_CLUSTER_FILE, ...(gitops ? { gitops } : {}), ...(flux ? { flux } : {}) });
const GO_DURATION = /^[0-9]+(s|m|h)$/;

describe('Flux bootstrap (gitops: flux)', () => {
  const files = synthesise(
    { fluxed: clusterFile('flux', { secretRef: 'datalens-deploy-key' }) },
    { prod: merge(PROD_BASE, { cluster: 'fluxed', argocd: { targetRevision: 'release-2.0' } }) },
  );
  const flux = objectsIn(files, 'flux/fluxed/');
  const of = (kind: string) => flux.filter((o) => o.kind === kind);

  it('writes dist/flux/<cluster>/ and no Argo CD bootstrap', () => {
    expect([...files.keys()].some((p) => p.startsWith('argocd/'))).toBe(false);
    expect(of('GitRepository').map((o) => o.metadata.name).sort()).toEqual(['datalens-fluxed', 'datalens-prod']);
    expect(of('Kustomization').map((o) => o.metadata.name).sort()).toEqual(['datalens-fluxed-priorities', 'datalens-prod']);
    expect(objectsIn(files, 'flux/fluxed/priorities/').map((o) => `${o.kind}/${o.metadata.name}`).sort()).toEqual(['PriorityClass/datalens-app', 'PriorityClass/datalens-batch', 'PriorityClass/datalens-data']);
  });

  it('sets the fields Flux requires, in the documented API versions, in the Flux namespace', () => {
    for (const repo of of('GitRepository')) {
      expect(repo.apiVersion).toBe('source.toolkit.fluxcd.io/v1');
      expect(repo.metadata.namespace).toBe('flux-system');
      expect(repo.spec.url).toMatch(/^(https|ssh):\/\//);
      expect(repo.spec.interval).toMatch(GO_DURATION);
      expect(Object.keys(repo.spec.ref)).toHaveLength(1);
      expect(repo.spec.secretRef).toEqual({ name: 'datalens-deploy-key' });
    }
    for (const kustomization of of('Kustomization')) {
      expect(kustomization.apiVersion).toBe('kustomize.toolkit.fluxcd.io/v1');
      expect(kustomization.metadata.namespace).toBe('flux-system');
      expect(kustomization.spec.interval).toMatch(GO_DURATION);
      expect(kustomization.spec.prune).toBe(true);
      expect(kustomization.spec.path).toMatch(/^\.\//);
    }
  });

  it('applies each environment folder through its kustomization.yaml, at its own revision, after the PriorityClasses', () => {
    const repos = new Map(of('GitRepository').map((o) => [o.metadata.name, o]));
    const names = new Set(of('Kustomization').map((o) => o.metadata.name));
    for (const environment of ['prod']) {
      const kustomization = of('Kustomization').find((o) => o.metadata.name === `datalens-${environment}`)!;
      expect(kustomization.spec.path).toBe(`./dist/${environment}`);
      expect(files.has(`${environment}/kustomization.yaml`)).toBe(true);
      expect(repos.has(kustomization.spec.sourceRef.name)).toBe(true);
      for (const dependency of kustomization.spec.dependsOn) expect(names.has(dependency.name)).toBe(true);
      expect(kustomization.spec.dependsOn).toEqual([{ name: 'datalens-fluxed-priorities' }]);
    }
    expect(repos.get('datalens-prod')!.spec.ref).toEqual({ branch: 'release-2.0' });
    const priorities = of('Kustomization').find((o) => o.metadata.name === 'datalens-fluxed-priorities')!;
    expect([...files.keys()].some((p) => `./dist/${p}`.startsWith(`${priorities.spec.path}/`))).toBe(true);
  });

  it('never prunes what holds data or keeps it recoverable: exactly the objects Argo CD keeps', () => {
    const objects = objectsIn(files, 'prod/');
    const keptByArgo = objects.filter((o) => o.metadata.annotations?.['argocd.argoproj.io/sync-options']?.includes('Prune=false')).map((o) => `${o.kind}/${o.metadata.name}`);
    const keptByFlux = objects.filter((o) => o.metadata.annotations?.['kustomize.toolkit.fluxcd.io/prune'] === 'disabled').map((o) => `${o.kind}/${o.metadata.name}`);
    expect(keptByFlux).toEqual(keptByArgo);
    for (const kind of ['Namespace', 'Cluster', 'StatefulSet']) expect(keptByFlux.some((id) => id.startsWith(`${kind}/`))).toBe(true);
  });

  it('lets Flux replace Jobs (their pod template is immutable), never StatefulSets', () => {
    const objects = objectsIn(files, 'prod/');
    const forced = objects.filter((o) => o.metadata.annotations?.['kustomize.toolkit.fluxcd.io/force'] === 'enabled').map((o) => o.kind);
    expect(forced.length).toBeGreaterThan(0);
    expect(new Set(forced)).toEqual(new Set(['Job']));
  });
});

describe('gitops per cluster', () => {
  it('keeps an Argo CD cluster exactly as it was: no Flux folder, no Flux annotation', () => {
    const files = synthesise({ classic: clusterFile() }, { dev: merge(DEV_BASE, { cluster: 'classic' }) });
    expect([...files.keys()].filter((p) => p.startsWith('flux/'))).toEqual([]);
    expect([...files.values()].some((text) => text.includes('kustomize.toolkit.fluxcd.io'))).toBe(false);
    expect([...files.keys()].some((p) => p.startsWith('argocd/classic/'))).toBe(true);
  });

  it('writes both bootstraps for gitops: both', () => {
    const files = synthesise({ moving: clusterFile('both') }, { dev: merge(DEV_BASE, { cluster: 'moving' }) });
    expect([...files.keys()].some((p) => p.startsWith('argocd/moving/'))).toBe(true);
    expect([...files.keys()].some((p) => p.startsWith('flux/moving/'))).toBe(true);
  });

  it('refuses an unknown tool or a bad interval with file, line and field', () => {
    const refusal = (cluster: Json) => {
      try {
        synthesise({ odd: cluster }, { dev: merge(DEV_BASE, { cluster: 'odd' }) });
      } catch (error) {
        expect(error).toBeInstanceOf(EnvironmentError);
        return (error as Error).message;
      }
      throw new Error('expected a refusal');
    };
    expect(refusal(clusterFile('fluxcd'))).toMatch(/clusters\/odd\.yaml:\d+:\d+: gitops: expected one of "argocd", "flux", "both", got "fluxcd"/);
    expect(refusal(clusterFile('flux', { interval: '1d' }))).toMatch(/clusters\/odd\.yaml:\d+:\d+: flux\.interval: expected a duration Flux reads, such as 30s, 5m or 1h/);
  });

  it('refuses an environment named flux, whose folder would hold the Flux objects', () => {
    expect(() => synthesise({ c: clusterFile() }, { flux: merge(DEV_BASE, { cluster: 'c' }) })).toThrow(/environments\/flux\.yaml:1:1: file name: expected another environment name, got flux, the folder dist\/flux that holds the Flux objects/);
  });
});

describe('gitRef', () => {
  it.each([
    ['main', { branch: 'main' }],
    ['release-2.0', { branch: 'release-2.0' }],
    ['refs/tags/v2.0.0', { name: 'refs/tags/v2.0.0' }],
    ['0123456789abcdef0123456789abcdef01234567', { commit: '0123456789abcdef0123456789abcdef01234567' }],
  ])('%s', (revision, ref) => expect(gitRef(revision)).toEqual(ref));
});
