import { checkMonitors, checkPodSecurity, checkSecrets, checkSyncOrder } from '../../synth/checks';
import type { RenderedEnvironment } from '../../synth/render';
import { environment, find, PROD_BASE, render } from '../support/fixtures';

/** A copy of `rendered` whose objects `edit` may change freely. */
function edited(rendered: RenderedEnvironment, edit: (r: RenderedEnvironment) => void): RenderedEnvironment {
  const copy: RenderedEnvironment = { ...rendered, files: rendered.files.map((f) => ({ file: f.file, manifests: structuredClone(f.manifests) })) };
  edit(copy);
  return copy;
}

describe('synth checks', () => {
  const dev = render();
  const prod = render({}, PROD_BASE);

  it('pass on the real environments', () => {
    for (const rendered of [dev, prod]) {
      expect([...checkSecrets(rendered), ...checkPodSecurity(rendered), ...checkMonitors(rendered), ...checkSyncOrder(rendered)]).toEqual([]);
    }
  });

  it('refuse a Secret with data outside dev', () => {
    const leaked = edited(prod, (r) => {
      (r.files[0].manifests as any[]).push({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'leak' }, stringData: { password: 'x' } });
    });
    expect(checkSecrets(leaked)).toEqual(['Secret/leak: a Secret with data in the prod tier; secrets outside dev must come from External Secrets']);
  });

  it('refuse an unmarked dev Secret', () => {
    const unmarked = edited(dev, (r) => delete find(r, 'Secret', 'datalens-redis').metadata.annotations);
    expect(checkSecrets(unmarked)).toEqual(['Secret/datalens-redis: a Secret with data lacks the datalens.io/dev-only-placeholder annotation']);
  });

  it('refuse a pod that breaks the restricted profile', () => {
    const loose = edited(dev, (r) => {
      const pod = find(r, 'Deployment', 'datalens-api').spec.template.spec;
      pod.containers[0].securityContext.allowPrivilegeEscalation = true;
      pod.securityContext.seccompProfile = undefined;
    });
    expect(checkPodSecurity(loose)).toEqual([
      'Deployment/datalens-api: pod seccompProfile is not RuntimeDefault',
      'Deployment/datalens-api: container api: allowPrivilegeEscalation is not false',
    ]);
  });

  it('refuse a monitor whose port does not exist or that selects nothing', () => {
    const broken = edited(dev, (r) => {
      find(r, 'ServiceMonitor', 'datalens-redis').spec.endpoints[0].port = 'nope';
      find(r, 'ServiceMonitor', 'datalens-nats').spec.selector.matchLabels = { app: 'none' };
    });
    expect(checkMonitors(broken)).toEqual(['ServiceMonitor/datalens-nats: selects no Service', 'ServiceMonitor/datalens-redis: Service datalens-redis has no port named nope']);
  });

  it('refuse a PodMonitor on a port the operator pods lack', () => {
    const broken = edited(prod, (r) => (find(r, 'PodMonitor', 'datalens-postgres').spec.podMetricsEndpoints[0].port = 'exporter'));
    expect(checkMonitors(broken)).toEqual(['PodMonitor/datalens-postgres: pods of Cluster/datalens-postgres have no port named exporter']);
  });

  it('refuse an object ordered before something it needs', () => {
    const early = edited(prod, (r) => (find(r, 'Deployment', 'datalens-api').metadata.annotations['argocd.argoproj.io/sync-wave'] = '2'));
    expect(checkSyncOrder(early)).toEqual([
      'Deployment/datalens-api (wave 2) is not ordered after Cluster/datalens-postgres (wave 3), which it needs',
      'Deployment/datalens-api (wave 2) is not ordered after ExternalSecret/datalens-redis-url (wave 2), which it needs',
      'Deployment/datalens-api (wave 2) is not ordered after ExternalSecret/datalens-nats (wave 2), which it needs',
      'Deployment/datalens-api (wave 2) is not ordered after ExternalSecret/datalens-smtp (wave 2), which it needs',
      'Deployment/datalens-api (wave 2) is not ordered after ExternalSecret/datalens-api (wave 2), which it needs',
      // the trust volume: CloudNativePG's CA (the cluster makes it); the internal CA is issued in wave 1, before
      'Deployment/datalens-api (wave 2) is not ordered after Cluster/datalens-postgres (wave 3), which it needs',
      // the TLS sidecar's server certificate
      'Deployment/datalens-api (wave 2) is not ordered after Certificate/datalens-api-tls (wave 2), which it needs',
      'Deployment/datalens-api (wave 2) of datalens-api is not ordered after datalens-postgres-pooler (ready in wave 4), which it needs',
      'Deployment/datalens-api (wave 2) of datalens-api is not ordered after datalens-nats (ready in wave 3), which it needs',
      'Deployment/datalens-api (wave 2) of datalens-api is not ordered after datalens-api-migrate (ready in wave 4), which it needs',
    ]);
  });

  it('refuse a workload in the wave of the internal CA it trusts', () => {
    const withCa = edited(prod, (r) => (find(r, 'Deployment', 'datalens-api').metadata.annotations['argocd.argoproj.io/sync-wave'] = '1'));
    expect(checkSyncOrder(withCa)).toContain('Deployment/datalens-api (wave 1) is not ordered after Certificate/datalens-internal-ca (wave 1), which it needs');
  });

  it('refuse a reference to something the environment never creates', () => {
    const dangling = edited(dev, (r) => (find(r, 'Deployment', 'datalens-api').spec.template.spec.serviceAccountName = 'ghost'));
    expect(checkSyncOrder(dangling)).toEqual(['Deployment/datalens-api refers to ServiceAccount/ghost, which nothing in the environment creates']);
  });

  it('order the migration after the database and before the API', () => {
    const wave = (kind: string, name: string) => Number(find(prod, kind, name).metadata.annotations['argocd.argoproj.io/sync-wave']);
    expect(wave('Cluster', 'datalens-postgres')).toBeLessThan(wave('Job', 'datalens-api-migrate'));
    expect(wave('Job', 'datalens-api-migrate')).toBeLessThan(wave('Deployment', 'datalens-api'));
    expect(wave('Deployment', 'datalens-api')).toBeLessThan(wave('Deployment', 'datalens-frontend'));
    // the frontend's hosts have an Ingress of their own (the name the edge verifies is an annotation of its Ingress)
    expect(wave('Deployment', 'datalens-frontend')).toBeLessThan(wave('Ingress', 'datalens-edge-frontend'));
    expect(wave('Namespace', environment({}, PROD_BASE).config.namespace)).toBe(0);
    expect(wave('ServiceAccount', 'datalens-api')).toBeLessThan(wave('ExternalSecret', 'datalens-api'));
  });
});
