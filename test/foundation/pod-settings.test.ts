import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { environmentSchema } from '../../config/schema';
import { stringify } from 'yaml';
import { EnvironmentError, parseEnvironment } from '../../config/load';
import { toYamlDocuments } from '../../synth/output';
import { renderEnvironment } from '../../synth/render';
import { layoutOf, renderAll } from '../../synth/synthesize';
import { kubectlReadText } from '../support/kubectl';
import { parseYaml11, type Json } from '../support/on-disk';
import { DEV_BASE, environment, merge, PROD_BASE, writeProject } from '../support/fixtures';

const TOLERATION = { key: 'dedicated', operator: 'Equal', value: 'datalens', effect: 'NoSchedule' };
const NODE_AFFINITY = {
  requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'node.example.com/pool', operator: 'In', values: ['apps'] }] }] },
};
const PODS = {
  imagePullSecrets: ['registry-credentials'],
  nodeSelector: { 'kubernetes.io/arch': 'amd64' },
  tolerations: [TOLERATION],
  affinity: { nodeAffinity: NODE_AFFINITY },
  annotations: { 'mesh.example.com/inject': 'false' },
  labels: { team: 'platform' },
};

/** Every object of an environment as the YAML dist/ would hold, read back by the YAML 1.1 reader consumers use. */
function distObjects(overrides: Record<string, unknown>, base = PROD_BASE): { text: string; objects: Json[] } {
  const rendered = renderEnvironment(environment(overrides, base));
  const text = rendered.files.map((f) => toYamlDocuments(f.manifests)).join('---\n');
  return { text, objects: parseYaml11(text, 'dist') };
}

/** Each pod template in the objects, with where it is: workloads, CronJobs and the embedded drill cluster aside. */
function podTemplates(objects: Json[]): { where: string; template: Json }[] {
  return objects.flatMap((o) => {
    const where = `${o.kind}/${o.metadata.name}`;
    if (o.kind === 'CronJob') return [{ where, template: o.spec.jobTemplate.spec.template }];
    if (['Deployment', 'StatefulSet', 'Job', 'Pooler'].includes(o.kind)) return [{ where, template: o.spec.template }];
    return [];
  });
}

/** The CloudNativePG Clusters: deployed, and the restore drill's embedded in its ConfigMap. */
function clusters(objects: Json[]): Json[] {
  const embedded = objects.filter((o) => o.kind === 'ConfigMap' && o.data?.['cluster.json']).map((o) => JSON.parse(o.data['cluster.json']));
  return [...objects.filter((o) => o.kind === 'Cluster'), ...embedded];
}

