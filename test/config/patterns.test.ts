import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { helmLintProblems } from '../support/helm';

/*
 * Every pattern of the JSON schemas this project ships (helm/values.schema.json, which Helm
 * validates with Go's regexp, RE2; environments/ and clusters/ schemas, which editors and CI
 * validators read with other engines) means the same to RE2 as to ECMAScript, where zod checks the
 * files. The real Helm binary judges a corpus of strings against each pattern; every verdict must
 * be the one JavaScript gives.
 */

const root = join(__dirname, '..', '..');
const SCHEMAS = ['helm/values.schema.json', 'environments/environment.schema.json', 'clusters/cluster.schema.json'];

/** Every `pattern` of a JSON schema, with the first place it is found. */
function patternsOf(schema: unknown, where: string, found = new Map<string, string>()): Map<string, string> {
  if (Array.isArray(schema)) schema.forEach((node, i) => patternsOf(node, `${where}/${i}`, found));
  else if (typeof schema === 'object' && schema !== null)
    for (const [key, value] of Object.entries(schema)) {
      if (key === 'pattern' && typeof value === 'string') found.set(value, found.get(value) ?? where);
      else patternsOf(value, `${where}/${key}`, found);
    }
  return found;
}

const bySchema = new Map(SCHEMAS.map((file) => [file, patternsOf(JSON.parse(readFileSync(join(root, file), 'utf8')), file)]));
const patterns = new Map<string, string>();
for (const found of bySchema.values()) for (const [pattern, where] of found) if (!patterns.has(pattern)) patterns.set(pattern, where);

/** Every string of the environment and cluster files (and the chart's values files): values the patterns must keep accepting. */
function stringsOf(node: unknown, out: Set<string>): Set<string> {
  if (typeof node === 'string') out.add(node);
  else if (Array.isArray(node)) node.forEach((n) => stringsOf(n, out));
  else if (typeof node === 'object' && node !== null) for (const [key, value] of Object.entries(node)) stringsOf(value, out.add(key));
  return out;
}
const fileStrings = new Set<string>();
for (const folder of ['environments', 'clusters', 'helm'])
  for (const file of readdirSync(join(root, folder)).filter((f) => f.endsWith('.yaml'))) stringsOf(parse(readFileSync(join(root, folder, file), 'utf8')), fileStrings);

/**
 * Strings on the edges of the patterns: lengths at their limits, what git, DNS and label rules forbid, and where the
 * engines differ (Unicode spaces, line ends; not U+0085, which Helm's YAML reader takes for a line break before any pattern sees it).
 */
const EDGES = [
  '', 'a', 'A', '0', '-a', 'a-', 'a.b', 'a..b', '.a', 'a.', '@', '@{', 'a@{b', '@@{', '@@a{', 'a@b', '/a', 'a/', 'a//b', 'a/b', 'x.lock', 'x.lockx', '.lock', 'lock',
  'release 2', 'main', 'v1.2.3', 'refs/heads/main', 'a\u00a0b', 'a\u2028b', 'a\nb', 'a\rb', 'a\tb', 'é', 'ß.example.com', 'Ex.com', 'ex_ample.com',
  `${'a'.repeat(63)}`, `${'a'.repeat(64)}`, `${'a.'.repeat(126)}a`, `${'a.'.repeat(126)}ab`, `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(61)}/name`,
  `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(62)}/name`, 'example.com/name', 'example.com/', '/name', 'a/b/c', 'app.kubernetes.io/name',
  '256Mi', '1.5', '250m', '1e3', '+1', '.5', '1.', '10Gi', '0', '15m', '24h', '30d', '1w', 'sha256:' + 'a'.repeat(64), 'sha256:' + 'A'.repeat(64), 'latest', '_tag', '2.0.0',
  '10.0.0.0/16', '10.0.0.0/33', '256.1.1.1', '172.20.0.1', 'ap-south-1', 'us-gov-west-1', 's3://bucket/path', 's3://bucket/pa th', 's3://bucket', 's3://Bucket/x',
  'arn:aws:iam::111111111111:role/x', 'arn:aws:iam::111111111111:role/a b', 'https://github.com/x/y.git', 'git@github.com:x/y.git', 'https://a b', 'https://cc.example.com',
  '0 0 2 * * *', '30 4 * * 0', '30 4 * *\n0', '@daily', '@every 12h', 'SCANS', 'scan.>', 'dsr.*.created', 'a.>.b', '2026-11-20T09:14:00+05:30', '0/3000060',
  'ghcr.io/datalens/datalens-api', 'ghcr.io/datalens/api:latest', 'localhost:5000/a', 'a__b', 'a---b', 'a-_b', 'grafana_dashboard', 'no-reply@datalens.in',
];

/** Each string, and the same a little changed, so each pattern also sees near misses of the values it accepts. */
const corpus = [...new Set([...EDGES, ...[...fileStrings].filter((s) => s.length < 300).flatMap((s) => [s, `${s}x`, `x${s}`, `${s}.`, `${s} `, s.toUpperCase()])])];

describe('the patterns of the shipped JSON schemas', () => {
  it('are many, from every schema (the walk does find them)', () => {
    expect(patterns.size).toBeGreaterThan(30);
    for (const found of bySchema.values()) expect(found.size).toBeGreaterThan(0);
  });

  it('judge every string of a corpus the same in Helm (Go RE2) as in JavaScript', () => {
    const list = [...patterns.keys()];
    const scratch = mkdtempSync(join(tmpdir(), 'helm-patterns-'));
    try {
      mkdirSync(join(scratch, 'templates'));
      writeFileSync(join(scratch, 'Chart.yaml'), 'apiVersion: v2\nname: patterns\nversion: 0.0.1\n');
      const schema = {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        type: 'object',
        properties: Object.fromEntries(list.map((pattern, i) => [`p${i}`, { type: 'array', items: { type: 'string', pattern } }])),
      };
      writeFileSync(join(scratch, 'values.schema.json'), JSON.stringify(schema));
      writeFileSync(join(scratch, 'values.yaml'), JSON.stringify(Object.fromEntries(list.map((_, i) => [`p${i}`, corpus]))));
      // Helm names each string a pattern refuses: at '/p<pattern>/<string>'
      const output = helmLintProblems(scratch);
      // a pattern RE2 cannot compile fails the whole schema, before any string is judged
      expect(output).not.toMatch(/compil|invalid regular expression|error parsing regexp/i);
      const refused = new Set([...output.matchAll(/at '\/p([0-9]+)\/([0-9]+)': .* does not match pattern/g)].map((m) => `${m[1]}/${m[2]}`));
      const disagreements: string[] = [];
      list.forEach((pattern, p) => {
        const re = new RegExp(pattern);
        corpus.forEach((text, s) => {
          if (re.test(text) === refused.has(`${p}/${s}`)) disagreements.push(`${patterns.get(pattern)}: ${pattern} on ${JSON.stringify(text)}: JavaScript ${re.test(text) ? 'accepts' : 'refuses'}, Helm does not`);
        });
      });
      expect(disagreements).toEqual([]);
      // both verdicts occur for most patterns: the corpus exercises them
      const decided = list.filter((_, p) => corpus.some((_, s) => refused.has(`${p}/${s}`)) && corpus.some((_, s) => !refused.has(`${p}/${s}`)));
      expect(decided.length).toBe(list.length);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
