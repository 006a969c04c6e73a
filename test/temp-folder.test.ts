import { statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname } from 'node:path';

/*
 * The tests' temporary folders (test/support/temp-folder.js): one folder per run, open to every user as the
 * machine's temp folder is, removed by the run's teardown.
 */

describe('the temporary folder of a test run', () => {
  it('is one folder of its own under the machine temp folder, with the sticky bit and open to every user', () => {
    expect(basename(tmpdir())).toMatch(/^datalens-tests-/);
    expect(process.env.DATALENS_TEST_TEMP).toBe(tmpdir());
    expect(statSync(dirname(tmpdir())).isDirectory()).toBe(true);
    expect(statSync(tmpdir()).mode & 0o1777).toBe(0o1777);
  });
});
