import { spawnSync } from 'node:child_process';
import { connect, type Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import { findBinary, LOOPBACK } from './server-process';

/*
 * The real redis-server and redis-cli (Debian packages redis-server and redis-tools), and a minimal
 * RESP2 client: enough to send commands and read replies, errors included, with bounded waits.
 */

export const REDIS_INSTALL_HINT =
  'redis-server is required by this test and was not found (looked at $REDIS_SERVER_BIN, PATH, /usr/sbin, /usr/local/sbin). ' +
  'Install it with `sudo apt-get install -y redis-server` (Debian/Ubuntu; brings redis-cli; CI does this), or set REDIS_SERVER_BIN=/path/to/redis-server.';

export const redisServerBinary = () => findBinary('redis-server', REDIS_INSTALL_HINT, process.env.REDIS_SERVER_BIN);
export const redisCliBinary = () => findBinary('redis-cli', REDIS_INSTALL_HINT.replace(/redis-server is/, 'redis-cli is'), process.env.REDIS_CLI_BIN);

/** The version the binary reports, for example `7.0.15`. */
export function redisServerVersion(): string {
  const run = spawnSync(redisServerBinary(), ['--version'], { encoding: 'utf8', timeout: 3_000 });
  const match = /v=(\d+\.\d+\.\d+)/.exec(run.stdout);
  if (run.status !== 0 || !match) throw new Error(`redis-server --version failed: ${run.stdout}${run.stderr}`);
  return match[1];
}

/** A reply: a simple or bulk string, an integer, nil, an array, or an error reply (as RedisError, not thrown). */
export type RedisReply = string | number | null | RedisError | RedisReply[];

export class RedisError {
  constructor(readonly message: string) {}
}

const CLIENT_TIMEOUT_MS = 10_000;

export class RedisClient {
  /**
   * Connect to `port` on loopback; with `tls`, over TLS verifying the server's certificate against
   * `tls.ca` for `tls.servername` (as the API's rediss:// client does).
   */
  static connect(port: number, timeoutMs = CLIENT_TIMEOUT_MS, tls?: { ca: string; servername: string }): Promise<RedisClient> {
    return new Promise((resolve, reject) => {
      const socket = tls ? tlsConnect({ host: LOOPBACK, port, ca: tls.ca, servername: tls.servername }) : connect({ host: LOOPBACK, port });
      const timer = setTimeout(() => {
        socket.destroy();
        reject(new Error(`no connection to redis-server on ${LOOPBACK}:${port} within ${timeoutMs} ms`));
      }, timeoutMs);
      socket.once('error', (err) => {
        clearTimeout(timer);
        reject(err);
      });
      socket.once(tls ? 'secureConnect' : 'connect', () => {
        clearTimeout(timer);
        socket.removeAllListeners('error');
        resolve(new RedisClient(socket));
      });
    });
  }

  private buffer = Buffer.alloc(0);
  private readonly waiting: Array<{ resolve: (r: RedisReply) => void; reject: (e: Error) => void }> = [];

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      for (;;) {
        const parsed = parseReply(this.buffer, 0);
        if (!parsed) break;
        this.buffer = this.buffer.subarray(parsed.end);
        this.waiting.shift()?.resolve(parsed.value);
      }
    });
    const fail = (err: Error) => {
      for (const w of this.waiting.splice(0)) w.reject(err);
    };
    socket.on('error', fail);
    socket.on('close', () => fail(new Error('redis-server closed the connection')));
  }

  /** Send one command (arguments as binary-safe bulk strings) and wait for its reply. */
  command(args: readonly string[], timeoutMs = CLIENT_TIMEOUT_MS): Promise<RedisReply> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no reply to ${args[0]} within ${timeoutMs} ms`)), timeoutMs);
      this.waiting.push({
        resolve: (r) => {
          clearTimeout(timer);
          resolve(r);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
      const parts = args.map((a) => Buffer.from(a, 'utf8'));
      this.socket.write(Buffer.concat([Buffer.from(`*${parts.length}\r\n`), ...parts.flatMap((p) => [Buffer.from(`$${p.length}\r\n`), p, Buffer.from('\r\n')])]));
    });
  }

  close(): void {
    this.socket.destroy();
  }
}

/** One RESP2 reply from `buffer` at `at`, or undefined when it is not complete yet. */
function parseReply(buffer: Buffer, at: number): { value: RedisReply; end: number } | undefined {
  const lineEnd = buffer.indexOf('\r\n', at);
  if (lineEnd < 0) return undefined;
  const type = String.fromCharCode(buffer[at]);
  const line = buffer.subarray(at + 1, lineEnd).toString('utf8');
  const next = lineEnd + 2;
  switch (type) {
    case '+':
      return { value: line, end: next };
    case '-':
      return { value: new RedisError(line), end: next };
    case ':':
      return { value: Number(line), end: next };
    case '$': {
      const size = Number(line);
      if (size < 0) return { value: null, end: next };
      if (buffer.length < next + size + 2) return undefined;
      return { value: buffer.subarray(next, next + size).toString('utf8'), end: next + size + 2 };
    }
    case '*': {
      const count = Number(line);
      if (count < 0) return { value: null, end: next };
      const items: RedisReply[] = [];
      let end = next;
      for (let i = 0; i < count; i++) {
        const item = parseReply(buffer, end);
        if (!item) return undefined;
        items.push(item.value);
        end = item.end;
      }
      return { value: items, end };
    }
    default:
      throw new Error(`unexpected RESP type ${JSON.stringify(type)} in ${JSON.stringify(buffer.toString('utf8'))}`);
  }
}
