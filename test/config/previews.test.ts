import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EnvironmentError, loadEnvironments } from '../../config/load';

/*
 * `argocd.previews` in a cluster file is checked with everything else: one line per problem,
 * naming the cluster file, line, field, value and expectation. The shipped files are copied and
 * eks-staging's previews block replaced by each case's.
 */

const ROOT = join(__dirname, '..', '..');
const SHIPPED = readFileSync(join(ROOT, 'clusters', 'eks-staging.yaml'), 'utf8');
const START = SHIPPED.indexOf('argocd:\n');

/** The problems of the shipped files with eks-staging's `argocd:` block replaced by `block` (and `edit` applied to the rest). */
function problemsWith(block: string, edit: (root: string) => void = () => {}): string[] {
  const root = mkdtempSync(join(tmpdir(), 'datalens-previews-'));
  try {
    cpSync(join(ROOT, 'environments'), join(root, 'environments'), { recursive: true });
    cpSync(join(ROOT, 'clusters'), join(root, 'clusters'), { recursive: true });
    writeFileSync(join(root, 'clusters', 'eks-staging.yaml'), `${SHIPPED.slice(0, START)}${block}`);
    edit(root);
    loadEnvironments(join(root, 'environments'), join(root, 'clusters'), root);
    return [];
  } catch (error) {
    if (error instanceof EnvironmentError) return [...error.problems];
    throw error;
  }
}

const previews = (lines: string[]) => ['argocd:', '  previews:', ...lines.map((l) => `    ${l}`), ''].join('\n');
const GOOD = [
  'environment: staging',
  'tokenSecret: { name: github-previews }',
  'hostSuffix: preview.staging.datalens.in',
  'backup: { destinationPath: "s3://datalens-previews-pg-backups/cnpg", roleArn: "arn:aws:iam::111111111111:role/datalens-previews-pg-backup" }',
  'mirrorBucket: datalens-previews-evidence-aps2',
];
const without = (key: string) => GOOD.filter((l) => !l.startsWith(`${key}:`));

describe('argocd.previews in a cluster file', () => {
  it('accepts the shipped block, and a cluster without previews', () => {
    expect(SHIPPED.slice(START)).toContain('previews:');
    expect(problemsWith(SHIPPED.slice(START))).toEqual([]);
    expect(problemsWith(previews(GOOD))).toEqual([]);
    expect(problemsWith('')).toEqual([]);
  });

  it.each([
    ['an environment of another cluster', ['environment: prod', ...without('environment')], /eks-staging\.yaml:\d+:5: argocd\.previews\.environment: expected an environment of cluster eks-staging \(staging\), got prod/],
    ['no token Secret', without('tokenSecret'), /eks-staging\.yaml:\d+:3: argocd\.previews\.tokenSecret: expected object, got nothing$/],
    ['no labels', ['labels: []', ...GOOD], /eks-staging\.yaml:\d+:5: argocd\.previews\.labels: expected at least one label: without one every pull request, from forks too, would run/],
    ['a label with a comma', ['labels: ["a,b"]', ...GOOD], /argocd\.previews\.labels\.0: expected a GitHub label name/],
    ['no backup while staging archives', without('backup'), /argocd\.previews\.backup: expected a value, got none: staging archives its database, and a preview must not use staging's/],
    ['no backup role while staging uses IRSA', [...without('backup'), 'backup: { destinationPath: "s3://datalens-previews-pg-backups/cnpg" }'], /argocd\.previews\.backup\.roleArn: expected a value, got none: staging archives with an IAM role/],
    ["staging's backup bucket", [...without('backup'), 'backup: { destinationPath: "s3://datalens-staging-pg-backups/previews", roleArn: "arn:aws:iam::111111111111:role/datalens-previews-pg-backup" }'], /argocd\.previews\.backup\.destinationPath: expected a bucket of the previews, got datalens-staging-pg-backups, a bucket of staging \(.*staging\.yaml:\d+:\d+\)/],
    ["staging's backup role", [...without('backup'), 'backup: { destinationPath: "s3://datalens-previews-pg-backups/cnpg", roleArn: "arn:aws:iam::111111111111:role/datalens-staging-pg-backup" }'], /argocd\.previews\.backup\.roleArn: expected a role of the previews, got arn:aws:iam::111111111111:role\/datalens-staging-pg-backup, a role of staging/],
    ["staging's mirror bucket", [...without('mirrorBucket'), 'mirrorBucket: datalens-staging-evidence-aps2'], /argocd\.previews\.mirrorBucket: expected a bucket of the previews, got datalens-staging-evidence-aps2, a bucket of staging/],
    ['no mirror bucket while staging mirrors', without('mirrorBucket'), /argocd\.previews\.mirrorBucket: expected a value, got none: staging mirrors its MinIO/],
    ['an evidence bucket staging has no use for', [...GOOD, 'evidence: { bucket: datalens-previews-evidence }'], /argocd\.previews\.evidence: expected no value, got \{"bucket":"datalens-previews-evidence"\}: staging has nothing it would replace/],
    ['a bad host suffix', [...without('hostSuffix'), 'hostSuffix: Preview_Staging'], /argocd\.previews\.hostSuffix: expected a domain/],
    ['a poll too often', [...GOOD, 'requeueAfterSeconds: 5'], /argocd\.previews\.requeueAfterSeconds: expected .*60/],
  ])('refuses %s, naming the field and its line', (_what, lines, expected) => {
    const found = problemsWith(previews(lines));
    expect(found).toEqual([expect.stringMatching(expected)]);
  });

  it('refuses previews on a cluster Flux deploys', () => {
    expect(problemsWith(`gitops: flux\n${previews(GOOD)}`)).toEqual([
      expect.stringMatching(/eks-staging\.yaml:\d+:3: argocd\.previews: expected gitops argocd or both on a cluster with previews .*, got flux$/),
    ]);
  });

  it("refuses an environment whose namespace or name the previews' would take", () => {
    const renamed = (from: RegExp, to: string) => (root: string) => {
      const file = join(root, 'environments', 'staging.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));
    };
    expect(problemsWith(previews(GOOD), renamed(/^namespace: .*$/m, 'namespace: datalens-pr-7'))).toEqual([
      expect.stringMatching(/argocd\.previews\.environment: expected no environment namespace under datalens-pr-\* on cluster eks-staging, got datalens-pr-7 of staging \(.*staging\.yaml:\d+:\d+\): closing a pull request could delete it$/),
    ]);
    const namesake = (root: string) => {
      const text = readFileSync(join(root, 'environments', 'dev.yaml'), 'utf8');
      rmSync(join(root, 'environments', 'dev.yaml'));
      writeFileSync(join(root, 'environments', 'staging-preview.yaml'), text);
    };
    expect(problemsWith(previews(GOOD), namesake)).toEqual([
      expect.stringMatching(/argocd\.previews\.environment: expected no environment named staging-preview, the name of the previews of staging, got the environment of .*staging-preview\.yaml:\d+:\d+: previews would read its secrets/),
    ]);
  });
});
