import { buildKeyOf } from '../../synth/command';

describe('the build key', () => {
  it('is the one scripts/run.mjs passes when the program is the bundle it names', () => {
    expect(buildKeyOf('0123abcd', '/repo/.build/main-0123abcd.cjs')).toBe('0123abcd');
  });

  it('is none for a run from sources or another bundle, whatever the environment holds', () => {
    expect(buildKeyOf('0123abcd', '/repo/main.ts')).toBeUndefined();
    expect(buildKeyOf('0123abcd', '/repo/.build/main-99999999.cjs')).toBeUndefined();
    expect(buildKeyOf('', '/repo/.build/main-.cjs')).toBeUndefined();
    expect(buildKeyOf(undefined, '/repo/.build/main-0123abcd.cjs')).toBeUndefined();
  });
});
