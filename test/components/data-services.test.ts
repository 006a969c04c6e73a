import { envOf, find, kinds, PROD_BASE, render } from '../support/fixtures';

describe('Redis', () => {
  const rendered = render({ data: { redis: { maxmemory: '300Mi', maxmemoryPolicy: 'allkeys-lru' } } });
  const set = find(rendered, 'StatefulSet', 'datalens-redis');

  it('persists with AOF on a retained volume, with maxmemory and policy from the environment', () => {
    const conf = find(rendered, 'ConfigMap', 'datalens-redis').data['redis.conf'];
    expect(conf).toContain('appendonly yes');
    expect(conf).toContain('maxmemory 300mb');
    expect(conf).toContain('maxmemory-policy allkeys-lru');
    expect(set.spec.persistentVolumeClaimRetentionPolicy.whenDeleted).toBe('Retain');
  });

  it('listens on TLS only, with ACL users from a file holding their hashes, and probes as the monitoring user', () => {
    const redis = set.spec.template.spec.containers[0];
    // no password on the command line (test/consumers/redis-server.test.ts runs this on the real redis-server)
    expect(redis.command).toEqual(['redis-server', '/etc/redis/redis.conf']);
    const conf = find(rendered, 'ConfigMap', 'datalens-redis').data['redis.conf'];
    expect(conf).toContain('aclfile /etc/redis/users.acl');
    expect(conf).toMatch(/^port 0$/m);
    expect(conf).toMatch(/^tls-port 6379$/m);
    const users = find(rendered, 'Secret', 'datalens-redis').stringData['users.acl'].split('\n');
    expect(users[0]).toBe('user default off');
    // the application user: its password's hash, every key, and none of the commands that reconfigure or wipe the server
    expect(users[1]).toMatch(/^user datalens on #e5e3fd20580e3711d344410f9b2cabc80eeff6c3b945132f702062f78e4792cb ~\* &\* \+@all /);
    for (const denied of ['-@admin', '-config', '-debug', '-module', '-flushall', '-shutdown']) expect(users[1].split(' ')).toContain(denied);
    expect(users[2]).toMatch(/^user monitor on #[0-9a-f]{64} -@all \+ping \+info /);
    expect(set.spec.template.spec.volumes.find((v: any) => v.name === 'config').projected.sources).toEqual([
      { configMap: { name: 'datalens-redis' } },
      { secret: { name: 'datalens-redis', items: [{ key: 'users.acl', path: 'users.acl' }] } },
      { secret: { name: 'datalens-redis-tls', items: ['tls.crt', 'tls.key', 'ca.crt'].map((key) => ({ key, path: `tls/${key}` })) } },
    ]);
    expect(envOf(set).REDISCLI_AUTH.valueFrom.secretKeyRef).toEqual({ name: 'datalens-redis', key: 'monitor_password' });
    expect(redis.readinessProbe.exec.command.join(' ')).toContain('redis-cli --tls --cacert /etc/redis/tls/ca.crt --user monitor -h 127.0.0.1 -p 6379 ping');
    expect(set.spec.template.spec.containers[1].name).toBe('exporter');
  });

  it('serves its metrics over HTTPS with the server certificate, and Prometheus verifies them against the internal CA', () => {
    const exporter = set.spec.template.spec.containers[1];
    const env = Object.fromEntries(exporter.env.map((e: any) => [e.name, e]));
    expect(env).toMatchObject({
      REDIS_EXPORTER_TLS_SERVER_CERT_FILE: { value: '/etc/redis/tls/tls.crt' },
      REDIS_EXPORTER_TLS_SERVER_KEY_FILE: { value: '/etc/redis/tls/tls.key' },
    });
    // a server CA file would make the exporter demand a client certificate Prometheus does not have
    expect(env.REDIS_EXPORTER_TLS_SERVER_CA_CERT_FILE).toBeUndefined();
    expect(exporter.livenessProbe.httpGet).toMatchObject({ path: '/health', scheme: 'HTTPS' });
    expect(find(rendered, 'ServiceMonitor', 'datalens-redis').spec.endpoints[0]).toMatchObject({
      scheme: 'https',
      tlsConfig: { ca: { secret: { name: 'datalens-redis-tls', key: 'ca.crt' } }, serverName: 'datalens-redis.datalens-test.svc.cluster.local' },
    });
  });

  it('listens in plain text only where dev opted out of internal TLS, and says so', () => {
    const plain = render({ internalTls: { enabled: false }, data: { redis: { maxmemory: '300Mi' } } });
    expect(find(plain, 'ServiceMonitor', 'datalens-redis').spec.endpoints[0].scheme).toBeUndefined();
    expect(find(plain, 'StatefulSet', 'datalens-redis').spec.template.spec.containers[1].livenessProbe.httpGet.scheme).toBeUndefined();
    const conf = find(plain, 'ConfigMap', 'datalens-redis').data['redis.conf'];
    expect(conf).toMatch(/^port 6379$/m);
    expect(conf).not.toContain('tls-port');
    expect(kinds(plain, 'Certificate').filter((c) => c.metadata.labels['datalens.io/internal-pki'])).toEqual([]);
    expect(find(plain, 'Namespace', 'datalens-test').metadata.annotations['datalens.io/plaintext-inside']).toMatch(/dev opt-out/);
    expect(find(rendered, 'Namespace', 'datalens-test').metadata.annotations?.['datalens.io/plaintext-inside']).toBeUndefined();
  });

  it("in external mode opens the API's egress to the service's range on its port, and to the internet only for 0.0.0.0/0", () => {
    const egressTo6379 = (rendered: ReturnType<typeof render>) =>
      find(rendered, 'NetworkPolicy', 'datalens-api').spec.egress.filter((r: any) => r.ports.some((p: any) => p.port === 6379)).flatMap((r: any) => r.to);
    expect(egressTo6379(render({}, PROD_BASE))).toEqual([{ ipBlock: { cidr: '10.1.0.0/16' } }]);
    const internet = egressTo6379(render({ data: { redis: { cidr: '0.0.0.0/0' } } }, PROD_BASE));
    expect(internet).toEqual([{ ipBlock: { cidr: '0.0.0.0/0', except: expect.arrayContaining(['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '169.254.0.0/16']) } }]);
  });

  it('in external mode reads a rediss:// URL from the secret store and runs nothing', () => {
    const prod = render({}, PROD_BASE);
    expect(kinds(prod, 'StatefulSet').map((s) => s.metadata.name)).not.toContain('datalens-redis');
    expect(envOf(find(prod, 'Deployment', 'datalens-api')).REDIS_URL.valueFrom.secretKeyRef).toEqual({ name: 'datalens-redis-url', key: 'url' });
    expect(find(prod, 'ExternalSecret', 'datalens-redis-url').spec.data[0].remoteRef).toEqual({ key: 'datalens/test/redis-url', property: 'url' });
  });
});

describe('Nats', () => {
  it('runs a single JetStream node in dev', () => {
    const rendered = render();
    const set = find(rendered, 'StatefulSet', 'datalens-nats');
    expect(set.spec.replicas).toBe(1);
    expect(find(rendered, 'ConfigMap', 'datalens-nats').data['nats.conf']).not.toContain('cluster {');
    expect(kinds(rendered, 'PodDisruptionBudget').map((p) => p.metadata.name)).not.toContain('datalens-nats');
  });

  describe('as a 3-node cluster', () => {
    const rendered = render({}, PROD_BASE);
    const set = find(rendered, 'StatefulSet', 'datalens-nats');
    const conf = find(rendered, 'ConfigMap', 'datalens-nats').data['nats.conf'];
    const nats = set.spec.template.spec.containers[0];

    it('routes every member through the headless Service', () => {
      expect(set.spec.serviceName).toBe('datalens-nats-headless');
      // the routes (with the route user's password) come from routes.conf in the Secret, included beside nats.conf
      expect(conf).toContain('include ./routes.conf');
      const routes = find(rendered, 'ExternalSecret', 'datalens-nats').spec.target.template.data['routes.conf'];
      for (const i of [0, 1, 2]) expect(routes).toContain(`@datalens-nats-${i}.datalens-nats-headless.datalens-prod-test.svc.cluster.local:6222"`);
      expect(find(rendered, 'Service', 'datalens-nats-headless').spec).toMatchObject({ clusterIP: 'None', publishNotReadyAddresses: true });
    });

    it('stores JetStream on volumes with limits from the environment and authenticates clients', () => {
      expect(conf).toContain('store_dir: /data/jetstream');
      expect(conf).toContain('max_file_store: 4G');
      // the credentials come from a file beside nats.conf, never from a $VARIABLE nats-server would parse as configuration
      expect(conf).toContain('include ./auth.conf');
      expect(conf).not.toContain('$NATS_PASSWORD');
      const volume = find(rendered, 'StatefulSet', 'datalens-nats').spec.template.spec.volumes.find((v: any) => v.name === 'config');
      expect(volume.projected.sources).toEqual([
        { configMap: { name: 'datalens-nats' } },
        { secret: { name: 'datalens-nats', items: [{ key: 'auth.conf', path: 'auth.conf' }, { key: 'routes.conf', path: 'routes.conf' }] } },
        { secret: { name: 'datalens-nats-tls', items: ['tls.crt', 'tls.key', 'ca.crt'].map((key) => ({ key, path: `tls/${key}` })) } },
      ]);
    });

    it('probes the monitoring port and shuts down in lame-duck mode', () => {
      // the monitoring port answers HTTPS only; the kubelet probes it without verifying the certificate
      expect(nats.startupProbe.httpGet).toEqual({ path: '/healthz', port: 'monitor', scheme: 'HTTPS' });
      expect(nats.livenessProbe.httpGet.path).toBe('/healthz?js-enabled-only=true');
      expect(nats.readinessProbe.httpGet.path).toBe('/healthz?js-server-only=true');
      // the hook outlasts the signal, so that the kubelet's SIGTERM finds lame-duck mode under way (test/consumers/nats-cluster.test.ts)
      expect(nats.lifecycle.preStop.exec.command).toEqual(['sh', '-c', 'nats-server --signal ldm=/var/run/nats/nats.pid && sleep 5']);
    });

    it('serves monitoring and metrics over HTTPS only, and Prometheus verifies the exporter against the internal CA', () => {
      expect(conf).toMatch(/^https_port: 8222$/m);
      expect(conf).not.toMatch(/^http_port/m);
      const exporter = set.spec.template.spec.containers[1];
      // the exporter polls the monitoring port over HTTPS (Go reads its roots from SSL_CERT_FILE) and serves HTTPS itself
      expect(exporter.args[exporter.args.length - 1]).toBe('https://localhost:8222');
      expect(exporter.args.join(' ')).toContain('-tlscert /etc/nats-exporter/tls/tls.crt -tlskey /etc/nats-exporter/tls/tls.key');
      expect(exporter.args).not.toContain('-tlscacert');
      expect(exporter.env).toEqual([{ name: 'SSL_CERT_FILE', value: '/etc/nats-exporter/tls/ca.crt' }]);
      expect(exporter.readinessProbe.httpGet).toMatchObject({ port: 'metrics', scheme: 'HTTPS' });
      // the exporter reads the certificate alone, not the passwords of the config volume
      expect(exporter.volumeMounts.map((m: any) => m.name)).toEqual(['exporter-tls']);
      expect(find(rendered, 'ServiceMonitor', 'datalens-nats').spec.endpoints).toEqual([
        expect.objectContaining({ port: 'metrics', scheme: 'https', tlsConfig: { ca: { secret: { name: 'datalens-nats-tls', key: 'ca.crt' } }, serverName: 'datalens-nats.datalens-prod-test.svc.cluster.local' } }),
      ]);
    });

    it('keeps quorum with a PDB of one and lets members reach each other on the route port', () => {
      expect(find(rendered, 'PodDisruptionBudget', 'datalens-nats').spec.maxUnavailable).toBe(1);
      const policy = find(rendered, 'NetworkPolicy', 'datalens-nats');
      const self = { podSelector: { matchLabels: { 'app.kubernetes.io/name': 'datalens-nats', 'app.kubernetes.io/part-of': 'datalens' } } };
      expect(policy.spec.ingress).toContainEqual({ from: [self], ports: [{ protocol: 'TCP', port: 6222 }] });
    });
  });
});

describe('Minio', () => {
  it('runs one pod in minio mode and gives the API least-privilege keys and the in-cluster endpoint', () => {
    const rendered = render();
    const set = find(rendered, 'StatefulSet', 'datalens-minio');
    expect(set.spec.template.spec.containers[0].args.slice(0, 2)).toEqual(['server', '/data']);
    const env = envOf(find(rendered, 'Deployment', 'datalens-api'));
    expect(env.AWS_ACCESS_KEY_ID.valueFrom.secretKeyRef).toEqual({ name: 'datalens-minio', key: 'api_access_key' });
    expect(env.AWS_ENDPOINT_URL_S3.value).toBe('https://datalens-minio.datalens-test.svc.cluster.local:9000');
    expect(env.AWS_CA_BUNDLE.value).toBe('/etc/datalens/trust/internal-ca.crt');
    const container = set.spec.template.spec.containers[0];
    expect(container.livenessProbe.httpGet.path).toBe('/minio/health/live');
    expect(container.readinessProbe.httpGet.path).toBe('/minio/health/ready');
  });

  it('runs 4+ erasure-coded pods started together in distributed mode', () => {
    const rendered = render({ data: { objectStore: { mode: 'minio-distributed', replicas: 6 } } });
    const set = find(rendered, 'StatefulSet', 'datalens-minio');
    expect(set.spec.replicas).toBe(6);
    expect(set.spec.podManagementPolicy).toBe('Parallel');
    expect(set.spec.template.spec.containers[0].args[1]).toBe('https://datalens-minio-{0...5}.datalens-minio-headless.datalens-test.svc.cluster.local/data');
    expect(find(rendered, 'PodDisruptionBudget', 'datalens-minio').spec.maxUnavailable).toBe(1);
  });

  it('bootstraps the bucket with object lock, versioning and retention, idempotently, on every sync', () => {
    const rendered = render({ data: { objectStore: { bucket: 'evidence', objectLockRetentionDays: 90 } } });
    const script = find(rendered, 'ConfigMap', 'datalens-minio-bootstrap').data['bootstrap.sh'];
    expect(script).toContain('mc mb --ignore-existing --with-lock --region "ap-south-1" "store/evidence"');
    expect(script).toContain('mc version enable "store/evidence"');
    expect(script).toContain('mc retention set --default COMPLIANCE "90d" "store/evidence"');
    const job = find(rendered, 'Job', 'datalens-minio-bootstrap');
    expect(job.metadata.annotations['argocd.argoproj.io/hook']).toBe('Sync');
  });
});

describe('Mail', () => {
  it('points the API at MailHog in dev', () => {
    const rendered = render();
    const env = envOf(find(rendered, 'Deployment', 'datalens-api'));
    expect(env.SMTP_HOST.value).toBe('datalens-mailhog.datalens-test.svc.cluster.local');
    expect(env.SMTP_PORT.value).toBe('1025');
    expect(find(rendered, 'Service', 'datalens-mailhog').spec.ports.map((p: any) => p.port)).toEqual([1025, 8025]);
  });

  it('points the API at the relay elsewhere, with credentials from the secret store', () => {
    const env = envOf(find(render({}, PROD_BASE), 'Deployment', 'datalens-api'));
    expect(env.SMTP_HOST.value).toBe('smtp.example.com');
    expect(env.SMTP_PORT.value).toBe('587');
    expect(env.SMTP_PASSWORD.valueFrom.secretKeyRef).toEqual({ name: 'datalens-smtp', key: 'password' });
  });
});
