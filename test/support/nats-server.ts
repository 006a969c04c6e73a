import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { accessSync, constants, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { connect as tlsConnect } from 'node:tls';

/*
 * The real nats-server, for tests that must know what the server accepts rather than what we
 * believe it accepts (its config lexer has its own escape rules). Everything here binds to
 * 127.0.0.1 only, works in a private temporary directory, has bounded timeouts, and kills what it
 * starts: servers are stopped by the caller (`stop()`), and any still running when the test
 * process exits are SIGKILLed by an exit hook.
 *
 * The binary is found as $NATS_SERVER_BIN, else `nats-server` on PATH or in /usr/sbin (where the
 * Debian package puts it; /usr/sbin is not on every user's PATH). It is never downloaded.
 */

export const NATS_SERVER_INSTALL_HINT =
  'nats-server is required by this test and was not found (looked at $NATS_SERVER_BIN, PATH, /usr/sbin, /usr/local/sbin). ' +
  'Install it with `sudo apt-get install -y nats-server` (Debian/Ubuntu; CI does this), or put a nats-server binary on PATH, ' +
  'or set NATS_SERVER_BIN=/path/to/nats-server.';

const START_TIMEOUT_MS = 5_000;
const RELOAD_TIMEOUT_MS = 5_000;
const STOP_TIMEOUT_MS = 3_000;
const CLIENT_TIMEOUT_MS = 10_000;
const LOOPBACK = '127.0.0.1';

let resolvedBinary: string | undefined;

/** The nats-server binary, or an Error whose message says how to install it. */
export function natsServerBinary(): string {
  if (resolvedBinary) return resolvedBinary;
  const fromEnv = process.env.NATS_SERVER_BIN;
  const candidates = fromEnv
    ? [fromEnv]
    : [...(process.env.PATH ?? '').split(delimiter).filter(Boolean), '/usr/sbin', '/usr/local/sbin'].map((dir) => join(dir, 'nats-server'));
  for (const candidate of candidates) {
    try {
      accessSync(candidate, constants.X_OK);
      resolvedBinary = candidate;
      return candidate;
    } catch {
      // try the next one
    }
  }
  throw new Error(NATS_SERVER_INSTALL_HINT);
}

/** The version the binary reports, for example `2.9.10`. */
export function natsServerVersion(): string {
  const run = spawnSync(natsServerBinary(), ['--version'], { encoding: 'utf8', timeout: START_TIMEOUT_MS });
  const match = /v?(\d+\.\d+\.\d+\S*)/.exec(`${run.stdout}${run.stderr}`);
  if (run.status !== 0 || !match) throw new Error(`nats-server --version failed: ${run.stdout}${run.stderr}`);
  return match[1];
}

/** A private temporary directory holding `files` (relative path → UTF-8 content, `tls/ca.crt` say); the caller removes it. */
function writeFiles(files: Readonly<Record<string, string>>): string {
  const dir = mkdtempSync(join(tmpdir(), 'nats-test-'));
  for (const [name, content] of Object.entries(files)) {
    if (name.split('/').some((part) => part === '' || part.startsWith('.')) || name.includes('\\')) throw new Error(`bad file name ${name}`);
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content, { encoding: 'utf8', mode: 0o600 });
  }
  return dir;
}

/**
 * How a client speaks TLS to nats-server, as the Go client does for a tls:// URL: after the server's
 * INFO (sent in plain text), a TLS handshake that verifies the certificate against `ca` and the
 * name `servername` (the host of the URL), then the protocol inside TLS.
 */
export interface ClientTls {
  /** PEM of the CA the server's certificate must chain to. */
  readonly ca: string;
  /** The name the certificate must hold (the Service the client dials). */
  readonly servername: string;
  /** PEM of a client certificate and its key, for a port that verifies its clients (routes). @default - none */
  readonly cert?: string;
  readonly key?: string;
  /** TLS before the server's INFO, as nats-server's route port expects it (its client port sends INFO first). @default false */
  readonly handshakeFirst?: boolean;
}

/** The socket upgraded to TLS, verified against `tls`; resolves once the handshake is done. */
function startTls(socket: Socket, tls: ClientTls): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const secure = tlsConnect({ socket, ca: tls.ca, servername: tls.servername, cert: tls.cert, key: tls.key, minVersion: 'TLSv1.2' });
    secure.once('secureConnect', () => {
      secure.off('error', reject);
      resolve(secure);
    });
    secure.once('error', reject);
  });
}

