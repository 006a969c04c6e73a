import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { EnvironmentError, loadEnvironments, parseEnvironment } from '../../config/load';
import { DEV_BASE, merge, PROD_BASE, TEST_CLUSTER_FILE, writeProject } from '../support/fixtures';
import { MemoryStore } from '../support/memory-store';

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

  it('reads -0 as 0, which every reader of the output takes it for (and the caches, keyed by JSON, cannot tell from 0)', () => {
    const text = stringify(merge(DEV_BASE, { pods: { tolerations: [{ key: 'k', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 0 }] } })).replace('tolerationSeconds: 0', 'tolerationSeconds: -0');
    expect(text).toContain('tolerationSeconds: -0');
    const parsed = parseEnvironment('environments/dev.yaml', text);
    if (!('environment' in parsed)) throw new Error(parsed.problems.join('\n'));
    expect(Object.is((parsed.environment.config as any).pods.tolerations[0].tolerationSeconds, 0)).toBe(true);
  });

  it('refuses an alias inside the node it names, at that alias', () => {
    const base = stringify(merge(DEV_BASE, { tier: 'dev' })).replace(/^tier: dev$/m, 'tier: &tier dev');
    // a harmless alias first, then the cycle
    const text = `${base}x-tier: *tier\npods: &pods\n  components: *pods\n`;
    const line = text.split('\n').findIndex((l) => l.includes('*pods')) + 1;
    const parsed = parseEnvironment('environments/dev.yaml', text);
    if ('environment' in parsed) throw new Error('a cyclic alias was accepted');
    expect(parsed.problems).toEqual([`environments/dev.yaml:${line}:15: malformed YAML: an alias inside the node it names; expected data without cycles`]);
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
      "environments/Prod_1.yaml:1:1: file name: expected <environment>.yaml whose name is a DNS label of at most 21 characters (lower-case letters, digits and '-'), got Prod_1.yaml",
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

  describe("an external service's range against the cluster's network", () => {
    const cluster = { ...TEST_CLUSTER_FILE, networkCidrs: ['10.1.0.0/16'] };
    const withRedis = (cidr: string) => problems(project({ prod: prodCopy('prod', { data: { redis: { cidr } } }) }, { 'test-cluster': cluster }));

    it.each(['10.1.0.0/16', '10.0.0.0/8', '10.1.0.0/15'])('refuses %s, which holds the nodes and pods of the cluster', (cidr) => {
      expect(withRedis(cidr)).toEqual([
        expect.stringMatching(new RegExp(`prod\\.yaml:\\d+:\\d+: data\\.redis\\.cidr: expected the service's own subnets, got ${cidr.replace(/[./]/g, '\\$&')}, which holds 10\\.1\\.0\\.0/16, the network of cluster test-cluster's nodes and pods`)),
      ]);
    });

    it.each(['10.1.8.0/22', '10.2.0.0/16', '0.0.0.0/0'])('accepts %s: a subnet, another network, or the internet (without private ranges)', (cidr) => {
      expect(withRedis(cidr)).toEqual([]);
    });
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

/*
 * Whatever an environment folder holds, loading ends in problems of one line each (never another
 * exception, a hang or pages of output), and only regular files inside the repository are read.
 */
describe('data files that are not plain environment files', () => {
  const fs = require('node:fs') as typeof import('node:fs');

  /** The problems of loading a project whose environments/ folder `arrange` changed; any other exception fails the test. */
  function problemsAfter(arrange: (environments: string, root: string) => void): string[] {
    const root = mkdtempSync(join(tmpdir(), 'datalens-files-'));
    writeProject(root, { dev: DEV_BASE });
    arrange(join(root, 'environments'), root);
    try {
      loadEnvironments(join(root, 'environments'));
    } catch (error) {
      if (error instanceof EnvironmentError) return [...error.problems];
      throw error;
    }
    return [];
  }
  const oneLine = (pattern: RegExp) => [expect.stringMatching(pattern)];

  it('refuses an alias bomb without expanding it', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) levels.push(`${'abcdefghi'[i]}: &${'abcdefghi'[i]} [${Array(9).fill(`*${'abcdefghi'[i - 1]}`).join(',')}]`);
    const found = problemsAfter((dir) => writeFileSync(join(dir, 'qa.yaml'), `${levels.join('\n')}\n`));
    expect(found).toEqual(oneLine(/qa\.yaml:2:\d+: malformed YAML: expected at most 100 alias expansions, got more/));
  });

  it('refuses a dangling symbolic link', () => {
    expect(problemsAfter((dir) => symlinkSync('nowhere.yaml', join(dir, 'qa.yaml')))).toEqual(
      oneLine(/qa\.yaml:1:1: file: expected a regular file, got a symbolic link to a file that does not exist \(ENOENT\)$/),
    );
  });

  it('refuses a loop of symbolic links', () => {
    expect(problemsAfter((dir) => symlinkSync('qa.yaml', join(dir, 'qa.yaml')))).toEqual(oneLine(/qa\.yaml:1:1: file: expected a regular file, got a loop of symbolic links \(ELOOP\)$/));
  });

  it('refuses a folder named like an environment file', () => {
    expect(problemsAfter((dir) => mkdirSync(join(dir, 'qa.yaml')))).toEqual(oneLine(/qa\.yaml:1:1: file: expected a regular file, got a folder$/));
  });

  it('refuses a named pipe without waiting for a writer', () => {
    const found = problemsAfter((dir) => execFileSync('mkfifo', [join(dir, 'qa.yaml')]));
    expect(found).toEqual(oneLine(/qa\.yaml:1:1: file: expected a regular file, got a named pipe \(FIFO\)$/));
  });

  it('refuses a file it may not read, naming the reason', () => {
    const open = jest.spyOn(fs, 'openSync').mockImplementation((path) => {
      throw Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: 'EACCES' });
    });
    try {
      expect(problemsAfter(() => undefined)).toEqual(
        expect.arrayContaining([expect.stringMatching(/dev\.yaml:1:1: file: expected a readable regular file, got permission denied \(EACCES\)$/)]),
      );
    } finally {
      open.mockRestore();
    }
  });

  it('refuses a symbolic link that leads outside the repository, without showing what it points at', () => {
    const found = problemsAfter((dir) => symlinkSync('/etc/passwd', join(dir, 'qa.yaml')));
    expect(found).toEqual(oneLine(/qa\.yaml:1:1: file: expected a file inside the repository, got a symbolic link that leads outside it$/));
    expect(found.join('\n')).not.toContain('root:');
  });

  it('reads a symbolic link to a file inside the repository', () => {
    const found = problemsAfter((dir, root) => {
      fs.writeFileSync(join(root, 'qa-source.yaml'), stringify(merge(DEV_BASE, { namespace: 'qa', domain: 'qa.example.com' })));
      symlinkSync(join('..', 'qa-source.yaml'), join(dir, 'qa.yaml'));
    });
    expect(found).toEqual([]);
  });

  it('refuses a file larger than the limit before parsing it', () => {
    const found = problemsAfter((dir) => writeFileSync(join(dir, 'qa.yaml'), `tier: dev\n# ${'x'.repeat(300 * 1024)}\n`));
    expect(found).toEqual(oneLine(/qa\.yaml:1:1: file: expected at most 128 KiB, got 301 KiB$/));
  });

  it('parses a large file in linear time', () => {
    // five times the keys take about five times as long, not twenty-five (best of a few runs, so that load does not decide)
    const fileWith = (keys: number) => `tier: dev\nmonitoring:\n  prometheusLabels:\n${Array.from({ length: keys }, (_, i) => `    k${i}: v\n`).join('')}`;
    const bestOf = (runs: number, text: string) =>
      Math.min(
        ...Array.from({ length: runs }, () => {
          const started = process.hrtime.bigint();
          expect(problemsOf('environments/qa.yaml', text).length).toBeLessThanOrEqual(21);
          return Number(process.hrtime.bigint() - started);
        }),
      );
    const small = fileWith(2000);
    const large = fileWith(10000);
    expect(large.length).toBeLessThan(128 * 1024);
    bestOf(1, small); // warm up the parser
    expect(bestOf(2, large) / bestOf(3, small)).toBeLessThan(10);
  });

  it('refuses binary data in one short line', () => {
    const garbage = Buffer.from(Array.from({ length: 60000 }, (_, i) => (i * 7919 + 13) % 256));
    const found = problemsAfter((dir) => writeFileSync(join(dir, 'qa.yaml'), garbage));
    expect(found).toEqual(oneLine(/qa\.yaml:1:\d+: file: expected UTF-8 text, got binary data$/));
  });

  it('reports only the first syntax error of a file', () => {
    const found = problemsAfter((dir) => writeFileSync(join(dir, 'qa.yaml'), 'tier: [\nnamespace: {\n: : :\n"a\n'));
    expect(found).toEqual(oneLine(/qa\.yaml:\d+:\d+: malformed YAML: /));
  });

  it('refuses a .yml file instead of ignoring it', () => {
    const found = problemsAfter((dir) => writeFileSync(join(dir, 'qa.yml'), stringify(DEV_BASE)));
    expect(found).toEqual(['environments/qa.yml:1:1: file name: expected <environment>.yaml (the synth reads only .yaml files), got qa.yml: rename it to qa.yaml'].map((p) => expect.stringContaining(p)));
  });

  it('states the real limit of a long environment name', () => {
    const name = 'a'.repeat(40);
    const found = problemsAfter((dir) => writeFileSync(join(dir, `${name}.yaml`), stringify(merge(DEV_BASE, { namespace: 'long', domain: 'long.example.com' }))));
    expect(found).toEqual(oneLine(new RegExp(`${name}\\.yaml:1:1: file name: expected a name of at most 21 characters \\(it prefixes the Grafana dashboard uids .*, which hold at most 40\\), got ${name} \\(40 characters\\)$`)));
  });

  it('caps the problems of one file and the values it quotes', () => {
    const labels = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`bad key ${i}`, 'v']));
    const found = problemsAfter((dir) => writeFileSync(join(dir, 'qa.yaml'), stringify(merge(DEV_BASE, { namespace: 'qa', domain: 'qa.example.com', monitoring: { prometheusLabels: labels }, fromEmail: 'x'.repeat(5000) }))));
    expect(found).toHaveLength(21);
    expect(found[20]).toMatch(/qa\.yaml: 11 more problems in this file not shown; fix these first$/);
    expect(Math.max(...found.map((p) => p.length))).toBeLessThan(400);
  });
});