describe('pod settings', () => {
  const prodLike = merge(PROD_BASE, { tier: 'staging', data: { postgres: { restoreDrill: {} }, objectStore: { mode: 'minio' }, redis: { mode: 'statefulset' } } });

  it('reach every pod template: Deployments, StatefulSets, Jobs, CronJobs and the Pooler', () => {
    const { objects } = distObjects({ pods: PODS }, prodLike);
    const templates = podTemplates(objects);
    expect(templates.map((t) => t.where)).toEqual(expect.arrayContaining(['Deployment/datalens-api', 'StatefulSet/datalens-nats', 'Job/datalens-api-migrate', 'CronJob/datalens-postgres-restore-drill', 'Pooler/datalens-postgres-pooler']));
    for (const { where, template } of templates) {
      const spec = template.spec;
      expect({ where, secrets: spec.imagePullSecrets }).toEqual({ where, secrets: [{ name: 'registry-credentials' }] });
      expect({ where, selector: spec.nodeSelector }).toEqual({ where, selector: { 'kubernetes.io/arch': 'amd64' } });
      expect({ where, tolerations: spec.tolerations }).toEqual({ where, tolerations: [TOLERATION] });
      expect({ where, affinity: spec.affinity }).toEqual({ where, affinity: { nodeAffinity: NODE_AFFINITY } });
      expect({ where, label: template.metadata.labels.team }).toEqual({ where, label: 'platform' });
      expect({ where, annotation: template.metadata.annotations?.['mesh.example.com/inject'] }).toEqual({ where, annotation: 'false' });
    }
  });

  it('reach the CloudNativePG Clusters through their own fields, keeping the anti-affinity of the instances', () => {
    const { objects } = distObjects({ pods: PODS }, prodLike);
    const found = clusters(objects);
    expect(found.map((c) => c.metadata.name)).toEqual(['datalens-postgres', 'datalens-postgres-drill']);
    for (const cluster of found) {
      expect(cluster.spec.imagePullSecrets).toEqual([{ name: 'registry-credentials' }]);
      expect(cluster.spec.affinity).toMatchObject({ nodeSelector: { 'kubernetes.io/arch': 'amd64' }, tolerations: [TOLERATION], nodeAffinity: NODE_AFFINITY });
      expect(cluster.spec.inheritedMetadata).toMatchObject({ labels: { team: 'platform' }, annotations: { 'mesh.example.com/inject': 'false' } });
    }
    expect(found[0].spec.affinity).toMatchObject({ enablePodAntiAffinity: true, podAntiAffinityType: 'required' });
  });

  it('are decoded by kubectl into its typed objects without a complaint', () => {
    const { text } = distObjects({ pods: { ...PODS, components: { api: { env: [{ name: 'HTTP_PROXY', value: 'http://proxy.example.com:3128' }] } } } }, prodLike);
    expect(kubectlReadText(text, 'pod-settings.yaml').complaints).toEqual([]);
  });

  it('add per component: its node selector over the global one, its tolerations after, its env vars after the wiring', () => {
    const { objects } = distObjects(
      {
        pods: {
          ...PODS,
          components: {
            api: {
              nodeSelector: { 'node.example.com/pool': 'api' },
              tolerations: [{ key: 'api-only', operator: 'Exists', effect: 'NoSchedule' }],
              env: [
                { name: 'HTTP_PROXY', value: 'http://proxy.example.com:3128' },
                { name: 'SENTRY_DSN', valueFrom: { secretKeyRef: { name: 'sentry', key: 'dsn' } } },
              ],
            },
          },
        },
      },
      prodLike,
    );
    const api = podTemplates(objects).find((t) => t.where === 'Deployment/datalens-api')!.template.spec;
    expect(api.nodeSelector).toEqual({ 'kubernetes.io/arch': 'amd64', 'node.example.com/pool': 'api' });
    expect(api.tolerations).toEqual([TOLERATION, { key: 'api-only', operator: 'Exists', effect: 'NoSchedule' }]);
    const env = api.containers[0].env.map((e: Json) => e.name);
    expect(env.slice(-2)).toEqual(['HTTP_PROXY', 'SENTRY_DSN']);
    expect(env).toContain('DATABASE_URL');
    const frontend = podTemplates(objects).find((t) => t.where === 'Deployment/datalens-frontend')!.template.spec;
    expect(frontend.nodeSelector).toEqual({ 'kubernetes.io/arch': 'amd64' });
    expect(frontend.containers[0].env?.map((e: Json) => e.name) ?? []).not.toContain('HTTP_PROXY');
  });

  it('leave the objects as they were when unset', () => {
    const { text: without } = distObjects({}, prodLike);
    const { text: empty } = distObjects({ pods: {} }, prodLike);
    expect(empty).toBe(without);
    expect(without).not.toMatch(/imagePullSecrets|nodeSelector|tolerations/);
  });
});

