#!/usr/bin/env node
// Runs the synth: bundles main.ts with esbuild (dependencies stay in node_modules) into .build/
// when a source changed, then runs the bundle. Used by `npm run synth` and by cdk8s.yaml's `app`.
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const bundle = join(root, '.build', 'main.cjs');
const SOURCES = ['main.ts', 'charts', 'components', 'config', 'foundation', 'synth', 'imports', 'package-lock.json'];

function newestSource(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((entry) => newestSource(join(path, entry))));
}

function builtAt() {
  try {
    return statSync(bundle).mtimeMs;
  } catch {
    return -1;
  }
}

if (newestSource(join(root, SOURCES[0])) > builtAt() || SOURCES.slice(1).some((s) => newestSource(join(root, s)) > builtAt())) {
  require('esbuild').buildSync({
    entryPoints: [join(root, 'main.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
    outfile: bundle,
  });
}
process.chdir(root);
require(bundle);
