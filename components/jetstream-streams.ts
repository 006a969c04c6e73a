import { Construct } from 'constructs';
import { streamReplicas, type StreamConfig } from '../config/jetstream-schema';
import type { NatsConfig } from '../config/schema';
import { binaryBytes, goDuration } from '../config/units';
import { AppSecret } from '../foundation/app-secret';
import { contextOf, type Component } from '../foundation/component';
import { InternalCa } from '../foundation/internal-ca';
import { platformPeer, type PortSpec } from '../foundation/peer';
import { observePart, percent, targetOf, type AlertRule } from '../foundation/telemetry';
import { Account, Stream, StreamSpecDiscard, StreamSpecRetention, StreamSpecStorage } from '../imports/nack-jetstream.nats.io';

export interface JetStreamStreamsProps {
  /** The NATS the streams live in; the controller connects to its client port. */
  readonly nats: Component;
  /** Its client port (TLS-only when internal TLS is on). */
  readonly clientPort: PortSpec;
  /** The user the API (and so the controller) authenticates as; its password is the `nats` key of the secret store. */
  readonly user: string;
  /** The environment's NATS settings: the streams, the cluster size and the controller. */
  readonly config: NatsConfig;
}

/**
 * The JetStream streams the API uses, as NACK `Stream` resources the NATS JetStream controller
 * creates and keeps in line with the environment (subjects, retention, limits, replicas), through
 * an `Account` that tells it where NATS is and which credentials to use. Deleting a resource never
 * deletes its stream (`preventDelete`): messages outlive a rename or a prune. Alerts watch the
 * streams against their limits and for consumers falling behind.
 */
export class JetStreamStreams extends Construct {
  constructor(scope: Construct, id: string, props: JetStreamStreamsProps) {
    super(scope, id);
    const { nats, config } = props;
    const { graph, environment } = contextOf(this);
    const name = `${nats.name}-streams`;
    const credentials = new AppSecret(this, 'Credentials', {
      name,
      values: { password: { remoteKey: 'nats', property: 'password', placeholder: 'dev-only-nats-password' } },
      templates: { user: () => props.user },
    });
    // the controller runs in another namespace and reads its TLS files from a Secret here: a client
    // certificate of its own brings the CA certificate without the CA's key
    const ca = InternalCa.of(this);
    const clientCertificate = ca.enabled ? ca.clientCertificate(this, nats.metadata('streams-tls'), name) : undefined;
    const account = new Account(this, 'Account', {
      metadata: nats.metadata('streams'),
      spec: {
        name,
        // tls:// makes the controller's Go client insist on TLS and verify the server against `ca`
        servers: [`${clientCertificate ? 'tls' : 'nats'}://${nats.serviceHost()}:${props.clientPort.port}`],
        ...(clientCertificate ? { tls: { secret: { name: clientCertificate.secretName }, ca: 'ca.crt', cert: 'tls.crt', key: 'tls.key' } } : {}),
        user: { secret: { name: credentials.name }, user: 'user', password: 'password' },
      },
    });
    for (const stream of config.streams) {
      new Stream(this, `Stream-${stream.name}`, {
        metadata: nats.metadata(`stream-${stream.name.toLowerCase()}`),
        spec: {
          name: stream.name,
          ...(stream.description ? { description: stream.description } : {}),
          subjects: [...stream.subjects],
          retention: RETENTION[stream.retention],
          storage: stream.storage === 'file' ? StreamSpecStorage.FILE : StreamSpecStorage.MEMORY,
          replicas: streamReplicas(stream, config.replicas),
          maxAge: goDuration(stream.maxAge),
          maxBytes: binaryBytes(stream.maxBytes),
          ...(stream.maxMsgs ? { maxMsgs: stream.maxMsgs } : {}),
          ...(stream.maxMsgSize ? { maxMsgSize: binaryBytes(stream.maxMsgSize) } : {}),
          discard: stream.discard === 'old' ? StreamSpecDiscard.OLD : StreamSpecDiscard.NEW,
          duplicateWindow: goDuration(stream.duplicateWindow),
          account: account.name,
          preventDelete: true,
        },
      });
    }
    const controller = platformPeer('NATS JetStream controller (NACK)', {
      kind: 'namespace',
      namespace: config.streamController.namespace,
      podLabels: config.streamController.podLabels,
    });
    graph.connect(controller, nats, [props.clientPort], 'JetStream stream provisioning');
    this.observe(nats, config.streams, environment.config.monitoring.thresholds);
  }

