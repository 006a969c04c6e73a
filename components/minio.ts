import type { Construct } from 'constructs';
import { settingsWithDefaults, type ObjectStoreSettings } from '../config/component-settings';
import type { Environment, ObjectStoreConfig } from '../config/schema';
import { AppSecret } from '../foundation/app-secret';
import { Component, contextOf, type Binding } from '../foundation/component';
import { scrapeService } from '../foundation/metrics';
import { notReadyRule, observe, scrapeDownRule, targetOf } from '../foundation/telemetry';
import type { PortSpec } from '../foundation/peer';
import { httpProbe, startupWindow, type ProbeTiming } from '../foundation/pod-template';
import { InternalCa } from '../foundation/internal-ca';
import { trustOf, trustPath, type TrustAnchor } from '../foundation/trust-anchor';
import type * as k8s from '../imports/k8s';
import { serviceAccountFor, serviceFor, statefulServer } from '../foundation/workload-parts';
import { BucketBootstrap } from './bucket-bootstrap';
import { MINIO_API_PORT, type McTrust, type MinioServer } from './minio-server';
import { MinioMirror } from './minio-mirror';
import type { EvidenceStore } from './evidence-store';

export const MINIO_CONSOLE_PORT: PortSpec = { name: 'console', port: 9001 };
const MINIO_UID = 1000;
/** MinIO's certificate folder: public.crt, private.key and the CAs it trusts for its peers in CAs/. */
const CERTS_DIR = '/etc/minio/certs';

export type MinioConfig = Extract<ObjectStoreConfig, { mode: 'minio' | 'minio-distributed' }>;

/** MinIO settings as an environment file's `data.objectStore` has them, with their defaults optional. */
export type MinioSettings = Extract<ObjectStoreSettings, { mode: 'minio' | 'minio-distributed' }>;

export interface MinioProps {
  /**
   * MinIO settings, as `data.objectStore` of an environment file; `minio-distributed` runs `replicas` pods with erasure coding.
   * @default - `{ mode: 'minio' }`: a single node, every other field at its schema default (config/schema.ts)
   */
  readonly config?: MinioSettings;
  /**
   * Kubernetes name of its objects and its `app.kubernetes.io/name`.
   * @default 'datalens-minio'
   */
  readonly name?: string;
}

/**
 * Self-hosted S3-compatible evidence storage: single-node MinIO, or distributed MinIO (4+ pods,
 * erasure coded). A bootstrap Job creates the bucket with versioning and object lock and a
 * least-privilege user for the API.
 */
export class Minio extends Component implements EvidenceStore, MinioServer {
  readonly bucket: string;
  readonly region: string;
  /** The Secret with the root and API credentials. */
  readonly credentials: AppSecret;
  /** The CA clients verify MinIO against; none with internal TLS off. */
  readonly trust?: TrustAnchor;
  private readonly bootstrap: BucketBootstrap;
  private readonly scheme: 'http' | 'https';

