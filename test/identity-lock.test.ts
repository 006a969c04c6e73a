import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareLocks, LOCK_FILE, lockOf } from '../synth/identity';
import { renderEnvironment } from '../synth/render';
import { layoutOf, renderAll } from '../synth/synthesize';
import { environment, PROD_BASE } from './support/fixtures';

const root = join(__dirname, '..');

describe('identity lock', () => {
  it('matches a fresh synth (a deliberate identity change needs `npm run lock`)', () => {
    const committed = JSON.parse(readFileSync(join(root, LOCK_FILE), 'utf8'));
    const problems = compareLocks(committed, lockOf(renderAll(layoutOf(root))));
    if (problems.length) throw new Error(`identity.lock.json disagrees with the synth:\n${problems.join('\n')}\nIf this is deliberate, run \`npm run lock\` and commit the lock.`);
  });

  const base = lockOf([renderEnvironment(environment({}, PROD_BASE, 'prod'))]);

  it('fails on a renamed stateful object, naming it', () => {
    const renamed = structuredClone(base);
    renamed.prod['StatefulSet/datalens-queue'] = renamed.prod['StatefulSet/datalens-nats'];
    delete renamed.prod['StatefulSet/datalens-nats'];
    expect(compareLocks(base, renamed)).toEqual([
      'prod: StatefulSet/datalens-nats: removed or renamed; its data would be lost or orphaned',
      'prod: StatefulSet/datalens-queue: new, not yet in the lock',
    ]);
  });

  it('fails on a changed serviceName or selector, naming object and field', () => {
    const changed = structuredClone(base);
    changed.prod['StatefulSet/datalens-nats']['spec.serviceName'] = 'nats';
    expect(compareLocks(base, changed)).toEqual([
      'prod: StatefulSet/datalens-nats: spec.serviceName changed from "datalens-nats-headless" to "nats"; the change cannot be applied in place',
    ]);
  });

  it('records the frozen fields of stateful objects', () => {
    expect(Object.keys(base.prod['StatefulSet/datalens-nats'])).toEqual([
      'metadata.namespace', 'spec.selector', 'spec.serviceName', 'spec.podManagementPolicy', 'spec.volumeClaimTemplates',
    ]);
    expect(base.prod['StatefulSet/datalens-nats']['spec.serviceName']).toBe('datalens-nats-headless');
    expect(base.prod['Cluster/datalens-postgres']).toMatchObject({ 'spec.bootstrap': { initdb: { database: 'datalens', owner: 'datalens' } } });
    expect(base.prod['Job/datalens-api-migrate']).toBeUndefined();
  });

  it('does not change when images are upgraded, so an upgrade never fails to apply', () => {
    const upgraded = environment(
      {
        images: { api: { repository: 'registry.example.com/api', tag: '9.9.9' }, frontend: { repository: 'registry.example.com/web', tag: '9.9.9' } },
        data: { nats: { image: { repository: 'docker.io/library/nats', tag: '2.12.0-alpine' } } },
      },
      PROD_BASE,
      'prod',
    );
    const staging = (tag: string) =>
      environment({ data: { redis: { mode: 'statefulset', image: { repository: 'docker.io/library/redis', tag } }, objectStore: { mode: 'minio-distributed', image: { repository: 'quay.io/minio/minio', tag } } } }, PROD_BASE, 'prod');
    expect(compareLocks(base, lockOf([renderEnvironment(upgraded)]))).toEqual([]);
    expect(compareLocks(lockOf([renderEnvironment(staging('a1'))]), lockOf([renderEnvironment(staging('b2'))]))).toEqual([]);
  });
});
