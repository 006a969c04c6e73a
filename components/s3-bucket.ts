import type { Construct } from 'constructs';
import type { ObjectStoreConfig } from '../config/schema';
import { defaultEvidenceBucket } from '../config/cross-environment';
import { AppSecret } from '../foundation/app-secret';
import { Component, contextOf, type Binding } from '../foundation/component';
import { NON_PUBLIC_RANGES, type PortSpec } from '../foundation/peer';
import type { EvidenceStore } from './evidence-store';

const HTTPS_PORT: PortSpec = { name: 'https', port: 443 };
/** Annotation that binds a ServiceAccount to an IAM role (EKS IRSA). */
export const IRSA_ANNOTATION = 'eks.amazonaws.com/role-arn';

export interface S3BucketProps {
  /** The environment's S3 settings: bucket, region and how the API authenticates. */
  readonly config: Extract<ObjectStoreConfig, { mode: 's3' }>;
}

/**
 * An AWS S3 bucket managed outside the cluster (created with versioning and object lock by the
 * platform's infrastructure code). The API reaches it over HTTPS with an IRSA role on its
 * ServiceAccount, or with access keys from the secret store.
 */
export class S3Bucket extends Component implements EvidenceStore {
  readonly bucket: string;
  readonly region: string;
  /** Annotations the consumer's ServiceAccount needs (IRSA). */
  readonly serviceAccountAnnotations: Readonly<Record<string, string>>;
  private readonly keys?: AppSecret;

  constructor(scope: Construct, id: string, props: S3BucketProps) {
    const { config } = props;
    super(scope, id, { name: 'datalens-evidence-s3', role: 'object-storage', placement: { kind: 'addresses', cidr: '0.0.0.0/0', except: NON_PUBLIC_RANGES } });
    this.bucket = config.bucket ?? defaultEvidenceBucket(contextOf(this).environment.name);
    this.region = config.region;
    this.serviceAccountAnnotations = config.credentials.type === 'irsa' ? { [IRSA_ANNOTATION]: config.credentials.roleArn } : {};
    if (config.credentials.type === 'secret') {
      this.keys = new AppSecret(this, 'Credentials', {
        name: this.name,
        values: {
          access_key_id: { remoteKey: 's3', property: 'access_key_id', placeholder: 'dev-only-access-key' },
          secret_access_key: { remoteKey: 's3', property: 'secret_access_key', placeholder: 'dev-only-secret-key' },
        },
      });
    }
  }

  bindingFor(): Binding {
    return {
      peer: this,
      ports: [HTTPS_PORT],
      purpose: 'evidence packages (S3 API)',
      serviceAccountAnnotations: this.serviceAccountAnnotations,
      env: [
        { name: 'S3_BUCKET', value: this.bucket },
        { name: 'AWS_REGION', value: this.region },
        ...(this.keys ? [this.keys.env('AWS_ACCESS_KEY_ID', 'access_key_id'), this.keys.env('AWS_SECRET_ACCESS_KEY', 'secret_access_key')] : []),
      ],
    };
  }
}
