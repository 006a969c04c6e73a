import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KUSTOMIZATION_FILE } from '../../charts/dist-layout';
import { layerTool } from '../support/layer-tools';
import { DIST, environmentsOnDisk, filesUnder, objectsOnDisk, parseYaml11, ROOT, type Json } from '../support/on-disk';

/*
 * kustomize users (`kubectl apply -k dist/<env>`, `kubectl kustomize`, Flux's kustomize-controller) read
 * dist/<env>/kustomization.yaml. The real kubectl builds each folder offline: it must emit exactly the
 * objects of the folder's files, unchanged, with the Namespace first so nothing is created before it.
 */

function kustomize(folder: string): { objects: Json[]; stderr: string; status: number | null } {
  const home = mkdtempSync(join(tmpdir(), 'kustomize-'));
  try {
    const result = spawnSync(layerTool('kubectl/kubectl'), ['kustomize', folder], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { KUBECONFIG: '/dev/null', HOME: home } });
    if (result.error) throw result.error;
    return { objects: result.status === 0 ? parseYaml11(result.stdout, `kubectl kustomize ${folder}`) : [], stderr: result.stderr, status: result.status };
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

const id = (o: Json) => `${o.kind}/${o.metadata?.name}`;

describe.each(environmentsOnDisk())('kubectl kustomize dist/%s', (environment) => {
  const folder = join('dist', environment);
  const built = kustomize(folder);

  it('builds without complaint', () => {
    expect(built.stderr).toBe('');
    expect(built.status).toBe(0);
  });

  it('emits exactly the objects of the folder, unchanged', () => {
    const onDisk = objectsOnDisk(environment).map((o) => o.object);
    expect(built.objects.map(id).sort()).toEqual(onDisk.map(id).sort());
    const byId = new Map(onDisk.map((o) => [id(o), o]));
    for (const object of built.objects) expect(object).toEqual(byId.get(id(object)));
  });

  it('emits the Namespace first', () => {
    expect(built.objects[0]).toMatchObject({ kind: 'Namespace' });
    expect(built.objects.filter((o) => o.kind === 'Namespace')).toHaveLength(1);
  });

  it('lists every manifest file of the folder, the namespace baseline first', () => {
    const kustomization = parseYaml11(readFileSync(join(DIST, environment, KUSTOMIZATION_FILE), 'utf8'))[0];
    const manifests = filesUnder(join(DIST, environment)).filter((f) => f.endsWith('.yaml') && f !== KUSTOMIZATION_FILE);
    expect([...kustomization.resources].sort()).toEqual(manifests.sort());
    expect(kustomization.resources[0]).toBe('namespace.yaml');
  });
});
