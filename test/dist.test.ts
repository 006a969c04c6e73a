import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { environmentJsonSchema } from '../config/json-schema';
import project from '../package.json';
import { helmFiles } from '../synth/helm';
import { distFiles, layoutOf, renderAll, withProductionTopology } from '../synth/synthesize';

/*
 * dist/ in git is what Argo CD applies; it must always equal a fresh synth. The snapshots guard
 * against unnoticed drift of whole files; the behaviour itself is asserted by the other tests.
 */

const root = join(__dirname, '..');
const layout = layoutOf(root);
const rendered = renderAll(layout);
const fresh = distFiles(rendered);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

describe('committed output', () => {
  it('dist/ equals a fresh synth (run `npm run synth` and commit if not)', () => {
    const committed = Object.fromEntries(filesUnder(layout.dist).map((f) => [relative(layout.dist, f), readFileSync(f, 'utf8')]));
    expect(committed).toEqual(Object.fromEntries(fresh));
  });

  it('helm/ equals a fresh synth', () => {
    const committed = Object.fromEntries(filesUnder(layout.helm).map((f) => [relative(layout.helm, f), readFileSync(f, 'utf8')]));
    expect(committed).toEqual(Object.fromEntries(helmFiles(rendered.map((r) => r.environment.name), fresh, { version: project.version, appVersion: project.version })));
  });

  it('README.md shows the current production topology', () => {
    const readme = readFileSync(layout.readme, 'utf8');
    expect(readme).toContain('```mermaid\nflowchart LR');
    expect(withProductionTopology(readme, rendered)).toBe(readme);
  });

  it('environments/environment.schema.json equals the schema in code', () => {
    expect(JSON.parse(readFileSync(layout.schemaFile, 'utf8'))).toEqual(environmentJsonSchema());
  });

  const environments = [...new Set([...fresh.keys()].map((path) => path.split('/')[0]))];
  it.each(environments)('%s matches its snapshot', (environment) => {
    const files = [...fresh].filter(([path]) => path.startsWith(`${environment}/`));
    expect(Object.fromEntries(files)).toMatchSnapshot();
  });
});