/** The environment a server runs with: nothing inherited but PATH, plus `env`. */
function serverEnv(env: Readonly<Record<string, string>> = {}): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env };
}

export interface ConfigCheck {
  readonly valid: boolean;
  /** What nats-server printed (the parse error when not valid). */
  readonly output: string;
}

/**
 * `nats-server -t -c <main>`: parse the configuration (with its includes) and exit. `files` are
 * written side by side in a temporary directory, so `include` works as it does in the pod.
 */
export function checkNatsConfig(files: Readonly<Record<string, string>>, main = 'nats.conf', env?: Readonly<Record<string, string>>): ConfigCheck {
  const binary = natsServerBinary();
  const dir = writeFiles(files);
  try {
    const run = spawnSync(binary, ['-t', '-c', join(dir, main)], { cwd: dir, encoding: 'utf8', timeout: START_TIMEOUT_MS, env: serverEnv(env) });
    if (run.error) throw run.error;
    return { valid: run.status === 0, output: `${run.stdout}${run.stderr}`.trim() };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The outcome of a CONNECT: accepted (`+OK` then `PONG`), or the server's `-ERR` text. */
export type AuthResult = { readonly accepted: true } | { readonly accepted: false; readonly error: string };

/**
 * Authenticate as `user`/`pass` with a minimal NATS client: read INFO, (with `tls`) start TLS, send
 * `CONNECT {"user","pass","verbose":true,"pedantic":false}` and `PING`, and expect `+OK` and
 * `PONG`, or `-ERR '…'` (for a bad password, `-ERR 'Authorization Violation'`). Anything else, a
 * close without an answer, or no answer in time is thrown: it is not evidence of a rejection.
 * Without `tls` the CONNECT goes in plain text even when the server asks for TLS, as a client that
 * ignores `tls_required` would send it.
 */
export function natsAuthenticate(port: number, user: string, pass: string, tls?: ClientTls, timeoutMs = CLIENT_TIMEOUT_MS): Promise<AuthResult> {
  return new Promise<AuthResult>((resolve, reject) => {
    const raw = connect({ host: LOOPBACK, port });
    let socket: Socket = raw;
    let buffered = '';
    let sawInfo = false;
    let sawOk = false;
    let settled = false;
    const finish = (outcome: AuthResult | Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      raw.destroy();
      if (outcome instanceof Error) reject(outcome);
      else resolve(outcome);
    };
    const timer = setTimeout(() => finish(new Error(`no answer from nats-server on ${LOOPBACK}:${port} within ${timeoutMs} ms (got ${JSON.stringify(buffered)})`)), timeoutMs);
    const sendConnect = () => {
      const connectLine = JSON.stringify({ user, pass, verbose: true, pedantic: false, tls_required: tls !== undefined, name: 'datalens-k8s-test', lang: 'node', protocol: 0 });
      socket.write(`CONNECT ${connectLine}\r\nPING\r\n`);
    };
    const onData = (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      let end: number;
      while (!settled && (end = buffered.indexOf('\r\n')) >= 0) {
        const line = buffered.slice(0, end);
        buffered = buffered.slice(end + 2);
        if (!sawInfo) {
          if (!line.startsWith('INFO ')) return finish(new Error(`expected INFO from nats-server, got ${JSON.stringify(line)}`));
          sawInfo = true;
          if (!tls || tls.handshakeFirst) return sendConnect();
          raw.off('data', onData);
          startTls(raw, tls).then(
            (secure) => {
              socket = secure;
              listen(secure);
              sendConnect();
            },
            (err: Error) => finish(new Error(`TLS with nats-server on ${LOOPBACK}:${port} failed: ${err.message}`)),
          );
          return;
        } else if (line === '+OK') {
          sawOk = true;
        } else if (line === 'PONG') {
          return finish(sawOk ? { accepted: true } : new Error('PONG without +OK although verbose was requested'));
        } else if (line.startsWith('-ERR ')) {
          return finish({ accepted: false, error: line.slice('-ERR '.length) });
        } else if (line !== 'PING') {
          return finish(new Error(`unexpected line from nats-server: ${JSON.stringify(line)}`));
        }
      }
    };
    const listen = (s: Socket) => {
      s.on('error', (err) => finish(new Error(`connection to nats-server on ${LOOPBACK}:${port} failed: ${err.message}`)));
      s.on('close', () => finish(new Error(`nats-server closed the connection without an answer (got ${JSON.stringify(buffered)})`)));
      s.on('data', onData);
    };
    if (!tls?.handshakeFirst) return listen(raw);
    startTls(raw, tls).then(
      (secure) => {
        socket = secure;
        listen(secure);
      },
      (err: Error) => finish(new Error(`TLS with nats-server on ${LOOPBACK}:${port} failed: ${err.message}`)),
    );
  });
}

/** The `-ERR` text nats-server sends for a wrong user or password. */
export const AUTHORIZATION_VIOLATION = "'Authorization Violation'";

const running = new Set<ChildProcess>();
let exitHookInstalled = false;
function track(child: ChildProcess): void {
  running.add(child);
  child.once('exit', () => running.delete(child));
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once('exit', () => {
      for (const c of running) c.kill('SIGKILL');
    });
  }
}

export interface StartOptions {
  /** Files written next to the main config, for example `{ 'auth.conf': '…' }`. */
  readonly files?: Readonly<Record<string, string>>;
  /** Extra lines of the main config after `host`/`port`, for example `include auth.conf`. */
  readonly config?: string;
  /** Environment variables for the server (nothing else is inherited but PATH). */
  readonly env?: Readonly<Record<string, string>>;
  /** How `authenticate` speaks TLS to this server. @default - plain text */
  readonly clientTls?: ClientTls;
}

/**
 * A nats-server on 127.0.0.1 with a port the kernel chose (`port: -1`, read back from its log, so
 * there is no free-port race), started from `nats.conf` in a private temporary directory.
 */
export class NatsServer {
  /** Start a server; rejects with the server's own message if it does not come up. */
  static async start(options: StartOptions = {}): Promise<NatsServer> {
    const binary = natsServerBinary();
    const files = { ...(options.files ?? {}) };
    files['nats.conf'] = [`host: ${LOOPBACK}`, 'port: -1', options.config ?? '', ''].join('\n');
    const dir = writeFiles(files);
    const child = spawn(binary, ['-c', join(dir, 'nats.conf')], { cwd: dir, env: serverEnv(options.env), stdio: ['ignore', 'pipe', 'pipe'] });
    track(child);
    const server = new NatsServer(child, dir, options.clientTls);
    try {
      server.port = await server.waitForStart();
      return server;
    } catch (err) {
      await server.stop();
      throw err;
    }
  }

  /** The client port on 127.0.0.1. */
  port = 0;
  private log = '';
  private readonly listeners = new Set<() => void>();

  private constructor(
    private readonly child: ChildProcess,
    /** The directory holding nats.conf and its includes. */
    readonly dir: string,
    private readonly clientTls?: ClientTls,
  ) {
    const append = (chunk: Buffer) => {
      this.log += chunk.toString('utf8');
      for (const listener of this.listeners) listener();
    };
    child.stdout?.on('data', append);
    child.stderr?.on('data', append);
    child.on('exit', () => {
      for (const listener of this.listeners) listener();
    });
  }

  /** Everything the server has logged so far. */
  get output(): string {
    return this.log;
  }

  /** Wait until `test(log from offset)` gives a value, the process exits, or the timeout passes. */
  private waitFor<T>(from: number, test: (log: string) => T | undefined, timeoutMs: number, what: string): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const check = () => {
        const value = test(this.log.slice(from));
        if (value !== undefined) return done(value);
        if (this.child.exitCode !== null || this.child.signalCode !== null) {
          return done(new Error(`nats-server exited (${this.child.exitCode ?? this.child.signalCode}) while ${what}:\n${this.log}`));
        }
      };
      const done = (value: T | Error) => {
        clearTimeout(timer);
        this.listeners.delete(check);
        if (value instanceof Error) reject(value);
        else resolve(value);
      };
      const timer = setTimeout(() => done(new Error(`nats-server did not finish ${what} within ${timeoutMs} ms:\n${this.log}`)), timeoutMs);
      this.listeners.add(check);
      check();
    });
  }

  private waitForStart(): Promise<number> {
    return this.waitFor(
      0,
      (log) => {
        const port = /Listening for client connections on 127\.0\.0\.1:(\d+)/.exec(log);
        return port && /Server is ready/.test(log) ? Number(port[1]) : undefined;
      },
      START_TIMEOUT_MS,
      'starting',
    );
  }

  /** Rewrite `files` and reload (SIGHUP); rejects with the server's message if the reload fails. */
  async reload(files: Readonly<Record<string, string>>): Promise<void> {
    for (const [name, content] of Object.entries(files)) {
      if (name === 'nats.conf' || name.includes('/')) throw new Error(`cannot rewrite ${name}`);
      writeFileSync(join(this.dir, name), content, { encoding: 'utf8', mode: 0o600 });
    }
    const from = this.log.length;
    this.child.kill('SIGHUP');
    const outcome = await this.waitFor(
      from,
      // Only the reload's own lines: client errors (failed logins) are logged concurrently.
      (log) => (/Reloaded server configuration/.test(log) ? 'ok' : /Failed to reload server configuration.*/.exec(log)?.[0]),
      RELOAD_TIMEOUT_MS,
      'reloading',
    );
    if (outcome !== 'ok') throw new Error(`nats-server refused the new configuration: ${outcome}`);
  }

  /** See `natsAuthenticate`. */
  authenticate(user: string, pass: string): Promise<AuthResult> {
    return natsAuthenticate(this.port, user, pass, this.clientTls);
  }

  /** Stop the server (SIGTERM, then SIGKILL after a grace period) and remove its directory. */
  async stop(): Promise<void> {
    const child = this.child;
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      let timer: NodeJS.Timeout | undefined;
      const grace = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), STOP_TIMEOUT_MS)));
      if ((await Promise.race([exited, grace])) === 'timeout') {
        child.kill('SIGKILL');
        await exited;
      }
      clearTimeout(timer);
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Start a server, run `body` with it, and always stop it. */
export async function withNatsServer<T>(options: StartOptions, body: (server: NatsServer) => Promise<T>): Promise<T> {
  const server = await NatsServer.start(options);
  try {
    return await body(server);
  } finally {
    await server.stop();
  }
}

