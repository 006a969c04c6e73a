import { evidenceBucket } from '../config/cross-environment';
import { INGRESS_NGINX_ALLOWLIST } from '../components/edge/ingress-routes';
import { RELOADER_SECRETS_ANNOTATION } from '../foundation/rotation';
import type { Cluster, Environment } from '../config/schema';
import type { Component } from '../foundation/component';
import type { ConnectionGraph } from '../foundation/connection-graph';
import { LOG_STREAM_LABELS } from '../foundation/logs';
import { embeddedManifestsOf } from '../foundation/workload-parts';
import { manifestId, type Manifest, type ManifestFile } from './manifest';
import { compareText } from '../foundation/compare-text';

/*
 * What a cluster must have before an environment syncs, read from the environment's objects (and
 * its cluster file): the custom resource definitions and their controllers, StorageClasses,
 * issuers, secret stores and the keys read from them, metrics-server, IAM roles, the platform pods
 * its NetworkPolicies admit, and the NetworkPolicy engine. The same list is written beside the
 * manifests (dist/<env>/PREREQUISITES.md) and summarised per cluster in the README.
 */

type Json = Record<string, any>;

/** Something the cluster must provide, and the objects that need it. */
export interface Prerequisite {
  readonly what: string;
  readonly neededBy: readonly string[];
}

/** Controllers behind the API groups this project emits, at the versions the imports are generated from (cdk8s.yaml). */
export const CONTROLLERS: Readonly<Record<string, { readonly name: string; readonly version: string }>> = {
  'postgresql.cnpg.io': { name: 'CloudNativePG', version: '1.30.0' },
  'barmancloud.cnpg.io': { name: 'Barman Cloud plugin for CloudNativePG', version: '0.14.0' },
  'cert-manager.io': { name: 'cert-manager', version: '1.21.1' },
  'external-secrets.io': { name: 'External Secrets Operator', version: '2.9.0' },
  'monitoring.coreos.com': { name: 'Prometheus Operator (kube-prometheus-stack)', version: '0.93.0' },
  'gateway.networking.k8s.io': { name: 'Gateway API (standard channel) with an implementation', version: '1.6.1' },
  'jetstream.nats.io': { name: 'NACK, the NATS JetStream controller in -crd-connect mode (its chart\'s default),', version: '0.22.4' },
};

/** What each NetworkPolicy engine needs switched on before policies are enforced. */
const ENGINE_NOTES: Readonly<Record<Cluster['config']['networkPolicy']['engine'], string>> = {
  'amazon-vpc-cni': 'the Amazon VPC CNI add-on with `enableNetworkPolicy: "true"` (off by default)',
  calico: 'Calico enforcing Kubernetes NetworkPolicies',
  cilium: 'Cilium enforcing Kubernetes NetworkPolicies (with `policy-cidr-match-mode: nodes` where API servers run on nodes)',
  'kube-network-policies': 'kube-network-policies (kind 0.24 or newer enables it)',
};

const IRSA_ANNOTATION = 'eks.amazonaws.com/role-arn';

