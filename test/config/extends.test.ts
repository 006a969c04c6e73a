import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument, stringify } from 'yaml';
import { EnvironmentError, loadEnvironments } from '../../config/load';
import { renderEnvironment } from '../../synth/render';
import { toYamlDocuments } from '../../synth/output';
import { DEV_BASE, merge, PROD_BASE, writeProject } from '../support/fixtures';

const REPO = join(__dirname, '..', '..');

/** A checkout holding the shipped clusters (without previews, which name shipped environments) and `environments` (name → file text). */
function checkout(environments: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'extends-'));
  cpSync(join(REPO, 'clusters'), join(root, 'clusters'), { recursive: true });
  for (const file of readdirSync(join(root, 'clusters')).filter((f) => f.endsWith('.yaml'))) {
    const doc = parseDocument(readFileSync(join(root, 'clusters', file), 'utf8'));
    if (doc.hasIn(['argocd', 'previews'])) doc.deleteIn(['argocd', 'previews']);
    writeFileSync(join(root, 'clusters', file), doc.toString());
  }
  writeProject(root, {});
  for (const [name, text] of Object.entries(environments)) writeFileSync(join(root, 'environments', `${name}.yaml`), text);
  return root;
}

/** The environments of a checkout, messages naming files as from inside it. */
function load(root: string) {
  const cwd = jest.spyOn(process, 'cwd').mockReturnValue(root);
  try {
    return loadEnvironments(join(root, 'environments'), join(root, 'clusters'), root);
  } finally {
    cwd.mockRestore();
  }
}

function problemsOf(root: string): string[] {
  try {
    load(root);
  } catch (error) {
    if (error instanceof EnvironmentError) return [...error.problems];
    throw error;
  }
  throw new Error('expected problems');
}

/** Every synthesised file of an environment, as the bytes dist/ would hold. */
function distOf(root: string, name: string): Record<string, string> {
  const environment = load(root).find((e) => e.name === name)!;
  return Object.fromEntries(renderEnvironment(environment).files.map((f) => [f.file, toYamlDocuments(f.manifests)]));
}

const lineOf = (text: string, fragment: string) => text.split('\n').findIndex((l) => l.includes(fragment)) + 1;

