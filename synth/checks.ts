import { CNPG_CLUSTER_LABEL, CNPG_STATUS_PORT, POSTGRES_EXPORTER_PORT, POSTGRES_PORT } from '../components/postgres';
import { CNPG_POOLER_LABEL, PGBOUNCER_METRICS_PORT, PGBOUNCER_PORT } from '../components/postgres-pooler';
import { PLACEHOLDER_ANNOTATION } from '../foundation/app-secret';
import { checkQuota } from './capacity';
import type { RenderedEnvironment } from './render';
import type { Manifest } from './manifest';
import { applyRank, PLATFORM_GATED_KINDS, SETUP_WAVES } from '../foundation/sync-policy';
import { referencesOf, secretProducers } from '../foundation/references';
import { RELOADER_SECRETS_ANNOTATION, ROTATED_KINDS, secretsReadBy } from '../foundation/rotation';
import { manifestId as id, waveOfManifest } from './manifest';

/*
 * Checks on the synthesised objects themselves, independent of how the constructs built them.
 * Each returns the problems it found; synth refuses to write anything while there is one.
 */

type Json = Record<string, any>;

/** Pods an object runs, with the labels and named ports they get (operator-made pods included). */
export interface PodShape {
  readonly owner: Manifest;
  readonly labels: Record<string, string>;
  readonly ports: readonly string[];
  /** The pod spec, where this project writes it (not for operator-made pods). */
  readonly spec?: Json;
}

/** CloudNativePG creates the pods of a Cluster and a Pooler; these are the labels and ports it gives them. */
const OPERATOR_PODS: Record<string, (m: Manifest) => Omit<PodShape, 'owner'>> = {
  Cluster: (m) => ({
    labels: { [CNPG_CLUSTER_LABEL]: m.metadata.name, 'cnpg.io/podRole': 'instance' },
    ports: [POSTGRES_PORT, POSTGRES_EXPORTER_PORT, CNPG_STATUS_PORT].map((p) => p.name),
  }),
  Pooler: (m) => ({ labels: { [CNPG_POOLER_LABEL]: m.metadata.name }, ports: [PGBOUNCER_PORT, PGBOUNCER_METRICS_PORT].map((p) => p.name) }),
};

export function podsOf(manifests: readonly Manifest[]): PodShape[] {
  return manifests.flatMap((m): PodShape[] => {
    const operator = OPERATOR_PODS[m.kind];
    if (operator) return [{ owner: m, ...operator(m) }];
    const template = m.kind === 'CronJob' ? (m as Json).spec?.jobTemplate?.spec?.template : (m as Json).spec?.template;
    if (!template?.spec?.containers || !['Deployment', 'StatefulSet', 'Job', 'CronJob', 'DaemonSet'].includes(m.kind)) return [];
    const containers: Json[] = template.spec.containers;
    return [{ owner: m, labels: template.metadata?.labels ?? {}, ports: containers.flatMap((c) => (c.ports ?? []).map((p: Json) => p.name)), spec: template.spec }];
  });
}

const matches = (selector: Record<string, string>, labels: Record<string, string>) =>
  Object.entries(selector).every(([key, value]) => labels[key] === value);

/** Outside the dev tier no Secret carries a value; dev placeholders are visibly marked. */
export function checkSecrets(rendered: RenderedEnvironment): string[] {
  const tier = rendered.environment.config.tier;
  return manifestsOf(rendered)
    .filter((m) => m.kind === 'Secret')
    .flatMap((m) => {
      const json = m as Json;
      const carriesValues = json.data !== undefined || json.stringData !== undefined;
      if (carriesValues && tier !== 'dev') return [`${id(m)}: a Secret with data in the ${tier} tier; secrets outside dev must come from External Secrets`];
      if (carriesValues && !m.metadata.annotations?.[PLACEHOLDER_ANNOTATION]) return [`${id(m)}: a Secret with data lacks the ${PLACEHOLDER_ANNOTATION} annotation`];
      return [];
    });
}

