import { Chart, Testing } from 'cdk8s';
import { Api, Frontend, Minio, Nats, Postgres, Redis, SmtpRelay } from '../../index';
import { defaultEnvironment } from '../../config/component-settings';
import { environmentSchema } from '../../config/schema';
import { ConnectionGraph } from '../../foundation/connection-graph';
import { provideContext, type Component } from '../../foundation/component';

/*
 * The constructs as a cdk8s user reuses them: in a plain Chart (no environment chart around them),
 * with the fewest props, synthesised by cdk8s's own Testing.synth. The defaults they fill in are
 * the environment schema's, so each expectation is read from the schema rather than repeated.
 */

const API_IMAGE = { repository: 'registry.example.com/shop/api', tag: '1.2.3' };
const FRONTEND_IMAGE = { repository: 'registry.example.com/shop/web', tag: '1.2.3' };
const schemaDefault = environmentSchema.shape.data.shape;

type Manifest = { kind: string; metadata: { name: string; namespace?: string; labels?: Record<string, string> }; [field: string]: any };

function plainChart(): Chart {
  return new Chart(Testing.app(), 'plain', { namespace: 'shop' });
}

function find(manifests: Manifest[], kind: string, name: string): Manifest {
  const found = manifests.find((m) => m.kind === kind && m.metadata.name === name);
  if (!found) throw new Error(`no ${kind}/${name} among ${manifests.map((m) => `${m.kind}/${m.metadata.name}`).join(', ')}`);
  return found;
}

const containerOf = (workload: Manifest, name: string) => workload.spec.template.spec.containers.find((c: { name: string }) => c.name === name);