/** The prerequisites of one environment, sorted by what they are: from its objects, its cluster and its connection graph. */
export function prerequisitesOf(rendered: { readonly environment: Environment; readonly files: readonly ManifestFile[]; readonly graph: ConnectionGraph<Component> }): Prerequisite[] {
  const manifests = rendered.files.flatMap((f) => f.manifests);
  const needs = new Map<string, Set<string>>();
  const need = (what: string, by: Manifest | string) => {
    const set = needs.get(what) ?? new Set<string>();
    set.add(typeof by === 'string' ? by : manifestId(by));
    needs.set(what, set);
  };
  const { cluster, config } = rendered.environment;

  need('Kubernetes 1.29 or newer (native sidecars, the API versions used)', 'every object');
  need(`Argo CD 3.5 in namespace \`${cluster.config.argocd.namespace}\`, bootstrapped with \`dist/argocd/${cluster.name}/\``, `Application/datalens-${rendered.environment.name}`);
  const policies = manifests.filter((m) => m.kind === 'NetworkPolicy');
  if (policies.length) need(`NetworkPolicy engine: ${ENGINE_NOTES[cluster.config.networkPolicy.engine]}; without one no policy is enforced`, `${policies.length} NetworkPolicies`);

  // objects a workload creates at run time (a restore drill's throwaway Cluster) need what deployed ones do
  const embedded = manifests.flatMap((m) => (embeddedManifestsOf(m) as Manifest[]).map((e) => ({ ...e, neededBy: `${manifestId(e)} (created by ${manifestId(m)})` })));
  const priorityClassOf = (json: Json): string | undefined =>
    json.kind === 'Cluster' ? json.spec?.priorityClassName : (json.kind === 'CronJob' ? json.spec?.jobTemplate?.spec : json.spec)?.template?.spec?.priorityClassName;
  for (const m of [...manifests, ...embedded]) {
    const priority = priorityClassOf(m as Json);
    if (priority) need(`PriorityClass \`${priority}\` (the cluster's bootstrap, \`dist/argocd/${cluster.name}/applications/\`)`, 'neededBy' in m ? (m.neededBy as string) : m);
  }
  for (const e of embedded) {
    for (const storageClass of storageClassesOf(e as Json)) need(storageClass ? `StorageClass \`${storageClass}\`` : 'a default StorageClass', e.neededBy);
    const role = (e as Json).spec?.serviceAccountTemplate?.metadata?.annotations?.[IRSA_ANNOTATION];
    if (role) need(`IAM role \`${role}\` trusting the cluster's OIDC provider for this ServiceAccount (IRSA)`, e.neededBy);
  }
  for (const m of manifests) {
    const json = m as Json;
    const group = m.apiVersion.includes('/') ? m.apiVersion.split('/')[0] : '';
    const controller = CONTROLLERS[group];
    if (controller) need(`${controller.name} ${controller.version} (CRDs of ${group})`, m);
    for (const storageClass of storageClassesOf(json)) need(storageClass ? `StorageClass \`${storageClass}\`` : 'a default StorageClass', m);
    if (m.kind === 'Certificate') {
      const issuer = json.spec.issuerRef;
      // issuers the environment makes itself (the internal CA) are no prerequisite; the edge's issuer names its challenge
      const own = manifests.some((o) => o.kind === issuer.kind && o.metadata.name === issuer.name);
      const edge = config.edge.tls;
      const challenge = edge && edge.kind === issuer.kind && edge.name === issuer.name ? edge.challenge : 'none';
      const what = json.spec.isCA ? ' (signs CA certificates: a CA, Vault or AWS PCA issuer, not ACME)' : challenge === 'none' ? '' : ` (ACME ${challenge === 'http01' ? 'HTTP-01 through the edge' : 'DNS-01'})`;
      if (!own) need(`cert-manager ${issuer.kind} \`${issuer.name}\`${what}`, m);
    }
    if (m.kind === 'ExternalSecret') {
      const store = json.spec.secretStoreRef;
      const properties = new Map<string, string[]>();
      for (const d of json.spec.data as Json[]) properties.set(d.remoteRef.key, [...(properties.get(d.remoteRef.key) ?? []), d.remoteRef.property]);
      for (const [key, props] of properties) need(`${store.kind} \`${store.name}\` with key \`${key}\` (${props.sort().join(', ')})`, m);
    }
    if (['ServiceMonitor', 'PodMonitor', 'PrometheusRule'].includes(m.kind)) need(`a Prometheus selecting monitors and rules labelled \`${labelList(config.monitoring.prometheusLabels)}\``, m);
    if (m.kind === 'ConfigMap' && m.metadata.labels?.[config.monitoring.grafanaDashboardLabel] !== undefined)
      need(`Grafana's dashboard sidecar loading ConfigMaps labelled \`${config.monitoring.grafanaDashboardLabel}\` from namespace \`${config.namespace}\``, m);
    if (m.metadata.annotations?.[RELOADER_SECRETS_ANNOTATION]) need(`Stakater Reloader watching namespace \`${config.namespace}\` with \`--reload-strategy=annotations\` (rolls workloads when a Secret they read changes; the strategy Reloader advises under Argo CD)`, m);
    // an allow-list of client ranges is only as good as the client addresses the edge sees
    if ((m.kind === 'Ingress' && m.metadata.annotations?.[INGRESS_NGINX_ALLOWLIST]) || (m.kind === 'SecurityPolicy' && JSON.stringify(json.spec ?? {}).includes('clientCIDRs')))
      need('the load balancer in front of the edge passing client addresses through (externalTrafficPolicy: Local, or PROXY protocol the edge reads), for the admin. allow-list', m);
    if (m.kind === 'ConfigMap' && JSON.stringify(json.data ?? {}).includes('envoy_cluster_'))
      need("a Prometheus scraping Envoy Gateway's proxies (`/stats/prometheus` on port 19001), for the route panels", m);
    if (m.kind === 'ConfigMap' && m.metadata.labels?.[config.monitoring.grafanaDashboardLabel] !== undefined && Object.values(json.data ?? {}).some((d) => /"type": "loki"/.test(String(d))))
      need(`Grafana Alloy shipping every pod's logs to Loki with the stream labels ${LOG_STREAM_LABELS.map((l) => `\`${l}\``).join(', ')}, and a Loki data source in Grafana`, m);
    if (m.kind === 'ConfigMap' && m.metadata.labels?.[config.monitoring.logs.ruleLabel] !== undefined)
      need(`the Loki ruler loading rule files from ConfigMaps labelled \`${config.monitoring.logs.ruleLabel}\` in namespace \`${config.namespace}\` (the Loki chart's rules sidecar), alerting through Alertmanager`, m);
    if (m.kind === 'HorizontalPodAutoscaler') need('metrics-server (HPAs without resource metrics are Degraded)', m);
    if (m.kind === 'Ingress') need(`IngressClass \`${json.spec.ingressClassName}\``, m);
    if (m.kind === 'Gateway') need(`GatewayClass \`${json.spec.gatewayClassName}\``, m);
    for (const parent of m.kind === 'HTTPRoute' ? (json.spec.parentRefs as Json[]).filter((p) => p.namespace && p.namespace !== m.metadata.namespace) : [])
      need(`Gateway \`${parent.name}\` in namespace \`${parent.namespace}\` with a listener${parent.sectionName ? ` \`${parent.sectionName}\`` : ''} admitting HTTPRoutes of namespace \`${config.namespace}\` and holding the certificates of their hosts`, m);
    if (m.apiVersion.startsWith('gateway.envoyproxy.io/')) need('Envoy Gateway (its policy CRDs; not validated here)', m);
    const role = m.metadata.annotations?.[IRSA_ANNOTATION] ?? json.spec?.serviceAccountTemplate?.metadata?.annotations?.[IRSA_ANNOTATION];
    if (role) need(`IAM role \`${role}\` trusting the cluster's OIDC provider for this ServiceAccount (IRSA)`, m);
  }
  // copies in another region are configured on the buckets, outside Kubernetes
  const store = config.data.objectStore;
  if (store.mode === 's3' && store.crossRegionCopy)
    need(`S3 Cross-Region Replication of bucket \`${evidenceBucket(rendered.environment)}\` to \`${store.crossRegionCopy.bucket}\` (${store.crossRegionCopy.region}), versioning and object lock on both`, 'data.objectStore.crossRegionCopy');
  const pg = config.data.postgres;
  if (pg.mode === 'cloudnative-pg' && pg.backup?.crossRegionCopy) {
    const bucket = pg.backup.destinationPath.replace(/^s3:\/\//, '').split('/')[0];
    need(`S3 Cross-Region Replication of bucket \`${bucket}\` to \`${pg.backup.crossRegionCopy.bucket}\` (${pg.backup.crossRegionCopy.region}), versioning on both`, 'data.postgres.backup.crossRegionCopy');
  }
  if (store.mode !== 's3' && store.mirror)
    need(`bucket \`${store.mirror.bucket}\` at ${store.mirror.endpoint}, with versioning and object lock, writable with the keys under \`minio-mirror\``, `CronJob/${manifests.find((m) => m.kind === 'CronJob' && m.metadata.name.endsWith('-mirror'))?.metadata.name ?? 'mirror'}`);
  for (const m of manifests.filter((m) => m.kind === 'ObjectStore' && !(m as Json).spec.retentionPolicy)) {
    const role = manifests.map((c) => (c as Json).spec?.serviceAccountTemplate?.metadata?.annotations?.[IRSA_ANNOTATION]).find(Boolean);
    if (pg.mode === 'cloudnative-pg' && pg.recovery)
      need(`read access${role ? ` of IAM role \`${role}\`` : ''} to the archive \`${(m as Json).spec.configuration.destinationPath.replace(/\/+$/, '')}/${pg.recovery.serverName}\` (the recovery source)`, m);
  }
  for (const connection of rendered.graph.connections) {
    for (const peer of [connection.from, connection.to]) {
      if (peer.placement.kind !== 'namespace') continue;
      const labels = labelList(peer.placement.podLabels ?? {});
      need(`${peer.peerName}: pods ${labels ? `labelled \`${labels}\` ` : ''}in namespace \`${peer.placement.namespace}\``, `NetworkPolicies (${connection.purpose})`);
    }
  }
  return [...needs]
    .map(([what, by]) => ({ what, neededBy: [...by].sort() }))
    .sort((a, b) => compareText(a.what, b.what));
}

