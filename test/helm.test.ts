import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { FLUX_FOLDER, KUSTOMIZATION_FILE } from '../charts/dist-layout';
import { escapeForHelm } from '../synth/helm';
import { distFiles, layoutOf, renderAll } from '../synth/synthesize';
import { helm } from './support/helm';

const root = join(__dirname, '..');
const fresh = distFiles(renderAll(layoutOf(root)));
const environments = [...new Set([...fresh.keys()].map((p) => p.split('/')[0]))].filter((e) => e !== 'argocd' && e !== FLUX_FOLDER);

const byId = (objects: any[]) => Object.fromEntries(objects.map((o) => [`${o.kind}/${o.metadata.name}`, o]));
const docs = (text: string) => parseAllDocuments(text).map((d) => d.toJS()).filter((o) => o);

describe('the Helm chart', () => {
  it('carries the project version and no CRDs', () => {
    const chart = parse(readFileSync(join(root, 'helm', 'Chart.yaml'), 'utf8'));
    const project = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(chart).toMatchObject({ apiVersion: 'v2', name: 'datalens', version: project.version, appVersion: project.version });
    expect(existsSync(join(root, 'helm', 'crds'))).toBe(false);
  });

  it.each(environments)('passes helm lint --strict for %s', (environment) => {
    expect(helm(['lint', '--strict', 'helm', '-f', `helm/values-${environment}.yaml`])).toContain('0 chart(s) failed');
  });

  it.each(environments)('renders with helm template exactly the objects of dist/%s', (environment) => {
    const rendered = docs(helm(['template', 'datalens', 'helm', '-f', `helm/values-${environment}.yaml`]));
    const expected = [...fresh].filter(([path]) => path.startsWith(`${environment}/`) && path.endsWith('.yaml') && !path.endsWith(`/${KUSTOMIZATION_FILE}`)).flatMap(([, text]) => docs(text));
    expect(rendered.length).toBe(expected.length);
    expect(byId(rendered)).toEqual(byId(expected));
  });

  it('refuses to render without a known environment', () => {
    // upper case and '_' are never in an environment's file name, so no environment added later matches
    expect(() => helm(['template', 'datalens', 'helm', '--set', 'environment=Not_An_Environment'])).toThrow(/set the value environment to one of .*got "Not_An_Environment"/);
  });

  it('escapes template braces inside object values', () => {
    expect(escapeForHelm('url: {{ .password | urlquery }}')).toBe('url: {{ "{{" }} .password | urlquery {{ "}}" }}');
  });
});
