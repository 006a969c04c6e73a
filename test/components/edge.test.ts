import { find, render } from '../support/fixtures';

describe('Edge and Frontend', () => {
  const rendered = render({ ingress: { maxBodySize: '100Mi', timeoutSeconds: 300, tlsIssuer: { kind: 'Issuer', name: 'local-ca' } } });
  const ingress = find(rendered, 'Ingress', 'datalens-edge');

  it('routes the three browser hosts to the frontend and /api of api. to the API', () => {
    expect(ingress.spec.rules.map((r: any) => [r.host, r.http.paths[0].path, r.http.paths[0].backend.service.name])).toEqual([
      ['cc.test.example.com', '/', 'datalens-frontend'],
      ['admin.test.example.com', '/', 'datalens-frontend'],
      ['portal.test.example.com', '/', 'datalens-frontend'],
      ['api.test.example.com', '/api', 'datalens-api'],
    ]);
  });

  it('terminates TLS with a certificate from the configured issuer', () => {
    const certificate = find(rendered, 'Certificate', 'datalens-edge');
    expect(certificate.spec.issuerRef).toEqual({ kind: 'Issuer', name: 'local-ca', group: 'cert-manager.io' });
    expect(certificate.spec.dnsNames).toHaveLength(4);
    expect(ingress.spec.tls).toEqual([{ hosts: certificate.spec.dnsNames, secretName: certificate.spec.secretName }]);
  });

  it('sets body size and timeouts for evidence uploads, and no CORS at the edge', () => {
    expect(ingress.metadata.annotations).toMatchObject({
      'nginx.ingress.kubernetes.io/proxy-body-size': '100m',
      'nginx.ingress.kubernetes.io/proxy-read-timeout': '300',
    });
    expect(Object.keys(ingress.metadata.annotations).filter((a) => a.includes('cors'))).toEqual([]);
  });

  it('serves the SPA from unprivileged nginx with its runtime config', () => {
    const deployment = find(rendered, 'Deployment', 'datalens-frontend');
    const pod = deployment.spec.template.spec;
    expect(pod.securityContext.runAsUser).toBe(101);
    expect(pod.containers[0].ports).toEqual([{ name: 'http', containerPort: 8080, protocol: 'TCP' }]);
    expect(pod.containers[0].volumeMounts.map((m: any) => m.mountPath)).toEqual(
      expect.arrayContaining(['/tmp', '/var/cache/nginx', '/var/run', '/usr/share/nginx/html/config.js']),
    );
    expect(find(rendered, 'ConfigMap', 'datalens-frontend').data['config.js']).toBe(
      'window.__DATALENS_CONFIG__ = {"apiBaseUrl":"https://api.test.example.com","apiVersion":"v1"};\n',
    );
  });
});
