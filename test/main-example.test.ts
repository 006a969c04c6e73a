import { App, Yaml } from 'cdk8s';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatalensChart } from '../index';
import { loadEnvironments } from '../config/load';
import { renderEnvironment } from '../synth/render';
import { manifestId } from '../synth/manifest';

/*
 * main.ts shows the cdk8s App and the charts the synth composes. The example in its comment is run
 * here as written, with cdk8s writing to a temporary folder, and what it writes is read back from
 * disk and compared with what the synth renders: the example cannot drift from the pipeline.
 */

const root = join(__dirname, '..');

function exampleOfMain(): string {
  const source = readFileSync(join(root, 'main.ts'), 'utf8');
  const block = source.match(/```ts\n([\s\S]*?)```/);
  if (!block) throw new Error('main.ts shows no ```ts example');
  return block[1].replace(/^ \* ?/gm, '');
}

describe("main.ts's example of the App and its charts", () => {
  const outdir = mkdtempSync(join(tmpdir(), 'datalens-example-'));
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  it('creates an App per environment with its DatalensChart, as the synth does', () => {
    const example = exampleOfMain();
    expect(example).toContain('new App()');
    expect(example).toContain('new DatalensChart(');
    class ExampleApp extends App {
      constructor() {
        super({ outdir, recordConstructMetadata: false });
      }
    }
    const run = new Function('App', 'DatalensChart', 'loadEnvironments', example);
    run(ExampleApp, DatalensChart, (dir: string) => loadEnvironments(join(root, dir)));

    const environments = loadEnvironments(join(root, 'environments'));
    expect(readdirSync(outdir).sort()).toEqual(environments.map((e) => `${e.name}.k8s.yaml`).sort());
    for (const environment of environments) {
      const written = Yaml.load(join(outdir, `${environment.name}.k8s.yaml`)) as Parameters<typeof manifestId>[0][];
      const rendered = renderEnvironment(environment).files.flatMap((f) => f.manifests);
      const byId = (list: typeof rendered) => Object.fromEntries(list.map((m) => [manifestId(m), m]));
      expect(byId(written)).toEqual(byId(rendered));
    }
  });
});
