#!/usr/bin/env node
// Measures the synth of all environments against two references, in one run with alternating
// repetitions so machine noise hits all of them alike:
//   floor   node starting, loading `yaml` and serialising the same objects into the same files;
//   synth   `node scripts/run.mjs`, what `npm run synth` runs (bundle fresh, code cache warm), with
//           and without the YAML cache of the previous run;
//   cli     `cdk8s synth` (cdk8s-cli running the app from cdk8s.yaml), and `cdk8s --version` for
//           the CLI's own start-up, which the app cannot shorten (both without the CLI's upgrade
//           check, a network request);
//   ts-node cdk8s-cli's default app command (`npx ts-node main.ts`, type-checking TypeScript).
// Then synth time for 1, 10 and 50 generated environments, to show growth is linear.
// Targets: synth <= 1.5x floor; `npx cdk8s synth` < 1.5 s on a 2-core machine.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseAllDocuments, stringify } from 'yaml';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const rounds = Number(process.env.BENCH_ROUNDS ?? 7);
const synth = join(root, 'scripts', 'run.mjs');

execFileSync(process.execPath, [synth], { cwd: root, stdio: 'ignore' });

function scratchProject(environmentFiles) {
  const dir = mkdtempSync(join(tmpdir(), 'datalens-bench-'));
  mkdirSync(join(dir, 'environments'));
  for (const [name, text] of Object.entries(environmentFiles)) writeFileSync(join(dir, 'environments', name), text);
  return dir;
}

function timed(command, args, cwd, env = {}) {
  const start = process.hrtime.bigint();
  execFileSync(command, args, { cwd, stdio: 'ignore', env: { ...process.env, ...env } });
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// The floor's input: the objects of the current dist/, as JSON, per output file.
const envFiles = Object.fromEntries(readdirSync(join(root, 'environments')).filter((f) => f.endsWith('.yaml')).map((f) => [f, readFileSync(join(root, 'environments', f), 'utf8')]));
const project = scratchProject(envFiles);
const objects = {};
for (const env of readdirSync(join(root, 'dist'))) {
  for (const file of readdirSync(join(root, 'dist', env)).filter((f) => f.endsWith('.yaml'))) {
    objects[`${env}/${file}`] = parseAllDocuments(readFileSync(join(root, 'dist', env, file), 'utf8')).map((d) => d.toJS());
  }
}
const objectsFile = join(project, 'objects.json');
writeFileSync(objectsFile, JSON.stringify(objects));
const floorScript = join(project, 'floor.cjs');
writeFileSync(
  floorScript,
  `const { stringify } = require(${JSON.stringify(join(root, 'node_modules', 'yaml'))});
const fs = require('fs'); const path = require('path');
const objects = JSON.parse(fs.readFileSync(${JSON.stringify(objectsFile)}, 'utf8'));
for (const [file, docs] of Object.entries(objects)) {
  const target = path.join(${JSON.stringify(join(project, 'floor-out'))}, file);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, docs.map((d) => stringify(d, { lineWidth: 0, aliasDuplicateObjects: false })).join('---\\n'));
}\n`,
);

const samples = { floor: [], synth: [], synthCold: [], cli: [], cliAlone: [], tsnode: [] };
const cliProject = join(project, 'cli');
mkdirSync(cliProject);
cpSync(join(root, 'environments'), join(cliProject, 'environments'), { recursive: true });
writeFileSync(join(cliProject, 'cdk8s.yaml'), `language: typescript\napp: node ${synth}\noutput: .cdk8s.out\n`);
const tsnodeProject = join(project, 'tsnode');
cpSync(join(root, 'environments'), join(tsnodeProject, 'environments'), { recursive: true });
const cdk8sCli = join(root, 'node_modules', 'cdk8s-cli', 'bin', 'cdk8s');
const tsNode = join(root, 'node_modules', 'ts-node', 'dist', 'bin.js');

for (let i = 0; i < rounds; i++) {
  samples.floor.push(timed(process.execPath, [floorScript], project));
  samples.synth.push(timed(process.execPath, [synth], project));
  rmSync(join(project, '.build', 'yaml-cache.json'), { force: true });
  samples.synthCold.push(timed(process.execPath, [synth], project));
  samples.cli.push(timed(process.execPath, [cdk8sCli, 'synth', '--no-check-upgrade'], cliProject));
  samples.cliAlone.push(timed(process.execPath, [cdk8sCli, '--version', '--no-check-upgrade'], cliProject));
  // ts-node type-checks the whole program: a few rounds tell the story
  if (i < 3) samples.tsnode.push(timed(process.execPath, [tsNode, '--project', join(root, 'tsconfig.json'), join(root, 'main.ts')], tsnodeProject, { TS_NODE_COMPILER_OPTIONS: '{"noEmit":false}' }));
}

const m = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]));
const line = (name, ms, note = '') => console.log(`${name.padEnd(34)} ${ms.toFixed(0).padStart(6)} ms ${note}`);
console.log(`medians of ${rounds} alternating rounds (${Object.keys(envFiles).length} environments, ${Object.keys(objects).length} YAML files)`);
line('floor (node + yaml, same files)', m.floor);
line('synth (npm run synth)', m.synth, `${(m.synth / m.floor).toFixed(2)}x floor (target <= 1.5x)`);
line('synth, no YAML cache (first run)', m.synthCold, `${(m.synthCold / m.floor).toFixed(2)}x floor`);
line('cdk8s synth (cdk8s-cli + app)', m.cli, `target < 1500 ms; npx adds its own start-up`);
line('cdk8s --version (the CLI alone)', m.cliAlone, `${(m.cli - m.cliAlone).toFixed(0)} ms of the above is the app and the CLI's synth work`);
line('cdk8s-cli default: ts-node', m.tsnode, `${(m.tsnode / m.synth).toFixed(1)}x slower than synth`);

// Growth: 1, 10 and 50 generated environments (copies of dev with their own namespaces).
const dev = envFiles['dev.yaml'];
const growth = [];
for (const count of [1, 10, 50]) {
  const files = Object.fromEntries(Array.from({ length: count }, (_, i) => [`gen${i}.yaml`, dev.replace(/^namespace: .*$/m, `namespace: datalens-gen${i}`)]));
  const dir = scratchProject(files);
  const runs = Array.from({ length: 3 }, () => timed(process.execPath, [synth], dir));
  growth.push([count, median(runs)]);
  rmSync(dir, { recursive: true, force: true });
}
for (const [count, ms] of growth) line(`synth of ${count} environment(s)`, ms, `${(ms / count).toFixed(1)} ms per environment`);
const [[, t1], [, t10], [, t50]] = growth;
const early = (t10 - t1) / 9;
const late = (t50 - t10) / 40;
console.log(`marginal cost per environment: ${early.toFixed(1)} ms (1->10), ${late.toFixed(1)} ms (10->50): ${late <= early * 1.5 ? 'linear' : 'SUPERLINEAR'}`);
rmSync(project, { recursive: true, force: true });
