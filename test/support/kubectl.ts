import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { layerTool } from './layer-tools';
import { ROOT } from './on-disk';

/*
 * The real kubectl as a decoder of manifests, offline. The bytes meet two Go decoders, so kubectl reads them twice:
 * - `kubectl label --local` reads every document as `kubectl apply` (and Helm, through the same client library) does:
 *   into an unstructured object whose metadata must decode into the typed ObjectMeta. It names each object it read.
 * - `kubectl set env --local` decodes with kubectl's typed scheme, as the API server decodes the built-in kinds: an
 *   EnvVar value or a ConfigMap entry that YAML 1.1 reads as a boolean passes kubectl apply and is refused there.
 */

/** What kubectl made of some manifests. */
export interface KubectlReading {
  /** What `-o name` printed: one `kind.group/name` per object kubectl decoded. */
  readonly objects: string[];
  /** kubectl's complaints, each naming the file (or the name given to stdin) it is about. */
  readonly complaints: string[];
}

/** A stream of documents, under the name kubectl's complaints about it should carry. */
interface Stream {
  readonly name: string;
  readonly text: string;
}

/** Reads files (paths relative to the repository, or absolute) with one kubectl call per reading, however many files. */
export function kubectlReadFiles(files: string[]): KubectlReading {
  const streams = files.map((name) => ({ name, text: readFileSync(resolve(ROOT, name), 'utf8') }));
  return readBoth(streams, files.flatMap((f) => ['-f', f]));
}

/** Reads a text from stdin, as `helm template ... | kubectl apply -f -` would; complaints carry `name`. */
export function kubectlReadText(text: string, name: string): KubectlReading {
  return readBoth([{ name, text }], ['-f', '-'], text);
}

function readBoth(streams: Stream[], sourceArgs: string[], stdin?: string): KubectlReading {
  const work = mkdtempSync(join(tmpdir(), 'kubectl-read-'));
  try {
    const client = readAsClient(work, sourceArgs, streams, stdin);
    return { objects: client.objects, complaints: [...client.complaints, ...typedComplaints(work, streams)] };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** A line of `-o name`: `kind.group/name`, nothing else. */
const OBJECT_NAME = /^[^\s/]+\/[^\s/]+$/;
/** How kubectl reports a document it could not decode; the path is spelled as it was given (stdin is "STDIN"). */
const DECODE_ERROR = /^(?:error: )?unable to decode "(.*)": (.*)$/;

function readAsClient(work: string, sourceArgs: string[], streams: Stream[], stdin?: string): KubectlReading {
  const result = kubectl(work, ['label', '--local', ...sourceArgs, 'bytes-test/decoded=yes', '-o', 'name'], stdin);
  const lines = result.stdout.split('\n').filter((l) => l.trim());
  const nameOf = (path: string) => (path === 'STDIN' ? streams[0].name : path);
  const complaints = [
    ...lines.filter((l) => !OBJECT_NAME.test(l)).map((l) => `kubectl label printed a line that is no object name: ${l}`),
    ...stderrLines(result.stderr).map((line) => {
      const decode = DECODE_ERROR.exec(line);
      return decode ? `${nameOf(decode[1])}: ${decode[2]}` : `kubectl label: ${line}`;
    }),
  ];
  return { objects: lines.filter((l) => OBJECT_NAME.test(l)), complaints: withExitStatus(complaints, result.status, 'kubectl label') };
}

/*
 * The typed reading. kubectl stops reading a file at its first undecodable document, and its typed scheme cannot
 * decode custom resources, so each document goes into a file of its own: `<stream>/<document>.yaml`. kubectl's
 * refusal to decode a kind its scheme lacks marks a custom resource (the client reading and the schema check cover
 * those), not a fault. A sentinel of an unregistered kind is always among the files: kubectl refusing it proves it
 * decoded with the typed scheme, and because `set env` then stops before changing anything, its output never
 * depends on which kinds carry a pod template.
 */
const SENTINEL = 'sentinel.yaml';
const NOT_REGISTERED = /^no kind ".*" is registered for version ".*" in scheme/;
const DOCUMENT_FILE = /\/(\d+)\/(\d+)\.yaml$/;

function typedComplaints(work: string, streams: Stream[]): string[] {
  const dir = join(work, 'typed');
  writeDocumentFiles(dir, streams);
  writeFileSync(join(dir, SENTINEL), 'apiVersion: bytes-test.invalid/v1\nkind: Unregistered\nmetadata:\n  name: sentinel\n');
  const result = kubectl(work, ['set', 'env', '--local', '-R', '-f', dir, 'BYTES_TEST=1', '-o', 'name']);
  let sentinelRefused = false;
  const complaints = stderrLines(result.stderr).flatMap((line) => {
    const decode = DECODE_ERROR.exec(line);
    if (!decode) return [`kubectl set env: ${line}`];
    if (decode[1].endsWith(`/${SENTINEL}`)) {
      sentinelRefused = NOT_REGISTERED.test(decode[2]);
      return [];
    }
    if (NOT_REGISTERED.test(decode[2])) return [];
    const [, stream, document] = DOCUMENT_FILE.exec(decode[1]) ?? [];
    return [`${stream === undefined ? decode[1] : `${streams[+stream].name} document ${+document + 1}`}: ${decode[2]}`];
  });
  return sentinelRefused ? complaints : [...complaints, 'kubectl set env did not refuse the unregistered sentinel kind, so it did not decode with its typed scheme'];
}

function writeDocumentFiles(dir: string, streams: Stream[]): void {
  streams.forEach((stream, s) => {
    mkdirSync(join(dir, String(s)), { recursive: true });
    documentsOf(stream.text).forEach((text, d) => writeFileSync(join(dir, String(s), `${d}.yaml`), text));
  });
}

/**
 * The documents of a stream, split where kubectl's reader splits them (a line of `---`, optionally followed by a
 * comment); documents of only blank lines and comments are dropped, as kubectl and parseYaml11 drop them, so the
 * numbering matches the test's.
 */
function documentsOf(text: string): string[] {
  const documents: string[][] = [[]];
  for (const line of text.split('\n')) {
    if (/^---\s*(#.*)?$/.test(line)) documents.push([]);
    else documents[documents.length - 1].push(line);
  }
  return documents.filter((lines) => lines.some((l) => !/^\s*(#.*)?$/.test(l))).map((lines) => `${lines.join('\n')}\n`);
}

function stderrLines(stderr: string): string[] {
  return stderr.split('\n').filter((l) => l.trim());
}

function withExitStatus(complaints: string[], status: number | null, command: string): string[] {
  return status === 0 || complaints.length ? complaints : [...complaints, `${command} exited with status ${status}`];
}

function kubectl(work: string, args: string[], stdin?: string): { stdout: string; stderr: string; status: number | null } {
  const result = spawnSync(installedKubectl(), args, {
    cwd: ROOT,
    input: stdin,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    // No cluster and no user configuration: an empty kubeconfig, and a home of its own for anything kubectl caches
    env: { KUBECONFIG: '/dev/null', HOME: work },
  });
  if (result.error) throw result.error;
  return result;
}

const installedKubectl = () => layerTool('kubectl/kubectl');
