import type { Json } from './on-disk';

/*
 * What nginx of a workload in dist/ serves on a port, read as nginx and the kubelet would: the
 * container listening on the port, the files its volume mounts put in /etc/nginx/conf.d (which
 * nginx-unprivileged's nginx.conf includes inside http {}), the `server` block listening on the
 * port with `ssl`, and the Secret keys its certificate and key paths are mounted from, back to the
 * cert-manager Certificate writing that Secret.
 */

/** The folder nginx-unprivileged's nginx.conf includes (`include /etc/nginx/conf.d/*.conf;`). */
export const NGINX_CONF_D = '/etc/nginx/conf.d';

export interface NginxTlsListener {
  readonly container: string;
  /** The conf.d file holding the server block, and the block itself. */
  readonly file: string;
  readonly server: string;
  /** The Certificate whose Secret holds the served certificate and key. */
  readonly certificate: Json;
}

/** The pod template of a workload. */
const podOf = (workload: Json): Json => (workload.kind === 'CronJob' ? workload.spec.jobTemplate.spec.template.spec : workload.spec.template.spec);

/** The conf.d files a container's mounts provide: file name to text. */
function confFiles(objects: readonly Json[], namespace: string, pod: Json, container: Json): Map<string, string> {
  const files = new Map<string, string>();
  const configMap = (name: string) => objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name === name && o.metadata.namespace === namespace)?.data ?? {};
  for (const mount of container.volumeMounts ?? []) {
    const volume = (pod.volumes ?? []).find((v: Json) => v.name === mount.name);
    if (!volume?.configMap) continue;
    const data: Record<string, string> = configMap(volume.configMap.name);
    const items: { key: string; path: string }[] = volume.configMap.items ?? Object.keys(data).map((key) => ({ key, path: key }));
    if (mount.subPath !== undefined) {
      const item = items.find((i) => i.path === mount.subPath);
      const dir = String(mount.mountPath).replace(/\/[^/]+$/, '');
      if (item && dir === NGINX_CONF_D) files.set(String(mount.mountPath).slice(dir.length + 1), data[item.key]);
    } else if (String(mount.mountPath).replace(/\/$/, '') === NGINX_CONF_D) {
      for (const item of items) if (!item.path.includes('/')) files.set(item.path, data[item.key]);
    }
  }
  // nginx includes only the *.conf files of the folder
  return new Map([...files].filter(([name]) => name.endsWith('.conf')));
}

/** The top-level `server { ... }` blocks of a conf.d file (which sits inside http {}). */
export function serverBlocks(conf: string): string[] {
  return [...conf.matchAll(/^server \{\n[\s\S]*?^\}$/gm)].map((m) => m[0]);
}

/** The Secret and key a file of the container comes from (a secret volume or a projected one), or undefined. */
function secretFile(pod: Json, container: Json, path: string): { secret: string; key: string } | undefined {
  for (const mount of container.volumeMounts ?? []) {
    const prefix = `${String(mount.mountPath).replace(/\/$/, '')}/`;
    if (!path.startsWith(prefix) || mount.subPath !== undefined) continue;
    const rest = path.slice(prefix.length);
    const volume = (pod.volumes ?? []).find((v: Json) => v.name === mount.name);
    const sources: Json[] = volume?.projected ? volume.projected.sources : volume?.secret ? [{ secret: { ...volume.secret, name: volume.secret.secretName } }] : [];
    for (const s of sources.filter((x) => x.secret)) {
      const items: { key: string; path: string }[] | undefined = s.secret.items;
      const item = items ? items.find((i) => i.path === rest) : { key: rest, path: rest };
      if (item) return { secret: s.secret.name, key: item.key };
    }
  }
  return undefined;
}

/**
 * The nginx TLS listener on `port` of `workload`, or the reasons there is none: no container
 * listens there, no conf.d server block listens on it with ssl, its certificate or key is not a
 * mounted key of a Secret that a cert-manager Certificate writes.
 */
export function nginxTlsListener(objects: readonly Json[], workload: Json, port: number): NginxTlsListener | string {
  const pod = podOf(workload);
  const container = (pod.containers as Json[]).find((c) => (c.ports ?? []).some((p: Json) => p.containerPort === port));
  if (!container) return `no container of ${workload.kind}/${workload.metadata.name} listens on ${port}`;
  for (const [file, conf] of confFiles(objects, workload.metadata.namespace, pod, container)) {
    for (const server of serverBlocks(conf)) {
      if (!new RegExp(`^\\s+listen ${port} ssl;$`, 'm').test(server)) continue;
      const path = (directive: string) => new RegExp(`^\\s+${directive} (\\S+);$`, 'm').exec(server)?.[1];
      const [crt, key] = [path('ssl_certificate'), path('ssl_certificate_key')];
      if (!crt || !key) return `${file}: the server on ${port} names no ssl_certificate and ssl_certificate_key`;
      const [crtFile, keyFile] = [secretFile(pod, container, crt), secretFile(pod, container, key)];
      if (crtFile?.key !== 'tls.crt' || keyFile?.key !== 'tls.key' || crtFile.secret !== keyFile.secret)
        return `${file}: ${crt} and ${key} are not tls.crt and tls.key of one Secret mounted in container ${container.name}`;
      const certificate = objects.find((o) => o.kind === 'Certificate' && o.spec.secretName === crtFile.secret && o.metadata.namespace === workload.metadata.namespace);
      if (!certificate) return `${file}: Secret ${crtFile.secret} is written by no Certificate`;
      return { container: container.name, file, server, certificate };
    }
  }
  return `no conf.d file of container ${container.name} has a server listening on ${port} with ssl`;
}