describe('pod settings validation', () => {
  const problems = (pods: unknown, base = DEV_BASE) => {
    const result = environmentSchema.safeParse(merge(base, { pods } as Record<string, unknown>));
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('refuses labels and annotations under the reserved prefixes', () => {
    // as the loader reports them: file, line, field, the key
    const loaded = (pods: unknown) => {
      const result = parseEnvironment('environments/dev.yaml', stringify(merge(DEV_BASE, { pods } as Record<string, unknown>)));
      return 'problems' in result ? result.problems : [];
    };
    for (const key of ['app.kubernetes.io/name', 'datalens.io/tier', 'cnpg.io/cluster', 'argocd.argoproj.io/sync-wave', 'helm.sh/hook', 'kubernetes.io/hostname', 'node.kubernetes.io/x', 'k8s.io/x']) {
      const escaped = key.replace(/[./]/g, (c) => `\\${c}`);
      expect(loaded({ labels: { [key]: 'x' } })).toEqual([expect.stringMatching(new RegExp(`^environments/dev\\.yaml:\\d+:\\d+: pods\\.labels\\.${escaped}: expected a key outside the prefixes .*, got the key "${escaped}"$`))]);
      expect(loaded({ components: { api: { annotations: { [key]: 'x' } } } })).toEqual([expect.stringMatching(/^environments\/dev\.yaml:\d+:\d+: pods\.components\.api\.annotations\..*: expected a key outside the prefixes/)]);
    }
    expect(loaded({ labels: { team: 'platform', 'example.com/owner': 'me' } })).toEqual([]);
  });

  it('refuses credentials in plain values: secret-like names, and URLs with a password', () => {
    for (const name of ['DB_PASSWORD', 'API_KEY', 'GITHUB_TOKEN', 'CLIENT_SECRET', 'SENTRY_DSN', 'AWS_ACCESS_KEY_ID', 'private_key', 'AUTH_HEADER'])
      expect(problems({ components: { api: { env: [{ name, value: 'x' }] } } })).toEqual([`pods.components.api.env.0.value: expected valueFrom.secretKeyRef for ${name}: its name says it holds a credential, which never goes into a plain value in git`]);
    expect(problems({ components: { api: { env: [{ name: 'UPSTREAM', value: 'https://user:hunter2@example.com/' }] } } })).toEqual([
      'pods.components.api.env.0.value: expected valueFrom.secretKeyRef: the value is a URL with a password, which never goes into a plain value in git',
    ]);
    expect(problems({ components: { api: { env: [{ name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { name: 'db', key: 'password' } } }] } } })).toEqual([]);
  });

  it('refuses malformed env vars, tolerations and node affinity the API server would refuse', () => {
    expect(problems({ components: { api: { env: [{ name: 'X' }] } } })).toEqual(['pods.components.api.env.0.value: expected exactly one of value or valueFrom']);
    expect(problems({ components: { api: { env: [{ name: 'X', value: 'a' }, { name: 'X', value: 'b' }] } } })).toEqual(['pods.components.api.env.1.name: expected each name once, got X again']);
    expect(problems({ components: { api: { env: [{ name: '1X', value: 'a' }] } } })).toEqual([expect.stringMatching(/^pods\.components\.api\.env\.0\.name: expected an environment variable name/)]);
    expect(problems({ tolerations: [{ key: 'a', operator: 'Exists', value: 'b' }] })).toEqual(['pods.tolerations.0.value: expected no value with operator Exists: Kubernetes refuses it']);
    expect(problems({ tolerations: [{ key: 'a', value: 'b', tolerationSeconds: 30 }] })).toEqual(['pods.tolerations.0.tolerationSeconds: expected tolerationSeconds only with effect NoExecute: Kubernetes refuses it otherwise']);
    expect(problems({ affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'a', operator: 'In' }] }] } } } })).toEqual([
      'pods.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms.0.matchExpressions.0.values: expected at least one value for operator In',
    ]);
    expect(problems({ imagePullSecrets: ['Bad_Name'] })).toEqual([expect.stringMatching(/^pods\.imagePullSecrets\.0: expected a Secret name/)]);
  });

  it('refuses settings of a component the environment does not run', () => {
    expect(problems({ components: { 'postgres-pooler': { labels: { a: 'b' } } } })).toEqual([
      'pods.components.postgres-pooler: expected a component whose pods this environment runs (api, api-migrate, frontend, postgres, redis, nats, minio, minio-bootstrap, mailhog), got postgres-pooler',
    ]);
  });

  it('refuses an env var that would replace one the wiring sets, naming file, line and field', () => {
    const root = mkdtempSync(join(tmpdir(), 'pod-settings-'));
    writeProject(root, { dev: merge(DEV_BASE, { pods: { components: { api: { env: [{ name: 'HTTP_PROXY', value: 'x' }, { name: 'REDIS_URL', valueFrom: { secretKeyRef: { name: 'mine', key: 'url' } } }] } } } }) });
    const cwd = jest.spyOn(process, 'cwd').mockReturnValue(root);
    try {
      expect(() => renderAll(layoutOf(root))).toThrow(EnvironmentError);
      try {
        renderAll(layoutOf(root));
      } catch (error) {
        expect((error as EnvironmentError).problems).toEqual([
          expect.stringMatching(/^environments\/dev\.yaml:\d+:\d+: pods\.components\.api\.env\.1\.name: expected a variable the wiring does not set \(it sets .*REDIS_URL.*\), got REDIS_URL$/),
        ]);
      }
    } finally {
      cwd.mockRestore();
    }
  });
});