  constructor(scope: Construct, id: string, props: MinioProps = {}) {
    const config = minioSettings(props.config ?? { mode: 'minio' }, `${scope.node.path}/${id}`, contextOf(scope).environment);
    super(scope, id, { name: props.name ?? 'datalens-minio', role: 'object-storage', version: config.image.tag });
    this.bucket = config.bucket;
    this.region = config.region;
    const replicas = config.mode === 'minio-distributed' ? config.replicas : 1;
    const headlessName = `${this.name}-headless`;
    const namespace = this.metadata().namespace;
    this.credentials = new AppSecret(this, 'Credentials', {
      name: this.name,
      values: {
        root_user: { remoteKey: 'minio', property: 'root_user', placeholder: 'dev-only-minio-root' },
        root_password: { remoteKey: 'minio', property: 'root_password', placeholder: 'dev-only-minio-root-password' },
        api_access_key: { remoteKey: 'minio', property: 'api_access_key', placeholder: 'dev-only-datalens-api' },
        api_secret_key: { remoteKey: 'minio', property: 'api_secret_key', placeholder: 'dev-only-datalens-api-secret' },
        // a read-only user for the mirror to another region
        ...(config.mirror
          ? {
              mirror_access_key: { remoteKey: 'minio', property: 'mirror_access_key', placeholder: 'dev-only-datalens-mirror' },
              mirror_secret_key: { remoteKey: 'minio', property: 'mirror_secret_key', placeholder: 'dev-only-datalens-mirror-secret' },
            }
          : {}),
      },
    });
    const ca = InternalCa.of(this);
    const tls = ca.enabled;
    this.scheme = tls ? 'https' : 'http';
    if (tls) this.trust = ca.trust;
    const apiPort: PortSpec = tls ? { ...MINIO_API_PORT, tls: true } : MINIO_API_PORT;
    const consolePort: PortSpec = tls ? { ...MINIO_CONSOLE_PORT, tls: true } : MINIO_CONSOLE_PORT;
    const certificate = tls ? ca.serverCertificate(this, { services: [this.name], headlessServices: [headlessName] }) : undefined;
    const account = serviceAccountFor(this);
    serviceFor(this, 'Service', [apiPort, consolePort]);
    const volumes =
      replicas > 1 ? `${this.scheme}://${this.name}-{0...${replicas - 1}}.${headlessName}.${namespace}.svc.cluster.local/data` : '/data';
    statefulServer(this, {
      storage: config.storage,
      headlessPorts: [apiPort],
      // distributed MinIO waits for all its peers, so they must start together
      parallel: true,
      uid: MINIO_UID,
      serviceAccountName: account.name,
      replicas,
      terminationGracePeriodSeconds: 60,
      containers: [
        {
          name: 'minio',
          image: config.image,
          args: ['server', volumes, '--address', `:${MINIO_API_PORT.port}`, '--console-address', `:${MINIO_CONSOLE_PORT.port}`, '--certs-dir', tls ? CERTS_DIR : '/tmp/certs'],
          ports: [apiPort, consolePort],
          env: [
            this.credentials.env('MINIO_ROOT_USER', 'root_user'),
            this.credentials.env('MINIO_ROOT_PASSWORD', 'root_password'),
            { name: 'MINIO_SITE_REGION', value: config.region },
            { name: 'MINIO_PROMETHEUS_AUTH_TYPE', value: 'public' },
            { name: 'MINIO_BROWSER_REDIRECT', value: 'off' },
            { name: 'HOME', value: '/tmp' },
          ],
          resources: config.resources,
          startupProbe: startupWindow(this.probe('/minio/health/live'), 300),
          livenessProbe: this.probe('/minio/health/live', { periodSeconds: 15 }),
          readinessProbe: this.probe('/minio/health/ready', { periodSeconds: 10 }),
          writablePaths: { tmp: '/tmp' },
          volumeMounts: [{ name: 'data', mountPath: '/data' }, ...(certificate ? [{ name: 'certs', mountPath: CERTS_DIR, readOnly: true }] : [])],
        },
      ],
      // the layout MinIO looks for in its certs dir; CAs/ lets distributed peers verify each other
      volumes: certificate
        ? [{ name: 'certs', secret: { secretName: certificate.secretName, items: [{ key: 'tls.crt', path: 'public.crt' }, { key: 'tls.key', path: 'private.key' }, { key: 'ca.crt', path: 'CAs/ca.crt' }] } }]
        : [],
    });
    if (replicas > 1) this.context.graph.connect(this, this, [apiPort], 'erasure-coded peers');
    scrapeService(this, { port: apiPort, path: '/minio/v2/metrics/cluster', ...(certificate ? { tls: { trust: certificate.caTrust, serverName: this.serviceHost() } } : {}) });
    this.observeMinio();
    this.bootstrap = new BucketBootstrap(this, 'Bootstrap', {
      minio: this,
      clientImage: config.clientImage,
      retentionDays: config.objectLockRetentionDays,
      readOnlyUser: config.mirror !== undefined,
    });
    if (config.mirror) new MinioMirror(this, 'Mirror', { minio: this, after: this.bootstrap, clientImage: config.clientImage, config: config.mirror });
  }

