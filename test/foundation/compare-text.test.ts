import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareText } from '../../foundation/compare-text';
import { withLocale } from '../support/locale';

/*
 * The output's order of names may not depend on the machine's locale: the same inputs give the
 * same bytes in CI, on a Danish laptop and in a container without LANG.
 */

const root = join(__dirname, '..', '..');

describe('the order of names', () => {
  it('is English collation in every process, whatever LANG says', () => {
    const names = ['z', 'aa', 'B', 'a', 'datalens-api', 'datalens_api', 'A1'];
    const order = [...names].sort(compareText);
    expect(order.indexOf('aa')).toBeLessThan(order.indexOf('z'));
    // the same comparison in a process whose default locale is Danish, where "aa" sorts after "z"
    const danish = spawnSync(process.execPath, ['-e', `const c = new Intl.Collator('en'); console.log(JSON.stringify([${names.map((n) => JSON.stringify(n)).join(',')}].sort((a, b) => c.compare(a, b))), 'aa'.localeCompare('z'))`], {
      encoding: 'utf8',
      env: withLocale('da_DK.UTF-8'),
    });
    const [sorted, defaultOrder] = danish.stdout.trim().split(' ');
    expect(JSON.parse(sorted)).toEqual(order);
    // (what the locale's own order would have given: the reason compareText exists)
    expect(Number(defaultOrder)).toBe(1);
  });

  it('is never taken from the locale in the program: no localeCompare outside foundation/compare-text.ts', () => {
    const sources = (dir: string): string[] =>
      readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
    const offenders = ['main.ts', 'index.ts', ...['charts', 'components', 'config', 'foundation', 'synth', 'tools'].flatMap(sources)].filter(
      (file) => file !== join('foundation', 'compare-text.ts') && /\.localeCompare\(|new Intl\.Collator\(\)/.test(readFileSync(join(root, file), 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
