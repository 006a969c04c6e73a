import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { EnvironmentError, loadEnvironments, parseEnvironment } from '../../config/load';
import { DEV_BASE, merge, PROD_BASE, TEST_CLUSTER_FILE, writeProject } from '../support/fixtures';

function problemsOf(file: string, text: string): string[] {
  const result = parseEnvironment(file, text);
  if (!('problems' in result)) throw new Error(`expected problems in ${file}`);
  return result.problems;
}

const yamlOf = (tree: Record<string, unknown>) => stringify(tree);

describe('parseEnvironment', () => {
  it('accepts the base environment and fills defaults', () => {
    const result = parseEnvironment('environments/dev.yaml', yamlOf(DEV_BASE));
    if (!('environment' in result)) throw new Error(result.problems.join('\n'));
    expect(result.environment.name).toBe('dev');
    expect(result.environment.config.api.replicas).toBe(2);
    expect(result.environment.config.data.nats.replicas).toBe(1);
    expect(result.environment.config.monitoring.namespace).toBe('monitoring');
  });

  it('names file, line, field, value and expectation for an unknown key', () => {
    const text = 'tier: dev\nnamespace: x\nreplicaz: 3\n';
    expect(problemsOf('environments/dev.yaml', text)).toContain(
      'environments/dev.yaml:3:1: replicaz: unknown key "replicaz"; expected only the keys the schema defines (see environments/environment.schema.json)',
    );
  });

  it('reports a wrong type with its line', () => {
    const text = yamlOf(merge(DEV_BASE, { api: { replicas: 'two' } }));
    const line = text.split('\n').findIndex((l) => l.includes('replicas: two')) + 1;
    expect(problemsOf('environments/dev.yaml', text)).toEqual([`environments/dev.yaml:${line}:3: api.replicas: expected number, got "two"`]);
  });

  it('refuses the latest tag', () => {
    const text = yamlOf(merge(DEV_BASE, { images: { api: { repository: 'r/api', tag: 'latest' } } }));
    expect(problemsOf('environments/dev.yaml', text)).toEqual([
      expect.stringMatching(/^environments\/dev\.yaml:\d+:\d+: images\.api\.tag: expected an explicit version tag, not 'latest', got "latest"$/),
    ]);
  });

  it('refuses an image without tag or digest', () => {
    const text = yamlOf(merge(DEV_BASE, { images: { api: { repository: 'r/api', tag: undefined } } }));
    expect(problemsOf('environments/dev.yaml', text)).toEqual([
      expect.stringMatching(/^environments\/dev\.yaml:\d+:\d+: images\.api\.tag: expected an explicit tag or digest for the image, got nothing$/),
    ]);
  });

  it('refuses replicas below 1', () => {
    const text = yamlOf(merge(DEV_BASE, { frontend: { replicas: 0 } }));
    expect(problemsOf('environments/dev.yaml', text)).toEqual([expect.stringMatching(/ frontend\.replicas: expected a value >= 1, got 0$/)]);
  });

  it('refuses a single API replica in prod', () => {
    const text = yamlOf(merge(PROD_BASE, { api: { replicas: 1, autoscaling: undefined } }));
    expect(problemsOf('environments/prod.yaml', text)).toEqual([
      expect.stringMatching(/^environments\/prod\.yaml:\d+:\d+: api\.replicas: expected at least 2 API replicas in a prod environment, got 1$/),
    ]);
  });

  it('refuses an invalid DNS name', () => {
    const text = yamlOf(merge(DEV_BASE, { domain: 'Not_A.Domain' }));
    expect(problemsOf('environments/dev.yaml', text)).toEqual([
      "environments/dev.yaml:4:1: domain: expected a domain: a DNS name (lower-case labels separated by '.'), got \"Not_A.Domain\"",
    ]);
  });

  it('reports malformed YAML with its position', () => {
    expect(problemsOf('environments/dev.yaml', 'tier: dev\nnamespace: [a,\n')).toEqual([expect.stringMatching(/^environments\/dev\.yaml:\d+:\d+: malformed YAML: /)]);
  });

  it('refuses a duplicated key as malformed YAML', () => {
    expect(problemsOf('environments/dev.yaml', 'tier: dev\ntier: prod\n')).toEqual([
      expect.stringMatching(/^environments\/dev\.yaml:2:1: malformed YAML: Map keys must be unique/),
    ]);
  });

  it('refuses a file name that is not a DNS label', () => {
    expect(problemsOf('environments/Prod_1.yaml', yamlOf(DEV_BASE))).toEqual([
      'environments/Prod_1.yaml:1:1: file name: expected <environment>.yaml with a DNS label as name, got Prod_1.yaml',
    ]);
  });

  it('refuses placeholder secrets outside dev', () => {
    const text = yamlOf(merge(PROD_BASE, { secrets: { provider: 'placeholder', storeName: undefined, keyPrefix: undefined } }));
    expect(problemsOf('environments/prod.yaml', text)).toContainEqual(
      expect.stringMatching(/ secrets\.provider: expected external-secrets: placeholder Secrets are allowed in the dev tier only, not prod, got "placeholder"$/),
    );
  });
});

