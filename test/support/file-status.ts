import { execFileSync } from 'node:child_process';

/*
 * A file's status as tests need to set it: the record of output files (synth/known-files.ts)
 * trusts a status that has not changed, and only one left alone for a while.
 */

/** Blocks for `ms` milliseconds (a file's times have to age). */
export function sleepMs(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Sets a file's modification time to the nanosecond (Node's utimes takes seconds as a double, which cannot hold every one). */
export function setModified(path: string, ns: bigint): void {
  execFileSync('touch', ['-m', '-d', `@${ns / 1_000_000_000n}.${(ns % 1_000_000_000n).toString().padStart(9, '0')}`, path]);
}
