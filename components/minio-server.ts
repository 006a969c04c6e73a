import type { AppSecret } from '../foundation/app-secret';
import type { Component } from '../foundation/component';
import type { PortSpec } from '../foundation/peer';

export const MINIO_API_PORT: PortSpec = { name: 's3', port: 9000 };

/**
 * What the jobs working on a MinIO's bucket (its bootstrap, its mirror) need of it: where it
 * listens, the bucket and the credentials. The Minio construct is one; the jobs depend on this
 * rather than on it, because it creates them (arrows point down).
 */
export interface MinioServer extends Component {
  readonly bucket: string;
  readonly region: string;
  /** The S3 endpoint inside the cluster. */
  readonly endpoint: string;
  /** The Secret with the root, API and mirror credentials. */
  readonly credentials: AppSecret;
}
