import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { executeTemplate } from '../support/go-model';
import { helm } from '../support/helm';
import { schemaProblem } from '../support/kube-schemas';
import { layerTool } from '../support/layer-tools';
import { DIST, objectsOnDisk, parseYaml11, ROOT, type Json } from '../support/on-disk';
import type { Manifest } from '../../synth/manifest';

/*
 * Preview environments as Argo CD meets them, read back from dist/: the ApplicationSet validates
 * against the CRD; its Go template, executed by a real Go text/template engine (Helm's, with
 * missingkey=error as `helm lint --strict` runs it) over the parameters the pull request generator
 * gives, yields an Application; that Application's chart source, rendered by the real Helm with
 * its values file and valuesObject, and its kustomize source, built by the real kubectl, yield
 * objects that its AppProject admits, in the preview's namespace only, with identities apart
 * from the base environment's. And the project refuses every object of the base environment.
 */

const applicationSets = objectsOnDisk('argocd', ['ApplicationSet']);
const projects = new Map(objectsOnDisk('argocd', ['AppProject']).map(({ object }) => [object.metadata.name, object]));

/** The parameters Argo CD's GitHub pull request generator gives a pull request (all strings but labels). */
function pullRequest(number: number): Json {
  const sha = (number * 7919).toString(16).padStart(40, 'c');
  return {
    number: String(number),
    title: `Preview ${number}`,
    branch: `feature/${number}`,
    branch_slug: `feature-${number}`,
    target_branch: 'main',
    target_branch_slug: 'main',
    head_sha: sha,
    head_short_sha: sha.slice(0, 8),
    head_short_sha_7: sha.slice(0, 7),
    author: 'someone',
    labels: ['preview'],
  };
}

const scratch = mkdtempSync(join(tmpdir(), 'datalens-previews-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/**
 * The Application Argo CD makes of the template for a pull request: with goTemplate, every string
 * of the template is executed as a Go text/template over the generator's parameters, with
 * missingkey=error (test/support/go-model.ts: a parameter that is not there fails).
 */
function render(template: Json, parameters: Json): Json {
  const strings = Object.fromEntries(Object.entries(parameters).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return executeTemplate(value, strings);
    if (Array.isArray(value)) return value.map(walk);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [walk(k) as string, walk(v)]));
    return value;
  };
  return { apiVersion: 'argoproj.io/v1alpha1', kind: 'Application', ...(walk(template) as Json) };
}

/** The objects `helm template` renders for an Application's Helm source, as Argo CD runs it. */
function helmObjects(application: Json): Json[] {
  const source = application.spec.sources.find((s: Json) => s.helm);
  expect(source.path).toBe('helm');
  const overrides = join(scratch, `values-${application.metadata.name}.yaml`);
  writeFileSync(overrides, stringify(source.helm.valuesObject));
  const files = source.helm.valueFiles.flatMap((file: string) => ['-f', join(ROOT, source.path, file)]);
  // Argo CD: helm template <path> --name-template <releaseName> --namespace <destination> -f <valueFiles>... -f <valuesObject>
  const text = helm(['template', source.helm.releaseName, join(ROOT, source.path), ...files, '-f', overrides, '--namespace', application.spec.destination.namespace]);
  return parseYaml11(text, `helm template ${application.metadata.name}`);
}

/** The objects kubectl's kustomize builds for an Application's kustomize source, after Argo CD's `kustomize edit set namespace`. */
function kustomizeObjects(application: Json): Json[] {
  const source = application.spec.sources.find((s: Json) => s.kustomize);
  const folder = mkdtempSync(join(scratch, 'kustomize-'));
  cpSync(join(ROOT, source.path), folder, { recursive: true });
  const kustomization = join(folder, 'kustomization.yaml');
  writeFileSync(kustomization, `${readFileSync(kustomization, 'utf8')}namespace: ${source.kustomize.namespace}\n`);
  const run = spawnSync(layerTool('kubectl/kubectl'), ['kustomize', folder], { encoding: 'utf8', env: { KUBECONFIG: '/dev/null', HOME: folder } });
  expect(run.stderr).toBe('');
  return parseYaml11(run.stdout, `kubectl kustomize ${source.path}`);
}

