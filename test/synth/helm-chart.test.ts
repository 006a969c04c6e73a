import type { Environment } from '../../config/schema';
import { join } from 'node:path';
import type { Codec, DerivationStore } from '../../foundation/derivation-store';
import { MemoryStore } from '../support/memory-store';
import { COMPUTED_KNOBS, derivationStats, helmChart } from '../../synth/helm';
import { helmValuesJsonSchema, helmValuesOf, valuesLayout } from '../../synth/helm-values';
import { renderEnvironment } from '../../synth/render';
import { layoutOf, renderAll, writtenEnvironment } from '../../synth/synthesize';
import { DEV_BASE, environment, PROD_BASE } from '../support/fixtures';

/*
 * How the chart is made from the environments: which fields are knobs, which fix the template set,
 * and that environments differing only by knobs share one template set (so the chart does not grow
 * with them). The chart Helm renders is tested against the real binary in test/helm.test.ts.
 */

const VERSIONS = { version: '0.0.0', appVersion: '0.0.0' };

const written = (environment: Environment) => writtenEnvironment(renderEnvironment(environment));

function chartOf(environments: Environment[]) {
  return helmChart(environments.map(written), VERSIONS);
}

/** A production-shaped environment of its own: name, namespace, domain, secret prefix, bucket, images. */
function prodCopy(name: string, extra: Record<string, unknown> = {}): Environment {
  return environment(
    {
      namespace: `datalens-${name}`,
      domain: `${name}.example.com`,
      cors: { allowedOrigins: ['cc', 'admin', 'portal'].map((host) => `https://${host}.${name}.example.com`) },
      images: { api: { repository: 'ghcr.io/datalens/datalens-api', tag: `2.0.${name.length}` }, frontend: { repository: 'ghcr.io/datalens/datalens-frontend', tag: '2.0.0' } },
      secrets: { provider: 'external-secrets', storeName: 'vault', keyPrefix: `datalens/${name}` },
      data: { objectStore: { mode: 's3', bucket: `evidence-${name}`, region: 'ap-south-1', credentials: { type: 'irsa', roleArn: 'arn:aws:iam::123456789012:role/api' } } },
      ...extra,
    },
    PROD_BASE,
    name,
  );
}

const pathsOf = (leaves: readonly { path: readonly (string | number)[] }[]) => leaves.map((l) => l.path.join('.'));

describe('the values layout', () => {
  const schema = helmValuesJsonSchema();
  const layout = valuesLayout(helmValuesOf(environment({}, DEV_BASE)), schema);
  const kindOf = (path: string) => layout.leaves.find((l) => l.path.join('.') === path)?.kind;

  it('fixes modes, the tier, enumerations, flags and ratios; counts of one too', () => {
    for (const path of ['tier', 'data.postgres.mode', 'edge.mode', 'data.redis.maxmemoryPolicy', 'monitoring.thresholds.apiErrorRatio', 'data.nats.replicas']) expect([path, kindOf(path)]).toEqual([path, 'fixed']);
  });

  it('takes texts, counts of two or more and quantities as knobs, and image parts as parts of one image', () => {
    expect(kindOf('domain')).toBe('text');
    expect(kindOf('data.postgres.maxConnections')).toBe('int');
    expect(kindOf('data.nats.maxFileStore')).toBe('quantity');
    expect(layout.leaves.find((l) => l.path.join('.') === 'images.api.tag')?.imagePart).toBe('tag');
  });

  it('offers optional texts the environment leaves out (a CPU limit, a storage class, a digest), not optional objects', () => {
    expect(pathsOf(layout.optional)).toEqual(expect.arrayContaining(['api.resources.cpuLimit', 'data.nats.storage.storageClass', 'images.api.digest']));
    expect(layout.absent.map((p) => p.join('.'))).toEqual(expect.arrayContaining(['api.autoscaling', 'edge.gateway']));
  });

  it('leaves the namespace, Argo CD settings and the pull Secrets out of the leaves', () => {
    expect(pathsOf(layout.leaves).filter((p) => /^(namespace|argocd|imagePullSecrets)\b|\.argocd\./.test(p))).toEqual([]);
  });
});

