import type { AppSecret } from '../foundation/app-secret';
import type { Component } from '../foundation/component';
import type { PortSpec } from '../foundation/peer';
import type * as k8s from '../imports/k8s';

export const MINIO_API_PORT: PortSpec = { name: 's3', port: 9000 };

/**
 * What the jobs working on a MinIO's bucket (its bootstrap, its mirror) need of it: where it
 * listens and how a client verifies it, the bucket and the credentials. The Minio construct is one; the jobs depend on this
 * rather than on it, because it creates them (arrows point down).
 */
export interface MinioServer extends Component {
  readonly bucket: string;
  readonly region: string;
  /** The S3 endpoint inside the cluster. */
  readonly endpoint: string;
  /** The S3 API's port as consumers reach it (marked TLS when the server serves TLS). */
  readonly apiPort: PortSpec;
  /** The commands, volumes and mounts that let a MinIO client (mc) in another pod verify the server. */
  readonly mcTrust: McTrust;
  /** The Secret with the root, API and mirror credentials. */
  readonly credentials: AppSecret;
}

/** How an mc container trusts a MinIO server: CA files copied into mc's config folder from mounted volumes. */
export interface McTrust {
  readonly commands: readonly string[];
  readonly volumes: readonly k8s.Volume[];
  readonly volumeMounts: readonly k8s.VolumeMount[];
}
