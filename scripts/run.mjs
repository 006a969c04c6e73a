#!/usr/bin/env node
// Runs a TypeScript entry point of the project (main.ts by default, or one in tools/): bundles it
// and its dependencies with esbuild into one file in .build/, then runs it. One pre-bundled file
// spares Node resolving and reading hundreds of module files on every run, and V8's code cache
// for it (kept beside it) spares compiling it again.
//
// The bundle is found by content, never by timestamps: its name carries a hash of every file it was
// built from outside the project's node_modules/ (as esbuild read them, whatever their extension
// and wherever a link leads), of the folders an import looks into on the way to them (with the
// targets of their links and their tsconfig.json, jsconfig.json and package.json), and of what
// decides how they are built (this script, package.json, package-lock.json, tsconfig.json and npm's
// record of node_modules). It is written under a temporary name and renamed, and it ends with its
// key, so a bundle that is half written, empty or stale is never run: it is rebuilt.
// Used by `npm run synth` (and cdk8s.yaml's `app`), `npm run diff` and `npm run lock`.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, readlinkSync, realpathSync, renameSync, rmSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const entry = process.argv[2] ?? 'main.ts';
const name = entry.replace(/\.ts$/, '').replace(/[/\\]/g, '-');
const buildDir = join(root, '.build');
const inputsFile = join(buildDir, `${name}.inputs.json`);
/** Files that decide how every bundle is built, besides its sources. */
const BUILD_FILES = ['scripts/run.mjs', 'package.json', 'package-lock.json', 'tsconfig.json', 'node_modules/.package-lock.json'];
// what esbuild itself loads each kind of file as (an extensionless file as JavaScript)
const LOADERS = { '.ts': 'ts', '.mts': 'ts', '.cts': 'ts', '.tsx': 'tsx', '.js': 'js', '.mjs': 'js', '.cjs': 'js', '.jsx': 'jsx', '.json': 'json', '.css': 'css', '.txt': 'text', '': 'js' };

const fail = (message, code = 1) => {
  process.stderr.write(`${message}\n`);
  process.exit(code);
};

/** The key of a bundle built from `inputs` (paths relative to the root), reading each with `read`. */
function keyOf(inputs, read) {
  const hash = createHash('sha1');
  for (const path of [...BUILD_FILES, ...inputs]) {
    let content;
    try {
      content = read(path);
    } catch {
      content = '\0missing';
    }
    hash.update(`${path}\0${content.length}\0`);
    hash.update(content);
  }
  // a file added beside an input or in a folder an import passes through can change what it resolves to
  // (an extensionless file, a .ts file, an index, a node_modules folder, a link led elsewhere, a folder's
  // tsconfig.json or package.json): the key holds the listing of each folder from an input's up to the
  // root. A dot entry can only be what an import of a dot path resolves to; while no input lies under
  // one, dot entries are left out, so .build/ and the synth's lock, journal and staging names come and go
  // beside main.ts without a rebuild.
  const dotted = inputs.some((path) => path.split('/').some((segment) => segment.startsWith('.') && segment !== '..'));
  for (const folder of foldersOf(inputs)) {
    try {
      const entries = readdirSync(join(root, folder), { withFileTypes: true })
        .filter((entry) => dotted || !entry.name.startsWith('.'))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      hash.update(`${folder}/\0`);
      for (const entry of entries) {
        hash.update(`${entry.name}\0`);
        if (entry.isSymbolicLink()) hash.update(`-> ${readlinkSync(join(root, folder, entry.name))}\0`);
        if (CONFIG_FILES.includes(entry.name)) hash.update(read(join(folder, entry.name))).update('\0');
      }
    } catch {
      hash.update(`${folder}/\0missing\0`);
    }
  }
  return hash.digest('hex').slice(0, 32);
}

/** Files esbuild reads in a folder to decide how to resolve and compile what is in it. */
const CONFIG_FILES = ['tsconfig.json', 'jsconfig.json', 'package.json'];

/** The folders of the inputs and every folder above them up to the root (or, outside it, the input's own), sorted. */
function foldersOf(inputs) {
  const folders = new Set();
  for (const path of inputs) {
    let folder = dirname(path);
    folders.add(folder);
    if (isAbsolute(folder) || folder === '..' || folder.startsWith(`..${sep}`) || folder.startsWith('../')) continue;
    while (folder !== '.' && dirname(folder) !== folder) folders.add((folder = dirname(folder)));
  }
  return [...folders].sort();
}

const fromDisk = (path) => readFileSync(join(root, path));

/** A file of .build/, if it is a regular one: reading a FIFO put in its place would block. */
function readBuildFile(path, encoding) {
  if (!statSync(path).isFile()) throw new Error(`${path}: not a regular file`);
  return readFileSync(path, encoding);
}
const bundleOf = (key) => join(buildDir, `${name}-${key}.cjs`);
const trailerOf = (key) => `\n//# datalens-build ${key}\n`;

