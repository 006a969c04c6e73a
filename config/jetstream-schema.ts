import { z } from 'zod';
import { binaryQuantity, duration } from './fields';
import { BINARY_QUANTITY, binaryBytes } from './units';

/*
 * The JetStream streams of an environment (data.nats.streams): what the API publishes to and
 * consumes from, declared with their subjects, retention and limits, and provisioned by the NATS
 * JetStream controller (NACK). Rules that need the cluster size are in `streamProblems`.
 */

/** JetStream allows at most 5 replicas of a stream, whatever the cluster size. */
export const MAX_STREAM_REPLICAS = 5;

const SUBJECT = /^(?:(?:[A-Za-z0-9_-]+|\*)\.)*(?:[A-Za-z0-9_-]+|\*|>)$/;
const STREAM_NAME = /^[A-Z][A-Z0-9_-]{0,31}$/;

export const streamSchema = z
  .strictObject({
    name: z.string().regex(STREAM_NAME, { message: 'expected a stream name such as SCANS: upper-case letters, digits, _ and -, at most 32' }).describe('Stream name the API uses'),
    description: z.string().min(1).optional().describe('What the stream carries, for readers'),
    subjects: z
      .array(z.string().regex(SUBJECT, { message: 'expected a NATS subject such as scan.> or dsr.*.created' }))
      .min(1)
      .describe('Subjects the stream captures; no two streams may overlap'),
    retention: z
      .enum(['limits', 'interest', 'workqueue'])
      .default('limits')
      .describe('limits: kept until a limit; interest: until every consumer acknowledged; workqueue: until one consumer acknowledged'),
    storage: z.enum(['file', 'memory']).default('file').describe('file survives restarts (on the NATS volumes); memory does not'),
    replicas: z
      .number()
      .int()
      .min(1)
      .max(MAX_STREAM_REPLICAS)
      .optional()
      .describe('Copies of each message; default the cluster size (at most 5), which prod requires'),
    maxAge: duration.describe('Oldest message kept (Go duration; days become hours)'),
    maxBytes: binaryQuantity.describe('Size limit of the stream; reserved against the servers\' maxFileStore (or maxMemoryStore)'),
    maxMsgs: z.number().int().min(1).optional().describe('Message count limit; unset is unlimited'),
    maxMsgSize: binaryQuantity.optional().describe('Largest message accepted; unset is the server limit'),
    discard: z
      .enum(['old', 'new'])
      .default('old')
      .describe('At a limit, drop the oldest messages (old) or refuse new ones (new); work queues that must not lose work use new'),
    duplicateWindow: duration.default('2m').describe('Window in which a repeated Nats-Msg-Id is dropped'),
  })
  .describe('A JetStream stream');
export type StreamConfig = z.infer<typeof streamSchema>;

/** The streams the API uses, as its contract names them: scans, data subject requests and events. */
export const API_STREAMS: StreamConfig[] = [
  { name: 'SCANS', description: 'Consent and tracker scans queued for the workers', subjects: ['scan.>'], retention: 'workqueue', storage: 'file', maxAge: '7d', maxBytes: '256Mi', discard: 'new', duplicateWindow: '2m' },
  { name: 'DSR', description: 'Data subject request workflows (access, correction, erasure)', subjects: ['dsr.>'], retention: 'workqueue', storage: 'file', maxAge: '30d', maxBytes: '256Mi', discard: 'new', duplicateWindow: '2m' },
  { name: 'EVENTS', description: 'Consent and audit events fanned out to consumers', subjects: ['events.>'], retention: 'limits', storage: 'file', maxAge: '7d', maxBytes: '512Mi', discard: 'old', duplicateWindow: '2m' },
];

/** Whether some subject matches both patterns (tokens with `*` for one token and a trailing `>` for the rest). */
export function subjectsOverlap(a: string, b: string): boolean {
  const x = a.split('.');
  const y = b.split('.');
  for (let i = 0; ; i++) {
    if (x[i] === '>' || y[i] === '>') return i < x.length && i < y.length;
    if (i === x.length || i === y.length) return x.length === y.length;
    if (x[i] !== '*' && y[i] !== '*' && x[i] !== y[i]) return false;
  }
}

/** The replicas a stream gets: as declared, else the cluster size up to JetStream's maximum. */
export function streamReplicas(stream: StreamConfig, clusterSize: number): number {
  return stream.replicas ?? Math.min(clusterSize, MAX_STREAM_REPLICAS);
}

/**
 * Problems of the declared streams against the NATS cluster: duplicate names, overlapping subjects
 * (the server refuses the second stream), more replicas than servers, fewer than the cluster size
 * in prod, and limits the servers cannot reserve (JetStream reserves each stream's maxBytes against
 * max_file_store or max_memory_store of the server it lands on; with all of them on one server the
 * sum must fit).
 */
export function streamProblems(
  nats: { readonly replicas: number; readonly maxFileStore: string; readonly maxMemoryStore: string; readonly streams: readonly StreamConfig[] },
  tier: string,
): { path: (string | number)[]; message: string }[] {
  const problems: { path: (string | number)[]; message: string }[] = [];
  const at = (i: number, ...rest: (string | number)[]) => ['data', 'nats', 'streams', i, ...rest];
  nats.streams.forEach((stream, i) => {
    const before = nats.streams.slice(0, i);
    if (before.some((s) => s.name.toLowerCase() === stream.name.toLowerCase())) problems.push({ path: at(i, 'name'), message: `expected each stream name once, got ${stream.name} twice` });
    for (const [j, other] of before.entries())
      for (const subject of stream.subjects)
        for (const theirs of other.subjects)
          if (subjectsOverlap(subject, theirs))
            problems.push({ path: at(i, 'subjects'), message: `expected subjects no other stream captures, got ${subject}, which overlaps ${theirs} of ${other.name} (data.nats.streams.${j})` });
    const replicas = streamReplicas(stream, nats.replicas);
    if (replicas > nats.replicas) problems.push({ path: at(i, 'replicas'), message: `expected at most ${nats.replicas} replicas, the NATS cluster size, got ${replicas}` });
    const wanted = Math.min(nats.replicas, MAX_STREAM_REPLICAS);
    if (tier === 'prod' && replicas !== wanted)
      problems.push({ path: at(i, 'replicas'), message: `expected ${wanted} replicas in a prod environment (the cluster size, at most ${MAX_STREAM_REPLICAS}), got ${replicas}` });
  });
  // sizes that failed their own validation are reported there
  const sized = [nats.maxFileStore, nats.maxMemoryStore, ...nats.streams.map((s) => s.maxBytes)].every((q) => BINARY_QUANTITY.test(q));
  if (!sized) return problems;
  for (const [storage, limit, field] of [
    ['file', nats.maxFileStore, 'maxFileStore'],
    ['memory', nats.maxMemoryStore, 'maxMemoryStore'],
  ] as const) {
    const streams = nats.streams.filter((s) => s.storage === storage);
    const total = streams.reduce((sum, s) => sum + binaryBytes(s.maxBytes), 0);
    if (total > binaryBytes(limit))
      problems.push({
        path: ['data', 'nats', field],
        message: `expected room for the ${storage} streams' limits (${streams.map((s) => `${s.name} ${s.maxBytes}`).join(' + ')} = ${Math.round(total / 1024 ** 2)}Mi), got ${limit}`,
      });
  }
  return problems;
}
