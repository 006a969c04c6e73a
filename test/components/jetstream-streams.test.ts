import { subjectsOverlap } from '../../config/jetstream-schema';
import { environmentSchema } from '../../config/schema';
import { find, kinds, merge, PROD_BASE, render, DEV_BASE } from '../support/fixtures';

const messages = (tree: Record<string, unknown>) => {
  const parsed = environmentSchema.safeParse(tree);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('JetStream streams', () => {
  const prod = render({}, PROD_BASE);

  it("provisions the API's streams as NACK Streams, replicated over the whole cluster in prod", () => {
    const streams = kinds(prod, 'Stream');
    expect(streams.map((s) => s.spec.name).sort()).toEqual(['DSR', 'EVENTS', 'SCANS']);
    expect(find(prod, 'Stream', 'datalens-nats-stream-dsr').spec).toEqual({
      name: 'DSR',
      description: 'Data subject request workflows (access, correction, erasure)',
      subjects: ['dsr.>'],
      retention: 'workqueue',
      storage: 'file',
      replicas: 3,
      // Go durations know no days
      maxAge: '720h',
      maxBytes: 256 * 1024 * 1024,
      discard: 'new',
      duplicateWindow: '2m',
      account: 'datalens-nats-streams',
      preventDelete: true,
    });
  });

  it('tells the controller where NATS is and which credentials to use, read from the secret store', () => {
    expect(find(prod, 'Account', 'datalens-nats-streams').spec).toEqual({
      name: 'datalens-nats-streams',
      // tls:// so the controller's client insists on TLS; the CA comes with a client certificate of its own, not the CA's Secret
      servers: ['tls://datalens-nats.datalens-prod-test.svc.cluster.local:4222'],
      tls: { secret: { name: 'datalens-nats-streams-tls' }, ca: 'ca.crt', cert: 'tls.crt', key: 'tls.key' },
      user: { secret: { name: 'datalens-nats-streams' }, user: 'user', password: 'password' },
    });
    const secret = find(prod, 'ExternalSecret', 'datalens-nats-streams');
    expect(secret.spec.data).toEqual([{ secretKey: 'password', remoteRef: { key: 'datalens/test/nats', property: 'password' } }]);
    expect(secret.spec.target.template.data).toEqual({ user: 'datalens' });
  });

  it("admits the controller's pods to the NATS client port only", () => {
    const ingress = find(prod, 'NetworkPolicy', 'datalens-nats').spec.ingress;
    expect(ingress).toContainEqual({
      from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'nack' } }, podSelector: { matchLabels: { app: 'nack' } } }],
      ports: [{ protocol: 'TCP', port: 4222 }],
    });
  });

  it('alerts on every declared stream near its limit and on a stream that is missing', () => {
    const rules = find(prod, 'PrometheusRule', 'datalens-nats-streams').spec.groups[0].rules;
    const nearLimit = rules.filter((r: any) => r.alert === 'DatalensJetStreamStreamNearLimit');
    expect(nearLimit.map((r: any) => r.expr)).toEqual([
      'max(jetstream_stream_total_bytes{namespace="datalens-prod-test",job="datalens-nats",stream_name="SCANS"}) / 268435456 > 0.8',
      'max(jetstream_stream_total_bytes{namespace="datalens-prod-test",job="datalens-nats",stream_name="DSR"}) / 268435456 > 0.8',
      'max(jetstream_stream_total_bytes{namespace="datalens-prod-test",job="datalens-nats",stream_name="EVENTS"}) / 536870912 > 0.8',
    ]);
    // a full work queue refusing publishes pages someone; a full fan-out of events only warns
    expect(nearLimit.map((r: any) => r.labels.severity)).toEqual(['critical', 'critical', 'warning']);
    // rules sharing an alert name need labels telling them apart (promtool check rules refuses duplicates)
    expect(nearLimit.map((r: any) => r.labels.stream_name)).toEqual(['SCANS', 'DSR', 'EVENTS']);
    expect(rules.find((r: any) => r.alert === 'DatalensJetStreamStreamMissing').expr).toContain('absent(jetstream_stream_total_messages{namespace="datalens-prod-test",job="datalens-nats",stream_name="EVENTS"})');
  });

  it('takes the streams from the environment, with one replica on a single node', () => {
    const dev = render({ data: { nats: { streams: [{ name: 'AUDIT', subjects: ['audit.*.created'], maxAge: '90d', maxBytes: '64Mi', storage: 'memory' }] } } });
    expect(kinds(dev, 'Stream').map((s) => [s.metadata.name, s.spec.replicas, s.spec.storage, s.spec.maxAge])).toEqual([['datalens-nats-stream-audit', 1, 'memory', '2160h']]);
  });
});

describe('the stream declarations', () => {
  const withStreams = (streams: unknown[], nats: Record<string, unknown> = {}, base = DEV_BASE) => merge(base, { data: { nats: { ...nats, streams } } });
  const stream = (name: string, subjects: string[], extra: Record<string, unknown> = {}) => ({ name, subjects, maxAge: '1d', maxBytes: '64Mi', ...extra });

  it('refuse subjects two streams would capture', () => {
    expect(messages(withStreams([stream('A', ['orders.>']), stream('B', ['orders.eu.created'])]))).toEqual([
      'data.nats.streams.1.subjects: expected subjects no other stream captures, got orders.eu.created, which overlaps orders.> of A (data.nats.streams.0)',
    ]);
  });

  it('refuse more replicas than servers, and fewer than the cluster in prod', () => {
    expect(messages(withStreams([stream('A', ['a.>'], { replicas: 3 })]))).toEqual(['data.nats.streams.0.replicas: expected at most 1 replicas, the NATS cluster size, got 3']);
    expect(messages(withStreams([stream('A', ['a.>'], { replicas: 1 })], { replicas: 3 }, PROD_BASE))).toEqual([
      'data.nats.streams.0.replicas: expected 3 replicas in a prod environment (the cluster size, at most 5), got 1',
    ]);
  });

  it('refuse limits the servers cannot reserve', () => {
    expect(messages(withStreams([stream('A', ['a.>'], { maxBytes: '3Gi' }), stream('B', ['b.>'], { maxBytes: '2Gi' })]))).toEqual([
      "data.nats.maxFileStore: expected room for the file streams' limits (A 3Gi + B 2Gi = 5120Mi), got 4Gi",
    ]);
  });

  it('refuse a name the API could not use and a day-less subject syntax error', () => {
    expect(messages(withStreams([stream('scans', ['scan.>'])]))[0]).toMatch(/^data\.nats\.streams\.0\.name: expected a stream name/);
    expect(messages(withStreams([stream('A', ['a.>.b'])]))[0]).toMatch(/^data\.nats\.streams\.0\.subjects\.0: expected a NATS subject/);
  });
});

describe('subjectsOverlap', () => {
  it.each([
    ['a.b', 'a.b', true],
    ['a.*', 'a.b', true],
    ['a.>', 'a.b.c', true],
    ['a.>', 'a', false],
    ['a.*', 'a.b.c', false],
    ['*.b', 'a.*', true],
    ['a.b', 'a.c', false],
    ['>', 'x', true],
    ['a.*.c', 'a.b.>', true],
  ])('%s and %s: %s', (a, b, expected) => {
    expect(subjectsOverlap(a, b)).toBe(expected);
    expect(subjectsOverlap(b, a)).toBe(expected);
  });
});