describe('the data-service constructs in a plain cdk8s Chart', () => {
  it('Postgres with no props: one StatefulSet pod at the schema defaults, in the chart namespace', () => {
    const chart = plainChart();
    new Postgres(chart, 'Db');
    const manifests: Manifest[] = Testing.synth(chart);
    const defaults = schemaDefault.postgres.parse({ mode: 'statefulset' });
    if (defaults.mode !== 'statefulset') throw new Error('unreachable');
    const set = find(manifests, 'StatefulSet', 'datalens-postgres');
    expect(set.metadata.namespace).toBe('shop');
    expect(containerOf(set, 'postgres').image).toBe(`${defaults.image.repository}:${defaults.image.tag}`);
    expect(set.spec.volumeClaimTemplates[0].spec.resources.requests.storage).toBe(defaults.storage.size);
    expect(find(manifests, 'Secret', 'datalens-postgres').metadata.namespace).toBe('shop');
  });

  it('Postgres with partial settings keeps the given values and fills the rest', () => {
    const chart = plainChart();
    new Postgres(chart, 'Db', { config: { mode: 'statefulset', maxConnections: 50 }, name: 'orders-db' });
    const manifests: Manifest[] = Testing.synth(chart);
    const set = find(manifests, 'StatefulSet', 'orders-db');
    const args = JSON.stringify(containerOf(set, 'postgres'));
    expect(args).toContain('max_connections=50');
    expect(args).toContain('shared_buffers=128MB');
    expect(find(manifests, 'Service', 'orders-db').spec.ports.map((p: { port: number }) => p.port)).toContain(5432);
  });

  it('Redis with no props: the schema defaults, maxmemory in Redis units, a retained volume', () => {
    const chart = plainChart();
    new Redis(chart, 'Cache');
    const manifests: Manifest[] = Testing.synth(chart);
    const defaults = schemaDefault.redis.parse({ mode: 'statefulset' });
    if (defaults.mode !== 'statefulset') throw new Error('unreachable');
    const conf = find(manifests, 'ConfigMap', 'datalens-redis').data['redis.conf'];
    expect(conf).toContain(`maxmemory ${defaults.maxmemory.replace('Mi', 'mb')}`);
    expect(conf).toContain(`maxmemory-policy ${defaults.maxmemoryPolicy}`);
    const set = find(manifests, 'StatefulSet', 'datalens-redis');
    expect(set.metadata.namespace).toBe('shop');
    expect(set.spec.replicas).toBe(1);
    expect(set.spec.persistentVolumeClaimRetentionPolicy.whenDeleted).toBe('Retain');
  });

  it('Redis takes its own name and a partial config', () => {
    const chart = plainChart();
    new Redis(chart, 'Cache', { name: 'sessions', config: { mode: 'statefulset', maxmemory: '100Mi' } });
    const manifests: Manifest[] = Testing.synth(chart);
    expect(find(manifests, 'ConfigMap', 'sessions').data['redis.conf']).toContain('maxmemory 100mb');
    // the only objects not its own are the chart's shared internal PKI (one CA per namespace)
    const others = manifests.filter((m) => !m.metadata.name.startsWith('sessions'));
    expect(others.filter((m) => !m.metadata.labels?.['datalens.io/internal-pki'])).toEqual([]);
    expect(others.map((m) => m.metadata.name).every((name) => name.startsWith('datalens-'))).toBe(true);
    expect(find(manifests, 'Certificate', 'sessions-tls').spec.dnsNames).toContain('sessions.shop.svc');
  });

  it('Nats with partial props (replicas only): a routed cluster in the chart namespace with the default streams', () => {
    const chart = plainChart();
    new Nats(chart, 'Bus', { config: { replicas: 3 } });
    const manifests: Manifest[] = Testing.synth(chart);
    const set = find(manifests, 'StatefulSet', 'datalens-nats');
    expect(set.spec.replicas).toBe(3);
    // the routes carry the route credentials, so they live in a Secret the server's config includes
    expect(JSON.stringify(manifests)).toContain('@datalens-nats-2.datalens-nats-headless.shop.svc.cluster.local:6222');
    const streams = manifests.filter((m) => m.kind === 'Stream').map((m) => m.spec.name);
    expect(streams).toEqual(schemaDefault.nats.parse({}).streams.map((s) => s.name));
    expect(streams.length).toBeGreaterThan(0);
  });

  it('Nats refuses a bad value with one line naming the construct and the field', () => {
    const chart = plainChart();
    expect(() => new Nats(chart, 'Bus', { config: { maxFileStore: '4G' } })).toThrow(/^plain\/Bus: config\.maxFileStore: expected a whole number of Ki, Mi, Gi or Ti/);
  });

  it("takes its chart environment's own section as it is, and parses the same values given as its own settings", () => {
    // the Helm chart renders each environment once more with markers where its values go
    // (synth/helm-template.ts); a second parse in the construct would refuse them and cost the chart its knobs
    const environment = defaultEnvironment('shop');
    const postgres = environment.config.data.postgres;
    if (postgres.mode !== 'statefulset') throw new Error('unreachable');
    const marked = { ...postgres, image: { ...postgres.image, digest: 'sha256:zq001x' } };
    const chart = plainChart();
    provideContext(chart, { environment: { ...environment, config: { ...environment.config, data: { ...environment.config.data, postgres: marked } } }, graph: new ConnectionGraph<Component>() });
    new Postgres(chart, 'Db', { config: marked });
    expect(containerOf(find(Testing.synth(chart), 'StatefulSet', 'datalens-postgres'), 'postgres').image).toContain('@sha256:zq001x');
    expect(() => new Postgres(plainChart(), 'Db', { config: { ...marked } })).toThrow(/^plain\/Db: config\.image\.digest: expected sha256:<64 hex digits>/);
  });

  it('Minio with no props: one node, the default bucket, and the Job that creates it', () => {
    const chart = plainChart();
    const minio = new Minio(chart, 'Evidence');
    const manifests: Manifest[] = Testing.synth(chart);
    const defaults = schemaDefault.objectStore.parse({ mode: 'minio' });
    if (defaults.mode === 's3') throw new Error('unreachable');
    expect(minio.bucket).toBe(defaults.bucket);
    expect(find(manifests, 'StatefulSet', 'datalens-minio').spec.replicas).toBe(1);
    expect(manifests.filter((m) => m.kind === 'Job').length).toBeGreaterThan(0);
    expect(manifests.every((m) => m.metadata.namespace === undefined || m.metadata.namespace === 'shop')).toBe(true);
  });

  it('Minio refuses the s3 mode, which is the S3Bucket construct', () => {
    expect(() => new Minio(plainChart(), 'Evidence', { config: { mode: 's3', bucket: 'b', region: 'ap-south-1', credentials: { type: 'secret' } } as never })).toThrow(
      /plain\/Evidence: config\.mode: expected minio or minio-distributed/,
    );
  });

  it('Api and Frontend with only their image and wiring: connected to every data service, defaults from the schema', () => {
    const chart = plainChart();
    const api = new Api(chart, 'Api', {
      image: API_IMAGE,
      postgres: new Postgres(chart, 'Db'),
      redis: new Redis(chart, 'Cache'),
      nats: new Nats(chart, 'Bus'),
      evidence: new Minio(chart, 'Evidence'),
      mail: new SmtpRelay(chart, 'Mail', { host: 'smtp.example.com' }),
    });
    new Frontend(chart, 'Web', { image: FRONTEND_IMAGE, api });
    const manifests: Manifest[] = Testing.synth(chart);
    const apiDefaults = environmentSchema.shape.api.parse({});

    const deployment = find(manifests, 'Deployment', 'datalens-api');
    expect(deployment.metadata.namespace).toBe('shop');
    expect(deployment.spec.replicas).toBe(apiDefaults.replicas);
    const container = containerOf(deployment, 'api');
    expect(container.image).toBe('registry.example.com/shop/api:1.2.3');
    const env = Object.fromEntries(container.env.map((e: { name: string }) => [e.name, e]));
    for (const name of ['DATABASE_URL', 'REDIS_URL', 'NATS_URL']) expect(env[name]).toBeDefined();
    const settings = find(manifests, 'ConfigMap', 'datalens-api').data;
    expect(settings.API_VERSION).toBe(apiDefaults.apiVersion);
    expect(settings.CORS_ALLOWED_ORIGINS).toBe('');
    expect(settings.FROM_EMAIL).toMatch(/^no-reply@/);

    const web = find(manifests, 'ConfigMap', 'datalens-frontend').data['config.js'];
    expect(web).toContain(`"apiVersion":"${apiDefaults.apiVersion}"`);
    expect(web).toMatch(/"apiBaseUrl":"https:\/\/api\./);
    expect(find(manifests, 'Deployment', 'datalens-frontend').spec.replicas).toBe(environmentSchema.shape.frontend.parse({}).replicas);
  });

  it('a chart without a namespace puts the objects in the datalens namespace (never Kubernetes default)', () => {
    const chart = new Chart(Testing.app(), 'plain');
    new Redis(chart, 'Cache');
    const manifests: Manifest[] = Testing.synth(chart);
    expect(new Set(manifests.map((m) => m.metadata.namespace))).toEqual(new Set(['datalens']));
  });

  it('two plain charts of one app keep their components apart (one context per chart)', () => {
    const app = Testing.app();
    const one = new Chart(app, 'one', { namespace: 'one' });
    const two = new Chart(app, 'two', { namespace: 'two' });
    new Redis(one, 'Cache');
    new Redis(two, 'Cache');
    expect(find(Testing.synth(one), 'StatefulSet', 'datalens-redis').metadata.namespace).toBe('one');
    expect(find(Testing.synth(two), 'StatefulSet', 'datalens-redis').metadata.namespace).toBe('two');
  });
});
