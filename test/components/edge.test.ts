import { edgeSchema } from '../../config/edge-schema';
import { schemaProblem } from '../support/kube-schemas';
import { find, kinds, PROD_BASE, render } from '../support/fixtures';

const HOSTS = ['cc.test.example.com', 'admin.test.example.com', 'portal.test.example.com', 'api.test.example.com'];
const policy = (rendered: ReturnType<typeof render>, name: string) => find(rendered, 'NetworkPolicy', name).spec;
/** Who may reach a backend's Service port (8443 with internal TLS, else 8080), Prometheus (scraping the same port) aside. */
const sourcesOf = (rendered: ReturnType<typeof render>, name: string) =>
  policy(rendered, name)
    .ingress.filter((rule: any) => rule.ports.some((p: any) => p.port === 8080 || p.port === 8443))
    .flatMap((rule: any) => rule.from)
    .filter((from: any) => from.namespaceSelector?.matchLabels['kubernetes.io/metadata.name'] !== 'monitoring');
/** The certificates of the public hosts: the internal PKI's (issued in the namespace for its listeners) are not the edge's. */
const edgeCertificates = (rendered: ReturnType<typeof render>) => kinds(rendered, 'Certificate').filter((c) => !c.metadata.labels?.['datalens.io/internal-pki']);

describe('Edge in ingress mode, with a class other than nginx (in a dev environment without internal TLS)', () => {
  const traefik = {
    mode: 'ingress',
    tls: { kind: 'Issuer', name: 'local-ca', challenge: 'http01' },
    ingress: { className: 'traefik', implementation: 'other', annotations: { 'traefik.ingress.kubernetes.io/router.entrypoints': 'websecure' }, controller: { namespace: 'traefik', podLabels: { 'app.kubernetes.io/name': 'traefik' } } },
  };
  const rendered = render({ edge: traefik, internalTls: { enabled: false } });
  const ingress = find(rendered, 'Ingress', 'datalens-edge');

  it('routes the three browser hosts to the frontend and /api of api. to the API', () => {
    expect(ingress.spec.ingressClassName).toBe('traefik');
    expect(ingress.spec.rules.map((r: any) => [r.host, r.http.paths[0].path, r.http.paths[0].backend.service.name])).toEqual([
      [HOSTS[0], '/', 'datalens-frontend'],
      [HOSTS[1], '/', 'datalens-frontend'],
      [HOSTS[2], '/', 'datalens-frontend'],
      [HOSTS[3], '/api', 'datalens-api'],
    ]);
  });

  it('carries exactly the annotations the environment gives: none for a controller it does not name, no CORS', () => {
    expect(ingress.metadata.annotations).toEqual(expect.objectContaining({ 'traefik.ingress.kubernetes.io/router.entrypoints': 'websecure' }));
    expect(Object.keys(ingress.metadata.annotations).filter((a) => a.includes('nginx') || a.includes('cors'))).toEqual([]);
    const plain = render({ internalTls: { enabled: false } });
    expect(find(plain, 'Ingress', 'datalens-edge').metadata.annotations['argocd.argoproj.io/sync-wave']).toBeDefined();
    expect(Object.keys(find(plain, 'Ingress', 'datalens-edge').metadata.annotations)).toEqual(['argocd.argoproj.io/sync-wave']);
  });

  it('is refused while internal TLS is on: that Ingress could not verify the backends', () => {
    expect(() => render({ edge: traefik })).toThrow(/"implementation"\s*\][\s\S]*expected ingress-nginx while internalTls is on/);
  });

  it('terminates TLS with a certificate from the configured issuer', () => {
    const certificate = find(rendered, 'Certificate', 'datalens-edge');
    expect(certificate.spec.issuerRef).toEqual({ kind: 'Issuer', name: 'local-ca', group: 'cert-manager.io' });
    expect(certificate.spec.dnsNames).toEqual(HOSTS);
    expect(ingress.spec.tls).toEqual([{ hosts: HOSTS, secretName: certificate.spec.secretName }]);
  });

  it("admits the named controller's pods to the backends and to the HTTP-01 solver", () => {
    const traefik = { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'traefik' } }, podSelector: { matchLabels: { 'app.kubernetes.io/name': 'traefik' } } };
    expect(sourcesOf(rendered, 'datalens-frontend')).toEqual([traefik]);
    expect(sourcesOf(rendered, 'datalens-api')).toEqual([traefik]);
    expect(policy(rendered, 'cert-manager-http01-solver').ingress).toEqual([{ from: [traefik], ports: [{ protocol: 'TCP', port: 8089 }] }]);
    expect(kinds(rendered, 'HTTPRoute')).toEqual([]);
  });
});

