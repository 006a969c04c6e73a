import type { ApiObject } from 'cdk8s';

/*
 * What a synthesised object refers to by name, read from its JSON: the sync order (an object after
 * everything it needs) and the prune protection (whatever a database's backups need) both follow it.
 */

type Json = Record<string, any>;

/** The JSON form of an object, as far as references go. */
export interface ObjectJson {
  readonly kind: string;
  readonly metadata: { readonly name: string };
}

const inspected = new WeakMap<ApiObject, ObjectJson>();

/**
 * An object as JSON, for the steps that finish a chart by reading what its components made: the
 * log selectors (its containers), the prune protection and the secret rotation (what it refers to).
 * Turning an object into JSON is the costliest part of a render, and each of those steps did it
 * again; this does it once per object. Ask only once the components are complete: those steps add
 * annotations and nothing else, so what is added after the first ask (which none of them reads) is
 * not in it.
 */
export function inspectionJsonOf(object: ApiObject): ObjectJson {
  let json = inspected.get(object);
  if (!json) inspected.set(object, (json = { kind: object.kind, metadata: { name: object.name }, ...(object.toJson() as object) } as ObjectJson));
  return json;
}

/** What an object needs to exist before it: (kind, name) pairs it refers to. */
export function referencesOf(manifest: ObjectJson): { kind: string; name: string }[] {
  const json = manifest as Json;
  const refs: { kind: string; name: string }[] = [];
  const podSpec: Json | undefined = (manifest.kind === 'CronJob' ? json.spec?.jobTemplate?.spec : json.spec)?.template?.spec;
  if (podSpec?.containers) {
    if (podSpec.serviceAccountName) refs.push({ kind: 'ServiceAccount', name: podSpec.serviceAccountName });
    for (const c of [...(podSpec.initContainers ?? []), ...podSpec.containers] as Json[]) {
      for (const e of (c.env ?? []) as Json[]) {
        if (e.valueFrom?.secretKeyRef) refs.push({ kind: 'Secret', name: e.valueFrom.secretKeyRef.name });
        if (e.valueFrom?.configMapKeyRef) refs.push({ kind: 'ConfigMap', name: e.valueFrom.configMapKeyRef.name });
      }
      for (const e of (c.envFrom ?? []) as Json[]) {
        if (e.secretRef) refs.push({ kind: 'Secret', name: e.secretRef.name });
        if (e.configMapRef) refs.push({ kind: 'ConfigMap', name: e.configMapRef.name });
      }
    }
    for (const v of (podSpec.volumes ?? []) as Json[]) {
      if (v.configMap) refs.push({ kind: 'ConfigMap', name: v.configMap.name });
      if (v.secret) refs.push({ kind: 'Secret', name: v.secret.secretName });
      for (const source of (v.projected?.sources ?? []) as Json[]) {
        // kube-controller-manager publishes the cluster CA into every namespace
        if (source.configMap && source.configMap.name !== 'kube-root-ca.crt') refs.push({ kind: 'ConfigMap', name: source.configMap.name });
        if (source.secret) refs.push({ kind: 'Secret', name: source.secret.name });
      }
    }
  }
  switch (manifest.kind) {
    case 'Ingress':
      for (const rule of json.spec.rules ?? []) for (const path of rule.http?.paths ?? []) refs.push({ kind: 'Service', name: path.backend.service.name });
      for (const tls of json.spec.tls ?? []) refs.push({ kind: 'Secret', name: tls.secretName });
      break;
    case 'HTTPRoute':
      for (const rule of json.spec.rules ?? []) for (const backend of rule.backendRefs ?? []) if ((backend.kind ?? 'Service') === 'Service') refs.push({ kind: 'Service', name: backend.name });
      for (const parent of json.spec.parentRefs ?? []) if (!parent.namespace) refs.push({ kind: 'Gateway', name: parent.name });
      break;
    case 'Gateway':
      for (const listener of json.spec.listeners ?? []) for (const cert of listener.tls?.certificateRefs ?? []) refs.push({ kind: 'Secret', name: cert.name });
      break;
    case 'HorizontalPodAutoscaler':
      refs.push({ kind: json.spec.scaleTargetRef.kind, name: json.spec.scaleTargetRef.name });
      break;
    case 'Pooler':
    case 'ScheduledBackup':
      refs.push({ kind: 'Cluster', name: json.spec.cluster.name });
      break;
    case 'Cluster':
      for (const plugin of [...(json.spec.plugins ?? []), ...((json.spec.externalClusters ?? []) as Json[]).map((c) => c.plugin ?? {})])
        if (plugin.parameters?.barmanObjectName) refs.push({ kind: 'ObjectStore', name: plugin.parameters.barmanObjectName });
      break;
    case 'ObjectStore': {
      const s3 = json.spec.configuration.s3Credentials ?? {};
      for (const key of ['accessKeyId', 'secretAccessKey']) if (s3[key]) refs.push({ kind: 'Secret', name: s3[key].name });
      break;
    }
  }
  return refs.filter((ref, i) => refs.findIndex((r) => r.kind === ref.kind && r.name === ref.name) === i);
}

/** Kinds of the objects that bring a Secret into being (secretProducers reads only these). */
export const SECRET_PRODUCER_KINDS: ReadonlySet<string> = new Set(['Secret', 'ExternalSecret', 'Certificate', 'Cluster']);

/** The objects that bring a Secret into being: a Secret itself, or a controller that writes it. */
export function secretProducers<T extends ObjectJson>(manifests: readonly T[]): Map<string, T> {
  const producers = new Map<string, T>();
  for (const m of manifests) {
    const spec = (m as Json).spec;
    if (m.kind === 'Secret') producers.set(m.metadata.name, m);
    if (m.kind === 'ExternalSecret') producers.set(spec.target?.name ?? m.metadata.name, m);
    if (m.kind === 'Certificate') producers.set(spec.secretName, m);
    if (m.kind === 'Cluster') {
      producers.set(`${m.metadata.name}-app`, m);
      // the operator's CA, which clients verify the server certificate against
      producers.set(`${m.metadata.name}-ca`, m);
    }
  }
  return producers;
}

