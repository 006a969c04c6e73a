import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Json } from './on-disk';
import type { SecretData } from './pod-on-host';

/*
 * What cert-manager would write for the environment's internal PKI, made by openssl: a CA (the
 * `datalens-internal-ca` Secret) and, for every Certificate of dist/ signed by the internal CA
 * Issuer, a Secret with tls.crt, tls.key and ca.crt holding exactly the names and addresses the
 * Certificate asks for. A server started on them proves the names clients verify are the right ones.
 */

const openssl = (args: string[], cwd: string) => execFileSync('openssl', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });

/** openssl's names of cert-manager's extended key usages. */
const EXTENDED_USAGE: Record<string, string[]> = { 'server auth': ['serverAuth'], 'client auth': ['clientAuth'] };

/** Secrets by name: the CA's and every internal certificate's (servers' and clients'). */
export function internalCertificates(objects: readonly Json[]): Map<string, SecretData> {
  const dir = mkdtempSync(join(tmpdir(), 'internal-pki-'));
  try {
    const secrets = new Map<string, SecretData>();
    const ca = objects.find((o) => o.kind === 'Certificate' && o.spec.isCA);
    if (!ca) return secrets;
    openssl(['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', 'ca.key', '-out', 'ca.crt', '-days', '2', '-subj', `/CN=${ca.spec.commonName}`, '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign'], dir);
    const caCrt = readFileSync(join(dir, 'ca.crt'), 'utf8');
    secrets.set(ca.spec.secretName, { 'ca.crt': caCrt, 'tls.crt': caCrt, 'tls.key': readFileSync(join(dir, 'ca.key'), 'utf8') });
    for (const cert of objects.filter((o) => o.kind === 'Certificate' && o.spec.issuerRef?.kind === 'Issuer' && o.spec.issuerRef.name === ca.spec.secretName)) {
      const name: string = cert.spec.secretName;
      const sans = [...(cert.spec.dnsNames ?? []).map((d: string) => `DNS:${d}`), ...(cert.spec.ipAddresses ?? []).map((ip: string) => `IP:${ip}`)].join(',');
      // the extended key usages the Certificate asks for, as cert-manager writes them (a client certificate cannot serve)
      const extended = (cert.spec.usages ?? ['server auth', 'client auth']).flatMap((u: string) => EXTENDED_USAGE[u] ?? []).join(',');
      writeFileSync(join(dir, `${name}.ext`), `${sans ? `subjectAltName=${sans}\n` : ''}extendedKeyUsage=${extended}\nkeyUsage=critical,digitalSignature,keyEncipherment\n`);
      openssl(['req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=${cert.spec.commonName ?? name}`], dir);
      openssl(['x509', '-req', '-in', `${name}.csr`, '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial', '-days', '2', '-out', `${name}.crt`, '-extfile', `${name}.ext`], dir);
      secrets.set(name, { 'tls.crt': readFileSync(join(dir, `${name}.crt`), 'utf8'), 'tls.key': readFileSync(join(dir, `${name}.key`), 'utf8'), 'ca.crt': caCrt });
    }
    return secrets;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
