import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toYamlDocuments, YAML_SERIALISER } from '../../synth/output';
import { YamlCache } from '../../synth/yaml-cache';
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
