/*
 * Every container image the environments run, where its versions come from, and when the pinned
 * version was last checked against upstream (issue 12). The defaults in config/schema.ts and the
 * tags in environments/*.yaml must agree with this table; renovate.json proposes the bumps and
 * the README's images block is rendered from it.
 */

export interface ImageRecord {
  /** What runs it. */
  readonly use: string;
  readonly repository: string;
  /** The default tag pinned in config/schema.ts (environments may pin a digest too). */
  readonly tag: string;
  /** Where new versions and security fixes are announced. */
  readonly upstream: string;
  /** The day the tag was last compared with upstream. */
  readonly checked: string;
  /** Anything a reader must know (end of fixes, replacements). @default - none */
  readonly note?: string;
}

export const IMAGES: readonly ImageRecord[] = [
  { use: 'PostgreSQL (CloudNativePG)', repository: 'ghcr.io/cloudnative-pg/postgresql', tag: '16.15-standard-bookworm', upstream: 'https://github.com/cloudnative-pg/postgres-containers', checked: '2026-11-27', note: 'from 16.10: the newest 16.x with a tag seen in published manifests; rebuilt weekly upstream, so pin a digest in the environment to freeze a build' },
  { use: 'PostgreSQL (dev StatefulSet)', repository: 'docker.io/library/postgres', tag: '16.15-bookworm', upstream: 'https://hub.docker.com/_/postgres', checked: '2026-11-27', note: 'from 16.10, as above' },
  { use: 'postgres_exporter (dev)', repository: 'quay.io/prometheuscommunity/postgres-exporter', tag: 'v0.17.1', upstream: 'https://github.com/prometheus-community/postgres_exporter/releases', checked: '2026-11-27' },
  { use: 'Redis', repository: 'docker.io/library/redis', tag: '7.4.7-alpine', upstream: 'https://hub.docker.com/_/redis', checked: '2026-11-27', note: 'from 7.4.6' },
  { use: 'redis_exporter', repository: 'docker.io/oliver006/redis_exporter', tag: 'v1.78.0', upstream: 'https://github.com/oliver006/redis_exporter/releases', checked: '2026-11-27' },
  { use: 'NATS', repository: 'docker.io/library/nats', tag: '2.11.17-alpine', upstream: 'https://github.com/nats-io/nats-server/releases', checked: '2026-11-27', note: 'from 2.11.9, within the 2.11 series the configuration was written for' },
  { use: 'prometheus-nats-exporter', repository: 'docker.io/natsio/prometheus-nats-exporter', tag: '0.17.3', upstream: 'https://github.com/nats-io/prometheus-nats-exporter/releases', checked: '2026-11-27' },
  { use: 'MinIO (staging evidence store)', repository: 'quay.io/minio/minio', tag: 'RELEASE.2025-09-07T16-13-09Z', upstream: 'https://github.com/minio/minio/releases', checked: '2026-11-27', note: 'no fixes: the security release RELEASE.2025-10-15T17-29-55Z (GHSA-jjjj-jwhf-8rgr) came as source only, no image since, repository archived; no maintained equivalent to switch to (see README)' },
  { use: 'MinIO client (bucket bootstrap)', repository: 'quay.io/minio/mc', tag: 'RELEASE.2025-08-13T08-35-41Z', upstream: 'https://github.com/minio/mc/releases', checked: '2026-11-27', note: 'same status as MinIO' },
  { use: 'kubectl (restore drill)', repository: 'registry.k8s.io/kubectl', tag: 'v1.33.12', upstream: 'https://github.com/kubernetes/kubernetes/releases', checked: '2026-11-27', note: 'from v1.33.4' },
  { use: 'TLS sidecar of the API (nginx)', repository: 'docker.io/nginxinc/nginx-unprivileged', tag: '1.31.6-alpine', upstream: 'https://github.com/nginx/docker-nginx-unprivileged', checked: '2026-11-27', note: "NGINX's own unprivileged build of nginx (mainline); 1.31.6-alpine is the newest tag seen pinned by digest in public Dockerfiles, not compared with the registry from this machine: confirm it before the first rollout" },
  { use: 'MailHog (dev)', repository: 'docker.io/mailhog/mailhog', tag: 'v1.0.1', upstream: 'https://github.com/mailhog/MailHog', checked: '2026-11-27', note: 'unmaintained since 2020; dev only' },
];

/** The table as Markdown, for the README's images block. */
export function imagesMarkdown(images: readonly ImageRecord[] = IMAGES): string {
  const rows = images.map((i) => `| ${i.use} | \`${i.repository}:${i.tag}\` | ${i.upstream} | ${i.checked} | ${i.note ?? ''} |`);
  return ['| image | pinned | upstream | checked | note |', '| --- | --- | --- | --- | --- |', ...rows, ''].join('\n');
}