/** The code of the bundle for `key` if it exists whole (it ends with its key), else undefined. */
function completeBundle(key) {
  try {
    const code = readBuildFile(bundleOf(key), 'utf8');
    return code.endsWith(trailerOf(key)) ? code : undefined;
  } catch {
    return undefined;
  }
}

/** Writes `content` to `path` by rename; a file that cannot be written (read-only checkout) is only a cache. */
function writeAtomically(path, content) {
  const temp = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(temp, content);
    renameSync(temp, path);
  } catch {
    rmSync(temp, { force: true });
  }
}

/**
 * Builds the bundle from the sources as they are now. The key hashes the bytes esbuild compiled, as
 * the plugin handed them over; the folders' listings and configuration files are read just after
 * (a change at that very moment goes unseen until the next one).
 */
async function build() {
  const sources = new Map();
  const pin = {
    name: 'pin-sources',
    setup(builder) {
      // the project's packages (where node_modules/ leads) are keyed by npm's record of them; a node_modules folder elsewhere is source
      let packages;
      try {
        packages = `${realpathSync(join(root, 'node_modules'))}${sep}`;
      } catch {
        packages = `${join(root, 'node_modules')}${sep}`;
      }
      builder.onLoad({ filter: /.*/ }, (args) => {
        const path = relative(root, args.path);
        if (args.namespace !== 'file' || isAbsolute(path) || args.path.startsWith(packages)) return undefined;
        const contents = readFileSync(args.path);
        sources.set(path.split(sep).join('/'), contents);
        // a kind esbuild has no loader for fails the build as it would without this plugin
        const loader = LOADERS[extname(args.path)];
        return loader ? { contents, loader } : undefined;
      });
    },
  };
  let result;
  try {
    result = await require('esbuild').build({
      entryPoints: [join(root, entry)],
      absWorkingDir: root,
      bundle: true,
      platform: 'node',
      target: 'node20',
      minify: true,
      logLevel: 'error',
      write: false,
      outfile: join(buildDir, `${name}.cjs`),
      plugins: [pin],
    });
  } catch (error) {
    // esbuild has printed the errors of the sources; anything else is said here
    if (!Array.isArray(error?.errors) || error.errors.length === 0) process.stderr.write(`${error instanceof Error ? error.message : error}\n`);
    fail(`could not build ${entry} (see above); nothing was run`);
  }
  const inputs = [...sources.keys()].sort();
  const key = keyOf(inputs, (path) => sources.get(path) ?? fromDisk(path));
  const code = `${result.outputFiles[0].text}${trailerOf(key)}`;
  writeAtomically(bundleOf(key), code);
  writeAtomically(inputsFile, JSON.stringify({ inputs }));
  // earlier bundles of this entry point, and their code caches
  try {
    for (const file of readdirSync(buildDir))
      if (file.startsWith(`${name}-`) && !file.startsWith(`${name}-${key}.`) && /\.cjs(\.v8-cache)?$/.test(file)) rmSync(join(buildDir, file), { force: true });
  } catch {
    // nothing to clean
  }
  return { key, code };
}

let built;
try {
  const { inputs } = JSON.parse(readBuildFile(inputsFile, 'utf8'));
  if (!Array.isArray(inputs) || !inputs.every((path) => typeof path === 'string')) throw new Error('not a list of inputs');
  const key = keyOf(inputs, fromDisk);
  const code = completeBundle(key);
  if (code) built = { key, code };
} catch {
  // no usable record of an earlier build
}
built ??= await build();

const bundle = bundleOf(built.key);
const codeCache = `${bundle}.v8-cache`;
let cachedData;
try {
  cachedData = readBuildFile(codeCache);
} catch {
  cachedData = undefined;
}
// the entry point sees its own arguments only: process.argv is [node, bundle, ...arguments]
process.argv = [process.argv[0], bundle, ...process.argv.slice(3)];
process.env.DATALENS_BUILD_KEY = built.key;
const script = new Script(Module.wrap(built.code), { filename: bundle, cachedData });
const codeCacheTaken = cachedData !== undefined && !script.cachedDataRejected;
// the Script holds its own copy of the bundle's text and has read the code cache: the run need hold neither again
built = cachedData = undefined;
const module = { exports: {} };
try {
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
} catch (error) {
  // the entry points report their own failures; this is the last resort, still without a stack trace
  const message = error instanceof Error ? error.message : String(error);
  if (process.env.DATALENS_DEBUG) process.stderr.write(`${error?.stack ?? message}\n`);
  fail(`internal error: ${message.split('\n')[0]}\nThis is a bug of datalens-k8s: please report it (DATALENS_DEBUG=1 prints where it happened).`, 70);
}
// after the run, the cache also holds the functions compiled lazily while synthesising
if (!codeCacheTaken) writeAtomically(codeCache, script.createCachedData());
