import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toYamlDocuments, YAML_SERIALISER } from '../../synth/output';
import { YamlCache, YamlCacheFolder } from '../../synth/yaml-cache';

// the module object itself, so that spies reach the calls of synth/output.ts
const fs = require('node:fs') as typeof import('node:fs');
import { manifests, render } from '../support/fixtures';

describe('YamlCache', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'yaml-cache-')), 'cache.json');
  const objects = manifests(render());

  it('gives the bytes the serialiser gives, on a cold and on a warm run', () => {
    const plain = toYamlDocuments(objects);
    const cold = new YamlCache(file, YAML_SERIALISER);
    expect(toYamlDocuments(objects, cold)).toBe(plain);
    cold.save();
    const serialise = jest.fn((o: unknown) => JSON.stringify(o));
    const warm = new YamlCache(file, YAML_SERIALISER);
    expect(objects.map((o) => warm.get(o, serialise)).join('---\n')).toBe(plain);
    expect(serialise).not.toHaveBeenCalled();
  });

  it('serialises a changed object anew', () => {
    const cache = new YamlCache(file, YAML_SERIALISER);
    const serialise = jest.fn(() => 'fresh\n');
    expect(cache.get({ ...objects[0], extra: true }, serialise)).toBe('fresh\n');
    expect(serialise).toHaveBeenCalledTimes(1);
  });

  it('ignores a cache written by another serialiser', () => {
    const serialise = jest.fn(() => 'other\n');
    expect(new YamlCache(file, 'yaml@0.0.0 {}').get(objects[0], serialise)).toBe('other\n');
  });
});

describe('YamlCache files', () => {
  const objects = manifests(render());
  const serialise = (o: unknown) => `${JSON.stringify(o)}\n`;

  it('reads its file only when asked for an object, and writes it only when what this run used differs from what it holds', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'yaml-cache-')), 'cache.json');
    writeFileSync(file, 'not a cache file');
    const read = jest.spyOn(fs, 'readFileSync');
    const unasked = new YamlCache(file, YAML_SERIALISER);
    unasked.save();
    expect(read.mock.calls.filter(([path]) => path === file)).toEqual([]);
    read.mockRestore();
    expect(readFileSync(file, 'utf8')).toBe('not a cache file');

    const first = new YamlCache(file, YAML_SERIALISER);
    objects.forEach((o) => first.get(o, serialise));
    first.save();
    const stamp = () => [statSync(file).ino, statSync(file).mtimeMs];
    const written = stamp();
    const same = new YamlCache(file, YAML_SERIALISER);
    objects.forEach((o) => same.get(o, () => 'never\n'));
    same.save();
    expect(stamp()).toEqual(written);

    // fewer objects used: the file keeps only those
    const fewer = new YamlCache(file, YAML_SERIALISER);
    fewer.get(objects[0], () => 'never\n');
    fewer.save();
    const again = new YamlCache(file, YAML_SERIALISER);
    expect(again.get(objects[1], () => 'made\n')).toBe('made\n');
    expect(again.get(objects[0], () => 'never\n')).toBe(serialise(objects[0]));
  });

  it('keeps one file per environment and one shared, and drops the files of environments that are gone', () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'yaml-cache-')), 'yaml');
    const caches = new YamlCacheFolder(folder, YAML_SERIALISER);
    caches.environment('dev').get(objects[0], serialise);
    caches.environment('prod').get(objects[1], serialise);
    caches.shared().get(objects[2], serialise);
    caches.save(['dev', 'prod']);
    expect(readdirSync(folder).sort()).toEqual(['environment-dev.json', 'environment-prod.json', 'shared.json']);

    // a run that renders only dev reads dev's file alone, and prod's stays as long as prod is an environment
    const next = new YamlCacheFolder(folder, YAML_SERIALISER);
    const read = jest.spyOn(fs, 'readFileSync');
    expect(next.environment('dev').get(objects[0], () => 'never\n')).toBe(serialise(objects[0]));
    const files = read.mock.calls.map(([path]) => String(path)).filter((path) => path.startsWith(folder));
    read.mockRestore();
    expect(files).toEqual([join(folder, 'environment-dev.json')]);
    next.save(['dev', 'prod']);
    expect(readdirSync(folder).sort()).toEqual(['environment-dev.json', 'environment-prod.json', 'shared.json']);
    new YamlCacheFolder(folder, YAML_SERIALISER).save(['dev']);
    expect(readdirSync(folder).sort()).toEqual(['environment-dev.json', 'shared.json']);
  });
});