describe('Edge in gateway mode', () => {
  describe('on a Gateway it creates (Envoy Gateway)', () => {
    const rendered = render({ edge: { mode: 'gateway', tls: { name: 'letsencrypt', challenge: 'http01' }, timeoutSeconds: 300, gateway: { className: 'eg' } } }, PROD_BASE);
    const routes = kinds(rendered, 'HTTPRoute');
    const gateway = find(rendered, 'Gateway', 'datalens');

    it('routes exactly the four hosts: the browser hosts to the frontend, only /api of api. to the API, with the upload timeout', () => {
      const byHost = Object.fromEntries(routes.filter((r) => r.metadata.name !== 'datalens-edge-https-redirect').map((r) => [r.spec.hostnames[0], r.spec.rules]));
      expect(Object.keys(byHost).sort()).toEqual([...HOSTS].sort());
      for (const host of HOSTS.slice(0, 3)) {
        expect(byHost[host]).toEqual([
          { matches: [{ path: { type: 'PathPrefix', value: '/' } }], backendRefs: [{ group: '', kind: 'Service', name: 'datalens-frontend', port: 8443 }], timeouts: { request: '300s' } },
        ]);
      }
      expect(byHost[HOSTS[3]]).toEqual([
        { matches: [{ path: { type: 'PathPrefix', value: '/api' } }], backendRefs: [{ group: '', kind: 'Service', name: 'datalens-api', port: 8443 }], timeouts: { request: '300s' } },
      ]);
    });

    it('creates a Gateway of the class with an HTTPS listener per host on the certificate, and redirects HTTP to HTTPS', () => {
      expect(gateway.spec.gatewayClassName).toBe('eg');
      const https = gateway.spec.listeners.filter((l: any) => l.protocol === 'HTTPS');
      expect(https.map((l: any) => l.hostname)).toEqual(HOSTS);
      expect(new Set(https.map((l: any) => l.tls.certificateRefs[0].name))).toEqual(new Set([find(rendered, 'Certificate', 'datalens-edge').spec.secretName]));
      const redirect = find(rendered, 'HTTPRoute', 'datalens-edge-https-redirect');
      expect(redirect.spec.parentRefs).toEqual([{ group: 'gateway.networking.k8s.io', kind: 'Gateway', name: 'datalens', sectionName: 'http' }]);
      expect(redirect.spec.rules[0].filters).toEqual([{ type: 'RequestRedirect', requestRedirect: { scheme: 'https', statusCode: 301 } }]);
      for (const route of routes.filter((r) => r !== redirect)) expect(route.spec.parentRefs[0].sectionName).toBe(`https-${route.spec.hostnames[0].split('.')[0]}`);
    });

    it("admits Envoy Gateway's proxies of this Gateway, and only them, to the backends and the solver", () => {
      const envoy = {
        namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'envoy-gateway-system' } },
        podSelector: { matchLabels: { 'gateway.envoyproxy.io/owning-gateway-name': 'datalens', 'gateway.envoyproxy.io/owning-gateway-namespace': 'datalens-prod-test' } },
      };
      expect(sourcesOf(rendered, 'datalens-frontend')).toEqual([envoy]);
      expect(sourcesOf(rendered, 'datalens-api')).toEqual([envoy]);
      expect(policy(rendered, 'cert-manager-http01-solver').ingress[0].from).toEqual([envoy]);
      expect(kinds(rendered, 'Ingress')).toEqual([]);
    });
  });

  describe("on the platform's Gateway", () => {
    const rendered = render({ edge: { mode: 'gateway', tls: undefined, gateway: { parentRef: { name: 'public', namespace: 'gateways', sectionName: 'https' } } } }, PROD_BASE);

    it('attaches every route to that Gateway and listener, and leaves TLS to it', () => {
      for (const route of kinds(rendered, 'HTTPRoute')) {
        expect(route.spec.parentRefs).toEqual([{ group: 'gateway.networking.k8s.io', kind: 'Gateway', name: 'public', namespace: 'gateways', sectionName: 'https' }]);
      }
      expect(kinds(rendered, 'HTTPRoute')).toHaveLength(4);
      expect(kinds(rendered, 'Gateway')).toEqual([]);
      expect(edgeCertificates(rendered)).toEqual([]);
    });
  });

  describe('with Envoy Gateway policies', () => {
    const rendered = render(
      { edge: { mode: 'gateway', tls: { name: 'x', challenge: 'dns01' }, maxBodySize: '32Mi', adminAllowedCidrs: ['203.0.113.0/24'], gateway: { className: 'eg', envoyGateway: { limitRequestBody: true, rateLimit: { requests: 600, unit: 'Minute' } } } } },
      PROD_BASE,
    );

    it('limits bodies and rates on every route, and admits only the allowed clients to admin.', () => {
      const traffic = find(rendered, 'BackendTrafficPolicy', 'datalens-edge');
      expect(traffic.apiVersion).toBe('gateway.envoyproxy.io/v1alpha1');
      expect(traffic.spec.targetRefs.map((t: any) => t.name).sort()).toEqual(['datalens-edge-admin', 'datalens-edge-api', 'datalens-edge-cc', 'datalens-edge-portal']);
      expect(traffic.spec.requestBuffer).toEqual({ limit: '32Mi' });
      expect(traffic.spec.rateLimit).toEqual({ type: 'Local', local: { rules: [{ limit: { requests: 600, unit: 'Minute' } }] } });
      const admin = find(rendered, 'SecurityPolicy', 'datalens-edge-admin');
      expect(admin.spec).toEqual({
        targetRefs: [{ group: 'gateway.networking.k8s.io', kind: 'HTTPRoute', name: 'datalens-edge-admin' }],
        authorization: { defaultAction: 'Deny', rules: [{ action: 'Allow', principal: { clientCIDRs: ['203.0.113.0/24'] } }] },
      });
      expect(edgeCertificates(rendered)).toHaveLength(1);
      expect(kinds(rendered, 'NetworkPolicy').map((p) => p.metadata.name)).not.toContain('cert-manager-http01-solver');
    });
  });
});

