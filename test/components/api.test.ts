import { DEV_BASE, envOf, find, kinds, PROD_BASE, render } from '../support/fixtures';

/** Every variable the DataLens API reads (README, "The product you deploy"). */
const API_ENV = [
  'DATABASE_URL', 'REDIS_URL', 'NATS_URL', 'JWT_SECRET', 'JWT_EXPIRY', 'JWT_REFRESH_EXPIRY', 'PORT', 'API_VERSION', 'CORS_ALLOWED_ORIGINS',
  'OPENAI_API_KEY', 'ANTHROPIC_API_KEY', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_REGION', 'S3_BUCKET', 'SMTP_HOST', 'SMTP_PORT',
  'SMTP_USERNAME', 'SMTP_PASSWORD', 'FROM_EMAIL', 'DIGILOCKER_CLIENT_ID', 'DIGILOCKER_CLIENT_SECRET',
];

function apiVariables(rendered: ReturnType<typeof render>): Set<string> {
  const deployment = find(rendered, 'Deployment', 'datalens-api');
  const config = find(rendered, 'ConfigMap', 'datalens-api');
  return new Set([...Object.keys(envOf(deployment)), ...Object.keys(config.data)]);
}

describe('Api', () => {
  it('receives every variable the API reads in dev (MinIO, MailHog, AI keys on)', () => {
    const variables = apiVariables(render({ api: { aiProviders: ['openai', 'anthropic'] } }));
    expect(API_ENV.filter((name) => !variables.has(name))).toEqual([]);
  });

  it('builds DATABASE_URL from the CloudNativePG app secret through the pooler in prod, verifying the server against the cluster CA', () => {
    const api = find(render({}, PROD_BASE), 'Deployment', 'datalens-api');
    const env = envOf(api);
    expect(env.DATABASE_USER.valueFrom.secretKeyRef).toEqual({ name: 'datalens-postgres-app', key: 'username' });
    expect(env.DATABASE_PASSWORD.valueFrom.secretKeyRef).toEqual({ name: 'datalens-postgres-app', key: 'password' });
    expect(env.DATABASE_URL.value).toBe(
      'postgres://$(DATABASE_USER):$(DATABASE_PASSWORD)@datalens-postgres-pooler.datalens-prod-test.svc.cluster.local:5432/datalens?sslmode=verify-full&sslrootcert=/etc/datalens/trust/postgres-ca.crt',
    );
    // the file sslrootcert names is the cluster's CA certificate alone (never its key), mounted where the URL says
    const trust = api.spec.template.spec.volumes.find((v: any) => v.name === 'trust');
    expect(trust.projected.sources).toContainEqual({ secret: { name: 'datalens-postgres-ca', items: [{ key: 'ca.crt', path: 'postgres-ca.crt' }] } });
    expect(api.spec.template.spec.containers[0].volumeMounts).toContainEqual({ name: 'trust', mountPath: '/etc/datalens/trust', readOnly: true });
  });

  it('reads every credential from a Secret, never a literal', () => {
    const env = envOf(find(render({}, PROD_BASE), 'Deployment', 'datalens-api'));
    for (const name of ['REDIS_URL', 'NATS_URL', 'JWT_SECRET', 'SMTP_PASSWORD', 'DIGILOCKER_CLIENT_SECRET']) {
      expect(env[name].value).toBeUndefined();
      expect(env[name].valueFrom.secretKeyRef.name).toMatch(/^datalens-/);
    }
  });

  it('uses IRSA for S3 in prod: role on the ServiceAccount, no access keys', () => {
    const rendered = render({}, PROD_BASE);
    expect(find(rendered, 'ServiceAccount', 'datalens-api').metadata.annotations['eks.amazonaws.com/role-arn']).toBe('arn:aws:iam::123456789012:role/api');
    const env = envOf(find(rendered, 'Deployment', 'datalens-api'));
    expect(env.AWS_ACCESS_KEY_ID).toBeUndefined();
    expect(env.S3_BUCKET.value).toBe('evidence-test');
    expect(env.AWS_REGION.value).toBe('ap-south-1');
  });

  it('rolls out with no unavailable pod and probes /healthz and /readyz', () => {
    const deployment = find(render(), 'Deployment', 'datalens-api');
    expect(deployment.spec.strategy.rollingUpdate.maxUnavailable).toBe(0);
    const container = deployment.spec.template.spec.containers[0];
    expect(container.livenessProbe.httpGet).toEqual({ path: '/healthz', port: 'http' });
    expect(container.readinessProbe.httpGet).toEqual({ path: '/readyz', port: 'http' });
    expect(container.startupProbe.httpGet.path).toBe('/healthz');
    expect(container.lifecycle.preStop.exec.command[0]).toBe('sleep');
    expect(container.volumeMounts).toContainEqual({ name: 'tmp', mountPath: '/tmp' });
  });

  it('has an HPA, a PDB and spread when replicated, and leaves replicas to the HPA', () => {
    const rendered = render({}, PROD_BASE);
    const deployment = find(rendered, 'Deployment', 'datalens-api');
    expect(deployment.spec.replicas).toBeUndefined();
    expect(find(rendered, 'HorizontalPodAutoscaler', 'datalens-api').spec).toMatchObject({ minReplicas: 3, maxReplicas: 6 });
    expect(find(rendered, 'PodDisruptionBudget', 'datalens-api').spec.maxUnavailable).toBe(1);
    expect(deployment.spec.template.spec.topologySpreadConstraints.map((c: any) => c.topologyKey)).toEqual(['kubernetes.io/hostname', 'topology.kubernetes.io/zone']);
  });

  it('has no HPA, PDB or spread with one replica', () => {
    const rendered = render({ api: { replicas: 1 } });
    expect(kinds(rendered, 'HorizontalPodAutoscaler').filter((h) => h.metadata.name === 'datalens-api')).toEqual([]);
    expect(kinds(rendered, 'PodDisruptionBudget').filter((p) => p.metadata.name === 'datalens-api')).toEqual([]);
    expect(find(rendered, 'Deployment', 'datalens-api').spec.template.spec.topologySpreadConstraints).toBeUndefined();
  });

  it('rolls the pods when its configuration changes', () => {
    const checksum = (r: ReturnType<typeof render>) => find(r, 'Deployment', 'datalens-api').spec.template.metadata.annotations['datalens.io/config-checksum'];
    expect(checksum(render({ api: { jwtExpiry: '30m' } }))).not.toBe(checksum(render()));
  });

  it('passes the CORS origins of the three hosts only, never a wildcard', () => {
    const config = find(render(), 'ConfigMap', 'datalens-api');
    expect(config.data.CORS_ALLOWED_ORIGINS).toBe('https://cc.test.example.com,https://admin.test.example.com,https://portal.test.example.com');
  });
});

