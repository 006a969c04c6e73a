import { randomBytes } from 'node:crypto';
import { linkSync, openSync, closeSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename } from 'node:path';

/*
 * One synth at a time per checkout: a run takes a lock file holding its process id before it
 * reads anything and drops it after its last write, so concurrent runs queue instead of mixing
 * their output. A lock whose process is gone (killed) is taken over.
 */

/** The lock file, at the root of the project. */
export const LOCK_FILE = '.synth-lock';

/** Another run held the lock for longer than this run would wait, or took it over. */
export class LockError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LockError';
  }
}

export interface Lock {
  /** Throws LockError unless the lock file is still this run's. */
  verify(): void;
  /** Removes the lock file if it is still this run's. */
  release(): void;
}

export interface LockOptions {
  /** How long to wait for another run. @default 60 s */
  readonly timeoutMs?: number;
  /** Called once when the lock is held by another live process, before waiting for it. */
  readonly onWait?: (holder: string) => void;
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));
const sleep = (ms: number) => Atomics.wait(sleeper, 0, 0, ms);

function readIfExists(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Whether the process that wrote `content` may still be running: on another host it cannot be told, so yes. */
function holderAlive(content: string): boolean {
  const [pid, host] = content.split(' ');
  if (host !== hostname()) return true;
  const id = Number(pid);
  if (!Number.isInteger(id) || id <= 0 || id === process.pid) return false;
  try {
    process.kill(id, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  // a killed process its parent has not yet reaped still answers signals: on Linux, ask its state
  try {
    const stat = readFileSync(`/proc/${id}/stat`, 'utf8');
    return !/^[ZX]/.test(stat.slice(stat.lastIndexOf(')') + 2));
  } catch {
    return true;
  }
}

const describeHolder = (content: string) => {
  const [pid, host] = content.split(' ');
  return host === hostname() ? `pid ${pid}` : `pid ${pid} on ${host}`;
};

/** Creates `path` holding `content`, atomically (never empty): false when it exists. */
function create(path: string, content: string): boolean {
  const temp = `${path}.${process.pid}-${randomBytes(4).toString('hex')}`;
  writeFileSync(temp, content);
  try {
    linkSync(temp, path);
    return true;
  } catch (error) {
    const { code } = error as NodeJS.ErrnoException;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') throw error;
    // a file system without hard links: exclusive create, then write (a reader may see it empty for a moment)
    let fd: number;
    try {
      fd = openSync(path, 'wx');
    } catch (inner) {
      if ((inner as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw inner;
    }
    writeSync(fd, content);
    closeSync(fd);
    return true;
  } finally {
    rmSync(temp, { force: true });
  }
}

/** Removes a lock left by a process that is gone, unless another run replaced it meanwhile. */
function removeStale(path: string, stale: string): void {
  const aside = `${path}.stale-${process.pid}`;
  try {
    renameSync(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if (readIfExists(aside) !== stale) {
    // a live run's lock, made between our read and the rename: put it back
    try {
      linkSync(aside, path);
    } catch {
      // a third run took the lock meanwhile; the run whose lock this was fails its verify()
    }
  }
  unlinkSync(aside);
}

/** Takes the lock at `path`, waiting for another live holder up to the timeout. */
export function acquireLock(path: string, options: LockOptions = {}): Lock {
  const content = `${process.pid} ${hostname()} ${randomBytes(8).toString('hex')}\n`;
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  let waited = false;
  let emptySince: number | undefined;
  for (;;) {
    if (create(path, content)) break;
    const holder = readIfExists(path);
    if (holder === undefined) continue;
    if (holder === '') {
      // being written on a file system without hard links; gone for good if it stays empty
      emptySince ??= Date.now();
      if (Date.now() - emptySince > 2000) removeStale(path, holder);
    } else if (!holderAlive(holder)) {
      removeStale(path, holder);
      continue;
    } else {
      if (!waited) options.onWait?.(describeHolder(holder));
      waited = true;
    }
    if (Date.now() > deadline)
      throw new LockError(
        `${basename(path)}: another synth (${holder ? describeHolder(holder) : 'starting'}) is still running after ${Math.round((options.timeoutMs ?? 60_000) / 1000)} s; wait for it to finish or stop it, then run again`,
      );
    sleep(25 + Math.floor(Math.random() * 25));
  }
  const verify = () => {
    if (readIfExists(path) !== content) throw new LockError(`${basename(path)}: another run took over this run's lock; run again`);
  };
  return {
    verify,
    release: () => {
      try {
        if (readIfExists(path) === content) unlinkSync(path);
      } catch {
        // already gone
      }
    },
  };
}