/** Go's filepath.Match for the patterns projects use: `*` matches any run of characters but '/'. */
const globMatches = (pattern: string, value: string) =>
  new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`).test(value);

const CLUSTER_SCOPED = new Set(['Namespace', 'PriorityClass', 'ClusterRole', 'ClusterRoleBinding', 'CustomResourceDefinition']);
const groupOf = (object: Json) => (object.apiVersion.includes('/') ? object.apiVersion.split('/')[0] : '');

/** Why Argo CD's project check refuses an object synced to `destination`, or undefined when it admits it. */
function projectRefusal(project: Json, destination: { server: string; namespace: string }, object: Json): string | undefined {
  const id = `${object.kind}/${object.metadata.name}`;
  const group = groupOf(object);
  if (CLUSTER_SCOPED.has(object.kind)) {
    const allowed = (project.spec.clusterResourceWhitelist ?? []).some((r: Json) => r.group === group && r.kind === object.kind && (r.name === undefined || globMatches(r.name, object.metadata.name)));
    return allowed ? undefined : `${id}: cluster-scoped, not in the whitelist`;
  }
  if (!(project.spec.namespaceResourceWhitelist ?? []).some((r: Json) => r.group === group && r.kind === object.kind)) return `${id}: kind not in the whitelist`;
  const namespace = object.metadata.namespace ?? destination.namespace;
  const permitted = project.spec.destinations.some((d: Json) => d.server === destination.server && globMatches(d.namespace, namespace));
  return permitted ? undefined : `${id}: namespace ${namespace} is not a destination`;
}

it('the shipped clusters have previews somewhere, so the tests below read a real ApplicationSet', () => {
  expect(applicationSets.map((a) => a.file)).toEqual(['dist/argocd/eks-staging/applications/applicationset-datalens-eks-staging-previews.yaml']);
});

describe.each(applicationSets.map(({ file, object }) => [file, object] as const))('%s', (_file, applicationSet) => {
  const templateApplication = () => applicationSet.spec.template;
  const project = () => projects.get(templateApplication().spec.project)!;
  const rendered = new Map<number, Json>();
  const application = (number: number) => {
    if (!rendered.has(number)) rendered.set(number, render(templateApplication(), pullRequest(number)));
    return rendered.get(number)!;
  };
  const base = applicationSet.spec.template.spec.sources.find((s: Json) => s.helm).helm.valueFiles[0].replace(/^values-(.*)\.yaml$/, '$1');
  const baseObjects = objectsOnDisk(base).map((o) => o.object);
  const baseNamespace = baseObjects.find((o) => o.kind === 'Namespace')!.metadata.name;

  it("is admitted by the cluster's root project, beside the Applications", () => {
    const root = [...projects.values()].find((p) => p.metadata.name.endsWith('-bootstrap') && p.metadata.labels['datalens.io/cluster'] === applicationSet.metadata.labels['datalens.io/cluster'])!;
    const destination = { server: 'https://kubernetes.default.svc', namespace: applicationSet.metadata.namespace };
    expect(projectRefusal(root, destination, applicationSet)).toBeUndefined();
    expect(projectRefusal(root, destination, project())).toBeUndefined();
  });

  it('validates against the ApplicationSet CRD of Argo CD v3.5.1, as does its project', () => {
    expect(schemaProblem(applicationSet as Manifest)).toBeUndefined();
    expect(schemaProblem(project() as Manifest)).toBeUndefined();
  });

  it('asks GitHub for labelled pull requests only, with a token, and deletes what a closed one left', () => {
    const { pullRequest: generator } = applicationSet.spec.generators[0];
    expect(generator.github.labels.length).toBeGreaterThan(0);
    expect(generator.github.tokenRef.secretName).toBeTruthy();
    expect(applicationSet.spec.goTemplate).toBe(true);
    expect(applicationSet.spec.goTemplateOptions).toEqual(['missingkey=error']);
    expect(applicationSet.spec.syncPolicy?.applicationsSync ?? 'sync').toBe('sync');
    expect(templateApplication().metadata.finalizers).toEqual(['resources-finalizer.argocd.argoproj.io']);
  });

  it('renders, with missingkey=error, an Application that validates against the CRD, for any pull request', () => {
    // a parameter the generator did not give fails the render instead of leaving it empty
    const { head_sha: _dropped, ...partial } = pullRequest(42);
    expect(() => render(templateApplication(), partial)).toThrow(/no value \.head_sha/);
    for (const number of [1, 42, 999999]) {
      const app = application(number);
      expect(schemaProblem(app as Manifest)).toBeUndefined();
      expect(app.metadata.name).toBe(`datalens-pr-${number}`);
      expect(app.spec.destination.namespace).toBe(`datalens-pr-${number}`);
      expect(JSON.stringify(app)).not.toContain('{{');
    }
  });

  it("deploys the pull request's own chart and values, and the Namespace from the reviewed branch", () => {
    const app = application(42);
    const [chartSource, namespaceSource] = app.spec.sources;
    expect(chartSource.targetRevision).toBe(pullRequest(42).head_sha);
    expect(namespaceSource.targetRevision).not.toBe(pullRequest(42).head_sha);
    expect(app.spec.syncPolicy.syncOptions).toContain('CreateNamespace=false');
  });

  describe('the objects of a preview, rendered by helm and kustomize', () => {
    const objects = (number: number) => [...kustomizeObjects(application(number)), ...helmObjects(application(number))];
    let preview42: Json[];
    let preview43: Json[];
    beforeAll(() => {
      preview42 = objects(42);
      preview43 = objects(43);
    });

    it('are all in the preview namespace, which is one of them (so closing the pull request deletes everything)', () => {
      const namespaces = preview42.filter((o) => o.kind === 'Namespace');
      expect(namespaces.map((n) => n.metadata.name)).toEqual(['datalens-pr-42']);
      // deletable: no Delete=false on the Namespace, and Pod Security as the environments' namespaces have it
      expect(namespaces[0].metadata.annotations?.['argocd.argoproj.io/sync-options'] ?? '').not.toMatch(/Delete=false/);
      expect(namespaces[0].metadata.labels['pod-security.kubernetes.io/enforce']).toBe('restricted');
      for (const object of preview42.filter((o) => o.kind !== 'Namespace')) expect(`${object.kind}/${object.metadata.name} ${object.metadata.namespace}`).toBe(`${object.kind}/${object.metadata.name} datalens-pr-42`);
      // service DNS names, selectors, dashboards: nothing points at the base environment's namespace
      expect(JSON.stringify(preview42)).not.toMatch(new RegExp(`${baseNamespace}(?![-a-z0-9])`));
    });

    it('are all admitted by the project, and the project admits no object of the base environment', () => {
      const app = application(42);
      const refusals = preview42.map((o) => projectRefusal(project(), app.spec.destination, o)).filter(Boolean);
      expect(refusals).toEqual([]);
      const baseDestination = { server: app.spec.destination.server, namespace: baseNamespace };
      const admitted = baseObjects.filter((o) => projectRefusal(project(), baseDestination, o) === undefined).map((o) => `${o.kind}/${o.metadata.name}`);
      expect(admitted).toEqual([]);
    });

    /** What a preview reaches outside its namespace: hosts, secret keys, archive, buckets, roles. */
    function identities(objects: Json[]): Record<string, string[]> {
      const of = (kind: string, pick: (o: Json) => unknown[]) => objects.filter((o) => o.kind === kind).flatMap(pick).map(String).sort();
      return {
        hosts: of('HTTPRoute', (o) => o.spec.hostnames ?? []),
        secretKeys: of('ExternalSecret', (o) => [...(o.spec.data ?? []).map((d: Json) => d.remoteRef.key), ...(o.spec.dataFrom ?? []).map((d: Json) => d.extract?.key)]),
        archives: of('ObjectStore', (o) => [o.spec.configuration.destinationPath]),
        roles: of('Cluster', (o) => [o.spec.serviceAccountTemplate?.metadata?.annotations?.['eks.amazonaws.com/role-arn']]).filter((r) => r !== 'undefined'),
        mirrors: objects.filter((o) => o.kind === 'ConfigMap' && o.data?.['mirror.sh']).map((o) => o.data['mirror.sh'].match(/[a-z0-9.-]+-aps2|s3:\/\/[^\s"]+/g)?.join(' ') ?? ''),
      };
    }

    it("share no identity with the base environment, and previews of two pull requests share no host or archive", () => {
      const own = identities(preview42);
      const other = identities(preview43);
      const baseIds = identities(baseObjects);
      for (const [what, values] of Object.entries(own)) {
        // each kind the base has, the preview has as many of its own (the shipped base has every kind)
        expect([what, values.length]).toEqual([what, baseIds[what].length]);
        expect([what, values.length > 0]).toEqual([what, true]);
        for (const value of values) expect([what, baseIds[what]]).not.toEqual([what, expect.arrayContaining([value])]);
      }
      expect(own.secretKeys.every((key) => !key.startsWith(`datalens/${base}/`))).toBe(true);
      for (const what of ['hosts', 'archives'])
        for (const value of own[what]) expect([what, other[what]]).not.toEqual([what, expect.arrayContaining([value])]);
      expect(own.hosts).toContain('cc.pr-42.preview.staging.datalens.in');
    });
  });
});

it('the preview Namespace folder is read by the kustomization beside it, and nothing else is there', () => {
  for (const { file } of objectsOnDisk('argocd', ['Namespace'])) {
    const folder = join(DIST, '..', file, '..');
    const listed = parseYaml11(readFileSync(join(folder, 'kustomization.yaml'), 'utf8'), 'kustomization')[0].resources;
    expect(listed).toEqual([file.split('/').pop()]);
  }
});
