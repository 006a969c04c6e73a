import type * as k8s from '../imports/k8s';

// The consumer's side of internal TLS, apart from the CA that issues (internal-ca.ts): a binding
// names the anchors its client verifies against, and Component knows bindings, not the CA.

/** Where a consumer finds the CA certificates it verifies its servers against, one file per anchor. */
export const TRUST_DIR = '/etc/datalens/trust';
/** Name of the volume (in consumers) holding the trust anchors. */
export const TRUST_VOLUME = 'trust';

/**
 * A CA certificate a client verifies a server against: one key of a Secret, projected alone into
 * the consumer's pod (the Secret may hold the CA's private key too, which never reaches a consumer).
 */
export interface TrustAnchor {
  readonly secretName: string;
  /** @default 'ca.crt' */
  readonly key?: string;
  /** File name under TRUST_DIR. */
  readonly fileName: string;
}

/** The path of a trust anchor inside the consumer's container. */
export function trustPath(anchor: TrustAnchor): string {
  return `${TRUST_DIR}/${anchor.fileName}`;
}

/**
 * The volume of a consumer holding `anchors` (deduplicated by file), or undefined when there is
 * nothing to trust (internal TLS off, only public endpoints).
 */
export function trustVolume(anchors: readonly TrustAnchor[]): k8s.Volume | undefined {
  const unique = anchors.filter((a, i) => anchors.findIndex((b) => b.fileName === a.fileName) === i);
  if (unique.length === 0) return undefined;
  return {
    name: TRUST_VOLUME,
    projected: { sources: unique.map((a) => ({ secret: { name: a.secretName, items: [{ key: a.key ?? 'ca.crt', path: a.fileName }] } })) },
  };
}

/**
 * The trust volume and its mount for a consumer of `bindings`: every CA its connections verify
 * against, at the paths their env vars already name. Empty when no binding needs one.
 */
export function trustOf(bindings: readonly { readonly trust?: readonly TrustAnchor[] }[]): { volumes: k8s.Volume[]; volumeMounts: k8s.VolumeMount[] } {
  const volume = trustVolume(bindings.flatMap((b) => b.trust ?? []));
  return volume ? { volumes: [volume], volumeMounts: [{ name: volume.name, mountPath: TRUST_DIR, readOnly: true }] } : { volumes: [], volumeMounts: [] };
}