const labelList = (labels: Readonly<Record<string, string>>) =>
  Object.entries(labels)
    .map(([k, v]) => `${k}=${v}`)
    .join(',');

/** StorageClass names of the volumes an object asks for; `undefined` for the cluster's default class. */
function storageClassesOf(json: Json): (string | undefined)[] {
  if (json.kind === 'StatefulSet') return ((json.spec.volumeClaimTemplates ?? []) as Json[]).map((t) => t.spec?.storageClassName);
  if (json.kind === 'PersistentVolumeClaim') return [json.spec.storageClassName];
  if (json.kind === 'Cluster' && json.spec?.storage) return [json.spec.storage.storageClass, ...(json.spec.walStorage ? [json.spec.walStorage.storageClass] : [])];
  return [];
}

/** What an environment needs, as a rendering keeps it (`prerequisitesOf`). */
interface WithPrerequisites {
  readonly environment: Environment;
  readonly prerequisites: readonly Prerequisite[];
}

/** dist/<env>/PREREQUISITES.md. */
export function prerequisitesDocument(rendered: WithPrerequisites): string {
  const { name, cluster } = rendered.environment;
  const rows = rendered.prerequisites.map((p) => `| ${p.what} | ${p.neededBy.map((by) => `\`${by}\``).join(', ')} |`);
  return [
    `# What cluster \`${cluster.name}\` needs before \`dist/${name}\` syncs`,
    '',
    `Generated by \`npm run synth\` from the objects in this folder and \`clusters/${cluster.name}.yaml\`; do not edit.`,
    '',
    '| prerequisite | needed by |',
    '| --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

/** The README's summary: per cluster, what it needs for all of its environments (see each PREREQUISITES.md for why). */
export function prerequisitesSummary(rendered: readonly WithPrerequisites[]): string {
  const clusters = [...new Set(rendered.map((r) => r.environment.cluster.name))].sort();
  return clusters
    .map((cluster) => {
      const members = rendered.filter((r) => r.environment.cluster.name === cluster);
      const items = [...new Set(members.flatMap((r) => r.prerequisites.map((p) => p.what)))].sort(compareText);
      return [`**${cluster}** (${members.map((r) => `\`dist/${r.environment.name}\``).join(', ')}):`, '', ...items.map((item) => `- ${item}`), ''].join('\n');
    })
    .join('\n');
}
