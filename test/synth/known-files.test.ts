import { mkdirSync, mkdtempSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KnownFiles } from '../../synth/known-files';
import { commitOutput, contentSha1, readCacheFile, writeCacheFile, type KeptText } from '../../synth/output';
import { setModified, sleepMs } from '../support/file-status';

// the module object itself, so that spies reach the calls of synth/output.ts
const fs = require('node:fs') as typeof import('node:fs');

/*
 * The record of what output files held when a synth saw them: a file whose status is unchanged is
 * compared with its kept text without being read; any write since, however disguised, is seen.
 */


/** The time a file must be left alone to be recorded, shortened here (the synth waits 3 s: see known-files.ts). */
const SETTLED_MS = 300;

/** A checkout whose dist/dev/api.yaml holds `text`, left alone long enough to be recorded when seen. */
function settledCheckout(text = 'api: 1\n') {
  const root = mkdtempSync(join(tmpdir(), 'datalens-known-'));
  const dist = join(root, 'dist');
  const file = join(dist, 'dev', 'api.yaml');
  mkdirSync(join(dist, 'dev'), { recursive: true });
  writeFileSync(file, text);
  sleepMs(SETTLED_MS + 100);
  const recordFile = join(root, '.build', 'output-files.json');
  /** One synth's switch to `dev/api.yaml` holding `wanted` (known by its hash only), with the record of the run before. */
  const synth = (wanted: string, made: string[] = [], trusted = true): KnownFiles => {
    const kept: KeptText = {
      sha1: contentSha1(wanted),
      text: () => {
        made.push(wanted);
        return wanted;
      },
    };
    const record = new KnownFiles(recordFile, { settledMs: SETTLED_MS, trusted });
    commitOutput(root, { folders: new Map([[dist, new Map([['dev/api.yaml', kept]])]]), files: new Map() }, undefined, record);
    record.save();
    return record;
  };
  return { root, file, recordFile, synth };
}

/** The paths readFileSync is asked for while `run` runs. */
function readsDuring(run: () => void): string[] {
  const spy = jest.spyOn(fs, 'readFileSync');
  try {
    run();
    return spy.mock.calls.map(([path]) => String(path));
  } finally {
    spy.mockRestore();
  }
}

describe('KnownFiles', () => {
  it('spares reading a file seen holding its kept text and untouched since, run after run; its text is never made', () => {
    const { file, synth } = settledCheckout();
    const made: string[] = [];
    const inode = statSync(file).ino;
    expect(readsDuring(() => synth('api: 1\n', made))).toContain(file);
    expect(readsDuring(() => synth('api: 1\n', made))).not.toContain(file);
    expect(readsDuring(() => synth('api: 1\n', made))).not.toContain(file);
    expect(made).toEqual([]);
    expect(statSync(file).ino).toBe(inode);
  });

  it('is what decides: a record saying a file holds a text is believed while the file keeps the status it was seen with', () => {
    const { file, recordFile, synth } = settledCheckout('api: 1\n');
    synth('api: 1\n');
    // a record edited (its checksum recomputed) to say the file holds another text: only a record that is used can keep the file as it is
    const forged = (JSON.parse(readCacheFile(recordFile)!) as [string, string][]).map(([path, entry]) => [path, entry.replace(/ [0-9a-f]{40}$/, ` ${contentSha1('api: 2\n')}`)]);
    writeCacheFile(recordFile, JSON.stringify(forged));
    synth('api: 2\n');
    expect(readFileSync(file, 'utf8')).toBe('api: 1\n');
  });

  it('sees a file written again after it was seen, even with the same size and its times set back, and writes the kept text', () => {
    const { file, synth } = settledCheckout();
    synth('api: 1\n');
    const { mtimeNs } = statSync(file, { bigint: true });
    writeFileSync(file, 'api: 9\n');
    setModified(file, mtimeNs);
    expect(statSync(file, { bigint: true }).mtimeNs).toBe(mtimeNs);
    const made: string[] = [];
    expect(readsDuring(() => synth('api: 1\n', made))).toContain(file);
    expect(made).toEqual(['api: 1\n']);
    expect(readFileSync(file, 'utf8')).toBe('api: 1\n');
  });

  it('sees a file replaced by another one with the same size and times', () => {
    const { root, file, synth } = settledCheckout();
    synth('api: 1\n');
    const { mtimeNs } = statSync(file, { bigint: true });
    const other = join(root, 'other.yaml');
    writeFileSync(other, 'api: 9\n');
    setModified(other, mtimeNs);
    renameSync(other, file);
    synth('api: 1\n');
    expect(readFileSync(file, 'utf8')).toBe('api: 1\n');
  });

  it('records no file changed shortly before the run began to look (a change in the same clock tick could keep its status)', () => {
    const { file, recordFile, synth } = settledCheckout();
    writeFileSync(file, 'api: 1\n');
    synth('api: 1\n');
    expect(JSON.parse(readCacheFile(recordFile)!)).toEqual([]);
    expect(readsDuring(() => synth('api: 1\n'))).toContain(file);
  });

  it('believes nothing of a record it is told not to trust: every file is read, and the record made again', () => {
    const { file, recordFile, synth } = settledCheckout();
    synth('api: 1\n');
    expect(readsDuring(() => synth('api: 1\n', [], false))).toContain(file);
    expect((JSON.parse(readCacheFile(recordFile)!) as [string, string][]).map(([path]) => path)).toEqual([file]);
    expect(readsDuring(() => synth('api: 1\n'))).not.toContain(file);
  });

  it('keeps only what the last run saw, and reads every file when the record is cut short or is no record', () => {
    const { file, recordFile, synth } = settledCheckout();
    synth('api: 1\n');
    expect((JSON.parse(readCacheFile(recordFile)!) as [string, string][]).map(([path]) => path)).toEqual([file]);
    for (const broken of ['', '{"not": "a record"}', '[["x"]]']) {
      writeFileSync(recordFile, broken);
      expect(readsDuring(() => synth('api: 1\n'))).toContain(file);
    }
    writeCacheFile(recordFile, JSON.stringify([[file, 'no status']]));
    expect(readsDuring(() => synth('api: 1\n'))).toContain(file);
  });
});