describe('extends', () => {
  const staging = readFileSync(join(REPO, 'environments', 'staging.yaml'), 'utf8');
  const FIVE_CHANGES: [string[], unknown][] = [
    [['namespace'], 'datalens-qa'],
    [['domain'], 'qa.datalens.in'],
    [['cors', 'allowedOrigins'], ['https://cc.qa.datalens.in', 'https://admin.qa.datalens.in', 'https://portal.qa.datalens.in']],
    [['fromEmail'], 'no-reply@qa.datalens.in'],
    [['images', 'api', 'tag'], '2.0.1'],
  ];
  const QA = [
    'extends: staging',
    'namespace: datalens-qa',
    'domain: qa.datalens.in',
    'cors: { allowedOrigins: [https://cc.qa.datalens.in, https://admin.qa.datalens.in, https://portal.qa.datalens.in] }',
    'fromEmail: no-reply@qa.datalens.in',
    'images: { api: { tag: 2.0.1 } }',
    '',
  ].join('\n');

  it('writes an environment five values apart from another in about five lines, and synthesises the same objects as its full copy', () => {
    const copy = parseDocument(staging);
    for (const [path, value] of FIVE_CHANGES) copy.setIn(path, copy.createNode(value));
    const full = distOf(checkout({ staging, qa: copy.toString() }), 'qa');
    const extending = distOf(checkout({ staging, qa: QA }), 'qa');
    expect(QA.trim().split('\n').length).toBeLessThanOrEqual(6);
    expect(Object.keys(extending)).toEqual(Object.keys(full));
    for (const file of Object.keys(full)) expect(extending[file]).toBe(full[file]);
    // the five values really took effect, and the child's identities are its own
    expect(extending.namespace).toContain('name: datalens-qa');
    expect(extending['datalens-api']).toContain('ghcr.io/datalens/datalens-api:2.0.1');
    expect(Object.values(extending).join('\n')).toContain('key: datalens/qa/');
    expect(Object.values(extending).join('\n')).not.toContain('datalens/staging/');
  });

  it('never inherits the backup serverName, secret key prefix or S3 bucket a parent sets: the child derives its own', () => {
    const parent = stringify(merge(PROD_BASE, { secrets: { keyPrefix: 'datalens/parent' }, data: { postgres: { backup: { serverName: 'parent-2' } }, objectStore: { bucket: 'parent-evidence' } } }));
    const [child] = load(checkout({ parent, child: 'extends: parent\nnamespace: datalens-child\ndomain: child.example.com\n' }));
    expect(child.name).toBe('child');
    const pg = child.config.data.postgres as { backup?: { serverName?: string } };
    expect([(child.config.secrets as { keyPrefix?: string }).keyPrefix, (child.config.data.objectStore as { bucket?: string }).bucket, pg.backup?.serverName]).toEqual([undefined, undefined, undefined]);
    const all = Object.values(distOf(checkout({ parent, child: 'extends: parent\nnamespace: datalens-child\ndomain: child.example.com\n' }), 'child')).join('\n');
    expect(all).toContain('key: datalens/child/');
    expect(all).toContain('value: datalens-child-evidence');
    expect(all).toMatch(/serverName: child\n/);
    // set in the child's own file, they are its own
    const [own] = load(checkout({ parent, child: 'extends: parent\nnamespace: datalens-child\ndomain: child.example.com\nsecrets: { keyPrefix: datalens/mine }\n' }));
    expect((own.config.secrets as { keyPrefix?: string }).keyPrefix).toBe('datalens/mine');
  });

  it('derives the backup serverName, secret key prefix and S3 bucket from the extending environment\'s name', () => {
    const prodLike = stringify(merge(PROD_BASE, { secrets: { keyPrefix: undefined }, data: { objectStore: { bucket: undefined } } }));
    const all = Object.values(distOf(checkout({ prod: prodLike, 'prod-eu': 'extends: prod\nnamespace: datalens-prod-eu\ndomain: eu.example.com\n' }), 'prod-eu')).join('\n');
    expect(all).toContain('key: datalens/prod-eu/');
    expect(all).toContain('value: datalens-prod-eu-evidence');
    expect(all).toMatch(/serverName: prod-eu\n/);
  });

  it('merges mappings, replaces lists, removes keys set to null and replaces a block that switches mode', () => {
    const base = stringify(merge(PROD_BASE, { tier: 'staging', secrets: { keyPrefix: undefined }, data: { objectStore: { bucket: undefined } } }));
    const child = [
      'extends: base',
      'namespace: datalens-child',
      'domain: child.example.com',
      'api: { replicas: 4 }',
      'cors: { allowedOrigins: [https://cc.child.example.com] }',
      'data:',
      '  postgres: { backup: null, instances: 2 }',
      '  redis: { mode: statefulset }',
      '',
    ].join('\n');
    const [, merged] = load(checkout({ base: base.replace(/cluster: .*/, 'cluster: eks-staging'), child: child })).sort((a, b) => a.name.localeCompare(b.name));
    expect(merged.name).toBe('child');
    expect(merged.config.api.replicas).toBe(4);
    expect(merged.config.api.autoscaling).toEqual({ minReplicas: 3, maxReplicas: 6, targetCpuUtilization: 70 });
    expect(merged.config.cors.allowedOrigins).toEqual(['https://cc.child.example.com']);
    expect(merged.config.data.postgres).toMatchObject({ mode: 'cloudnative-pg', instances: 2 });
    expect((merged.config.data.postgres as { backup?: unknown }).backup).toBeUndefined();
    // the external Redis's host and urlSecret do not leak into the in-cluster one
    expect(merged.config.data.redis).toMatchObject({ mode: 'statefulset' });
    expect(merged.config.data.redis).not.toHaveProperty('host');
  });

  it('follows chains', () => {
    const base = stringify(merge(DEV_BASE, { cluster: 'kind' }));
    const [a, b, c] = load(checkout({ a: base, b: 'extends: a\nnamespace: b\ndomain: b.example.com\napi: { replicas: 3 }\n', c: 'extends: b\nnamespace: c\ndomain: c.example.com\n' }));
    expect([a.name, b.name, c.name]).toEqual(['a', 'b', 'c']);
    expect(c.config.api.replicas).toBe(3);
    expect(c.config.namespace).toBe('c');
  });

  it('names the file and line a value came from: the child\'s when it set it, else the parent\'s', () => {
    const base = stringify(merge(DEV_BASE, { cluster: 'kind', tier: 'staging', secrets: { provider: 'external-secrets', storeName: 'vault' }, internalTls: { caIssuer: { name: 'platform-internal-ca' } }, data: { mail: { mode: 'relay', host: 'smtp.example.com' } } }));
    expect(problemsOf(checkout({ base, child: 'extends: base\nnamespace: child\ndomain: child.example.com\napi: { replicas: zero }\n' }))).toEqual([
      'environments/child.yaml:4:8: api.replicas: expected number, got "zero"',
    ]);
    const child = 'extends: base\nnamespace: child\ndomain: child.example.com\napi: { replicas: 1 }\ntier: prod\n';
    const problems = problemsOf(checkout({ base, child }));
    expect(problems).toContain('environments/child.yaml:4:8: api.replicas: expected at least 2 API replicas in a prod environment, got 1');
    // a rule the child breaks with an inherited value points at the parent's line, and says who inherited it
    expect(problems).toContainEqual(
      expect.stringMatching(new RegExp(`^environments/base\\.yaml:${lineOf(base, 'mode: statefulset')}:\\d+: data\\.postgres\\.mode: expected cloudnative-pg or external in a prod environment, got "statefulset" \\(inherited by environments/child\\.yaml through extends\\)$`)),
    );
    expect(problems.every((p) => !p.startsWith('environments/base.yaml') || p.includes('inherited by'))).toBe(true);
  });

  it('reports a problem of the parent once, on the parent', () => {
    const base = stringify(merge(DEV_BASE, { cluster: 'kind', api: { replicas: 0 } }));
    expect(problemsOf(checkout({ base, child: 'extends: base\nnamespace: child\ndomain: child.example.com\n' }))).toEqual([
      `environments/base.yaml:${lineOf(base, 'replicas: 0')}:3: api.replicas: expected a value >= 1, got 0`,
    ]);
  });

  it('refuses an unknown parent, a cycle and a parent that is not a name, naming file and line', () => {
    const base = stringify(merge(DEV_BASE, { cluster: 'kind' }));
    expect(problemsOf(checkout({ base, child: 'namespace: child\nextends: staging\n' }))).toEqual([
      'environments/child.yaml:2:1: extends: expected the name of another environment in environments/ (base), got "staging"',
    ]);
    expect(problemsOf(checkout({ a: 'extends: b\n', b: 'extends: a\n', self: 'extends: self\n' }))).toEqual([
      'environments/a.yaml:1:1: extends: expected a chain of environments that ends, got "b", which leads back: a -> b -> a',
      'environments/b.yaml:1:1: extends: expected a chain of environments that ends, got "a", which leads back: b -> a -> b',
      'environments/self.yaml:1:1: extends: expected a chain of environments that ends, got "self", which leads back: self -> self',
    ]);
    expect(problemsOf(checkout({ base, child: 'extends: [base]\n' }))).toEqual([
      'environments/child.yaml:1:1: extends: expected the name of another environment in environments/ (base), got ["base"]',
    ]);
  });

  it('refuses a child that inherits identities it must not share (namespace on the same cluster)', () => {
    const base = stringify(merge(DEV_BASE, { cluster: 'kind' }));
    const problems = problemsOf(checkout({ base, child: 'extends: base\ndomain: child.example.com\n' }));
    expect(problems).toEqual([
      expect.stringMatching(
        /^environments\/base\.yaml:\d+:\d+: namespace: expected a namespace of its own, got "datalens-test" on cluster kind, which environments\/base\.yaml:\d+:\d+ \(base\) uses too: both would own the same objects \(inherited by environments\/child\.yaml through extends\)$/,
      ),
    ]);
  });
});
