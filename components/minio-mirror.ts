import type { Construct } from 'constructs';
import type { ImageConfig, ObjectStoreConfig } from '../config/schema';
import { AppSecret } from '../foundation/app-secret';
import { Component } from '../foundation/component';
import { externalPlacement, platformPeer } from '../foundation/peer';
import { observe, scheduledJobRules } from '../foundation/telemetry';
import { configMapFor, scheduledJob } from '../foundation/workload-parts';
import type { MinioServer } from './minio-server';

export type MinioMirrorConfig = NonNullable<Extract<ObjectStoreConfig, { mode: 'minio' | 'minio-distributed' }>['mirror']>;

export interface MinioMirrorProps {
  /** The MinIO whose evidence bucket is copied. */
  readonly minio: MinioServer;
  /** What must be ready first: the bootstrap that creates the bucket and the read-only user. */
  readonly after: Component;
  /** MinIO client (mc) image. */
  readonly clientImage: ImageConfig;
  /** Where the copy goes and how often. */
  readonly config: MinioMirrorConfig;
}

/**
 * The evidence bucket's copy in another region, for MinIO (S3 buckets replicate themselves): a
 * CronJob running `mc mirror` from the bucket, read by a user that can only read it, to a bucket
 * of the copy's endpoint. It copies new objects and never deletes any; the copy's bucket keeps
 * them under its own object lock. An alert fires when no run succeeded for `maxAgeHours`.
 */
export class MinioMirror extends Component {
  constructor(scope: Construct, id: string, props: MinioMirrorProps) {
    const { minio, config } = props;
    super(scope, id, { name: `${minio.name}-mirror`, role: 'object-storage-replication', version: props.clientImage.tag });
    const copy = new AppSecret(this, 'Credentials', {
      name: this.name,
      values: {
        access_key_id: { remoteKey: 'minio-mirror', property: 'access_key_id', placeholder: 'dev-only-mirror-access-key' },
        secret_access_key: { remoteKey: 'minio-mirror', property: 'secret_access_key', placeholder: 'dev-only-mirror-secret-key' },
      },
    });
    const trust = minio.mcTrust;
    const script = configMapFor(this, 'Script', {
      'mirror.sh': [
        '#!/bin/sh',
        'set -eu',
        ...trust.commands,
        `mc alias set source "${minio.endpoint}" "$SOURCE_ACCESS_KEY" "$SOURCE_SECRET_KEY"`,
        `mc alias set copy "${config.endpoint}" "$COPY_ACCESS_KEY" "$COPY_SECRET_KEY"`,
        // new objects only; nothing is ever removed or overwritten in the copy
        `mc mirror "source/${minio.bucket}" "copy/${config.bucket}"`,
        '',
      ].join('\n'),
    });
    scheduledJob(this, {
      schedule: config.schedule,
      backoffLimit: 2,
      activeDeadlineSeconds: 3 * 3600,
      uid: 1000,
      containers: [
        {
          name: 'mc',
          image: props.clientImage,
          command: ['/bin/sh', '/mirror/mirror.sh'],
          env: [
            minio.credentials.env('SOURCE_ACCESS_KEY', 'mirror_access_key'),
            minio.credentials.env('SOURCE_SECRET_KEY', 'mirror_secret_key'),
            copy.env('COPY_ACCESS_KEY', 'access_key_id'),
            copy.env('COPY_SECRET_KEY', 'secret_access_key'),
            { name: 'MC_CONFIG_DIR', value: '/tmp/.mc' },
          ],
          resources: { cpuRequest: '50m', memoryRequest: '128Mi', memoryLimit: '256Mi' },
          writablePaths: { tmp: '/tmp' },
          volumeMounts: [{ name: 'script', mountPath: '/mirror', readOnly: true }, ...trust.volumeMounts],
        },
      ],
      volumes: [{ name: 'script', configMap: { name: script.name } }, ...trust.volumes],
    });
    const port = Number(new URL(config.endpoint).port || 443);
    // the internet never includes private ranges; a narrower range (a VPN to the other site) is taken as given
    const destination = platformPeer('evidence copy', externalPlacement(config.cidr));
    this.context.graph.connect(this, minio, [minio.apiPort], 'read the evidence bucket');
    this.context.graph.connect(this, destination, [{ name: 'https', port }], `evidence copy (${new URL(config.endpoint).host})`);
    this.context.graph.orderAfter(this, props.after);
    observe(this, {
      title: 'Evidence mirror',
      rules: scheduledJobRules(this, {
        what: 'evidence mirror to the other region',
        maxAgeSeconds: config.maxAgeHours * 3600,
        severity: 'warning',
        meaning: 'Evidence written since the last successful run exists in this region only: losing the region would lose it.',
        runbook: 'Read the last run\'s log: an authentication error means the keys under minio-mirror (or the read-only user) changed; a network error, the endpoint or its address range (data.objectStore.mirror.cidr). The next run copies everything missing.',
      }),
      panels: [],
    });
  }
}