  private observeMinio(): void {
    const target = targetOf(this);
    observe(this, {
      title: 'MinIO (evidence)',
      health: `min(up{${target}})`,
      rules: [
        scrapeDownRule(this, 'MinIO', 'Evidence packages cannot be written or read. Check the pods and their volumes.'),
        notReadyRule(this, 'StatefulSet', 'A MinIO pod is not ready; erasure coding tolerates some, but check it before another fails.'),
        {
          alert: 'DatalensMinioDriveOffline',
          expr: `max(minio_cluster_drive_offline_total{${target}}) > 0`,
          for: '5m',
          severity: 'critical',
          summary: 'MinIO reports offline drives',
          runbook: 'Find the pod whose volume is offline (MinIO console or logs); replace the volume before more drives fail than parity allows.',
        },
        {
          alert: 'DatalensMinioNodeOffline',
          expr: `max(minio_cluster_nodes_offline_total{${target}}) > 0`,
          for: '5m',
          severity: 'critical',
          summary: 'MinIO reports offline nodes',
          runbook: 'A MinIO pod cannot reach its peers. Check the pods, the headless Service and the network policies.',
        },
      ],
      panels: [
        { title: 'Usable free capacity', expr: `min(minio_cluster_capacity_usable_free_bytes{${target}})`, unit: 'bytes' },
        { title: 'Offline drives', expr: `max(minio_cluster_drive_offline_total{${target}})` },
        { title: 'S3 requests', expr: `sum(rate(minio_s3_requests_total{${target}}[5m]))`, unit: 'reqps' },
      ],
    });
  }

  /** Consumers wait for the bucket, not only for the servers. */
  get provider(): Component {
    return this.bootstrap;
  }

  /** The S3 endpoint inside the cluster. */
  get endpoint(): string {
    return `${this.scheme}://${this.serviceHost()}:${MINIO_API_PORT.port}`;
  }

  /** The S3 API's port as consumers reach it (TLS only when internal TLS is on). */
  get apiPort(): PortSpec {
    return this.scheme === 'https' ? { ...MINIO_API_PORT, tls: true } : MINIO_API_PORT;
  }

  /**
   * What a MinIO client (mc) in another pod needs to verify this MinIO: the commands that copy the
   * internal CA into mc's `$MC_CONFIG_DIR/certs/CAs/` (mc trusts what it finds there), and the volume
   * and mount that hold it. Nothing without internal TLS.
   */
  get mcTrust(): McTrust {
    if (!this.trust) return { commands: [], volumes: [], volumeMounts: [] };
    return { commands: [`mkdir -p "$MC_CONFIG_DIR/certs/CAs"`, `cp ${trustPath(this.trust)} "$MC_CONFIG_DIR/certs/CAs/"`], ...trustOf([{ trust: [this.trust] }]) };
  }

  /** An HTTP(S) probe of MinIO's health API. */
  private probe(path: string, timing: ProbeTiming = {}): k8s.Probe {
    return httpProbe(path, this.apiPort, timing);
  }

  bindingFor(): Binding {
    return {
      peer: this,
      ports: [this.apiPort],
      purpose: 'evidence packages (S3 API)',
      trust: this.trust ? [this.trust] : [],
      env: [
        { name: 'S3_BUCKET', value: this.bucket },
        { name: 'AWS_REGION', value: this.region },
        this.credentials.env('AWS_ACCESS_KEY_ID', 'api_access_key'),
        this.credentials.env('AWS_SECRET_ACCESS_KEY', 'api_secret_key'),
        // the AWS SDKs read a per-service endpoint override from this variable
        { name: 'AWS_ENDPOINT_URL_S3', value: this.endpoint },
        { name: 'S3_FORCE_PATH_STYLE', value: 'true' },
        // the AWS SDKs verify the endpoint against this bundle instead of the public roots
        ...(this.trust ? [{ name: 'AWS_CA_BUNDLE', value: trustPath(this.trust) }] : []),
      ],
    };
  }
}

/** `input` with its defaults; an S3 bucket (mode s3) is the S3Bucket construct's, not MinIO's. */
function minioSettings(input: MinioSettings, where: string, environment: Environment): MinioConfig {
  const config = settingsWithDefaults('objectStore', input, where, environment);
  if (config.mode === 's3') throw new Error(`${where}: config.mode: expected minio or minio-distributed; an S3 bucket is the S3Bucket construct`);
  return config;
}
