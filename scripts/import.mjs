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
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parse } from 'yaml';

const require = createRequire(import.meta.url);
const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const schemasDir = resolve(process.env.DATALENS_K8S_SCHEMAS ?? join(root, '..', 'shared', 'k8s-schemas'));
const crdsDir = resolve(process.env.DATALENS_CRDS ?? join(root, '..', 'shared', 'crds'));

/** Ends the import with one line per problem; imports/ is left as it was. */
function fail(problems) {
  process.stderr.write(`${problems.join('\n')}\nimports/ was left unchanged.\n`);
  process.exit(1);
}

// the local copies must be there before anything is replaced
const missing = [
  [schemasDir, 'DATALENS_K8S_SCHEMAS', 'the Kubernetes schemas (<dir>/vX.Y.Z/_definitions.json)'],
  [crdsDir, 'DATALENS_CRDS', 'the CRD files named in cdk8s.yaml'],
].filter(([dir]) => !existsSync(dir) || !statSync(dir).isDirectory());
if (missing.length > 0)
  fail(missing.map(([dir, variable, what]) => `${relative(process.cwd(), dir) || dir}: expected a folder holding ${what}, got nothing there; put the local copies there or set ${variable}`));

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
  if (!file || !existsSync(file)) throw new Error(`${url}: expected a local copy in ${k8s ? schemasDir : crdsDir}, got none`);
  return file;
}

const download = util.download;
util.download = async (url) => download(localCopyOf(url));

const outdir = join(root, 'imports');
// generated beside imports/ and swapped in whole, so a failure leaves the old imports/
const staging = join(root, `.imports.synth-new-${process.pid}`);
try {
  const config = parse(readFileSync(join(root, 'cdk8s.yaml'), 'utf8'));
  const specs = config.imports.map(util.parseImports);
  const crdFiles = specs.filter((spec) => spec.source.startsWith('https://')).map((spec) => localCopyOf(spec.source));
  rmSync(staging, { recursive: true, force: true });
  process.chdir(root);
  await importDispatch(specs, {}, { outdir: staging, targetLanguage: 'typescript', save: false });
  execFileSync(
    process.execPath,
    [join(dirname(require.resolve('@kubernetes-models/crd-generate')), '..', 'bin', 'crd-generate.js'), '--output', join(staging, 'validators'), '--input', ...crdFiles],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const old = join(root, `.imports.synth-old-${process.pid}`);
  if (existsSync(outdir)) renameSync(outdir, old);
  renameSync(staging, outdir);
  rmSync(old, { recursive: true, force: true });
  console.log(`imports/ regenerated from ${specs.length} sources`);
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  fail([`npm run import: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`]);
}
