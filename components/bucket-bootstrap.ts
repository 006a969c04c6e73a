import type { Construct } from 'constructs';
import type { ImageConfig } from '../config/schema';
import { Component } from '../foundation/component';
import { configMapFor, syncHookJob } from '../foundation/workload-parts';
import type { MinioServer } from './minio-server';

export interface BucketBootstrapProps {
  /** The MinIO the bucket is created in. */
  readonly minio: MinioServer;
  /** MinIO client (mc) image. */
  readonly clientImage: ImageConfig;
  /** Default COMPLIANCE retention of new objects, in days. */
  readonly retentionDays: number;
  /**
   * Also create a user that may only read the bucket (keys `mirror_access_key` and
   * `mirror_secret_key` of the MinIO Secret), for the mirror to another region.
   * @default false
   */
  readonly readOnlyUser?: boolean;
}

/**
 * A Job that makes the evidence bucket ready: created with object lock (which also turns on
 * versioning), default COMPLIANCE retention so evidence is write-once, and a user for the API
 * limited to that bucket. Every step is idempotent, so it runs on every sync.
 */
export class BucketBootstrap extends Component {
  constructor(scope: Construct, id: string, props: BucketBootstrapProps) {
    const { minio } = props;
    super(scope, id, { name: `${minio.name}-bootstrap`, role: 'object-storage-bootstrap', version: props.clientImage.tag });
    const trust = minio.mcTrust;
    const policy = {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: ['s3:GetBucketLocation', 's3:ListBucket', 's3:ListBucketVersions', 's3:GetObject', 's3:GetObjectVersion', 's3:PutObject', 's3:GetObjectRetention', 's3:PutObjectRetention', 's3:GetObjectLegalHold'],
          Resource: [`arn:aws:s3:::${minio.bucket}`, `arn:aws:s3:::${minio.bucket}/*`],
        },
      ],
    };
    const readOnly = {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: ['s3:GetBucketLocation', 's3:ListBucket', 's3:ListBucketVersions', 's3:GetObject', 's3:GetObjectVersion', 's3:GetObjectRetention', 's3:GetObjectLegalHold'],
          Resource: [`arn:aws:s3:::${minio.bucket}`, `arn:aws:s3:::${minio.bucket}/*`],
        },
      ],
    };
    const script = configMapFor(this, 'Script', {
      'bootstrap.sh': [
        '#!/bin/sh',
        'set -eu',
        ...trust.commands,
        `mc alias set store "${minio.endpoint}" "$MINIO_ROOT_USER" "$MINIO_ROOT_PASSWORD"`,
        `mc mb --ignore-existing --with-lock --region "${minio.region}" "store/${minio.bucket}"`,
        `mc version enable "store/${minio.bucket}"`,
        `mc retention set --default COMPLIANCE "${props.retentionDays}d" "store/${minio.bucket}"`,
        'mc admin policy create store datalens-evidence /bootstrap/policy.json',
        'mc admin user add store "$API_ACCESS_KEY" "$API_SECRET_KEY"',
        'mc admin policy attach store datalens-evidence --user "$API_ACCESS_KEY" || true',
        ...(props.readOnlyUser
          ? [
              'mc admin policy create store datalens-evidence-read /bootstrap/read-policy.json',
              'mc admin user add store "$MIRROR_ACCESS_KEY" "$MIRROR_SECRET_KEY"',
              'mc admin policy attach store datalens-evidence-read --user "$MIRROR_ACCESS_KEY" || true',
            ]
          : []),
        '',
      ].join('\n'),
      'policy.json': JSON.stringify(policy, null, 2),
      ...(props.readOnlyUser ? { 'read-policy.json': JSON.stringify(readOnly, null, 2) } : {}),
    });
    syncHookJob(this, {
      backoffLimit: 6,
      activeDeadlineSeconds: 600,
      uid: 1000,
      containers: [
        {
          name: 'mc',
          image: props.clientImage,
          command: ['/bin/sh', '/bootstrap/bootstrap.sh'],
          env: [
            minio.credentials.env('MINIO_ROOT_USER', 'root_user'),
            minio.credentials.env('MINIO_ROOT_PASSWORD', 'root_password'),
            minio.credentials.env('API_ACCESS_KEY', 'api_access_key'),
            minio.credentials.env('API_SECRET_KEY', 'api_secret_key'),
            ...(props.readOnlyUser ? [minio.credentials.env('MIRROR_ACCESS_KEY', 'mirror_access_key'), minio.credentials.env('MIRROR_SECRET_KEY', 'mirror_secret_key')] : []),
            { name: 'MC_CONFIG_DIR', value: '/tmp/.mc' },
          ],
          resources: { cpuRequest: '10m', memoryRequest: '32Mi', memoryLimit: '128Mi' },
          writablePaths: { tmp: '/tmp' },
          volumeMounts: [{ name: 'script', mountPath: '/bootstrap', readOnly: true }, ...trust.volumeMounts],
        },
      ],
      volumes: [{ name: 'script', configMap: { name: script.name } }, ...trust.volumes],
    });
    this.context.graph.connect(this, minio, [minio.apiPort], 'create bucket and API user');
    this.context.graph.orderAfter(this, minio);
  }
}