/** Every pod meets the restricted Pod Security Standard. */
export function checkPodSecurity(rendered: RenderedEnvironment): string[] {
  return podsOf(manifestsOf(rendered)).flatMap(({ owner, spec }) => {
    if (!spec) return [];
    const problems: string[] = [];
    const pod = spec.securityContext ?? {};
    if (pod.runAsNonRoot !== true) problems.push('pod runAsNonRoot is not true');
    if (pod.seccompProfile?.type !== 'RuntimeDefault') problems.push('pod seccompProfile is not RuntimeDefault');
    if (spec.automountServiceAccountToken !== false) problems.push('service account token is mounted');
    if (spec.hostNetwork || spec.hostPID || spec.hostIPC) problems.push('uses a host namespace');
    for (const c of [...(spec.initContainers ?? []), ...spec.containers] as Json[]) {
      const sc = c.securityContext ?? {};
      if (sc.allowPrivilegeEscalation !== false) problems.push(`container ${c.name}: allowPrivilegeEscalation is not false`);
      if (sc.readOnlyRootFilesystem !== true) problems.push(`container ${c.name}: root filesystem is writable`);
      if (!(sc.capabilities?.drop ?? []).includes('ALL')) problems.push(`container ${c.name}: capabilities are not dropped`);
      if (sc.privileged) problems.push(`container ${c.name}: privileged`);
      if (!c.resources?.requests || !c.resources?.limits?.memory) problems.push(`container ${c.name}: no requests or memory limit`);
    }
    for (const volume of (spec.volumes ?? []) as Json[]) if (volume.hostPath) problems.push(`volume ${volume.name}: hostPath`);
    return problems.map((p) => `${id(owner)}: ${p}`);
  });
}

/** Every ServiceMonitor selects a Service with the scraped port and pods behind it; every PodMonitor selects pods with the port. */
export function checkMonitors(rendered: RenderedEnvironment): string[] {
  const manifests = manifestsOf(rendered);
  const pods = podsOf(manifests);
  const services = manifests.filter((m) => m.kind === 'Service') as Json[];
  return manifests.flatMap((m) => {
    const spec = (m as Json).spec;
    if (m.kind === 'ServiceMonitor') {
      const selected = services.filter((s) => matches(spec.selector.matchLabels ?? {}, s.metadata.labels ?? {}));
      if (selected.length === 0) return [`${id(m)}: selects no Service`];
      return spec.endpoints.flatMap((endpoint: Json) =>
        selected.flatMap((s) => {
          const port = (s.spec.ports as Json[]).find((p) => p.name === endpoint.port);
          if (!port) return [`${id(m)}: Service ${s.metadata.name} has no port named ${endpoint.port}`];
          const backing = pods.filter((p) => matches(s.spec.selector ?? {}, p.labels));
          if (backing.length === 0) return [`${id(m)}: Service ${s.metadata.name} selects no pods`];
          return backing.filter((p) => !p.ports.includes(port.targetPort)).map((p) => `${id(m)}: pods of ${id(p.owner)} have no port ${port.targetPort}`);
        }),
      );
    }
    if (m.kind === 'PodMonitor') {
      const selected = pods.filter((p) => matches(spec.selector.matchLabels ?? {}, p.labels));
      if (selected.length === 0) return [`${id(m)}: selects no pods`];
      return spec.podMetricsEndpoints.flatMap((endpoint: Json) =>
        selected.filter((p) => !p.ports.includes(endpoint.port)).map((p) => `${id(m)}: pods of ${id(p.owner)} have no port named ${endpoint.port}`),
      );
    }
    return [];
  });
}

/** References a controller resolves whenever both exist (an operator finds its cluster, an ingress controller serves the certificate once it is issued). */
const RECONCILED_REFERENCES = new Set(['ScheduledBackup->Cluster', 'Ingress->Certificate', 'Gateway->Certificate', 'HTTPRoute->Gateway']);

/** Within a wave Argo CD applies built-in kinds in its kind order, so an object may refer to a kind applied before it. */
function mayShareWave(referrer: string, target: string): boolean {
  return applyRank(target) < applyRank(referrer) || RECONCILED_REFERENCES.has(`${referrer}->${target}`);
}

/**
 * Every object comes in a later sync wave than everything it refers to (or in the same wave where
 * Argo CD applies the target first), so a Secret written by a controller (External Secrets,
 * cert-manager, CloudNativePG) exists before its readers. A reference to something the
 * environment never creates is an error too.
 */
export function checkSyncOrder(rendered: RenderedEnvironment): string[] {
  const manifests = manifestsOf(rendered);
  const secrets = secretProducers(manifests);
  const find = (kind: string, name: string) => (kind === 'Secret' ? secrets.get(name) : manifests.find((m) => m.kind === kind && m.metadata.name === name));
  const referenceProblems = manifests.flatMap((m) =>
    referencesOf(m).flatMap(({ kind, name }) => {
      const target = find(kind, name);
      if (!target) return [`${id(m)} refers to ${kind}/${name}, which nothing in the environment creates`];
      const [own, theirs] = [waveOfManifest(m), waveOfManifest(target)];
      if (theirs < own || (theirs === own && mayShareWave(m.kind, target.kind))) return [];
      return [`${id(m)} (wave ${own}) is not ordered after ${id(target)} (wave ${theirs}), which it needs`];
    }),
  );
  return [...referenceProblems, ...prerequisiteProblems(rendered, manifests)];
}