describe('the admin. host restricted to the allowed client ranges', () => {
  const ALLOWED = ['203.0.113.0/24', '198.51.100.7/32'];
  const allowList = (ingress: any) => ingress.metadata.annotations?.['nginx.ingress.kubernetes.io/whitelist-source-range'];

  it('in ingress mode: admin. alone on an Ingress carrying the ingress-nginx allow-list, the other hosts open', () => {
    const rendered = render({ edge: { mode: 'ingress', tls: { name: 'x' }, adminAllowedCidrs: ALLOWED } });
    const [open, admin] = [find(rendered, 'Ingress', 'datalens-edge-frontend'), find(rendered, 'Ingress', 'datalens-edge-admin-frontend')];
    expect(admin.spec.rules.map((r: any) => r.host)).toEqual(['admin.test.example.com']);
    expect(allowList(admin)).toBe('203.0.113.0/24,198.51.100.7/32');
    expect(open.spec.rules.map((r: any) => r.host)).not.toContain('admin.test.example.com');
    expect(allowList(open)).toBeUndefined();
    // every host is still served, each by exactly one Ingress, with the one certificate
    expect(kinds(rendered, 'Ingress').flatMap((i) => i.spec.rules.map((r: any) => r.host)).sort()).toEqual([...HOSTS].sort());
    expect(admin.spec.tls).toEqual(open.spec.tls.map((t: any) => ({ ...t, hosts: ['admin.test.example.com'] })));
  });

  it('in both modes: the Ingress and the Gateway restrict it alike, so neither path of a cut-over is open', () => {
    const rendered = render({ edge: { mode: 'both', tls: { name: 'x' }, adminAllowedCidrs: ALLOWED, gateway: { className: 'eg' } } }, PROD_BASE);
    expect(allowList(find(rendered, 'Ingress', 'datalens-edge-admin-frontend'))).toBe(ALLOWED.join(','));
    expect(find(rendered, 'SecurityPolicy', 'datalens-edge-admin').spec.authorization.rules).toEqual([{ action: 'Allow', principal: { clientCIDRs: ALLOWED } }]);
    expect(kinds(rendered, 'BackendTrafficPolicy')).toEqual([]);
  });

  it('unset, admits everyone: no allow-list anywhere', () => {
    const rendered = render({ edge: { mode: 'both', tls: { name: 'x' }, gateway: { className: 'eg' } } }, PROD_BASE);
    expect(kinds(rendered, 'Ingress').map(allowList)).toEqual([undefined, undefined]);
    expect(kinds(rendered, 'SecurityPolicy')).toEqual([]);
  });
});