  private observe(nats: Component, streams: readonly StreamConfig[], thresholds: { jetstreamStorageRatio: number; jetstreamConsumerPending: number }): void {
    const target = targetOf(nats);
    const ratio = thresholds.jetstreamStorageRatio;
    // every server hosting a replica reports the stream; the largest report is the stream's size
    const bytes = (stream: string) => `max(jetstream_stream_total_bytes{${target},stream_name="${stream}"})`;
    const rules: AlertRule[] = [
      {
        alert: 'DatalensJetStreamStreamMissing',
        expr: streams.map((s) => `absent(jetstream_stream_total_messages{${target},stream_name="${s.name}"})`).join(' or '),
        for: '15m',
        severity: 'critical',
        summary: `A declared JetStream stream (${streams.map((s) => s.name).join(', ')}) does not exist on NATS`,
        meaning: 'The API publishes to a stream that is not there: its publishes fail, so scans, DSR workflows or events stop.',
        confirm: [
          '`kubectl get streams.jetstream.nats.io -n <namespace>` shows each Stream resource and its Ready condition; the condition message names the error.',
          '`kubectl logs deploy/<nack release> -n <controller namespace>` shows why the controller could not create it (connection refused: the NetworkPolicy or NATS down; authorization: the password in the store).',
        ],
        runbook: 'Fix what the Stream condition or the controller log says (controller not installed, NATS unreachable, wrong password, subjects overlapping a stream created by hand), then let the controller retry.',
      },
      ...streams.map(
        (s): AlertRule => ({
          alert: 'DatalensJetStreamStreamNearLimit',
          expr: `${bytes(s.name)} / ${binaryBytes(s.maxBytes)} > ${ratio}`,
          // one rule per stream, each with its own limit: the label tells them apart (and the alerts they raise)
          labels: { stream_name: s.name },
          for: '15m',
          severity: s.discard === 'new' || s.retention === 'workqueue' ? 'critical' : 'warning',
          summary: `Stream ${s.name} holds more than ${percent(ratio)} of its ${s.maxBytes} limit`,
          meaning:
            s.discard === 'new'
              ? `At the limit NATS refuses new messages to ${s.name}: the API's publishes fail.`
              : `At the limit NATS drops the oldest messages of ${s.name}${s.retention === 'workqueue' ? ', work that was never processed' : ''}.`,
          runbook: `Consumers of ${s.name} are not keeping up or a producer floods it: check the consumer backlog panel and the API workers. To give it room, raise data.nats.streams[${s.name}].maxBytes (and data.nats.maxFileStore and the volume if the sum no longer fits); the controller updates the stream in place.`,
        }),
      ),
      {
        alert: 'DatalensJetStreamConsumerBacklog',
        expr: `max by (stream_name, consumer_name) (jetstream_consumer_num_pending{${target}}) > ${thresholds.jetstreamConsumerPending}`,
        for: '15m',
        severity: 'warning',
        summary: `A JetStream consumer has more than ${thresholds.jetstreamConsumerPending} messages pending`,
        runbook: 'The consumers (API workers) fall behind: check their errors in the API logs and scale the API; a stuck consumer shows a pending count that only grows.',
      },
    ];
    observePart(nats, this, `${nats.name}-streams`, {
      title: 'JetStream streams',
      rules,
      panels: [
        { title: 'Stream size / limit', expr: `max by (stream_name) (jetstream_stream_total_bytes{${target}}) / max by (stream_name) (jetstream_stream_limit_bytes{${target}} > 0)`, unit: 'percentunit', legend: '{{stream_name}}' },
        { title: 'Messages per stream', expr: `max by (stream_name) (jetstream_stream_total_messages{${target}})`, legend: '{{stream_name}}' },
        { title: 'Pending per consumer', expr: `max by (stream_name, consumer_name) (jetstream_consumer_num_pending{${target}})`, legend: '{{stream_name}}/{{consumer_name}}' },
      ],
    });
  }
}

const RETENTION: Record<StreamConfig['retention'], StreamSpecRetention> = {
  limits: StreamSpecRetention.LIMITS,
  interest: StreamSpecRetention.INTEREST,
  workqueue: StreamSpecRetention.WORKQUEUE,
};
