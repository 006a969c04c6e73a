import { join } from 'node:path';
import { importCycles, importGraph, projectImportCycles } from './support/import-graph';

/* Arrows point down: no two source files import each other, directly or around a longer loop. */

const root = join(__dirname, '..');
/** The project's sources: everything but the generated imports/ and the tests. */
const SOURCES = ['main.ts', 'index.ts', 'charts', 'components', 'config', 'foundation', 'synth', 'tools', 'scripts'];

describe('import cycles', () => {
  it('none between the source files', () => {
    expect(projectImportCycles(root, SOURCES)).toEqual([]);
  });

  it('the check finds a loop of two files, of three, and a type-only one', () => {
    const graph = importGraph(
      new Map([
        ['a/one.ts', "import { two } from './two';"],
        ['a/two.ts', "import type { One } from './one';"],
        ['b/x.ts', "export { y } from '../b/y';"],
        ['b/y.ts', "import { z } from './z';\nimport { readFileSync } from 'node:fs';"],
        ['b/z.ts', "import { x } from './x';"],
        ['c/leaf.ts', "import { one } from '../a/one';"],
      ]),
    );
    expect(importCycles(graph)).toEqual([
      ['a/one.ts', 'a/two.ts'],
      ['b/x.ts', 'b/y.ts', 'b/z.ts'],
    ]);
  });

  it('resolves a folder import to its index.ts', () => {
    const graph = importGraph(
      new Map([
        ['lib/index.ts', "import { use } from '../user';"],
        ['user.ts', "import { lib } from './lib';"],
      ]),
    );
    expect(importCycles(graph)).toEqual([['lib/index.ts', 'user.ts']]);
  });
});
