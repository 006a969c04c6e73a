import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IMAGES, imagesMarkdown } from '../../config/images';
import { environmentsOnDisk, objectsOnDisk, ROOT, type Json } from '../support/on-disk';

/*
 * The images table (config/images.ts) is the record of what runs and when it was last checked: it
 * must name exactly the images dist/ runs (the application's own images aside, which the
 * environments pin), at the tags dist/ runs, and Renovate's patterns must find every pin it is
 * meant to bump.
 */

/** Every image a pod of dist/ runs, and the image of each CloudNativePG Cluster (also those a drill creates). */
function imagesOnDisk(): Set<string> {
  const images = new Set<string>();
  const visit = (o: Json) => {
    const template = o.kind === 'CronJob' ? o.spec?.jobTemplate?.spec?.template : o.spec?.template;
    // a Pooler's template patches the operator's own container, without an image
    for (const c of [...(template?.spec?.initContainers ?? []), ...(template?.spec?.containers ?? [])]) if (c.image) images.add(c.image);
    if (o.kind === 'Cluster' && o.spec?.imageName) images.add(o.spec.imageName);
    if (o.kind === 'ConfigMap') for (const value of Object.values(o.data ?? {})) if (/^\{/.test(String(value))) visitJson(String(value));
  };
  const visitJson = (text: string) => {
    try {
      const parsed = JSON.parse(text);
      if (parsed?.kind) visit(parsed);
    } catch {
      // a dashboard or another JSON document: not an object the cluster runs
    }
  };
  for (const env of environmentsOnDisk()) for (const { object } of objectsOnDisk(env)) visit(object);
  return images;
}

describe('the images table', () => {
  const onDisk = [...imagesOnDisk()].map((i) => i.replace(/@sha256:[0-9a-f]{64}$/, '')).filter((i) => !i.startsWith('ghcr.io/datalens/'));
  const table = IMAGES.map((i) => `${i.repository}:${i.tag}`);

  it('records every image dist/ runs, at the tag it runs', () => {
    expect(onDisk.length).toBeGreaterThan(5);
    expect(onDisk.filter((i) => !table.includes(i))).toEqual([]);
  });

  it('records nothing dist/ does not run', () => {
    expect(table.filter((i) => !onDisk.includes(i))).toEqual([]);
  });

  it('gives each image its upstream and a check date', () => {
    for (const i of IMAGES) {
      expect(i.upstream).toMatch(/^https:\/\//);
      expect(i.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('is what the README shows', () => {
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain(imagesMarkdown());
  });

  it('lets Renovate find every pin of config/*.ts (defaults and this table, bumped together) and of the environment files', () => {
    const renovate = JSON.parse(readFileSync(join(ROOT, 'renovate.json'), 'utf8'));
    /** The pins Renovate's custom managers find in `file` (a path relative to the repository), as repository:tag. */
    const pinsIn = (file: string): string[] => {
      const text = readFileSync(join(ROOT, file), 'utf8');
      return renovate.customManagers
        .filter((m: Json) => m.fileMatch.some((f: string) => new RegExp(f).test(file)))
        .flatMap((m: Json) => m.matchStrings.flatMap((p: string) => [...text.matchAll(new RegExp(p, 'g'))].map((x) => `${x.groups!.depName}:${x.groups!.currentValue}`)));
    };
    const defaults = readdirSync(join(ROOT, 'config')).filter((f) => f.endsWith('.ts')).map((f) => `config/${f}`);
    for (const file of defaults) {
      const text = readFileSync(join(ROOT, file), 'utf8');
      expect([file, pinsIn(file).length]).toEqual([file, (text.match(/\bimage\('|\brepository: '/g) ?? []).length]);
      for (const image of pinsIn(file)) expect(table).toContain(image);
    }
    for (const env of environmentsOnDisk()) {
      const file = `environments/${env}.yaml`;
      expect([file, pinsIn(file).length]).toEqual([file, (readFileSync(join(ROOT, file), 'utf8').match(/\brepository:/g) ?? []).length]);
    }
  });
});