describe('messages that say what was read', () => {
  it.each([
    ['1e309', '1e309'],
    ['.nan', '.nan'],
    ['-.inf', '-.inf'],
  ])('names a number JSON cannot hold (%s) as written', (written, shown) => {
    const text = yamlOf(merge(DEV_BASE, { api: { replicas: 12345 } })).replace('12345', written);
    expect(problemsOf('environments/dev.yaml', text)).toEqual([expect.stringMatching(new RegExp(`:\\d+:3: api\\.replicas: expected a finite number, got ${shown.replace('.', '\\.')}$`))]);
  });

  it('points an unclosed quote at where it opens', () => {
    const text = 'tier: dev\nnamespace: "datalens-dev\ndomain: x\nimages: {}\n';
    expect(problemsOf('environments/dev.yaml', text)).toEqual([expect.stringMatching(/^environments\/dev\.yaml:2:12: malformed YAML: Missing closing "quote: the quote opened here is not closed$/)]);
  });

  it('refuses the aws block, which nothing used, saying where regions are set', () => {
    expect(problemsOf('environments/dev.yaml', yamlOf(merge(DEV_BASE, { aws: { region: 'ap-south-1' } })))).toEqual([
      expect.stringMatching(/dev\.yaml:\d+:1: aws: unknown key "aws"; expected no aws block: the regions are set where they are used: data\.objectStore\.region and data\.postgres\.backup\.region$/),
    ]);
  });

  it('names an invalid label key as the key', () => {
    const text = yamlOf(merge(DEV_BASE, { monitoring: { prometheusLabels: { 'release name': 'x' } } }));
    expect(problemsOf('environments/dev.yaml', text)).toEqual([expect.stringMatching(/:\d+:5: monitoring\.prometheusLabels\.release name: expected a label key: .*, got the key "release name"$/)]);
  });
});

describe('rules that say what they got', () => {
  it('are not told the value twice', () => {
    const text = yamlOf(merge(DEV_BASE, { data: { nats: { replicas: 2 } } }));
    expect(problemsOf('environments/dev.yaml', text)).toEqual([expect.stringMatching(/:\d+:5: data\.nats\.replicas: expected 1 or an odd number of at least 3 for a JetStream cluster, got 2$/)]);
  });
});

describe('loadEnvironments with the data files of earlier runs', () => {
  const problemsOfLoad = (root: string, store?: MemoryStore) => {
    try {
      loadEnvironments(join(root, 'environments'), join(root, 'clusters'), root, undefined, store);
    } catch (error) {
      if (error instanceof EnvironmentError) return error.problems;
      throw error;
    }
    throw new Error('expected problems');
  };
  /** The files a store had to parse, by folder and name (messages name them from the working folder). */
  const parsedFiles = (store: MemoryStore) => store.made.flatMap((key) => ('dataFile' in (key as object) ? [(key as { file: string }).file.split('/').slice(-2).join('/')] : []));
  /** What a store had to validate: the kind of file, and the namespace of an environment's data. */
  const validated = (store: MemoryStore) =>
    store.made.flatMap((key) => {
      const { validated, value } = key as { validated?: string; value?: { namespace?: string } };
      return validated ? [[validated, value?.namespace].filter(Boolean).join(' ')] : [];
    });

  it('reads back what it parsed: the same environments, parsing only the files that changed', () => {
    const root = mkdtempSync(join(tmpdir(), 'datalens-env-'));
    writeProject(root, { dev: DEV_BASE, qa: merge(DEV_BASE, { namespace: 'datalens-qa', domain: 'qa.example.com' }) });
    const store = new MemoryStore();
    const load = () => loadEnvironments(join(root, 'environments'), join(root, 'clusters'), root, undefined, store);
    const first = load();
    expect(parsedFiles(store).sort()).toEqual(['clusters/test-cluster.yaml', 'environments/dev.yaml', 'environments/qa.yaml']);
    expect(validated(store).sort()).toEqual(['cluster', `environment ${DEV_BASE.namespace}`, 'environment datalens-qa'].sort());
    store.made = [];
    writeFileSync(join(root, 'environments', 'qa.yaml'), yamlOf(merge(DEV_BASE, { namespace: 'datalens-qa', domain: 'qa.example.com', api: { jwtExpiry: '20m' } })));
    const second = load();
    expect(parsedFiles(store)).toEqual(['environments/qa.yaml']);
    expect(validated(store)).toEqual(['environment datalens-qa']);
    expect(second[0]).toEqual(first[0]);
    expect(second).toEqual(loadEnvironments(join(root, 'environments'), join(root, 'clusters'), root));
    store.made = [];
    expect(load()).toEqual(second);
    expect(store.made).toEqual([]);
  });

  it('says what it said of a file it parsed before: its syntax, and its values at their lines (the text parsed again for the position)', () => {
    const root = mkdtempSync(join(tmpdir(), 'datalens-env-'));
    writeProject(root, { dev: DEV_BASE });
    writeFileSync(join(root, 'environments', 'broken.yaml'), 'tier: dev\nnamespace: [unclosed\n');
    writeFileSync(join(root, 'environments', 'wrong.yaml'), yamlOf(merge(DEV_BASE, { namespace: 'datalens-wrong', domain: 'wrong.example.com', api: { replicas: 'two' } })));
    const cold = problemsOfLoad(root);
    expect(cold.some((p) => p.includes('environments/broken.yaml:3:1: malformed YAML'))).toBe(true);
    expect(cold.some((p) => /environments\/wrong\.yaml:[0-9]+:[0-9]+: api\.replicas/.test(p))).toBe(true);
    const store = new MemoryStore();
    expect(problemsOfLoad(root, store)).toEqual(cold);
    store.made = [];
    expect(problemsOfLoad(root, store)).toEqual(cold);
    // a failed validation is not kept: its messages are made again
    expect(parsedFiles(store)).toEqual([]);
    expect(validated(store)).toEqual(['environment datalens-wrong']);
  });

  it('keeps no data JSON cannot hold (an infinite number): that file is parsed again, and read as it was', () => {
    const root = mkdtempSync(join(tmpdir(), 'datalens-env-'));
    writeProject(root, { dev: DEV_BASE });
    writeFileSync(join(root, 'environments', 'dev.yaml'), yamlOf(merge(DEV_BASE, { api: { replicas: 999 } })).replace('replicas: 999', 'replicas: .inf'));
    const cold = problemsOfLoad(root);
    expect(cold.join('\n')).toMatch(/Infinity|\.inf/);
    const store = new MemoryStore();
    expect(problemsOfLoad(root, store)).toEqual(cold);
    store.made = [];
    expect(problemsOfLoad(root, store)).toEqual(cold);
    expect(parsedFiles(store)).toEqual(['environments/dev.yaml']);
  });
});
