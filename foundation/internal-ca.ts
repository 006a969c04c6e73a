import { ApiObject, Chart } from 'cdk8s';
import { Construct, type IConstruct } from 'constructs';
import { Certificate, CertificateSpecPrivateKeyAlgorithm, CertificateSpecPrivateKeyRotationPolicy, CertificateSpecUsages } from '../imports/certificate-cert-manager.io';
import type * as k8s from '../imports/k8s';
import { contextOf, type Component } from './component';
import type { TrustAnchor } from './trust-anchor';
import { MANAGED_BY_LABEL, PART_OF, PART_OF_LABEL } from './labels';

/**
 * Label of the internal PKI's objects: they are set up with the Secrets, before any workload that
 * mounts a certificate. The CA's own certificate (and dev's self-signing Issuer) say `ca`: they are
 * issued a wave earlier, because the CA Issuer reports Ready=False, Degraded to Argo CD, while the
 * CA's Secret does not exist yet.
 */
export const INTERNAL_PKI_LABEL = 'datalens.io/internal-pki';
/** INTERNAL_PKI_LABEL's value on the objects that make the CA itself. */
export const INTERNAL_PKI_ROOT = 'ca';
/** Name of the internal CA's Secret and Issuer. */
export const INTERNAL_CA_NAME = 'datalens-internal-ca';

/** A certificate the internal CA issues (server or client): a Secret with tls.crt (leaf and chain), tls.key and ca.crt. */
export interface IssuedCertificate {
  readonly secretName: string;
  /**
   * Its Secret's `ca.crt` as a trust anchor: the certificate of the CA that issued it, from a Secret
   * that never holds the CA's private key (what a verifier outside the pods, such as Prometheus, reads).
   */
  readonly caTrust: TrustAnchor;
}

/** A server certificate the internal CA issues. */
export interface ServerCertificate extends IssuedCertificate {
  /** The name a client anywhere in the cluster verifies it by: `<first service>.<namespace>.svc`. */
  readonly serverName: string;
}

export interface ServerCertificateOptions {
  /** Service names (in the component's namespace) the certificate is valid for, each in all its DNS forms. */
  readonly services: readonly string[];
  /** Services whose pods are addressed one by one (`<pod>.<service>`): a wildcard under each. @default - none */
  readonly headlessServices?: readonly string[];
  /** Also valid for `localhost` and 127.0.0.1, for the pod's own sidecars and probes. @default true */
  readonly loopback?: boolean;
}

/**
 * The environment's certificate authority inside its namespace (cert-manager): a CA certificate
 * issued by the environment's `internalTls.caIssuer` (an intermediate of the platform's root) or,
 * in dev only, by a self-signed issuer; a CA `Issuer` signing every server certificate from it.
 * One per environment chart, made on first use; `enabled` is false where dev opted out.
 */
export class InternalCa extends Construct {
  /** The chart's internal CA, created on first use. */
  static of(scope: IConstruct): InternalCa {
    const chart = Chart.of(scope);
    return (chart.node.tryFindChild('InternalCa') as InternalCa | undefined) ?? new InternalCa(chart, 'InternalCa');
  }

  /** Whether internal listeners use TLS (false only where a dev environment opted out). */
  readonly enabled: boolean;
  /** The CA certificate clients verify every internal server against. */
  readonly trust: TrustAnchor = { secretName: INTERNAL_CA_NAME, fileName: 'internal-ca.crt' };
  private readonly namespace: string;
  private readonly certificateDuration: string;

  private constructor(scope: Construct, id: string) {
    super(scope, id);
    const { environment } = contextOf(this);
    const tls = environment.config.internalTls;
    this.enabled = tls.enabled;
    this.namespace = environment.config.namespace;
    this.certificateDuration = tls.certificateDuration;
    if (!this.enabled) return;
    const metadata = (name: string, role = 'true') => ({ name, namespace: this.namespace, labels: { [PART_OF_LABEL]: PART_OF, [MANAGED_BY_LABEL]: 'cdk8s', [INTERNAL_PKI_LABEL]: role } });
    let caIssuer = tls.caIssuer;
    const selfSigned = !caIssuer;
    if (!caIssuer) {
      // dev only (the schema refuses it elsewhere): the CA signs itself
      new ApiObject(this, 'SelfSigned', { apiVersion: 'cert-manager.io/v1', kind: 'Issuer', metadata: metadata('datalens-selfsigned', INTERNAL_PKI_ROOT), spec: { selfSigned: {} } });
      caIssuer = { kind: 'Issuer', name: 'datalens-selfsigned' };
    }
    new Certificate(this, 'Certificate', {
      metadata: metadata(INTERNAL_CA_NAME, INTERNAL_PKI_ROOT),
      spec: {
        isCa: true,
        commonName: `DataLens ${environment.name} internal CA`,
        secretName: INTERNAL_CA_NAME,
        duration: tls.caDuration,
        issuerRef: { group: 'cert-manager.io', kind: caIssuer.kind, name: caIssuer.name },
        // a self-signed CA is itself the trust anchor, and cert-manager does not issue the leaves again
        // when the CA renews: keeping its key keeps the old leaves valid under the renewed certificate.
        // Under the environment's issuer the anchor is that issuer's, and a new key is harmless
        privateKey: {
          algorithm: CertificateSpecPrivateKeyAlgorithm.ECDSA,
          size: 256,
          rotationPolicy: selfSigned ? CertificateSpecPrivateKeyRotationPolicy.NEVER : CertificateSpecPrivateKeyRotationPolicy.ALWAYS,
        },
      },
    });
    new ApiObject(this, 'Issuer', { apiVersion: 'cert-manager.io/v1', kind: 'Issuer', metadata: metadata(INTERNAL_CA_NAME), spec: { ca: { secretName: INTERNAL_CA_NAME } } });
  }