/** A message a NatsClient received. */
export interface NatsMessage {
  readonly subject: string;
  readonly reply?: string;
  readonly data: string;
}

/**
 * A minimal NATS client over the text protocol, enough to prove what a cluster does: CONNECT with
 * user and password, SUB, PUB (with a reply subject), request/reply, the INFO updates the server
 * pushes (lame-duck mode announces itself there), and whether the server closed the connection.
 * Every wait is bounded.
 */
export class NatsClient {
  static connect(port: number, user: string, pass: string, tls?: ClientTls, timeoutMs = CLIENT_TIMEOUT_MS): Promise<NatsClient> {
    return new Promise((resolve, reject) => {
      const raw = connect({ host: LOOPBACK, port });
      const client = new NatsClient(raw);
      const timer = setTimeout(() => fail(new Error(`no CONNECT answer from nats-server on ${LOOPBACK}:${port} within ${timeoutMs} ms`)), timeoutMs);
      const fail = (err: Error) => {
        clearTimeout(timer);
        client.socket.destroy();
        raw.destroy();
        reject(err);
      };
      raw.once('error', fail);
      const sendConnect = () => {
        const connectLine = JSON.stringify({ user, pass, verbose: false, pedantic: false, tls_required: tls !== undefined, name: 'datalens-k8s-test', lang: 'node', protocol: 1, headers: false });
        client.socket.write(`CONNECT ${connectLine}\r\nPING\r\n`);
      };
      client.onFirstInfo = () => {
        if (!tls) return sendConnect();
        raw.off('data', client.onData);
        startTls(raw, tls).then((secure) => {
          client.socket = secure;
          secure.on('data', client.onData);
          secure.on('error', () => undefined);
          sendConnect();
        }, fail);
      };
      client.pongs.push(() => {
        clearTimeout(timer);
        raw.off('error', fail);
        raw.on('error', () => undefined);
        resolve(client);
      });
      client.onError = (text) => fail(new Error(`nats-server refused the connection: ${text}`));
    });
  }