/** The workloads of a component come after the workloads of every component it connects to or waits for. */
function prerequisiteProblems(rendered: RenderedEnvironment, manifests: readonly Manifest[]): string[] {
  // objects gated on the platform (an HPA, a Certificate) come last by design, and nothing waits for them
  const workloads = (component: string) =>
    manifests.filter((m) => rendered.owners.get(id(m)) === component && SETUP_WAVES[m.kind] === undefined && !PLATFORM_GATED_KINDS.has(m.kind));
  return rendered.graph.components.flatMap((component) =>
    rendered.graph.prerequisitesOf(component).flatMap((prerequisite) => {
      const needed = workloads(prerequisite.name);
      if (needed.length === 0) return [];
      const ready = Math.max(...needed.map(waveOfManifest));
      return workloads(component.name)
        .filter((m) => waveOfManifest(m) <= ready)
        .map((m) => `${id(m)} (wave ${waveOfManifest(m)}) of ${component.name} is not ordered after ${prerequisite.name} (ready in wave ${ready}), which it needs`);
    }),
  );
}

/** Keys of a Secret that name a user rather than hold a credential. */
const IDENTITY_KEY = /(^|[_.-])user(name)?$/i;

/**
 * No Secret value reaches a command line (the process list, the container runtime's records, a
 * crash report): neither through `$(VAR)` of an env var read from a Secret nor as a literal value
 * of a Secret the environment defines. User names kept beside a password (`user`, `root_user`) are
 * identities, not secrets: `pg_isready -U datalens` names the user a NATS Secret also names.
 */
export function checkCommandLineSecrets(rendered: RenderedEnvironment): string[] {
  const manifests = manifestsOf(rendered);
  const literals = manifests
    .filter((m) => m.kind === 'Secret')
    .flatMap((m) => Object.entries({ ...((m as Json).stringData ?? {}), ...Object.fromEntries(Object.entries((m as Json).data ?? {}).map(([k, v]) => [k, Buffer.from(String(v), 'base64').toString('utf8')])) }))
    .filter(([key, value]) => !IDENTITY_KEY.test(key) && typeof value === 'string' && value.length >= 6)
    .map(([, value]) => value as string);
  return podsOf(manifests).flatMap(({ owner, spec }) =>
    ((spec ? [...(spec.initContainers ?? []), ...spec.containers] : []) as Json[]).flatMap((c) => {
      const fromSecrets = new Set(((c.env ?? []) as Json[]).filter((e) => e.valueFrom?.secretKeyRef).map((e) => e.name as string));
      const argv: string[] = [...(c.command ?? []), ...(c.args ?? []), ...(c.lifecycle?.preStop?.exec?.command ?? []), ...[c.startupProbe, c.livenessProbe, c.readinessProbe].flatMap((p: Json | undefined) => p?.exec?.command ?? [])].map(String);
      const problems: string[] = [];
      for (const arg of argv) {
        for (const [, name] of arg.matchAll(/\$\(([A-Za-z_][A-Za-z0-9_.-]*)\)/g)) if (fromSecrets.has(name)) problems.push(`container ${c.name}: $(${name}), a Secret's value, is on its command line`);
        if (literals.some((value) => arg.includes(value))) problems.push(`container ${c.name}: a Secret's value is written into its command line`);
      }
      return problems.map((p) => `${id(owner)}: ${p}`);
    }),
  );
}

/** Every long-running workload restarts when a Secret its pods read changes (the Reloader annotation names them all). */
export function checkSecretRotation(rendered: RenderedEnvironment): string[] {
  return manifestsOf(rendered)
    .filter((m) => ROTATED_KINDS.has(m.kind))
    .flatMap((m) => {
      const listed = new Set((m.metadata.annotations?.[RELOADER_SECRETS_ANNOTATION] ?? '').split(',').filter(Boolean));
      return secretsReadBy(m).filter((s) => !listed.has(s)).map((s) => `${id(m)}: reads Secret ${s} but does not restart when it changes (${RELOADER_SECRETS_ANNOTATION})`);
    });
}

export function manifestsOf(rendered: RenderedEnvironment): Manifest[] {
  return rendered.files.flatMap((f) => f.manifests);
}

/** All checks of one environment, each problem prefixed with the environment. */
export function checkEnvironment(rendered: RenderedEnvironment): string[] {
  return [checkSecrets, checkPodSecurity, checkMonitors, checkSyncOrder, checkQuota, checkCommandLineSecrets, checkSecretRotation]
    .flatMap((check) => check(rendered))
    .map((p) => `environment ${rendered.environment.name}: ${p}`);
}