describe('DatabaseMigration', () => {
  it('runs the API image with its settings and the migrate command, as a Sync hook', () => {
    const rendered = render({ api: { migrateCommand: ['/migrate', '--up'] } });
    const job = find(rendered, 'Job', 'datalens-api-migrate');
    const api = find(rendered, 'Deployment', 'datalens-api').spec.template.spec.containers[0];
    const container = job.spec.template.spec.containers[0];
    expect(container.image).toBe(api.image);
    expect(container.envFrom).toEqual(api.envFrom);
    expect(container.command).toEqual(['/migrate', '--up']);
    expect(job.spec.template.spec.restartPolicy).toBe('Never');
    expect(job.metadata.annotations).toMatchObject({ 'argocd.argoproj.io/hook': 'Sync', 'argocd.argoproj.io/hook-delete-policy': 'BeforeHookCreation' });
  });

  it("alerts on the migration Job's Failed condition, so a retry that then succeeds raises nothing", () => {
    const rules = find(render(), 'PrometheusRule', 'datalens-api-migrate').spec.groups.flatMap((g: any) => g.rules);
    const failed = rules.find((r: any) => r.alert === 'DatalensApiMigrateFailed');
    expect(failed.expr).toBe('kube_job_failed{namespace="datalens-test",job_name="datalens-api-migrate",condition="true"} == 1');
    expect(failed.expr).not.toContain('kube_job_status_failed');
  });

  it('defaults to the documented migrate command', () => {
    const container = find(render(), 'Job', 'datalens-api-migrate').spec.template.spec.containers[0];
    expect(container.command).toEqual(['/app/datalens-api', 'migrate', 'up', '--dir', '/migrations']);
  });

  it('is also a Helm hook: after the first install and before every upgrade, recreated each time', () => {
    const job = find(render(), 'Job', 'datalens-api-migrate');
    expect(job.metadata.annotations).toMatchObject({ 'helm.sh/hook': 'post-install,pre-upgrade', 'helm.sh/hook-delete-policy': 'before-hook-creation' });
  });

  it.each([
    ['statefulset', DEV_BASE, 'docker.io/library/postgres:16.15-bookworm'],
    ['cloudnative-pg', PROD_BASE, 'ghcr.io/cloudnative-pg/postgresql:16.15-standard-bookworm'],
  ] as const)('waits for a database in the cluster (%s) with pg_isready from its image before migrating', (_mode, base, image) => {
    const job = find(render({}, base), 'Job', 'datalens-api-migrate');
    const [wait] = job.spec.template.spec.initContainers;
    expect(wait.image).toBe(image);
    expect(wait.command.join(' ')).toContain('until pg_isready --dbname="$DATABASE_URL"');
    expect(envOf({ spec: { template: { spec: { containers: [wait] } } } }).DATABASE_URL).toEqual(envOf(job).DATABASE_URL);
  });

  it('does not wait for a managed database outside the cluster', () => {
    const job = find(render({ data: { postgres: { mode: 'external', host: 'db.example.com', cidr: '10.1.8.0/22', urlSecret: { remoteKey: 'db-url' } } } }, PROD_BASE), 'Job', 'datalens-api-migrate');
    expect(job.spec.template.spec.initContainers).toBeUndefined();
  });

  it('connects to PostgreSQL directly, not through the transaction pooler', () => {
    const env = envOf(find(render({}, PROD_BASE), 'Job', 'datalens-api-migrate'));
    expect(env.DATABASE_URL.value).toContain('@datalens-postgres-rw.datalens-prod-test.svc.cluster.local:5432/');
  });
});