  /** Every INFO the server sent, parsed, the first (on connect) included. */
  readonly infos: Json[] = [];
  /** Set once the server (or the network) closed the connection. */
  closedAt?: number;
  private buffer = Buffer.alloc(0);
  private nextSid = 1;
  private readonly subscriptions = new Map<number, (m: NatsMessage) => void>();
  private pongs: Array<() => void> = [];
  private onFirstInfo?: () => void;
  private onError?: (text: string) => void;
  private readonly closed: Promise<void>;
  private readonly infoListeners = new Set<() => void>();

  private readonly onData = (chunk: Buffer) => {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    this.drain();
  };

  /** The connection's socket: the TCP one, replaced by its TLS socket once TLS started. */
  private constructor(private socket: Socket) {
    socket.on('data', this.onData);
    this.closed = new Promise((resolve) => socket.once('close', () => {
      this.closedAt = Date.now();
      resolve();
    }));
  }

  private drain(): void {
    for (;;) {
      const end = this.buffer.indexOf('\r\n');
      if (end < 0) return;
      const line = this.buffer.subarray(0, end).toString('utf8');
      if (line.startsWith('MSG ')) {
        const [, subject, sid, ...rest] = line.split(' ');
        const size = Number(rest[rest.length - 1]);
        const reply = rest.length === 2 ? rest[0] : undefined;
        if (this.buffer.length < end + 2 + size + 2) return; // wait for the payload
        const data = this.buffer.subarray(end + 2, end + 2 + size).toString('utf8');
        this.buffer = this.buffer.subarray(end + 2 + size + 2);
        this.subscriptions.get(Number(sid))?.({ subject, reply, data });
        continue;
      }
      this.buffer = this.buffer.subarray(end + 2);
      if (line.startsWith('INFO ')) {
        this.infos.push(JSON.parse(line.slice(5)));
        if (this.infos.length === 1) this.onFirstInfo?.();
        for (const listener of this.infoListeners) listener();
      } else if (line === 'PING') this.socket.write('PONG\r\n');
      else if (line === 'PONG') this.pongs.shift()?.();
      else if (line.startsWith('-ERR ')) this.onError?.(line.slice(5));
    }
  }

