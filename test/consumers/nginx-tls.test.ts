import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { edgeHops, NGINX_CONF_D, nginxTlsListener, type NginxTlsListener } from '../support/nginx-tls';
import { environmentsOnDisk, objectsOnDisk, type Json } from '../support/on-disk';
import { eventually, findBinary, freePorts, LOOPBACK, ServerProcess } from '../support/server-process';
import { internalCertificates } from '../support/test-certificates';

/*
 * The real nginx (Debian's package; the pods run nginx-unprivileged) serving the TLS server block
 * of dist/ with certificates openssl makes from dist's Certificates: a client that verifies like
 * the edge (the CA from ca.crt, the name the BackendTLSPolicy or the Ingress verifies) gets through
 * to the server behind, with the Host and X-Forwarded-For the edge set, and a body larger than
 * nginx's default limit; a wrong name, another CA and plain HTTP get nothing from behind.
 *
 * What differs from the pod, and why: the ports (8443 and 8080 are the kernel's to give here) and
 * the certificate folder (the Secret's mount) are moved, the rest of the file is nginx's as is;
 * nginx.conf is a copy of nginx-unprivileged's (its temp paths, `include conf.d/*.conf` inside
 * http {}) with this machine's paths.
 */

const NGINX_INSTALL_HINT =
  'nginx is required by this test and was not found (looked at $NGINX_BIN, PATH, /usr/sbin). Install it with `sudo apt-get install -y nginx` (Debian/Ubuntu; CI does this), or set NGINX_BIN=/path/to/nginx.';
const START_TIMEOUT_MS = 10_000;

interface Answer {
  readonly status: number;
  readonly body: string;
}

/** What the server behind saw: the request's path, headers and body size. */
interface Seen {
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly bodyBytes: number;
}

function upstream(port: number, seen: Seen[]): Promise<Server> {
  const server = createServer((req, res) => {
    let bodyBytes = 0;
    req.on('data', (chunk: Buffer) => (bodyBytes += chunk.length));
    req.on('end', () => {
      seen.push({ path: req.url ?? '', headers: req.headers, bodyBytes });
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(`behind:${req.url}`);
    });
  });
  return new Promise((resolve) => server.listen(port, LOOPBACK, () => resolve(server)));
}

function https(port: number, opts: { ca: string; servername: string; path: string; method?: string; headers?: Record<string, string>; body?: Buffer }): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpsRequest({ host: LOOPBACK, port, path: opts.path, method: opts.method ?? 'GET', ca: opts.ca, servername: opts.servername, headers: opts.headers, timeout: 5_000 }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString('utf8')));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('timeout', () => req.destroy(new Error('no answer within 5 s')));
    req.on('error', reject);
    req.end(opts.body);
  });
}

function plainHttp(port: number, path: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: LOOPBACK, port, path, timeout: 5_000 }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString('utf8')));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('timeout', () => req.destroy(new Error('no answer within 5 s')));
    req.on('error', reject);
    req.end();
  });
}

/** The TLS listeners nginx serves in an environment (the API's sidecar, the frontend's own server), with their workloads. */
function listenersOf(objects: readonly Json[]): { workload: Json; listener: NginxTlsListener }[] {
  return objects
    .filter((o) => o.kind === 'Deployment')
    .flatMap((workload) => [8443].map((port) => ({ workload, listener: nginxTlsListener(objects, workload, port) })))
    .filter((l): l is { workload: Json; listener: NginxTlsListener } => typeof l.listener !== 'string');
}

const cases = environmentsOnDisk().flatMap((env) => {
  const objects = objectsOnDisk(env).map((o) => o.object);
  return listenersOf(objects).map(({ workload, listener }) => ({ name: `${env} ${workload.metadata.name}`, objects, workload, listener }));
});

it('finds the TLS listeners to run (so the suite is not vacuous)', () => {
  expect(cases.map((c) => c.name)).toEqual(expect.arrayContaining(['staging datalens-api', 'staging datalens-frontend', 'prod datalens-api', 'prod datalens-frontend']));
});

