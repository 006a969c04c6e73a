import { join } from 'node:path';
import { loadEnvironments } from '../config/load';
import { renderArgocd, renderEnvironment } from '../synth/render';
import { CUSTOM_GROUPS, modelOf } from './support/kube-schemas';

/*
 * Every synthesised object validates against the official Kubernetes OpenAPI schema
 * (kubernetes-models) or the schema of its CRD at the pinned operator version (imports/validators,
 * generated from the same CRD files as the constructs).
 */

/** Built-in API versions this project emits; each is served, and not deprecated, from Kubernetes 1.29 to 1.36. */
const STABLE_BUILT_IN = new Set(['v1', 'apps/v1', 'batch/v1', 'networking.k8s.io/v1', 'policy/v1', 'autoscaling/v2', 'rbac.authorization.k8s.io/v1', 'scheduling.k8s.io/v1']);
const environments = loadEnvironments(join(__dirname, '..', 'environments')).map(renderEnvironment);

describe.each(environments.map((r) => [r.environment.name, r] as const))('objects of %s', (_name, rendered) => {
  const all = rendered.files.flatMap((f) => f.manifests);

  it('use only API versions served from Kubernetes 1.29 to 1.36, or CRDs the project imports', () => {
    const unknown = all.filter((m) => !STABLE_BUILT_IN.has(m.apiVersion) && !CUSTOM_GROUPS.has(m.apiVersion.split('/')[0]));
    expect(unknown.map((m) => `${m.apiVersion} ${m.kind}`)).toEqual([]);
  });

  it.each(all.map((m) => [`${m.kind}/${m.metadata.name}`, m] as const))('%s validates against its schema', (_id, manifest) => {
    const Model = modelOf(manifest);
    expect(() => new Model(manifest).validate()).not.toThrow();
  });
});

describe('Argo CD objects', () => {
  it.each(renderArgocd(environments).map((f) => [f.file, f.manifests[0]] as const))('%s validates against the Argo CD CRD schema', (_file, manifest) => {
    const Model = modelOf(manifest);
    expect(() => new Model(manifest).validate()).not.toThrow();
  });
});

describe('the validators', () => {
  it('reject an invalid object, so a passing validation means something', () => {
    const Deployment = modelOf({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'x' } });
    expect(() => new Deployment({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'x' }, spec: { replicas: 'two' } }).validate()).toThrow();
    const Cluster = modelOf({ apiVersion: 'postgresql.cnpg.io/v1', kind: 'Cluster', metadata: { name: 'x' } });
    expect(() => new Cluster({ apiVersion: 'postgresql.cnpg.io/v1', kind: 'Cluster', metadata: { name: 'x' }, spec: { instances: 'three' } }).validate()).toThrow();
  });
});
