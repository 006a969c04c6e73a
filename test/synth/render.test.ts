import { CONFIG_CHECKSUM_ANNOTATION } from '../../foundation/workload-parts';
import type { RenderedEnvironment } from '../../synth/render';
import { manifests, render } from '../support/fixtures';

describe('a rendering', () => {
  const checksumsIn = (rendered: RenderedEnvironment) =>
    manifests(rendered).flatMap((m: any) => {
      const annotation = m.spec?.template?.metadata?.annotations?.[CONFIG_CHECKSUM_ANNOTATION];
      return annotation ? [annotation as string] : [];
    });

  it('carries the text of every checksum among its objects, and of no other rendering (the Helm templates recompute them)', () => {
    const rendered = render();
    const other = render({ api: { jwtExpiry: '45m' } });
    expect(checksumsIn(rendered).length).toBeGreaterThan(0);
    for (const digest of checksumsIn(rendered)) expect(Object.keys(rendered.checksums)).toContain(digest);
    const foreign = checksumsIn(other).filter((digest) => !checksumsIn(rendered).includes(digest));
    expect(foreign.length).toBeGreaterThan(0);
    for (const digest of foreign) expect(Object.keys(rendered.checksums)).not.toContain(digest);
  });
});
