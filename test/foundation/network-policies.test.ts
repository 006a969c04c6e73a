import { find, kinds, manifests, PROD_BASE, render } from '../support/fixtures';

describe('network policies from the connection graph', () => {
  const rendered = render({}, PROD_BASE);

  it('denies all traffic in the namespace by default and allows DNS', () => {
    expect(find(rendered, 'NetworkPolicy', 'default-deny').spec).toEqual({ podSelector: {}, policyTypes: ['Ingress', 'Egress'] });
    expect(find(rendered, 'NetworkPolicy', 'allow-dns').spec.egress[0].ports.map((p: any) => `${p.protocol}/${p.port}`)).toEqual(['UDP/53', 'TCP/53']);
  });

  it('gives every pod-running component a policy selecting exactly its pods', () => {
    const selectors = kinds(rendered, 'NetworkPolicy')
      .filter((p) => p.spec.podSelector.matchLabels)
      .map((p) => JSON.stringify(p.spec.podSelector.matchLabels));
    const workloads = manifests(rendered).filter((m) => ['Deployment', 'StatefulSet', 'Job'].includes(m.kind)) as any[];
    for (const workload of workloads) {
      const labels = workload.spec.template.metadata.labels;
      const covered = kinds(rendered, 'NetworkPolicy').some(
        (p) => p.metadata.name !== 'allow-dns' && Object.keys(p.spec.podSelector.matchLabels ?? {}).length > 0 && Object.entries(p.spec.podSelector.matchLabels).every(([k, v]) => labels[k] === v),
      );
      expect([workload.metadata.name, covered]).toEqual([workload.metadata.name, true]);
    }
    expect(new Set(selectors).size).toBe(selectors.length);
  });

  it('admits the ingress controller to the API and frontend on their TLS ports only (8080 stays inside the pod)', () => {
    const controller = {
      namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'ingress-nginx' } },
      podSelector: { matchLabels: { 'app.kubernetes.io/name': 'ingress-nginx' } },
    };
    for (const name of ['datalens-api', 'datalens-frontend']) {
      const ingress = find(rendered, 'NetworkPolicy', name).spec.ingress;
      expect(ingress).toContainEqual({ from: [controller], ports: [{ protocol: 'TCP', port: 8443 }] });
      expect(ingress.flatMap((rule: any) => rule.ports.map((p: any) => p.port))).not.toContain(8080);
    }
  });

  it('lets the API reach the internet on HTTPS and SMTP submission only, never private ranges', () => {
    const egress = find(rendered, 'NetworkPolicy', 'datalens-api').spec.egress as any[];
    const internet = egress.filter((rule) => rule.to[0].ipBlock?.cidr === '0.0.0.0/0');
    expect(internet.flatMap((rule) => rule.ports.map((p: any) => p.port)).sort()).toEqual([443, 443, 587]);
    for (const rule of internet) expect(rule.to[0].ipBlock.except).toEqual(expect.arrayContaining(['10.0.0.0/8', '169.254.0.0/16']));
  });

  it('admits only the API, the migration, the pooler, members, operator and Prometheus to PostgreSQL', () => {
    const sources = find(rendered, 'NetworkPolicy', 'datalens-postgres').spec.ingress.map(
      (rule: any) => rule.from[0].podSelector?.matchLabels['app.kubernetes.io/name'] ?? rule.from[0].podSelector?.matchLabels['cnpg.io/cluster'] ?? rule.from[0].podSelector?.matchLabels['cnpg.io/poolerName'],
    );
    expect(sources.sort()).toEqual(['cloudnative-pg', 'datalens-api-migrate', 'datalens-postgres', 'datalens-postgres-pooler', 'prometheus'].sort());
    expect(find(rendered, 'NetworkPolicy', 'datalens-postgres-pooler').spec.ingress.map((r: any) => r.from[0].podSelector.matchLabels['app.kubernetes.io/name'])).toContain('datalens-api');
  });
});
