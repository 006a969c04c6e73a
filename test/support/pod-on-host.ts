import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { executeTemplate } from './go-model';
import type { Json } from './on-disk';

/*
 * One container of a workload in dist/, laid out on this machine the way the kubelet lays it out
 * in the pod, so that a real server can run it: every volume mount is a folder of a private
 * temporary directory holding what the volume holds (ConfigMap and Secret keys as files, empty
 * dirs, the claim's data folder), the environment is resolved as the kubelet resolves it
 * (secretKeyRef, fieldRef, $(VAR) references), and the command line is expanded the same way.
 *
 * Nothing is changed on the way: a test that must change something (a listen address, a port)
 * does it itself, visibly, with `rewrite`. Paths inside the container map to the host with
 * `hostPath`, and `relocate` rewrites the container's absolute paths in a text to their host
 * folders (what a chroot would do).
 */

/** The data of a Secret as the workloads will see it, by key. */
export type SecretData = Readonly<Record<string, string>>;

/**
 * The data of every Secret the objects define: a dev Secret's stringData as written; for an
 * ExternalSecret, the values fetched from the store (`fetched(secretName, secretKey)`) merged with
 * its templates executed over them (template engine v2, mergePolicy Merge), by the Go model.
 */
export function secretsOf(objects: readonly Json[], fetched: (secret: string, key: string) => string): Map<string, SecretData> {
  const secrets = new Map<string, SecretData>();
  for (const o of objects) {
    if (o.kind === 'Secret') {
      const data = { ...Object.fromEntries(Object.entries((o.data ?? {}) as Record<string, string>).map(([k, v]) => [k, Buffer.from(v, 'base64').toString('utf8')])), ...(o.stringData ?? {}) };
      secrets.set(o.metadata.name, data);
    } else if (o.kind === 'ExternalSecret') {
      const name: string = o.spec.target?.name ?? o.metadata.name;
      const values = Object.fromEntries((o.spec.data ?? []).map((d: Json) => [d.secretKey, fetched(name, d.secretKey)]));
      const template = o.spec.target?.template;
      if (template && template.engineVersion !== 'v2') throw new Error(`ExternalSecret ${name}: template engine ${template.engineVersion} not modelled`);
      if (template && template.mergePolicy !== 'Merge') throw new Error(`ExternalSecret ${name}: mergePolicy ${template.mergePolicy} not modelled`);
      const rendered = Object.fromEntries(Object.entries((template?.data ?? {}) as Record<string, string>).map(([k, t]) => [k, executeTemplate(t, values)]));
      secrets.set(name, { ...values, ...rendered });
    }
  }
  return secrets;
}

export interface PodOnHostOptions {
  /** The pod's ordinal in its StatefulSet (its name is `<statefulset>-<ordinal>`). @default 0 */
  readonly ordinal?: number;
  /** Secret data by Secret name, from `secretsOf`. */
  readonly secrets: ReadonlyMap<string, SecretData>;
  /**
   * Host folders for the claims of volumeClaimTemplates, by claim name; a test reuses the same
   * folder across restarts as the retained volume would be. @default - a fresh folder
   */
  readonly claims?: Readonly<Record<string, string>>;
  /** The binary the image would run when the container sets no `command` (its entrypoint). */
  readonly entrypoint?: readonly string[];
}

/** Kubernetes' expansion of $(VAR) in command, args and env values: defined names are replaced, `$$` is a literal `$`. */
export function expandKubeVars(text: string, env: Readonly<Record<string, string>>): string {
  return text.replace(/\$\$|\$\(([A-Za-z_][A-Za-z0-9_.-]*)\)/g, (match, name: string | undefined) => (name === undefined ? '$' : name in env ? env[name] : match));
}

export class PodOnHost {
  /** The pod's name. */
  readonly podName: string;
  /** The private temporary directory holding the pod's volumes (claims given by the caller live elsewhere). */
  readonly root: string;
  /** The command line, expanded. */
  readonly argv: readonly string[];
  /** The environment, resolved. */
  readonly env: Readonly<Record<string, string>>;
  /** Mount path → host folder, longest mount path first. */
  private readonly mounts: ReadonlyArray<readonly [string, string]>;

  constructor(
    objects: readonly Json[],
    readonly workload: Json,
    readonly containerName: string,
    options: PodOnHostOptions,
  ) {
    const spec = workload.spec.template.spec;
    const container = (spec.containers as Json[]).find((c) => c.name === containerName);
    if (!container) throw new Error(`${workload.kind} ${workload.metadata.name} has no container ${containerName}`);
    this.podName = workload.kind === 'StatefulSet' ? `${workload.metadata.name}-${options.ordinal ?? 0}` : `${workload.metadata.name}-0`;
    this.root = mkdtempSync(join(tmpdir(), `${this.podName}-`));

    const secret = (name: string): SecretData => {
      const data = options.secrets.get(name);
      if (!data) throw new Error(`no data for Secret ${name}`);
      return data;
    };
    const configMap = (name: string): Record<string, string> => {
      const found = objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name === name);
      if (!found) throw new Error(`no ConfigMap ${name} in the objects`);
      return found.data ?? {};
    };

