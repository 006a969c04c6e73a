import { ENVIRONMENT_NAME_MAX } from '../../config/fields';
import { dashboardUid } from '../../foundation/dashboards';
import { renderEnvironment } from '../../synth/render';
import { environment, PROD_BASE } from '../support/fixtures';

/*
 * Grafana refuses a dashboard uid of more than 40 characters, and one uid per Grafana names one
 * dashboard: the uids of an environment with the longest name allowed fit, differ, and hold the
 * environment's name as it is (so a Helm value sets it as the constructs do, whatever its length).
 */

describe('dashboard uids', () => {
  const longest = 'p'.repeat(ENVIRONMENT_NAME_MAX);
  const rendered = renderEnvironment(environment({ namespace: 'datalens-long' }, PROD_BASE, longest));
  const uids = rendered.files
    .flatMap((f) => f.manifests)
    .filter((m) => m.kind === 'ConfigMap' && Object.keys(m.data ?? {}).some((key) => key.endsWith('.json')))
    .flatMap((m) => Object.values(m.data as Record<string, string>).map((json) => JSON.parse(json).uid as string));

  it('fit in 40 characters, are distinct and begin with the whole environment name, for the longest name', () => {
    expect(uids.length).toBeGreaterThan(5);
    for (const uid of uids) expect([uid, uid.length <= 40, uid.startsWith(`${longest}-`)]).toEqual([uid, true, true]);
    expect(new Set(uids).size).toBe(uids.length);
  });

  it('keep a short dashboard name whole and shorten a long one the same way for every environment', () => {
    expect(dashboardUid('prod', 'datalens-api')).toBe('prod-datalens-api');
    const long = 'datalens-postgres-restore-drill';
    expect(dashboardUid('prod', long).slice('prod-'.length)).toBe(dashboardUid(longest, long).slice(`${longest}-`.length));
    expect(dashboardUid('prod', long)).not.toBe(dashboardUid('prod', 'datalens-postgres-restore-drilx'));
  });
});
