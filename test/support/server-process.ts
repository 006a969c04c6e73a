import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { createServer } from 'node:net';
import { get, type IncomingMessage } from 'node:http';
import { get as getTls } from 'node:https';
import { delimiter, join } from 'node:path';

/*
 * A real server process for a test: started with exactly the argv and environment the test gives
 * (nothing inherited but PATH), its output captured, waited on by what it logs, and always
 * stopped: by the caller (`stop()`), and, for any still running when the test process exits, by
 * an exit hook that SIGKILLs them. Every wait is bounded.
 */

const STOP_TIMEOUT_MS = 3_000;
export const LOOPBACK = '127.0.0.1';

/** The first executable `name` on PATH or in the sbin folders Debian uses (not on every user's PATH), or an Error with `hint`. */
export function findBinary(name: string, hint: string, override?: string): string {
  const candidates = override
    ? [override]
    : [...(process.env.PATH ?? '').split(delimiter).filter(Boolean), '/usr/sbin', '/usr/local/sbin', '/sbin'].map((dir) => join(dir, name));
  for (const candidate of candidates) {
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // try the next one
    }
  }
  throw new Error(hint);
}

/**
 * A TCP port on 127.0.0.1 that was free a moment ago (the kernel picked it). A server that must be
 * told its port in a file cannot use port 0; the small race this leaves is closed by callers
 * retrying a start that fails with "address in use".
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, LOOPBACK, () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** `count` distinct free ports. */
export async function freePorts(count: number): Promise<number[]> {
  const ports = new Set<number>();
  while (ports.size < count) ports.add(await freePort());
  return [...ports];
}

/**
 * Each server runs in a process group of its own (it may start children: a shell hook's `sleep`),
 * and is signalled as a group, so nothing it started outlives it.
 */
function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    child.kill(signal); // the group is gone already
  }
}

const running = new Set<ChildProcess>();
let exitHookInstalled = false;
function track(child: ChildProcess): void {
  running.add(child);
  child.once('exit', () => running.delete(child));
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once('exit', () => {
      for (const c of running) killGroup(c, 'SIGKILL');
    });
  }
}

export interface SpawnOptions {
  readonly argv: readonly string[];
  readonly env?: Readonly<Record<string, string>>;
  readonly cwd?: string;
  /** Name for messages, for example `nats-server datalens-nats-1`. */
  readonly name: string;
}

export class ServerProcess {
  static spawn(options: SpawnOptions): ServerProcess {
    const [binary, ...args] = options.argv;
    const child = spawn(binary, args, {
      cwd: options.cwd,
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...(options.env ?? {}) },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    track(child);
    return new ServerProcess(child, options.name);
  }

  private log = '';
  private readonly listeners = new Set<() => void>();
  private readonly exited: Promise<void>;

  private constructor(
    private readonly child: ChildProcess,
    readonly name: string,
  ) {
    const append = (chunk: Buffer) => {
      this.log += chunk.toString('utf8');
      for (const listener of this.listeners) listener();
    };
    child.stdout?.on('data', append);
    child.stderr?.on('data', append);
    this.exited = new Promise((resolve) => {
      child.once('exit', () => {
        for (const listener of this.listeners) listener();
        resolve();
      });
      child.once('error', (err) => {
        this.log += `\n(spawn failed: ${err.message})`;
        resolve();
      });
    });
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  /** Everything the process has printed so far (stdout and stderr). */
  get output(): string {
    return this.log;
  }

  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null && this.child.pid !== undefined && !this.log.includes('(spawn failed');
  }

  /** The exit code, or the signal that ended it, once it has exited. */
  get exitStatus(): number | NodeJS.Signals | null {
    return this.child.exitCode ?? this.child.signalCode;
  }

  /**
   * Wait until `test(output from offset)` gives a value; rejects when the process exits first (the
   * error carries its output) or after `timeoutMs`.
   */
  waitFor<T>(test: (log: string) => T | undefined, timeoutMs: number, what: string, from = 0): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const check = () => {
        const value = test(this.log.slice(from));
        if (value !== undefined) return done(value);
        if (!this.alive) return done(new Error(`${this.name} exited (${this.exitStatus}) while ${what}:\n${this.log}`));
      };
      const done = (value: T | Error) => {
        clearTimeout(timer);
        this.listeners.delete(check);
        if (value instanceof Error) reject(value);
        else resolve(value);
      };
      const timer = setTimeout(() => done(new Error(`${this.name} did not finish ${what} within ${timeoutMs} ms:\n${this.log}`)), timeoutMs);
      this.listeners.add(check);
      check();
    });
  }

  /** Resolves with the exit status when the process exits within `timeoutMs`, else with 'running'. */
  async waitForExit(timeoutMs: number): Promise<number | NodeJS.Signals | 'running'> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'running'>((resolve) => (timer = setTimeout(() => resolve('running'), timeoutMs)));
    const outcome = await Promise.race([this.exited.then(() => this.exitStatus ?? 'running'), timeout]);
    clearTimeout(timer);
    return outcome;
  }

  /** Send `signal` to the process alone (as the kubelet signals a container's main process). */
  signal(signal: NodeJS.Signals): void {
    if (this.alive) this.child.kill(signal);
  }

  /** SIGTERM, then SIGKILL after a grace period; resolves once the process is gone. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    if (!this.alive) return;
    this.child.kill(signal);
    if ((await this.waitForExit(STOP_TIMEOUT_MS)) === 'running') await this.kill();
  }

  /** SIGKILL to the process and anything it started, as an OOM kill or a node loss would: no shutdown code runs. */
  async kill(): Promise<void> {
    if (!this.alive) return;
    killGroup(this.child, 'SIGKILL');
    await this.exited;
  }
}

/** How a client verifies an HTTPS server: the CA certificate (PEM) and the name the certificate must hold. */
export interface HttpsVerification {
  readonly ca: string;
  readonly servername: string;
}

/**
 * GET http://127.0.0.1:<port><path> (https:// with `tls`, verifying the server's certificate against
 * `tls.ca` for `tls.servername`) and parse the JSON body; rejects on a non-200 answer, a failed
 * verification or after `timeoutMs`.
 */
export function getJson(port: number, path: string, timeoutMs = 2_000, tls?: HttpsVerification): Promise<Record<string, any>> {
  return new Promise((resolve, reject) => {
    const options = { host: LOOPBACK, port, path, timeout: timeoutMs, agent: false };
    const onResponse = (response: IncomingMessage) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => {
        if (response.statusCode !== 200) return reject(new Error(`GET ${path}: ${response.statusCode} ${body}`));
        try {
          resolve(JSON.parse(body));
        } catch (err) {
          reject(err);
        }
      });
    };
    const request = tls ? getTls({ ...options, ca: tls.ca, servername: tls.servername, rejectUnauthorized: true }, onResponse) : get(options, onResponse);
    request.on('timeout', () => request.destroy(new Error(`GET ${path}: no answer within ${timeoutMs} ms`)));
    request.on('error', reject);
  });
}

/** Poll `probe` every `everyMs` until it returns a value other than undefined; rejects with the last state after `timeoutMs`. */
export async function eventually<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs: number, everyMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
      last = 'no value yet';
    } catch (err) {
      last = err;
    }
    if (Date.now() >= deadline) throw new Error(`${what}: not within ${timeoutMs} ms (last: ${last instanceof Error ? last.message : String(last)})`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