/** How the edge reaches a port: through which object, TLS or not, verifying which name against which CA Secret. */
export interface EdgeHop {
  /** The object that configures the hop: BackendTLSPolicy/<name>, Ingress/<name> or HTTPRoute/<name>. */
  readonly by: string;
  /** The name the edge verifies the certificate by; undefined when it verifies nothing (plain HTTP, or TLS unverified). */
  readonly verifiedName?: string;
  /** The Secret (and key) holding the CA certificate it verifies against. */
  readonly caSecret?: { readonly name: string; readonly key: string };
}

/**
 * Every hop of the edge to `port` of `workload`'s pods, as the edge's controllers read it: the
 * Services selecting the pods on that target port; each HTTPRoute backendRef to such a Service
 * port (verified when a BackendTLSPolicy of the Service's namespace targets that Service and port,
 * Envoy Gateway reading `ca.crt` of a referenced Secret); each Ingress path to it (verified when
 * ingress-nginx is told HTTPS with proxy-ssl-verify on, reading `ca.crt` of proxy-ssl-secret).
 */
export function edgeHops(objects: readonly Json[], workload: Json, port: number): EdgeHop[] {
  const namespace = workload.metadata.namespace;
  const labels: Record<string, string> = podOf(workload).labels ?? workload.spec.template.metadata.labels ?? {};
  const container = (podOf(workload).containers as Json[]).find((c) => (c.ports ?? []).some((p: Json) => p.containerPort === port));
  const portName = container?.ports.find((p: Json) => p.containerPort === port)?.name;
  const services = objects.filter(
    (o) => o.kind === 'Service' && o.metadata.namespace === namespace && o.spec.selector && Object.entries(o.spec.selector).every(([k, v]) => labels[k] === v),
  );
  const hops: EdgeHop[] = [];
  for (const service of services) {
    for (const sp of (service.spec.ports as Json[]).filter((p) => p.targetPort === port || p.targetPort === portName)) {
      const policies = objects.filter(
        (o) => o.kind === 'BackendTLSPolicy' && o.metadata.namespace === namespace && o.spec.targetRefs.some((t: Json) => t.kind === 'Service' && (t.group ?? '') === '' && t.name === service.metadata.name && (t.sectionName === undefined || t.sectionName === sp.name)),
      );
      for (const route of objects.filter((o) => o.kind === 'HTTPRoute' && o.metadata.namespace === namespace)) {
        const refs = (route.spec.rules ?? []).flatMap((r: Json) => r.backendRefs ?? []).filter((b: Json) => (b.kind ?? 'Service') === 'Service' && b.name === service.metadata.name && b.port === sp.port);
        if (!refs.length) continue;
        if (!policies.length) hops.push({ by: `HTTPRoute/${route.metadata.name}` });
        for (const policy of policies) {
          const ca = policy.spec.validation.caCertificateRefs?.[0];
          hops.push({ by: `BackendTLSPolicy/${policy.metadata.name}`, verifiedName: policy.spec.validation.hostname, ...(ca?.kind === 'Secret' ? { caSecret: { name: ca.name, key: 'ca.crt' } } : {}) });
        }
      }
      for (const ingress of objects.filter((o) => o.kind === 'Ingress' && o.metadata.namespace === namespace)) {
        const paths = (ingress.spec.rules ?? []).flatMap((r: Json) => r.http?.paths ?? []);
        const reaches = paths.some((p: Json) => p.backend.service?.name === service.metadata.name && (p.backend.service.port.name === sp.name || p.backend.service.port.number === sp.port));
        if (!reaches) continue;
        const a: Record<string, string> = ingress.metadata.annotations ?? {};
        const verified = a['nginx.ingress.kubernetes.io/backend-protocol'] === 'HTTPS' && a['nginx.ingress.kubernetes.io/proxy-ssl-verify'] === 'on';
        const [secretNamespace, secretName] = String(a['nginx.ingress.kubernetes.io/proxy-ssl-secret'] ?? '').split('/');
        hops.push({
          by: `Ingress/${ingress.metadata.name}`,
          ...(verified ? { verifiedName: a['nginx.ingress.kubernetes.io/proxy-ssl-name'] } : {}),
          ...(verified && secretNamespace === namespace && secretName ? { caSecret: { name: secretName, key: 'ca.crt' } } : {}),
        });
      }
    }
  }
  return hops;
}