describe('Edge in both modes, for a DNS cut-over', () => {
  const rendered = render({ edge: { mode: 'both', tls: { name: 'letsencrypt' }, gateway: { className: 'eg' } } }, PROD_BASE);

  it('serves the hosts through the Ingress and the Gateway with one certificate, and admits both to the backends and the solver', () => {
    // an Ingress per TLS backend (the name to verify is an annotation of its Ingress)
    expect(kinds(rendered, 'Ingress')).toHaveLength(2);
    expect(kinds(rendered, 'HTTPRoute')).toHaveLength(5);
    expect(kinds(rendered, 'BackendTLSPolicy').map((p) => p.metadata.name).sort()).toEqual(['datalens-api', 'datalens-frontend']);
    expect(edgeCertificates(rendered)).toHaveLength(1);
    const namespaces = (from: any[]) => from.map((f) => f.namespaceSelector.matchLabels['kubernetes.io/metadata.name']).sort();
    expect(namespaces(sourcesOf(rendered, 'datalens-frontend'))).toEqual(['envoy-gateway-system', 'ingress-nginx']);
    expect(namespaces(policy(rendered, 'cert-manager-http01-solver').ingress.flatMap((r: any) => r.from))).toEqual(['envoy-gateway-system', 'ingress-nginx']);
  });
});

