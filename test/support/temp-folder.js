/*
 * One temporary folder per test run (jest's globalSetup and globalTeardown): every test makes its scratch
 * projects, certificates and pods under it (TMPDIR, which os.tmpdir() and the tools the tests start read),
 * and it is removed when the run ends, however many folders the tests made and left.
 */
const { mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const KEY = 'DATALENS_TEST_TEMP';

module.exports = {
  setup() {
    const folder = mkdtempSync(join(tmpdir(), 'datalens-tests-'));
    process.env[KEY] = folder;
    process.env.TMPDIR = folder;
  },
  teardown() {
    const folder = process.env[KEY];
    if (folder) rmSync(folder, { recursive: true, force: true });
  },
};