describe('the template sets', () => {
  it('are shared by environments that differ only by knobs: the chart does not grow with them', () => {
    const one = chartOf([prodCopy('alpha')]);
    const three = chartOf([prodCopy('alpha'), prodCopy('bravo'), prodCopy('charlie', { api: { replicas: 5, autoscaling: { minReplicas: 4, maxReplicas: 9 } } })]);
    expect(three.sets).toHaveLength(1);
    const templates = (chart: typeof one) => [...chart.files].filter(([path]) => path.startsWith('templates/'));
    expect(templates(three).filter(([path]) => path !== 'templates/_sets.tpl')).toEqual(templates(one).filter(([path]) => path !== 'templates/_sets.tpl'));
    expect([...three.files.keys()].filter((path) => path.startsWith('values-'))).toEqual(['values-alpha.yaml', 'values-bravo.yaml', 'values-charlie.yaml']);
  });

  it('differ where a fixed field differs, and define the documents they share once', () => {
    const chart = chartOf([prodCopy('alpha'), prodCopy('bravo', { data: { nats: { replicas: 5 } } })]);
    expect(chart.sets).toHaveLength(2);
    const defines = [...chart.files].filter(([path]) => /^templates\/_datalens-.*\.tpl$/.test(path)).flatMap(([, text]) => text.match(/define "datalens\.doc\.[0-9a-f]+"/g) ?? []);
    expect(new Set(defines).size).toBe(defines.length);
    const api = [...chart.files].find(([path]) => path === 'templates/_datalens-api.tpl')![1];
    // NATS replicas change no object of the API: both sets use the same API documents
    const files = chart.sets.map((s) => [...s.set.files.get('datalens-api')!].length);
    expect((api.match(/define "datalens\.doc\./g) ?? []).length).toBe(files[0]);
  });

  it('fix what the constructs make one of per unit (NATS routes per replica), what they transform (a stream name lower-cased into an object name, its age and size in other units) and what lands in a key (the dashboard label)', () => {
    const [alpha] = chartOf([prodCopy('alpha')]).environments;
    const streams = [0, 1, 2].flatMap((i) => ['name', 'maxAge', 'maxBytes'].map((field) => `data.nats.streams.${i}.${field}`));
    expect(alpha.fixed.map((p) => p.join('.'))).toEqual(expect.arrayContaining(['data.nats.replicas', ...streams, 'monitoring.grafanaDashboardLabel']));
    // and no more than those and what only production-shaped drills and log rules hold
    expect(alpha.fixed.map((p) => p.join('.')).filter((p) => !p.startsWith('data.nats.') && !/restoreDrill|ruleLabel|grafanaDashboardLabel/.test(p))).toEqual([]);
  });

  it('keep knobs inside checksummed configs, recomputing the checksum from the values', () => {
    const chart = chartOf([prodCopy('alpha')]);
    const frontend = [...chart.files].find(([path]) => path === 'templates/_datalens-frontend.tpl')![1];
    expect(frontend).toMatch(/datalens\.io\/config-checksum: \{\{ include "datalens\.checksum\.[0-9a-f]+" \. \| sha256sum \}\}/);
    expect(frontend).toMatch(/define "datalens\.checksum\.[0-9a-f]+".*\.Values\.domain/s);
  });
});

describe('the derivation', () => {
  it('settles the committed environments with the declared computed knobs: no halving search, a few renders each', () => {
    const rendered = renderAll(layoutOf(join(__dirname, '..', '..')));
    helmChart(rendered, VERSIONS);
    // a construct that starts computing with another knob shows here first: add it to COMPUTED_KNOBS
    expect(derivationStats.searched).toEqual([]);
    expect(derivationStats.renders).toBeLessThanOrEqual(rendered.length * 16);
  });

  it('takes the hints as hints: the chart is the same with none, and with hints that name knobs nothing computes', () => {
    const environments = [environment({}, DEV_BASE, 'dev'), prodCopy('alpha')];
    const rendered = environments.map(written);
    const hinted = helmChart(rendered, VERSIONS);
    const unhinted = helmChart(rendered, VERSIONS, undefined, { hints: [] });
    // without hints each environment has knobs no earlier one needed: the halving search finds them
    expect(derivationStats.searched).toEqual(['dev', 'alpha']);
    const overhinted = helmChart(rendered, VERSIONS, undefined, { hints: [...COMPUTED_KNOBS, JSON.stringify(['domain']), JSON.stringify(['images', 'api', 'tag'])] });
    expect(Object.fromEntries(unhinted.files)).toEqual(Object.fromEntries(hinted.files));
    expect(Object.fromEntries(overhinted.files)).toEqual(Object.fromEntries(hinted.files));
  });

  /** What a store had to make: each environment's settlement, verifications of a set against the files of a namespace, template sets, the values' schema and its file. */
  const made = (store: MemoryStore) =>
    store.made.map((key) => {
      const { settlement, verified, namespace, helmValuesJsonSchema, helmValuesSchemaFile } = key as { settlement?: Environment; verified?: string; namespace?: string; helmValuesJsonSchema?: string; helmValuesSchemaFile?: string };
      if (helmValuesSchemaFile) return 'values schema file';
      return settlement ? `settlement of ${settlement.name}` : verified ? `verification in ${namespace}` : helmValuesJsonSchema ? 'values schema' : 'template set';
    });
  /** What a store made, the verifications once each. */
  const madeOnce = (store: MemoryStore) => [...new Set(made(store))];
  /** Reads every settlement it keeps as one that fixes nothing. */
  class WrongSettlements extends MemoryStore {
    get<T>(key: unknown, produce: () => T, codec: Codec<T>): T {
      if ((key as { settlement?: unknown }).settlement && this.entries.has(JSON.stringify(key))) return codec.decode(JSON.stringify({ fixed: [], made: [], found: [], searched: false }));
      return super.get(key, produce, codec);
    }
  }
  const withTag = (tag: string) => [environment({ images: { api: { repository: 'ghcr.io/datalens/datalens-api', tag } } }, DEV_BASE, 'dev'), prodCopy('alpha'), prodCopy('bravo')];
  const derive = (environments: Environment[], store?: DerivationStore, version = '0.0.0', hints?: readonly string[]) => {
    const chart = helmChart(environments.map(written), { ...VERSIONS, version }, undefined, { store, hints });
    // the version tells the charts apart for the process's own memo, and is all Chart.yaml says
    return Object.fromEntries([...chart.files].filter(([path]) => path !== 'Chart.yaml'));
  };

  it('keeps what settling each environment took: after one changed, only that one is settled again, and the chart is the one made without a store', () => {
    const store = new MemoryStore();
    derive(withTag('2.0.0'), store, '1.0.0');
    expect(made(store)).toEqual(expect.arrayContaining(['values schema', 'values schema file', 'settlement of dev', 'settlement of alpha', 'settlement of bravo', 'template set', 'verification in datalens-alpha']));

    store.made = [];
    const changed = derive(withTag('2.0.1'), store, '1.0.1');
    // the tag is a knob: the sentinel environments, and so every template set, stay; the environments after it keep
    // their settlements, and the sets' verifications against their files
    expect(madeOnce(store)).toEqual(['settlement of dev', `verification in ${DEV_BASE.namespace}`]);
    expect(changed['values-dev.yaml']).toContain('2.0.1');
    expect(changed).toEqual(derive(withTag('2.0.1'), undefined, '1.0.2'));

    // a kept settlement that does not render its environment is settled again
    const wrong = new WrongSettlements();
    derive(withTag('2.0.1'), wrong, '1.0.3');
    expect(derive(withTag('2.0.1'), wrong, '1.0.4')).toEqual(changed);
  });

  it('keeps what the search found: with no hints, the environments after a changed one read their settlements, the hints those found replayed', () => {
    const store = new MemoryStore();
    derive(withTag('2.0.0'), store, '2.0.0', []);
    expect(derivationStats.searched.length).toBeGreaterThan(0);
    store.made = [];
    const changed = derive(withTag('2.0.1'), store, '2.0.1', []);
    expect(madeOnce(store)).toEqual(['settlement of dev', `verification in ${DEV_BASE.namespace}`]);
    expect(derivationStats.searched.length).toBeGreaterThan(0);
    expect(changed).toEqual(derive(withTag('2.0.1'), undefined, '2.0.2', []));
  });
});