describe('the edge verifying TLS to its backends', () => {
  /** The Certificate of the internal CA whose Secret the Service port's pods mount for their TLS server. */
  const serverCertificateOf = (rendered: ReturnType<typeof render>, backend: string) => {
    const pod = find(rendered, 'Deployment', backend).spec.template.spec;
    const secrets = pod.volumes.filter((v: any) => v.secret?.items?.some((i: any) => i.key === 'tls.key')).map((v: any) => v.secret.secretName);
    expect(secrets).toHaveLength(1);
    return kinds(rendered, 'Certificate').find((c) => c.spec.secretName === secrets[0]);
  };
  /** The CA reference must be an edge client certificate's Secret: it carries ca.crt, never the CA's key. */
  const expectClientCertificateSecret = (rendered: ReturnType<typeof render>, secretName: string) => {
    const client = kinds(rendered, 'Certificate').find((c) => c.spec.secretName === secretName);
    expect(client?.spec.isCA).toBeUndefined();
    expect(client?.spec.issuerRef).toEqual({ group: 'cert-manager.io', kind: 'Issuer', name: 'datalens-internal-ca' });
    expect(client?.spec.usages).toEqual(expect.arrayContaining(['client auth']));
    expect(client?.spec.usages).not.toContain('server auth');
    expect(secretName).not.toBe('datalens-internal-ca');
  };

  describe('through a Gateway', () => {
    const rendered = render({ edge: { mode: 'gateway', gateway: { parentRef: { name: 'public', namespace: 'gateways', sectionName: 'https' } } } }, PROD_BASE);

    it.each(['datalens-api', 'datalens-frontend'])('has a BackendTLSPolicy on the TLS port of %s, verifying the name its certificate holds against the internal CA', (backend) => {
      const policy = find(rendered, 'BackendTLSPolicy', backend);
      expect(schemaProblem(policy)).toBeUndefined();
      const service = find(rendered, 'Service', backend);
      expect(policy.metadata.namespace).toBe(service.metadata.namespace);
      expect(policy.spec.targetRefs).toEqual([{ group: '', kind: 'Service', name: backend, sectionName: 'https' }]);
      const port = service.spec.ports.find((p: any) => p.name === 'https');
      expect(port.port).toBe(8443);
      // every route to the backend uses that port
      for (const route of kinds(rendered, 'HTTPRoute').filter((r) => r.spec.rules[0].backendRefs?.[0].name === backend)) expect(route.spec.rules[0].backendRefs[0].port).toBe(port.port);
      expect(serverCertificateOf(rendered, backend)?.spec.dnsNames).toContain(policy.spec.validation.hostname);
      expect(policy.spec.validation.caCertificateRefs).toEqual([{ group: '', kind: 'Secret', name: 'datalens-edge-backend-client' }]);
      expectClientCertificateSecret(rendered, policy.spec.validation.caCertificateRefs[0].name);
    });

    it('exposes no plain HTTP port of the backends in their Services, and admits the proxies to the TLS port only', () => {
      for (const backend of ['datalens-api', 'datalens-frontend']) {
        expect(find(rendered, 'Service', backend).spec.ports.map((p: any) => p.port)).toEqual([8443]);
        expect(policy(rendered, backend).ingress.flatMap((r: any) => r.ports.map((p: any) => p.port))).not.toContain(8080);
      }
    });
  });

  describe('through ingress-nginx', () => {
    const rendered = render({ edge: { mode: 'ingress', tls: { name: 'x' }, ingress: { annotations: { 'nginx.ingress.kubernetes.io/proxy-ssl-verify': 'off' } } } });

    it.each([
      ['datalens-edge-api', 'datalens-api'],
      ['datalens-edge-frontend', 'datalens-frontend'],
    ])('has %s speak HTTPS to %s, verifying its name against the edge client certificate\'s CA, whatever the environment annotates', (name, backend) => {
      const ingress = find(rendered, 'Ingress', name);
      const annotations = ingress.metadata.annotations;
      expect(annotations['nginx.ingress.kubernetes.io/backend-protocol']).toBe('HTTPS');
      expect(annotations['nginx.ingress.kubernetes.io/proxy-ssl-verify']).toBe('on');
      expect(annotations['nginx.ingress.kubernetes.io/proxy-ssl-server-name']).toBe('on');
      expect(serverCertificateOf(rendered, backend)?.spec.dnsNames).toContain(annotations['nginx.ingress.kubernetes.io/proxy-ssl-name']);
      const [namespace, secret] = annotations['nginx.ingress.kubernetes.io/proxy-ssl-secret'].split('/');
      expect(namespace).toBe(ingress.metadata.namespace);
      expectClientCertificateSecret(rendered, secret);
      expect(new Set(ingress.spec.rules.map((r: any) => r.http.paths[0].backend.service.name))).toEqual(new Set([backend]));
      expect(new Set(ingress.spec.rules.map((r: any) => r.http.paths[0].backend.service.port.name))).toEqual(new Set(['https']));
    });
  });

  describe('without internal TLS (a dev opt-out)', () => {
    const rendered = render({ edge: { mode: 'both', tls: { name: 'x' }, gateway: { className: 'eg' } }, internalTls: { enabled: false } });

    it('forwards plain HTTP to 8080: no BackendTLSPolicy, no proxy-ssl annotations, no TLS sidecar, no edge client certificate', () => {
      expect(kinds(rendered, 'BackendTLSPolicy')).toEqual([]);
      expect(kinds(rendered, 'Ingress').flatMap((i) => Object.keys(i.metadata.annotations ?? {})).filter((a) => a.includes('proxy-ssl') || a.includes('backend-protocol'))).toEqual([]);
      expect(find(rendered, 'Deployment', 'datalens-api').spec.template.spec.containers.map((c: any) => c.name)).toEqual(['api']);
      expect(kinds(rendered, 'Certificate').filter((c) => c.metadata.name === 'datalens-edge-backend-client')).toEqual([]);
      for (const backend of ['datalens-api', 'datalens-frontend']) expect(find(rendered, 'Service', backend).spec.ports.map((p: any) => p.port)).toEqual([8080]);
    });
  });
});

