import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { clusterSchema, environmentSchema, type Environment } from '../config/schema';
import { KUSTOMIZATION_FILE } from '../charts/dist-layout';
import { escapeForHelm, helmChart } from '../synth/helm';
import { evaluateDocument, yamlScalar } from '../synth/helm-template';
import { environmentOfValues, helmValuesJsonSchema, helmValuesOf } from '../synth/helm-values';
import { serialiseYaml, textsOf } from '../synth/output';
import { renderEnvironment } from '../synth/render';
import { distFiles, layoutOf, renderAll } from '../synth/synthesize';
import { helm } from './support/helm';

/*
 * The chart in helm/ as Helm reads it, with the real Helm 4 binary: it lints, it renders each
 * environment's dist/ byte for byte, its knobs render what the constructs render for the same
 * change, its schema and its template sets refuse what they must, and the lifecycle annotations
 * are there for Helm to act on.
 */

const root = join(__dirname, '..');
const rendered = renderAll(layoutOf(root));
const fresh = textsOf(distFiles(rendered));
const environments = rendered.map((r) => r.environment);
const byName = (name: string) => environments.find((e) => e.name === name)!;

type Json = Record<string, any>;
const isNamespace = (doc: string) => /^apiVersion: v1\nkind: Namespace\n/.test(doc);

