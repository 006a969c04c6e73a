#!/usr/bin/env node
// Runs a TypeScript entry point of the project (main.ts by default, or one in tools/): bundles it
// and its dependencies with esbuild into one file in .build/ when a source changed, then runs it.
// One pre-bundled file spares Node resolving and reading hundreds of module files on every run,
// and V8's code cache for it (kept beside it) spares compiling it again.
// Used by `npm run synth` (and cdk8s.yaml's `app`), `npm run diff` and `npm run lock`.
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { Script } from 'node:vm';

const require = createRequire(import.meta.url);
const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const entry = process.argv[2] ?? 'main.ts';
const bundle = join(root, '.build', `${entry.replace(/\.ts$/, '').replace(/\//g, '-')}.cjs`);
const codeCache = `${bundle}.v8-cache`;
const SOURCES = ['main.ts', 'charts', 'components', 'config', 'foundation', 'synth', 'tools', 'imports', 'package.json', 'package-lock.json'];

function newestSource(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((entry) => newestSource(join(path, entry))));
}

const builtAt = existsSync(bundle) ? statSync(bundle).mtimeMs : -1;
if (SOURCES.some((source) => newestSource(join(root, source)) > builtAt)) {
  require('esbuild').buildSync({
    entryPoints: [join(root, entry)],
    bundle: true,
    platform: 'node',
    target: 'node20',
    minify: true,
    logLevel: 'warning',
    outfile: bundle,
  });
  rmSync(codeCache, { force: true });
}

const cachedData = existsSync(codeCache) ? readFileSync(codeCache) : undefined;
const script = new Script(Module.wrap(readFileSync(bundle, 'utf8')), { filename: bundle, cachedData });
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
// after the run, the cache also holds the functions compiled lazily while synthesising
if (!cachedData || script.cachedDataRejected) writeFileSync(codeCache, script.createCachedData());