  /** A round trip: once it returns, the server has processed everything sent before. */
  flush(timeoutMs = CLIENT_TIMEOUT_MS): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no PONG within ${timeoutMs} ms`)), timeoutMs);
      this.pongs.push(() => {
        clearTimeout(timer);
        resolve();
      });
      this.socket.write('PING\r\n');
    });
  }

  subscribe(subject: string, onMessage: (m: NatsMessage) => void): number {
    const sid = this.nextSid++;
    this.subscriptions.set(sid, onMessage);
    this.socket.write(`SUB ${subject} ${sid}\r\n`);
    return sid;
  }

  publish(subject: string, data: string, reply?: string): void {
    const payload = Buffer.from(data, 'utf8');
    this.socket.write(`PUB ${subject}${reply ? ` ${reply}` : ''} ${payload.length}\r\n`);
    this.socket.write(payload);
    this.socket.write('\r\n');
  }

  /** Publish with a fresh reply subject and resolve with the first reply, or reject after `timeoutMs`. */
  async request(subject: string, data: string, timeoutMs = CLIENT_TIMEOUT_MS): Promise<string> {
    const inbox = `_INBOX.${Math.random().toString(36).slice(2)}`;
    let sid = 0;
    const answer = new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no reply to ${subject} within ${timeoutMs} ms`)), timeoutMs);
      sid = this.subscribe(inbox, (m) => {
        clearTimeout(timer);
        resolve(m.data);
      });
    });
    try {
      await this.flush();
      this.publish(subject, data, inbox);
      return await answer;
    } finally {
      this.subscriptions.delete(sid);
      if (!this.socket.destroyed) this.socket.write(`UNSUB ${sid}\r\n`);
    }
  }

  /** Resolves with the first INFO (from now on, or already received after `from`) that `test` accepts; rejects after `timeoutMs`. */
  waitForInfo(test: (info: Json) => boolean, timeoutMs: number, from = 0): Promise<Json> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = this.infos.slice(from).find(test);
        if (found) {
          clearTimeout(timer);
          this.infoListeners.delete(check);
          resolve(found);
        }
      };
      const timer = setTimeout(() => {
        this.infoListeners.delete(check);
        reject(new Error(`no such INFO within ${timeoutMs} ms (got ${JSON.stringify(this.infos.slice(from))})`));
      }, timeoutMs);
      this.infoListeners.add(check);
      check();
    });
  }

  /** Resolves true once the connection is closed, false if still open after `timeoutMs`. */
  async waitForClose(timeoutMs: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const open = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
    const result = await Promise.race([this.closed.then(() => true as const), open]);
    clearTimeout(timer);
    return result;
  }

  get isClosed(): boolean {
    return this.closedAt !== undefined;
  }

  close(): void {
    this.socket.destroy();
  }
}

type Json = Record<string, any>;