describe('loadEnvironments', () => {
  function folder(files: Record<string, Record<string, unknown>>): string {
    const root = mkdtempSync(join(tmpdir(), 'datalens-env-'));
    writeProject(root, Object.fromEntries(Object.entries(files).map(([file, tree]) => [file.replace(/\.yaml$/, ''), tree])));
    return join(root, 'environments');
  }

  it('discovers every <name>.yaml, sorted', () => {
    const dir = folder({ 'qa.yaml': merge(DEV_BASE, { namespace: 'qa', domain: 'qa.example.com' }), 'dev.yaml': DEV_BASE });
    expect(loadEnvironments(dir).map((e) => e.name)).toEqual(['dev', 'qa']);
  });

  it('refuses two environments sharing a namespace, naming both', () => {
    const dir = folder({ 'a.yaml': DEV_BASE, 'b.yaml': merge(DEV_BASE, { domain: 'b.example.com' }) });
    expect(() => loadEnvironments(dir)).toThrow(EnvironmentError);
    expect(() => loadEnvironments(dir)).toThrow(
      /environments\/b\.yaml:\d+:1: namespace: expected a namespace of its own, got "datalens-test" on cluster test-cluster, which .*environments\/a\.yaml:\d+:1 \(a\) uses too: both would own the same objects/,
    );
  });

  it('collects the problems of every file', () => {
    const dir = folder({ 'a.yaml': merge(DEV_BASE, { tier: 'qa' }), 'b.yaml': merge(DEV_BASE, { namespace: 'b', domain: 'x_y' }) });
    try {
      loadEnvironments(dir);
      throw new Error('expected an EnvironmentError');
    } catch (error) {
      expect((error as EnvironmentError).problems).toEqual([
        expect.stringMatching(/a\.yaml:1:1: tier: expected one of "dev", "staging", "prod", got "qa"$/),
        expect.stringMatching(/b\.yaml:\d+:1: domain: expected a domain/),
      ]);
    }
  });
});