  /**
   * A certificate for `component`'s servers, valid for its Services' names (short, namespaced and
   * fully qualified), for the pods of its headless Services, and for loopback. Client auth is in
   * its usages too, so cluster peers (NATS routes) present the same certificate to each other.
   */
  serverCertificate(component: Component, opts: ServerCertificateOptions): ServerCertificate {
    if (!this.enabled) throw new Error(`${component.name}: internal TLS is off in this environment; ask InternalCa.enabled first`);
    const forms = (service: string) => [service, `${service}.${this.namespace}`, `${service}.${this.namespace}.svc`, `${service}.${this.namespace}.svc.cluster.local`];
    const dnsNames = [...opts.services.flatMap(forms), ...(opts.headlessServices ?? []).flatMap((s) => forms(s).map((f) => `*.${f}`)), ...(opts.loopback === false ? [] : ['localhost'])];
    const secretName = `${component.name}-tls`;
    new Certificate(component, 'TlsCertificate', {
      metadata: component.metadata('tls', { labels: { [INTERNAL_PKI_LABEL]: 'true' } }),
      spec: {
        secretName,
        commonName: opts.services[0],
        dnsNames,
        ...(opts.loopback === false ? {} : { ipAddresses: ['127.0.0.1'] }),
        duration: this.certificateDuration,
        usages: [CertificateSpecUsages.SERVER_AUTH, CertificateSpecUsages.CLIENT_AUTH, CertificateSpecUsages.DIGITAL_SIGNATURE, CertificateSpecUsages.KEY_ENCIPHERMENT],
        issuerRef: { group: 'cert-manager.io', kind: 'Issuer', name: INTERNAL_CA_NAME },
        privateKey: { algorithm: CertificateSpecPrivateKeyAlgorithm.ECDSA, size: 256, rotationPolicy: CertificateSpecPrivateKeyRotationPolicy.ALWAYS },
      },
    });
    return { secretName, caTrust: issuedCaTrust(secretName), serverName: forms(opts.services[0])[2] };
  }

  /**
   * A client certificate for a consumer that cannot mount the CA (an operator in another namespace
   * reading a Secret by name): its Secret holds the client's own key and certificate and the CA
   * certificate (`ca.crt`), never the CA's private key. Client auth only: it cannot serve.
   */
  clientCertificate(scope: Construct, metadata: k8s.ObjectMeta, commonName: string): IssuedCertificate {
    if (!this.enabled) throw new Error(`${commonName}: internal TLS is off in this environment; ask InternalCa.enabled first`);
    const secretName = metadata.name!;
    new Certificate(scope, 'ClientCertificate', {
      metadata: { ...metadata, labels: { ...metadata.labels, [INTERNAL_PKI_LABEL]: 'true' } },
      spec: {
        secretName,
        commonName,
        duration: this.certificateDuration,
        usages: [CertificateSpecUsages.CLIENT_AUTH, CertificateSpecUsages.DIGITAL_SIGNATURE, CertificateSpecUsages.KEY_ENCIPHERMENT],
        issuerRef: { group: 'cert-manager.io', kind: 'Issuer', name: INTERNAL_CA_NAME },
        privateKey: { algorithm: CertificateSpecPrivateKeyAlgorithm.ECDSA, size: 256, rotationPolicy: CertificateSpecPrivateKeyRotationPolicy.ALWAYS },
      },
    });
    return { secretName, caTrust: issuedCaTrust(secretName) };
  }
}

function issuedCaTrust(secretName: string): TrustAnchor {
  return { secretName, key: 'ca.crt', fileName: `${secretName}-ca.crt` };
}
