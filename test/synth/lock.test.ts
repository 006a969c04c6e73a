import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { acquireLock, LockError } from '../../synth/lock';

/* One synth per checkout at a time: the lock waits for a live holder and takes over a dead one's. */

const lockIn = () => join(mkdtempSync(join(tmpdir(), 'datalens-lock-')), '.synth-lock');
/** The id of a process that has exited. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;

describe('acquireLock', () => {
  it('takes a free lock and releases it', () => {
    const path = lockIn();
    const lock = acquireLock(path);
    expect(readFileSync(path, 'utf8')).toMatch(new RegExp(`^${process.pid} ${hostname()} [0-9a-f]+\\n$`));
    lock.verify();
    lock.release();
    expect(existsSync(path)).toBe(false);
  });

  it('takes over the lock of a process that is gone', () => {
    const path = lockIn();
    writeFileSync(path, `${deadPid()} ${hostname()} feed\n`);
    const lock = acquireLock(path, { timeoutMs: 1000 });
    lock.verify();
    lock.release();
  });

  it('waits for a live holder and says so, then gives up with a message naming it', () => {
    const path = lockIn();
    const holder = spawn('sleep', ['30']);
    try {
      writeFileSync(path, `${holder.pid} ${hostname()} feed\n`);
      const waits: string[] = [];
      const started = Date.now();
      expect(() => acquireLock(path, { timeoutMs: 300, onWait: (h) => waits.push(h) })).toThrow(
        new LockError(`.synth-lock: another synth (pid ${holder.pid}) is still running after 0 s; wait for it to finish or stop it, then run again`),
      );
      expect(Date.now() - started).toBeGreaterThanOrEqual(300);
      expect(waits).toEqual([`pid ${holder.pid}`]);
    } finally {
      holder.kill();
    }
  });

  it('gets the lock once a live holder is done', async () => {
    const path = lockIn();
    const holder = spawn('sleep', ['0.3']);
    writeFileSync(path, `${holder.pid} ${hostname()} feed\n`);
    const exited = new Promise((resolve) => holder.on('exit', resolve));
    const lock = acquireLock(path, { timeoutMs: 5000 });
    await exited;
    lock.verify();
    lock.release();
  });

  it('knows when another run took its lock, and leaves that run its lock', () => {
    const path = lockIn();
    const lock = acquireLock(path);
    writeFileSync(path, `1 ${hostname()} other\n`);
    expect(() => lock.verify()).toThrow("another run took over this run's lock");
    lock.release();
    expect(readFileSync(path, 'utf8')).toBe(`1 ${hostname()} other\n`);
  });
});