describe('environments against each other and their clusters', () => {
  function project(environments: Record<string, Record<string, unknown>>, clusters?: Record<string, Record<string, unknown>>): string {
    const root = mkdtempSync(join(tmpdir(), 'datalens-cross-'));
    writeProject(root, environments, clusters);
    return join(root, 'environments');
  }
  function problems(dir: string): string[] {
    try {
      loadEnvironments(dir);
    } catch (error) {
      if (error instanceof EnvironmentError) return [...error.problems];
      throw error;
    }
    return [];
  }
  const prodCopy = (name: string, overrides: Record<string, unknown> = {}) =>
    merge(PROD_BASE, { namespace: `datalens-${name}`, domain: `${name}.example.com`, secrets: { keyPrefix: `datalens/${name}` }, data: { objectStore: { bucket: `evidence-${name}` } }, ...overrides });

  it('accepts a copy that has its own namespace, domain, key prefix and bucket: its backups go under its own name', () => {
    expect(problems(project({ a: prodCopy('a'), b: prodCopy('b') }))).toEqual([]);
  });

  it.each([
    ['domain', { domain: 'a.example.com' }, /b\.yaml:\d+:1: domain: expected a domain of its own, got "a\.example\.com", which .*a\.yaml:\d+:1 \(a\) uses too: the hosts/],
    ['key prefix', { secrets: { keyPrefix: 'datalens/a' } }, /b\.yaml:\d+:3: secrets\.keyPrefix: expected a secret key prefix of its own, got "datalens\/a", which .*a\.yaml:\d+:3 \(a\) uses too/],
    ['evidence bucket', { data: { objectStore: { bucket: 'evidence-a' } } }, /b\.yaml:\d+:5: data\.objectStore\.bucket: expected an evidence bucket of its own, got "evidence-a"/],
    ['backup archive', { data: { postgres: { backup: { serverName: 'a' } } } }, /b\.yaml:\d+:7: data\.postgres\.backup\.serverName: expected a PostgreSQL backup archive .* got "s3:\/\/backups\/pg\/a", .* corrupt each other's backups/],
  ])('refuses two environments sharing a %s, naming both files and lines', (_what, overrides, expected) => {
    const found = problems(project({ a: prodCopy('a'), b: merge(prodCopy('b'), overrides as Record<string, unknown>) }));
    expect(found).toEqual([expect.stringMatching(expected)]);
  });

  it('allows one namespace on two clusters', () => {
    const other = { ...TEST_CLUSTER_FILE, description: 'another cluster' };
    expect(problems(project({ a: DEV_BASE, b: merge(DEV_BASE, { cluster: 'other', domain: 'b.example.com' }) }, { 'test-cluster': TEST_CLUSTER_FILE, other }))).toEqual([]);
  });

  it('refuses a dev-tier environment on a cluster that runs a prod-tier one', () => {
    expect(problems(project({ dev: DEV_BASE, prod: prodCopy('prod') }))).toEqual([
      expect.stringMatching(/dev\.yaml:2:1: cluster: expected a cluster without prod-tier environments for the dev tier .*, got test-cluster, which runs prod \(.*prod\.yaml:1:1\)$/),
    ]);
  });

  it('refuses an environment naming a cluster that has no file', () => {
    expect(problems(project({ dev: merge(DEV_BASE, { cluster: 'nowhere' }) }))).toEqual([
      expect.stringMatching(/dev\.yaml:2:1: cluster: expected the name of a file in clusters\/ \(test-cluster\), got "nowhere"$/),
    ]);
  });

  it('reports a bad cluster file with its file and line', () => {
    const broken = merge(TEST_CLUSTER_FILE, { kubernetesApi: { serviceAddress: '300.1.1.1', endpointCidrs: ['10.0.0.0/28'] } });
    expect(problems(project({ dev: DEV_BASE }, { 'test-cluster': broken }))).toEqual([
      expect.stringMatching(/clusters\/test-cluster\.yaml:\d+:3: kubernetesApi\.serviceAddress: expected an IPv4 address such as 172\.20\.0\.1, got "300\.1\.1\.1"$/),
    ]);
  });

  it.each(['kube-system', 'default', 'kube-anything', 'monitoring', 'ingress-nginx'])('refuses the system or platform namespace %s', (namespace) => {
    expect(problemsOf('environments/dev.yaml', yamlOf(merge(DEV_BASE, { namespace })))).toEqual([
      expect.stringMatching(new RegExp(`namespace: expected a namespace of DataLens's own, not ${namespace}: system and platform namespaces would get this environment's default-deny policies`)),
    ]);
  });
});