describe('edge settings', () => {
  const problems = (edge: unknown) => {
    const parsed = edgeSchema.safeParse(edge);
    return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it.each([
    [{ mode: 'gateway' }, /^gateway: expected the Gateway to attach to/],
    [{ mode: 'gateway', gateway: {} }, /^gateway\.parentRef: expected either parentRef .* or className/],
    [{ mode: 'gateway', tls: { name: 'x' }, gateway: { className: 'eg', parentRef: { name: 'a', namespace: 'b' } } }, /^gateway\.parentRef: expected either parentRef/],
    [{ mode: 'gateway', tls: { name: 'x' }, gateway: { className: 'x', implementation: 'other' } }, /^gateway\.dataPlane: expected the namespace and labels/],
    [
      { mode: 'gateway', tls: { name: 'x' }, gateway: { className: 'x', implementation: 'other', dataPlane: { namespace: 'gw', podLabels: { a: 'b' } }, envoyGateway: {} } },
      /^gateway\.envoyGateway: expected implementation envoy-gateway/,
    ],
    [{ mode: 'ingress' }, /^tls: expected the cert-manager issuer/],
    // an allow-list the controller would not read would leave admin. open while the file says otherwise
    [{ mode: 'ingress', tls: { name: 'x' }, adminAllowedCidrs: ['203.0.113.0/24'], ingress: { implementation: 'other' } }, /^adminAllowedCidrs: expected ingress\.implementation ingress-nginx/],
    [
      { mode: 'gateway', adminAllowedCidrs: ['203.0.113.0/24'], gateway: { parentRef: { name: 'a', namespace: 'b' }, implementation: 'other', dataPlane: { namespace: 'gw', podLabels: { a: 'b' } } } },
      /^adminAllowedCidrs: expected gateway\.implementation envoy-gateway/,
    ],
    [{ mode: 'ingress', tls: { name: 'x' }, adminAllowedCidrs: [] }, /^adminAllowedCidrs: /],
    [{ mode: 'ingress', tls: { name: 'x' }, adminAllowedCidrs: ['203.0.113.0'] }, /^adminAllowedCidrs\.0: expected an IPv4 CIDR/],
    [{ mode: 'gateway', gateway: { className: 'eg' } }, /^tls: expected the cert-manager issuer/],
  ])('refuses %j', (edge, expected) => {
    expect(problems(edge)).toEqual([expect.stringMatching(expected)]);
  });

  it('needs no issuer on a platform Gateway', () => {
    expect(problems({ mode: 'gateway', gateway: { parentRef: { name: 'public', namespace: 'gateways' } } })).toEqual([]);
  });
});

describe('Frontend', () => {
  const rendered = render();

  it('serves the SPA from unprivileged nginx with its runtime config', () => {
    const deployment = find(rendered, 'Deployment', 'datalens-frontend');
    const pod = deployment.spec.template.spec;
    expect(pod.securityContext.runAsUser).toBe(101);
    expect(pod.containers[0].ports).toEqual([
      { name: 'http', containerPort: 8080, protocol: 'TCP' },
      { name: 'https', containerPort: 8443, protocol: 'TCP' },
    ]);
    expect(pod.containers[0].volumeMounts.map((m: any) => m.mountPath)).toEqual(
      expect.arrayContaining(['/tmp', '/var/cache/nginx', '/var/run', '/usr/share/nginx/html/config.js']),
    );
    expect(find(rendered, 'ConfigMap', 'datalens-frontend').data['config.js']).toBe(
      'window.__DATALENS_CONFIG__ = {"apiBaseUrl":"https://api.test.example.com","apiVersion":"v1"};\n',
    );
  });
});
