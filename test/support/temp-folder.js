/*
 * One temporary folder per test run (jest's globalSetup and globalTeardown): every test makes its scratch
 * projects, certificates and pods under it (TMPDIR, which os.tmpdir() and the tools the tests start read),
 * and it is removed when the run ends, however many folders the tests made and left.
 */
const { chmodSync, mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const KEY = 'DATALENS_TEST_TEMP';

module.exports = {
  setup() {
    const folder = mkdtempSync(join(tmpdir(), 'datalens-tests-'));
    // as the machine's temp folder is: tests that run the synth as another user (nobody) reach their projects and make temp files
    chmodSync(folder, 0o1777);
    process.env[KEY] = folder;
    process.env.TMPDIR = folder;
  },
  teardown() {
    const folder = process.env[KEY];
    if (folder) rmSync(folder, { recursive: true, force: true });
  },
};
