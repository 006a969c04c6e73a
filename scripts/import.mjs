#!/usr/bin/env node
// Regenerates imports/ from the sources listed in cdk8s.yaml without network access.
//
// cdk8s-cli's importer downloads each source; here its download function is pointed at
// local copies instead: `k8s@X.Y.Z` resolves to <schemas>/vX.Y.Z/_definitions.json and a
// CRD URL resolves to the file with the same name under <crds>/. The local folders default
// to ../shared (override with DATALENS_K8S_SCHEMAS and DATALENS_CRDS).
//
// Besides the cdk8s constructs, the same CRD files produce the schema validators in
// imports/validators/ (via @kubernetes-models/crd-generate) that the tests use.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';

const require = createRequire(import.meta.url);
const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const schemasDir = resolve(process.env.DATALENS_K8S_SCHEMAS ?? join(root, '..', 'shared', 'k8s-schemas'));
const crdsDir = resolve(process.env.DATALENS_CRDS ?? join(root, '..', 'shared', 'crds'));
const cliLib = join(dirname(require.resolve('cdk8s-cli/package.json')), 'lib');
const util = require(join(cliLib, 'util.js'));
const { importDispatch } = require(join(cliLib, 'import', 'dispatch.js'));

function filesUnder(dir) {
  return readdirSync(dir).flatMap((entry) => {
    const full = join(dir, entry);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

const localCrds = new Map(filesUnder(crdsDir).map((file) => [basename(file), file]));

/** Maps an upstream address to the local copy, or fails naming what is missing. */
function localCopyOf(url) {
  const k8s = url.match(/kubernetes-schemas\/(v\d+\.\d+\.\d+)\/_definitions\.json$/);
  const file = k8s ? join(schemasDir, k8s[1], '_definitions.json') : localCrds.get(basename(url));
  if (!file || !existsSync(file)) {
    throw new Error(`no local copy of ${url} (looked in ${k8s ? schemasDir : crdsDir})`);
  }
  return file;
}

const download = util.download;
util.download = async (url) => download(localCopyOf(url));

const config = parse(readFileSync(join(root, 'cdk8s.yaml'), 'utf8'));
const specs = config.imports.map(util.parseImports);
const outdir = join(root, 'imports');
rmSync(outdir, { recursive: true, force: true });
process.chdir(root);
await importDispatch(specs, {}, { outdir, targetLanguage: 'typescript', save: false });

const crdFiles = specs.filter((spec) => spec.source.startsWith('https://')).map((spec) => localCopyOf(spec.source));
execFileSync(
  process.execPath,
  [join(dirname(require.resolve('@kubernetes-models/crd-generate')), '..', 'bin', 'crd-generate.js'), '--output', join(outdir, 'validators'), '--input', ...crdFiles],
  { stdio: ['ignore', 'ignore', 'inherit'] },
);
console.log(`imports/ regenerated from ${specs.length} sources`);
