import { PLACEHOLDER_ANNOTATION } from '../../foundation/app-secret';
import { find, PROD_BASE, render } from '../support/fixtures';

describe('AppSecret', () => {
  it('is a visibly annotated placeholder Secret in dev', () => {
    const secret = find(render(), 'Secret', 'datalens-redis');
    expect(secret.metadata.annotations[PLACEHOLDER_ANNOTATION]).toMatch(/development placeholders/);
    expect(secret.stringData.password).toBe('dev-only-redis-password');
    expect(secret.stringData.url).toBe('rediss://datalens:dev-only-redis-password@datalens-redis.datalens-test.svc.cluster.local:6379/0');
  });

  it('is an ExternalSecret from the store outside dev, rendering derived keys by template', () => {
    const secret = find(render({ data: { redis: { mode: 'statefulset' } } }, PROD_BASE), 'ExternalSecret', 'datalens-redis');
    expect(secret.spec).toMatchObject({
      refreshInterval: '1h',
      secretStoreRef: { kind: 'ClusterSecretStore', name: 'vault' },
      target: { name: 'datalens-redis', creationPolicy: 'Owner', deletionPolicy: 'Retain', template: { engineVersion: 'v2', mergePolicy: 'Merge' } },
      data: [
        { secretKey: 'monitor_password', remoteRef: { key: 'datalens/test/redis', property: 'monitor_password' } },
        { secretKey: 'password', remoteRef: { key: 'datalens/test/redis', property: 'password' } },
      ],
    });
    expect(secret.spec.target.template.data.url).toBe('rediss://datalens:{{ .password | urlquery | replace "+" "%20" }}@datalens-redis.datalens-prod-test.svc.cluster.local:6379/0');
    expect(secret.spec.target.template.data['users.acl']).toMatch(/^user default off\nuser datalens on #\{\{ \.password \| sha256sum \}\} ~\* &\* \+@all -@admin /);
  });
});