    // the environment, in order, as the kubelet resolves it
    if (container.envFrom) throw new Error('envFrom is not modelled');
    const env: Record<string, string> = {};
    for (const e of (container.env ?? []) as Json[]) {
      if (e.value !== undefined) env[e.name] = expandKubeVars(String(e.value), env);
      else if (e.valueFrom?.secretKeyRef) {
        const { name, key } = e.valueFrom.secretKeyRef;
        const value = secret(name)[key];
        if (value === undefined) throw new Error(`Secret ${name} has no key ${key}`);
        env[e.name] = value;
      } else if (e.valueFrom?.fieldRef?.fieldPath === 'metadata.name') env[e.name] = this.podName;
      else if (e.valueFrom?.fieldRef?.fieldPath === 'metadata.namespace') env[e.name] = workload.metadata.namespace;
      else throw new Error(`env ${e.name}: source not modelled: ${JSON.stringify(e.valueFrom)}`);
    }
    this.env = env;
    const command: string[] = container.command ?? [...(options.entrypoint ?? [])];
    if (command.length === 0) throw new Error(`container ${containerName} sets no command; give the image's entrypoint`);
    this.argv = [...command, ...(container.args ?? [])].map((a) => expandKubeVars(String(a), env));

    // the volumes
    const claims = new Set(((workload.spec.volumeClaimTemplates ?? []) as Json[]).map((c) => c.metadata.name as string));
    const volumes = new Map(((spec.volumes ?? []) as Json[]).map((v) => [v.name as string, v]));
    const mounts: Array<[string, string]> = [];
    for (const mount of (container.volumeMounts ?? []) as Json[]) {
      if (mount.subPath) throw new Error('subPath mounts are not modelled');
      let dir: string;
      if (claims.has(mount.name)) {
        dir = options.claims?.[mount.name] ?? join(this.root, 'claims', mount.name);
        mkdirSync(dir, { recursive: true });
      } else {
        const volume = volumes.get(mount.name);
        if (!volume) throw new Error(`mount ${mount.name} names no volume`);
        dir = join(this.root, 'volumes', mount.name);
        mkdirSync(dir, { recursive: true });
        const files: Record<string, string> = {};
        const project = (data: Readonly<Record<string, string>>, items: Json[] | undefined) => {
          if (!items) Object.assign(files, data);
          else
            for (const item of items) {
              if (data[item.key] === undefined) throw new Error(`volume ${mount.name}: no key ${item.key}`);
              files[item.path] = data[item.key];
            }
        };
        if (volume.configMap) project(configMap(volume.configMap.name), volume.configMap.items);
        else if (volume.secret) project(secret(volume.secret.secretName), volume.secret.items);
        else if (volume.projected) {
          for (const source of volume.projected.sources as Json[]) {
            if (source.configMap) project(configMap(source.configMap.name), source.configMap.items);
            else if (source.secret) project(secret(source.secret.name), source.secret.items);
            else throw new Error(`projected source not modelled: ${JSON.stringify(source)}`);
          }
        } else if (!volume.emptyDir) throw new Error(`volume ${mount.name} not modelled: ${JSON.stringify(volume)}`);
        for (const [path, content] of Object.entries(files)) {
          if (path.split('/').includes('..')) throw new Error(`bad path ${path}`);
          mkdirSync(dirname(join(dir, path)), { recursive: true });
          writeFileSync(join(dir, path), content, { mode: 0o600 });
        }
      }
      mounts.push([posix.normalize(mount.mountPath), dir]);
    }
    this.mounts = mounts.sort(([a], [b]) => b.length - a.length);
  }

  /** Where a path inside the container is on this machine; throws for a path on no mount. */
  hostPath(containerPath: string): string {
    const path = posix.normalize(containerPath);
    for (const [mountPath, dir] of this.mounts) {
      if (path === mountPath) return dir;
      if (path.startsWith(`${mountPath}/`)) return join(dir, path.slice(mountPath.length + 1));
    }
    throw new Error(`${containerPath} is on no volume of container ${this.containerName} (read-only root file system)`);
  }

  /** `text` with every absolute path under a mount (after start, whitespace, a quote, `=` or `:`) moved to its host folder. */
  relocate(text: string): string {
    return text.replace(/(^|[\s"'=:])(\/[^\s"',;]*)/gm, (match, before: string, path: string) => {
      try {
        return `${before}${this.hostPath(path)}`;
      } catch {
        return match;
      }
    });
  }

  /** Read a file of the container. */
  read(containerPath: string): string {
    return readFileSync(this.hostPath(containerPath), 'utf8');
  }

  /** Change a file of the container (for what a loopback test must change: addresses, ports, paths). */
  rewrite(containerPath: string, change: (text: string) => string): void {
    writeFileSync(this.hostPath(containerPath), change(this.read(containerPath)), { mode: 0o600 });
  }

  /** Remove the pod's directory (claims given by the caller are the caller's). */
  cleanup(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}