describe.each(cases)('nginx serving the TLS listener of $name', ({ objects, workload, listener }) => {
  const pki = internalCertificates(objects);
  const certificate = listener.certificate;
  const secret = pki.get(certificate.spec.secretName)!;
  const verifiedName = edgeHops(objects, workload, 8443)[0]?.verifiedName;
  const seen: Seen[] = [];
  let dir: string;
  let nginx: ServerProcess;
  let behind: Server;
  let tlsPort: number;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nginx-tls-'));
    chmodSync(dir, 0o755);
    const [tls, plain] = await freePorts(2);
    tlsPort = tls;
    const certDir = join(dir, 'tls');
    mkdirSync(certDir);
    mkdirSync(join(dir, 'conf.d'));
    writeFileSync(join(certDir, 'tls.crt'), secret['tls.crt']);
    writeFileSync(join(certDir, 'tls.key'), secret['tls.key']);
    // the server block as nginx reads it from conf.d, with only the ports and the certificates' folder moved
    const conf = listener.server
      .replace(/^(\s+listen )8443( ssl;)$/m, `$1${LOOPBACK}:${tls}$2`)
      .replace(/http:\/\/127\.0\.0\.1:8080;/, `http://127.0.0.1:${plain};`)
      .replace(/ \/etc\/nginx\/tls\//g, ` ${certDir}/`);
    expect(conf).not.toMatch(/8443|:8080|\/etc\/nginx\/tls/);
    writeFileSync(join(dir, 'conf.d', listener.file), `${conf}\n`);
    // nginx-unprivileged's nginx.conf (nginxinc/docker-nginx-unprivileged, mainline/alpine/nginx.conf), on this machine's paths
    writeFileSync(
      join(dir, 'nginx.conf'),
      [
        'daemon off;',
        'worker_processes 1;',
        'error_log stderr notice;',
        `pid ${dir}/nginx.pid;`,
        'events { worker_connections 64; }',
        'http {',
        ...['proxy', 'client', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `    ${t === 'client' ? 'client_body' : t}_temp_path ${dir}/${t}_temp;`),
        '    default_type application/octet-stream;',
        '    access_log off;',
        `    include ${dir}/conf.d/*.conf;`,
        '}',
        '',
      ].join('\n'),
    );
    behind = await upstream(plain, seen);
    const binary = findBinary('nginx', NGINX_INSTALL_HINT, process.env.NGINX_BIN);
    nginx = ServerProcess.spawn({ argv: [binary, '-e', 'stderr', '-p', dir, '-c', join(dir, 'nginx.conf')], name: `nginx (${listener.file})` });
    await eventually('nginx answering on its TLS port', () => https(tlsPort, { ca: secret['ca.crt'], servername: verifiedName ?? 'localhost', path: '/.tls-healthz' }).then((a) => (a.status === 200 ? a : undefined)), START_TIMEOUT_MS);
  }, 30_000);

  afterAll(async () => {
    await nginx?.stop('SIGQUIT');
    await new Promise((resolve) => behind?.close(resolve));
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('is a file of conf.d that nginx accepts (nginx -t)', () => {
    expect(listener.file).toMatch(/\.conf$/);
    expect(NGINX_CONF_D).toBe('/etc/nginx/conf.d');
    const check = ServerProcess.spawn({ argv: [findBinary('nginx', NGINX_INSTALL_HINT, process.env.NGINX_BIN), '-t', '-e', 'stderr', '-p', dir, '-c', join(dir, 'nginx.conf')], name: 'nginx -t' });
    return check.waitForExit(START_TIMEOUT_MS).then((status) => expect([status, check.output]).toEqual([0, expect.stringContaining('test is successful')]));
  });

  it('forwards what the edge sends, verified by the name the edge verifies against the CA in ca.crt, to the server behind', async () => {
    expect(verifiedName).toBeDefined();
    const body = Buffer.alloc(3 * 1024 * 1024, 'x');
    const answer = await https(tlsPort, {
      ca: secret['ca.crt'],
      servername: verifiedName!,
      path: '/api/v1/evidence',
      method: 'POST',
      headers: { host: 'api.example.com', 'x-forwarded-for': '203.0.113.9', 'x-forwarded-proto': 'https', 'content-length': String(body.length) },
      body,
    });
    expect(answer).toEqual({ status: 200, body: 'behind:/api/v1/evidence' });
    const last = seen[seen.length - 1];
    // the client's host and address as the edge set them, and the whole body (larger than nginx's default 1m limit)
    expect([last.headers.host, last.headers['x-forwarded-for'], last.headers['x-forwarded-proto'], last.bodyBytes]).toEqual(['api.example.com', '203.0.113.9', 'https', body.length]);
  });

  it('fails the handshake for a name its certificate does not hold, and for another CA', async () => {
    await expect(https(tlsPort, { ca: secret['ca.crt'], servername: 'datalens-other.example.svc', path: '/' })).rejects.toThrow(/altnames|Hostname\/IP does not match/i);
    const other = internalCertificates([{ kind: 'Certificate', spec: { isCA: true, commonName: 'another CA', secretName: 'other' } }]).get('other')!;
    await expect(https(tlsPort, { ca: other['ca.crt'], servername: verifiedName!, path: '/' })).rejects.toThrow(/self[- ]signed|unable to verify|unable to get/i);
  });

  it('answers plain HTTP on its TLS port with an error of its own, never with the server behind', async () => {
    const before = seen.length;
    const answer = await plainHttp(tlsPort, '/api/v1/evidence');
    expect(answer.status).toBe(400);
    expect(answer.body).not.toContain('behind:');
    expect(seen.length).toBe(before);
  });
});