/** The documents of a helm rendering, each as Helm printed it, without its `# Source:` line. */
function documents(output: string): string[] {
  return output
    .split(/^---\n/m)
    .filter((doc) => doc.trim())
    .map((doc) => doc.replace(/^# Source: .*\n/, ''));
}

/** The documents of an environment's dist/ files (the Namespace, which the chart leaves to Helm, aside). */
function distDocuments(environment: string, files: ReadonlyMap<string, string> = fresh): string[] {
  return [...files]
    .filter(([path]) => path.startsWith(`${environment}/`) && path.endsWith('.yaml') && !path.endsWith(`/${KUSTOMIZATION_FILE}`))
    .flatMap(([, text]) => text.split(/^---\n/m))
    .filter((doc) => !isNamespace(doc));
}

const sorted = (docs: string[]) => [...docs].sort();

function template(environment: Environment, args: string[] = [], namespace = environment.config.namespace): string {
  return helm(['template', `datalens-${environment.name}`, 'helm', '-f', `helm/values-${environment.name}.yaml`, '--namespace', namespace, ...args]);
}

/** What Helm says when it refuses to render. */
function refusal(args: string[]): string {
  try {
    helm(['template', 'datalens', 'helm', ...args]);
  } catch (error) {
    return String((error as { stderr?: string }).stderr ?? error);
  }
  throw new Error(`helm rendered ${args.join(' ')}`);
}

describe('the Helm chart', () => {
  it('carries full metadata and the project version, and no CRDs', () => {
    const chart = parse(readFileSync(join(root, 'helm', 'Chart.yaml'), 'utf8'));
    const project = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(chart).toMatchObject({ apiVersion: 'v2', name: 'datalens', type: 'application', version: project.version, appVersion: project.version });
    for (const field of ['description', 'kubeVersion', 'home', 'icon']) expect(chart[field]).toEqual(expect.any(String));
    expect(chart.sources).toEqual([expect.stringMatching(/^https:\/\//)]);
    expect(chart.maintainers).toEqual([expect.objectContaining({ name: expect.any(String) })]);
    expect(existsSync(join(root, 'helm', 'crds'))).toBe(false);
  });

  it.each(environments.map((e) => e.name))('passes helm lint --strict with values-%s.yaml', (name) => {
    expect(helm(['lint', '--strict', 'helm', '-f', `helm/values-${name}.yaml`, '--namespace', byName(name).config.namespace])).toContain('0 chart(s) failed');
  });

  it.each(environments.map((e) => e.name))('renders the documents of dist/%s byte for byte, in the release namespace', (name) => {
    expect(sorted(documents(template(byName(name))))).toEqual(sorted(distDocuments(name)));
  });

  it('leaves the namespace to Helm (--create-namespace) and puts everything in the release namespace', () => {
    const prod = byName('prod');
    const output = template(prod, [], 'elsewhere');
    const objects = parseAllDocuments(output).map((d) => d.toJS() as Json).filter(Boolean);
    expect(objects.filter((o) => o.kind === 'Namespace')).toEqual([]);
    expect(objects.filter((o) => o.metadata.namespace !== 'elsewhere').map((o) => `${o.kind}/${o.metadata.name}`)).toEqual([]);
    // nor does any value (service hosts, alert expressions, dashboards, policies) still name the environment's namespace
    const ns = prod.config.namespace;
    expect(output.match(new RegExp(`${ns}\\.svc|namespace=\\\\?"${ns}|namespace: ${ns}$|metadata\\.name: ${ns}$`, 'gm'))).toBeNull();
    expect(output).toMatch(/elsewhere\.svc\.cluster\.local/);
  });
});

describe('the knobs', () => {
  /**
   * The environment with a change to its values, through the same schemas as the environment files
   * (so the change is one an environment file could make), rendered by the constructs.
   */
  function constructRendering(environment: Environment, change: (values: Json) => void): string[] {
    const values = structuredClone(helmValuesOf(environment)) as Json;
    change(values);
    const changed = environmentOfValues(values, environment.config.namespace, environment.config.argocd, environment.cluster);
    const checked: Environment = {
      name: changed.name,
      config: environmentSchema.parse(changed.config),
      cluster: { name: changed.cluster.name, config: clusterSchema.parse(changed.cluster.config) },
    };
    const documents = renderEnvironment(checked).files.flatMap((f) => f.manifests.map((m) => serialiseYaml(m)));
    return documents.filter((doc) => !isNamespace(doc));
  }

  /** Knobs of each kind the chart promises: images, replicas and autoscaling, resources, hosts, edge, storage, identity. */
  const cases: [environment: string, path: string, value: unknown][] = [
    ['prod', 'images.api.tag', '2.1.0'],
    ['prod', 'images.api.digest', `sha256:${'ab'.repeat(32)}`],
    ['staging', 'images.frontend.repository', 'registry.example.com/datalens/frontend'],
    ['dev', 'data.postgres.image.tag', '16.11-bookworm'],
    ['staging', 'data.nats.image.tag', '2.11.10-alpine'],
    ['prod', 'api.autoscaling.maxReplicas', 20],
    ['prod', 'api.autoscaling.minReplicas', 4],
    ['staging', 'data.postgres.instances', 3],
    ['prod', 'data.postgres.pooler.instances', 4],
    ['prod', 'api.resources.cpuRequest', '1'],
    ['dev', 'api.resources.memoryLimit', '768Mi'],
    ['staging', 'data.redis.resources.cpuRequest', '200m'],
    ['prod', 'domain', 'example.org'],
    ['dev', 'domain', 'dev.example.org'],
    ['prod', 'edge.tls.name', 'letsencrypt-staging'],
    ['prod', 'edge.gateway.className', 'envoy'],
    ['staging', 'edge.gateway.parentRef.sectionName', 'https-other'],
    ['staging', 'edge.timeoutSeconds', 300],
    ['dev', 'edge.ingress.className', 'traefik'],
    ['dev', 'edge.ingress.annotations.nginx\u2024ingress\u2024kubernetes\u2024io/proxy-body-size', '128m'],
    ['prod', 'data.postgres.storage.size', '200Gi'],
    ['dev', 'data.nats.storage.storageClass', 'standard'],
    ['prod', 'api.resources.cpuLimit', '2'],
    ['prod', 'data.postgres.walStorage.storageClass', 'io2'],
    ['staging', 'data.objectStore.storage.storageClass', 'gp3-encrypted'],
    ['staging', 'data.nats.maxFileStore', '3Gi'],
    ['dev', 'data.redis.maxmemory', '300Mi'],
    ['prod', 'secrets.refreshInterval', '30m'],
    ['staging', 'data.objectStore.bucket', 'evidence-staging-2'],
    ['prod', 'environment', 'production'],
  ];

  it.each(cases)('%s: --set-json %s renders what the constructs render for that value', (name, path, value) => {
    const environment = byName(name);
    const setPath = path.replace(/\u2024/g, '\\.');
    const change = (values: Json) => {
      const keys = path.split('.').map((k) => k.replace(/\u2024/g, '.'));
      const parent = keys.slice(0, -1).reduce((node, key) => node[key], values);
      parent[keys[keys.length - 1]] = value;
    };
    const expected = constructRendering(environment, change);
    const actual = documents(template(environment, ['--set-json', `${setPath}=${JSON.stringify(value)}`]));
    // the change does change something, and exactly what the constructs change
    expect(sorted(expected)).not.toEqual(sorted(distDocuments(name)));
    expect(sorted(actual)).toEqual(sorted(expected));
  });

  describe('all of them at once', () => {
    const chart = helmChart(rendered, { version: '0.0.0', appVersion: '0.0.0' });
    const schema = helmValuesJsonSchema();

    /** The schema node of a field (union branches merged), for the patterns a new value must meet. */
    const nodeOf = (path: readonly (string | number)[]) => {
      let nodes: Json[] = [schema];
      for (const key of path) {
        const expand = (n: Json): Json[] => [n, ...(n.oneOf ?? n.anyOf ?? []).flatMap(expand)];
        nodes = nodes.flatMap(expand).flatMap((n) => (typeof key === 'number' ? (n.items ? [n.items] : []) : n.properties?.[key] ? [n.properties[key]] : n.additionalProperties ? [n.additionalProperties] : []));
      }
      return nodes.find((n) => n.type) ?? {};
    };
    const fits = (node: Json, value: string) =>
      (!node.pattern || new RegExp(node.pattern).test(value)) && value.length <= (node.maxLength ?? Infinity) && (!node.format || node.format !== 'email' || /@.+\.[a-z]+$/.test(value));

    /** Another value the schema accepts: a count one more, a size one unit more, a text a little longer. */
    function another(path: readonly (string | number)[], value: unknown): unknown {
      const node = nodeOf(path);
      if (typeof value === 'number') return Math.min(value + 1, node.maximum ?? Infinity);
      // the smallest count the field takes: a larger one may break a rule across fields (standbys below instances)
      if (value === null && node.type === 'integer') return Math.min(Math.max(node.minimum ?? 0, 1), node.maximum ?? Infinity);
      const text = String(value ?? '');
      const quantity = text.match(/^([0-9]+)([A-Za-z]*)$/);
      const candidates = [
        ...(quantity ? [`${Number(quantity[1]) + 1}${quantity[2]}`] : []),
        ...(node.pattern?.includes('sha256') ? [`sha256:${'cd'.repeat(32)}`] : []),
        ...(value === null ? ['3', 'gp3', 'listener-b'] : []),
        // a digit changed first: it keeps texts with a grammar of their own (a cron schedule) valid
        text.replace(/[0-9](?=[^0-9]*$)/, (d) => String((Number(d) + 1) % 10)),
        `${text}x`,
        `${text}1`,
      ];
      return candidates.find((c) => c !== text && fits(node, c));
    }

    it.each(chart.environments.map((e) => [e.name, e] as const))('%s: every knob changed, the chart renders what the constructs render', (name, entry) => {
      const environment = byName(name);
      const changes: [readonly (string | number)[], unknown][] = [
        ...entry.leaves.filter((l) => l.kind !== 'fixed' && !entry.set.unused.some((u) => JSON.stringify(u) === JSON.stringify(l.path))).map((l) => [l.path, another(l.path, l.value)] as [readonly (string | number)[], unknown]),
        ...entry.optional.map((path) => [path, another(path, null)] as [readonly (string | number)[], unknown]),
      ].filter(([, value]) => value !== undefined);
      // the environment's name and the counts keep their schema's cross-field rules (prod: two or more API replicas...)
      expect(changes.length).toBeGreaterThan(40);
      const apply = (values: Json) => {
        for (const [path, value] of changes) {
          const parent = path.slice(0, -1).reduce((node: Json, key) => node[key], values);
          parent[path[path.length - 1]] = value;
        }
      };
      const overrides = structuredClone(helmValuesOf(environment)) as Json;
      apply(overrides);
      const scratch = mkdtempSync(join(tmpdir(), 'helm-knobs-'));
      try {
        writeFileSync(join(scratch, 'values.yaml'), serialiseYaml(overrides));
        const expected = constructRendering(environment, apply);
        const actual = documents(template(environment, ['-f', join(scratch, 'values.yaml')]));
        expect(sorted(actual)).toEqual(sorted(expected));
        // and almost every document changed
        const unchanged = actual.filter((doc) => distDocuments(name).includes(doc));
        expect(unchanged.length).toBeLessThan(actual.length / 4);
      } finally {
        rmSync(scratch, { recursive: true, force: true });
      }
    });
  });

  it('--namespace moves every object; dist/ of that namespace is what the constructs render there', () => {
    const prod = byName('prod');
    const moved: Environment = { ...prod, config: { ...prod.config, namespace: 'datalens-eu' } };
    const expected = renderEnvironment(moved).files.flatMap((f) => f.manifests.map((m) => serialiseYaml(m))).filter((d) => !isNamespace(d));
    expect(sorted(documents(template(prod, [], 'datalens-eu')))).toEqual(sorted(expected));
  });

  it('puts imagePullSecrets in every pod template (CronJobs\' too) and the CloudNativePG Cluster, and nothing else changes', () => {
    const prod = byName('prod');
    const secrets = [{ name: 'registry' }, { name: 'mirror' }];
    const objects = (docs: string[]) => docs.map((d) => parse(d) as Json);
    const expected = objects(distDocuments('prod')).map((o) => {
      const spec = o.kind === 'Cluster' ? o.spec : o.kind === 'CronJob' ? o.spec.jobTemplate.spec.template.spec : o.spec?.template?.spec;
      if (spec && (spec.containers || o.kind === 'Pooler' || o.kind === 'Cluster')) spec.imagePullSecrets = secrets;
      return o;
    });
    const actual = objects(documents(template(prod, ['--set-json', `imagePullSecrets=${JSON.stringify(secrets)}`])));
    const key = (o: Json) => `${o.kind}/${o.metadata.name}`;
    expect(Object.fromEntries(actual.map((o) => [key(o), o]))).toEqual(Object.fromEntries(expected.map((o) => [key(o), o])));
    expect([...new Set(actual.filter((o) => JSON.stringify(o).includes('imagePullSecrets')).map((o) => o.kind))].sort()).toEqual(['Cluster', 'CronJob', 'Deployment', 'Job', 'Pooler', 'StatefulSet']);
  });
});

describe('what the chart refuses', () => {
  it('renders nothing without an environment: the schema names the missing values', () => {
    expect(refusal([])).toMatch(/missing properties 'environment', 'tier'/);
  });

  it.each([
    [['--set', 'api.replicas=two'], /at '\/api\/replicas': got string, want integer/],
    [['--set', 'api.resources.cpuRequest=1'], /at '\/api\/resources\/cpuRequest': got number, want string/],
    [['--set', 'api.autoscale=true'], /at '\/api': additional properties 'autoscale' not allowed/],
    [['--set', 'namespace=datalens-x'], /additional properties 'namespace' not allowed/],
    [['--set', 'domain=Not_A_Domain'], /at '\/domain': 'Not_A_Domain' does not match pattern/],
    [['--set', 'data.nats.maxFileStore=4GB'], /at '\/data\/nats\/maxFileStore': '4GB' does not match pattern/],
    [['--set', 'images.api.digest=sha256:xyz'], /at '\/images\/api\/digest': 'sha256:xyz' does not match pattern/],
    [['--set', 'data.nats.storage.storageClass=null'], /at '\/data\/nats\/storage\/storageClass': got null, want string/],
  ])('refuses wrong types, unknown keys and malformed values by the schema: %j', (args, message) => {
    expect(refusal(['-f', 'helm/values-prod.yaml', ...args])).toMatch(message);
  });

  it.each([
    [['--set', 'data.nats.replicas=5'], 'data.nats.replicas: expected 3, got 5'],
    [['--set', 'tier=staging'], 'tier: expected "prod", got "staging"'],
    [['--set', 'data.postgres.pooler.poolMode=session'], 'data.postgres.pooler.poolMode: expected "transaction", got "session"'],
    [['--set', 'data.postgres.backup.serverName=prod-2'], 'data.postgres.backup.serverName: expected no value, got "prod-2"'],
  ])('refuses a fixed field no template set has, naming the closest set and the field: %j', (args, line) => {
    const message = refusal(['-f', 'helm/values-prod.yaml', ...args]);
    expect(message).toContain("these values fit none of the chart's template sets");
    expect(message).toContain('The closest set, that of prod');
    expect(message).toContain(line);
  });
});

describe('the Helm lifecycle', () => {
  const release = (name: string) => JSON.parse(helm(['install', `datalens-${name}`, 'helm', '-f', `helm/values-${name}.yaml`, '--namespace', byName(name).config.namespace, '--dry-run=client', '-o', 'json']));

  it.each(['dev', 'staging', 'prod'])('%s: Helm takes the Sync-hook Jobs as post-install and pre-upgrade hooks, recreated each time', (name) => {
    const hooks = release(name).hooks as Json[];
    const jobs = distDocuments(name).map((d) => parse(d) as Json).filter((o) => o.kind === 'Job');
    expect(hooks.map((h) => h.name).sort()).toEqual(jobs.map((j) => j.metadata.name).sort());
    for (const hook of hooks) {
      expect(hook.kind).toBe('Job');
      expect([...hook.events].sort()).toEqual(['post-install', 'pre-upgrade']);
      expect(hook.delete_policies).toEqual(['before-hook-creation']);
    }
    expect(hooks.map((h) => h.name)).toContain('datalens-api-migrate');
  });

  it.each(['dev', 'staging', 'prod'])('%s: keeps on uninstall exactly what Argo CD may not delete (the Namespace is Helm\'s)', (name) => {
    const objects = documents(template(byName(name))).map((d) => parse(d) as Json);
    const kept = objects.filter((o) => o.metadata.annotations?.['helm.sh/resource-policy'] === 'keep');
    const protectedFromArgo = objects.filter((o) => /Delete=false/.test(o.metadata.annotations?.['argocd.argoproj.io/sync-options'] ?? ''));
    expect(kept.map((o) => `${o.kind}/${o.metadata.name}`).sort()).toEqual(protectedFromArgo.map((o) => `${o.kind}/${o.metadata.name}`).sort());
    expect(kept.map((o) => o.kind)).toEqual(expect.arrayContaining(['StatefulSet']));
  });

  it('tells in its notes what was installed, what is kept, and how to label the namespace', () => {
    const notes: string = release('prod').info.notes;
    expect(notes).toContain('environment prod (prod tier), is installed');
    expect(notes).toContain('https://api.datalens.in');
    expect(notes).toContain('Job/datalens-api-migrate (post-install,pre-upgrade)');
    expect(notes).toContain('Cluster/datalens-postgres');
    expect(notes).toContain('kubectl label namespace datalens-prod --overwrite pod-security.kubernetes.io/audit=restricted pod-security.kubernetes.io/enforce=restricted');
  });

  it('renders the same objects as a subchart of a parent chart, which hands it global values', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'helm-parent-'));
    try {
      // the chart as a parent chart holds it: packaged (no environment values files) and unpacked under charts/
      helm(['package', 'helm', '--destination', scratch]);
      mkdirSync(join(scratch, 'platform', 'charts'), { recursive: true });
      execFileSync('tar', ['xzf', join(scratch, 'datalens-2.0.0.tgz'), '-C', join(scratch, 'platform', 'charts')]);
      writeFileSync(join(scratch, 'platform', 'Chart.yaml'), 'apiVersion: v2\nname: platform\nversion: 1.0.0\ndependencies:\n  - name: datalens\n    version: 2.0.0\n');
      const values = { datalens: parse(readFileSync(join(root, 'helm', 'values-prod.yaml'), 'utf8')), global: { imageRegistry: 'registry.example.com' } };
      writeFileSync(join(scratch, 'values.yaml'), JSON.stringify(values));
      const asSubchart = helm(['template', 'datalens-prod', join(scratch, 'platform'), '-f', join(scratch, 'values.yaml'), '--namespace', 'datalens-prod']);
      expect(asSubchart).toContain('# Source: platform/charts/datalens/templates/');
      expect(documents(asSubchart)).toEqual(documents(template(byName('prod'))));
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  it('leaves the environments\' values files out of the packaged chart', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'helm-package-'));
    try {
      helm(['package', 'helm', '--destination', scratch]);
      const listing = execFileSync('tar', ['tzf', join(scratch, 'datalens-2.0.0.tgz')], { encoding: 'utf8' });
      expect(listing).toContain('datalens/values.schema.json');
      expect(listing).not.toMatch(/values-[a-z0-9-]+\.yaml/);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});

describe('the templates mirror the synth', () => {
  /** Strings YAML writers and readers disagree on, or quote for one reason or another. */
  const CORPUS = [
    '', 'plain', 'yes', 'Yes', 'off', 'On', 'n', 'y', 'null', 'Null', '~', '1', '-1', '+1', '0x1F', '0o17', '017', '0b101', '1e3', '1_000', '1.0', '.5',
    '.inf', '.NaN', '1:20', '190:20:30', '2025-01-01', '2025-1-1 10:00:00', 'RELEASE.2025-09-07T16-13-09Z', '-', '?', '- a', '-a', 'a: b', 'a:b',
    'x:', 'a #b', 'a#b', '#x', '@x', '`x', '%x', '&x', '*x', '!x', '|x', '>x', '[a]', '{a}', 'a,b', ',a', '=', '<<', 'a"b', "a'b", `a"b'c`, ' lead',
    'trail ', 'ghcr.io/datalens/datalens-api:2.0.0', '0 0 2 * * *', 'no-reply@datalens.in', 'arn:aws:iam::111111111111:role/x', 'https://a.b/c?d=e&f=g',
    'sha256:0123', 'é', 'tab\there', 'true', 'False', 'NO', '256Mi', '500m', '2.0.0', 'v1', '{{ .x }}',
  ];

  it('writes a string as the serialiser does (datalens.yaml in Helm, yamlScalar in the synth)', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'helm-yaml-'));
    try {
      mkdirSync(join(scratch, 'templates'));
      writeFileSync(join(scratch, 'Chart.yaml'), 'apiVersion: v2\nname: corpus\nversion: 0.0.1\n');
      writeFileSync(join(scratch, 'templates', '_helpers.tpl'), readFileSync(join(root, 'helm', 'templates', '_helpers.tpl'), 'utf8'));
      writeFileSync(
        join(scratch, 'templates', 'corpus.yaml'),
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: corpus\ndata:\n{{- range $i, $s := .Values.corpus }}\n  k{{ $i }}: {{ include "datalens.yaml" $s }}\n{{- end }}\n',
      );
      writeFileSync(join(scratch, 'values.yaml'), JSON.stringify({ corpus: CORPUS }));
      const lines = helm(['template', 'x', scratch]).split('\n').filter((line) => /^ {2}k[0-9]+: /.test(line));
      CORPUS.forEach((value, i) => {
        const written = serialiseYaml({ [`k${i}`]: value }).trimEnd();
        expect([value, lines[i]]).toEqual([value, `  ${written}`]);
        expect(`  k${i}: ${yamlScalar(value)}`).toBe(lines[i]);
      });
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  it('escapes template braces inside object values', () => {
    expect(escapeForHelm('url: {{ .password | urlquery }}')).toBe('url: {{ "{{" }} .password | urlquery {{ "}}" }}');
  });

  it('evaluates a template the way Helm renders it', () => {
    const text = evaluateDocument(
      [
        { kind: 'literal', text: 'a: ' },
        { kind: 'scalar', segments: ['x-', { op: 'value', path: ['environment'] }] },
        { kind: 'literal', text: '\nb: ' },
        { kind: 'raw', expr: { op: 'amount', path: ['size'] } },
        { kind: 'literal', text: 'G\n' },
      ],
      { values: { environment: 'yes', size: '16Gi' }, namespace: 'ns' },
    );
    expect(text).toBe('a: x-yes\nb: 16G\n');
  });
});

describe("the README's Helm section", () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('\n## Helm\n'), readme.indexOf('\n## ', readme.indexOf('\n## Helm\n') + 1));
  const commands = [...section.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) => m[1].split('\n').filter((line) => line.trim()));
  const helmCommands = commands.filter((line) => line.startsWith('helm '));

  it('has install and upgrade commands, each of which the real Helm accepts as written (install as a client dry run, upgrade rendered as one)', () => {
    expect(helmCommands.map((c) => c.split(' ')[1])).toEqual(expect.arrayContaining(['install', 'upgrade']));
    for (const command of helmCommands) {
      const [, verb, ...args] = command.split(/ +/);
      // no cluster here: an install is dry-run by the client; an upgrade is rendered as Helm renders it for an upgrade
      const output = verb === 'install' ? helm([verb, ...args, '--dry-run=client']) : verb === 'upgrade' ? helm(['template', ...args, '--is-upgrade']) : helm([verb, ...args]);
      const environment = args[args.indexOf('-f') + 1].match(/values-(.*)\.yaml$/)![1];
      const namespace = args[args.indexOf('--namespace') + 1];
      expect(namespace).toBe(byName(environment).config.namespace);
      const set = args.includes('--set') ? args[args.indexOf('--set') + 1] : undefined;
      if (set === 'images.api.tag=2.0.1') expect(output).toContain(`image: ${byName(environment).config.images.api.repository}:2.0.1`);
      if (!set && verb !== 'install') expect(sorted(documents(output))).toEqual(sorted(distDocuments(environment)));
    }
  });

  it('labels the namespace as dist/ does, with the line the release notes print', () => {
    const label = commands.find((c) => c.startsWith('kubectl label namespace '))!;
    const [, , , namespace, overwrite, ...labels] = label.split(/ +/);
    expect(overwrite).toBe('--overwrite');
    const environment = environments.find((e) => e.config.namespace === namespace)!;
    const namespaceObject = parse(fresh.get(`${environment.name}/namespace.yaml`)!.split(/^---\n/m).find(isNamespace)!) as Json;
    const podSecurity = Object.entries(namespaceObject.metadata.labels as Record<string, string>).filter(([key]) => key.startsWith('pod-security.kubernetes.io/'));
    expect(labels).toEqual(podSecurity.map(([key, value]) => `${key}=${value}`));
    const notes: string = JSON.parse(helm(['install', `datalens-${environment.name}`, 'helm', '-f', `helm/values-${environment.name}.yaml`, '--namespace', namespace, '--dry-run=client', '-o', 'json'])).info.notes;
    expect(notes).toContain(label);
  });
});
