import { envOf, find, kinds, PROD_BASE, render } from '../support/fixtures';

describe('Postgres', () => {
  describe('statefulset mode', () => {
    const rendered = render({ data: { postgres: { mode: 'statefulset', sharedBuffers: '256Mi', storage: { size: '7Gi', storageClass: 'fast' } } } });
    const set = find(rendered, 'StatefulSet', 'datalens-postgres');
    const pod = set.spec.template.spec;

    it('runs one pod with a retained data volume from the environment', () => {
      expect(set.spec.replicas).toBe(1);
      expect(set.spec.persistentVolumeClaimRetentionPolicy).toEqual({ whenDeleted: 'Retain', whenScaled: 'Retain' });
      expect(set.spec.volumeClaimTemplates[0].spec).toMatchObject({ storageClassName: 'fast', resources: { requests: { storage: '7Gi' } } });
    });

    it('probes with pg_isready and sizes shared memory from shared_buffers', () => {
      expect(pod.containers[0].readinessProbe.exec.command.slice(0, 1)).toEqual(['pg_isready']);
      expect(pod.containers[0].args.slice(0, 4)).toEqual(['-c', 'shared_buffers=256MB', '-c', 'max_connections=100']);
      expect(pod.volumes).toContainEqual({ name: 'shm', emptyDir: { medium: 'Memory', sizeLimit: '256Mi' } });
    });

    it('ships an exporter sidecar and takes its password from the Secret', () => {
      expect(pod.containers.map((c: any) => c.name)).toEqual(['postgres', 'exporter']);
      expect(envOf(set).POSTGRES_PASSWORD.valueFrom.secretKeyRef).toEqual({ name: 'datalens-postgres', key: 'password' });
    });

    it('serves TLS with a certificate of the internal CA', () => {
      expect(pod.containers[0].args.slice(4)).toEqual([
        '-c', 'ssl=on', '-c', 'ssl_cert_file=/etc/postgresql/tls/tls.crt', '-c', 'ssl_key_file=/etc/postgresql/tls/tls.key', '-c', 'ssl_min_protocol_version=TLSv1.2',
      ]);
    });

    it('gives the API a DATABASE_URL from its Secret that verifies the server', () => {
      const env = envOf(find(rendered, 'Deployment', 'datalens-api'));
      expect(env.DATABASE_URL.valueFrom.secretKeyRef).toEqual({ name: 'datalens-postgres', key: 'url' });
      expect(find(rendered, 'Secret', 'datalens-postgres').stringData.url).toBe(
        'postgres://datalens:dev-only-postgres-password@datalens-postgres.datalens-test.svc.cluster.local:5432/datalens?sslmode=verify-full&sslrootcert=/etc/datalens/trust/internal-ca.crt',
      );
    });

    it('has the exporter serve HTTPS with the server certificate, verified by Prometheus against the internal CA', () => {
      const exporter = pod.containers[1];
      expect(exporter.args).toEqual(['--web.config.file=/etc/postgres-exporter/web-config.yml']);
      const web = find(rendered, 'ConfigMap', 'datalens-postgres-exporter').data['web-config.yml'];
      expect(web).toContain('cert_file: /etc/postgres-exporter/tls/tls.crt');
      expect(web).not.toContain('client_ca_file');
      expect(pod.volumes.find((v: any) => v.name === 'exporter-config').projected.sources[1].secret.name).toBe('datalens-postgres-tls');
      expect(exporter.readinessProbe.httpGet.scheme).toBe('HTTPS');
      expect(find(rendered, 'ServiceMonitor', 'datalens-postgres').spec.endpoints[0]).toMatchObject({ scheme: 'https', tlsConfig: { ca: { secret: { name: 'datalens-postgres-tls', key: 'ca.crt' } } } });
    });

    it('speaks plain text only where dev opted out of internal TLS', () => {
      const plain = render({ internalTls: { enabled: false }, data: { postgres: { mode: 'statefulset' } } });
      expect(find(plain, 'StatefulSet', 'datalens-postgres').spec.template.spec.containers[0].args).not.toContain('ssl=on');
      expect(find(plain, 'Secret', 'datalens-postgres').stringData.url).toMatch(/\?sslmode=disable$/);
      expect(find(plain, 'StatefulSet', 'datalens-postgres').spec.template.spec.containers[1].args).toBeUndefined();
      expect(find(plain, 'ServiceMonitor', 'datalens-postgres').spec.endpoints[0].scheme).toBeUndefined();
    });
  });

  describe('cloudnative-pg mode', () => {
    const rendered = render({}, PROD_BASE);
    const cluster = find(rendered, 'Cluster', 'datalens-postgres');

    it('runs 3 instances spread over nodes and zones with a separate WAL volume', () => {
      expect(cluster.spec.instances).toBe(3);
      expect(cluster.spec.affinity).toMatchObject({ enablePodAntiAffinity: true, podAntiAffinityType: 'required', topologyKey: 'kubernetes.io/hostname' });
      expect(cluster.spec.topologySpreadConstraints.map((c: any) => c.topologyKey)).toEqual(['kubernetes.io/hostname', 'topology.kubernetes.io/zone']);
      expect(cluster.spec.walStorage).toEqual({ size: '5Gi' });
    });

    it('archives WAL through the Barman Cloud plugin to an S3 ObjectStore in the region', () => {
      // the archive folder is the environment's name, so a copied environment never shares it
      expect(cluster.spec.plugins).toEqual([
        { name: 'barman-cloud.cloudnative-pg.io', isWALArchiver: true, parameters: { barmanObjectName: 'datalens-postgres-backup', serverName: 'test' } },
      ]);
      const store = find(rendered, 'ObjectStore', 'datalens-postgres-backup');
      expect(store.spec).toMatchObject({
        retentionPolicy: '30d',
        configuration: { destinationPath: 's3://backups/pg', endpointURL: 'https://s3.ap-south-1.amazonaws.com', s3Credentials: { inheritFromIAMRole: true } },
      });
      expect(cluster.spec.serviceAccountTemplate.metadata.annotations['eks.amazonaws.com/role-arn']).toBe('arn:aws:iam::123456789012:role/pg');
    });

    it('archives under an explicit serverName when one is set (a restored or re-created cluster)', () => {
      const restored = render({ data: { postgres: { backup: { serverName: 'test-2' } } } }, PROD_BASE);
      expect(find(restored, 'Cluster', 'datalens-postgres').spec.plugins[0].parameters.serverName).toBe('test-2');
    });

    it('lets the operator label its own pods: only our part-of label is inherited', () => {
      expect(cluster.spec.inheritedMetadata).toEqual({ labels: { 'app.kubernetes.io/part-of': 'datalens' } });
      const pooler = find(rendered, 'Pooler', 'datalens-postgres-pooler');
      expect(pooler.spec.template.metadata.labels).toEqual({ 'app.kubernetes.io/part-of': 'datalens' });
    });

    it('selects instances and their job pods, never pooler pods, in policies, monitors and spread', () => {
      const notPooler = [{ key: 'cnpg.io/podRole', operator: 'NotIn', values: ['pooler'] }];
      expect(find(rendered, 'NetworkPolicy', 'datalens-postgres').spec.podSelector).toEqual({ matchLabels: { 'cnpg.io/cluster': 'datalens-postgres' }, matchExpressions: notPooler });
      expect(find(rendered, 'PodMonitor', 'datalens-postgres').spec.selector).toEqual({ matchLabels: { 'cnpg.io/cluster': 'datalens-postgres' }, matchExpressions: notPooler });
      expect(cluster.spec.topologySpreadConstraints[0].labelSelector).toEqual({ matchLabels: { 'cnpg.io/cluster': 'datalens-postgres', 'cnpg.io/podRole': 'instance' } });
      expect(find(rendered, 'NetworkPolicy', 'datalens-postgres-pooler').spec.podSelector).toEqual({ matchLabels: { 'cnpg.io/poolerName': 'datalens-postgres-pooler' } });
    });

    it("lets instances and poolers reach the API server by the kubernetes Service's address and by its endpoints", () => {
      for (const policy of ['datalens-postgres', 'datalens-postgres-pooler']) {
        const egress = find(rendered, 'NetworkPolicy', policy).spec.egress;
        expect(egress).toContainEqual({ to: [{ ipBlock: { cidr: '172.20.0.1/32' } }], ports: [{ protocol: 'TCP', port: 443 }] });
        expect(egress).toContainEqual({ to: [{ ipBlock: { cidr: '10.0.0.0/28' } }], ports: [{ protocol: 'TCP', port: 443 }] });
      }
    });

    it('alerts when WAL archiving fails or falls behind', () => {
      const rules = find(rendered, 'PrometheusRule', 'datalens-postgres').spec.groups.flatMap((g: any) => g.rules);
      const failing = rules.find((r: any) => r.alert === 'DatalensPostgresWalArchivingFailing');
      expect(failing.expr).toContain('cnpg_pg_stat_archiver_last_failed_time');
      expect(failing.labels.severity).toBe('critical');
      expect(rules.find((r: any) => r.alert === 'DatalensPostgresWalArchiveTooOld').expr).toMatch(/seconds_since_last_archival.* > 900 and .*wal_archive_status.*value="ready"/);
    });

    it('takes a daily backup through the plugin', () => {
      expect(find(rendered, 'ScheduledBackup', 'datalens-postgres-daily').spec).toMatchObject({
        schedule: '0 0 2 * * *',
        cluster: { name: 'datalens-postgres' },
        method: 'plugin',
        pluginConfiguration: { name: 'barman-cloud.cloudnative-pg.io' },
      });
    });

    it('puts a PgBouncer pooler in front and monitors both with PodMonitors', () => {
      expect(find(rendered, 'Pooler', 'datalens-postgres-pooler').spec).toMatchObject({ cluster: { name: 'datalens-postgres' }, type: 'rw', instances: 2 });
      expect(kinds(rendered, 'PodMonitor').map((m) => m.metadata.name).sort()).toEqual(['datalens-postgres', 'datalens-postgres-pooler']);
    });

    it("serves the instances' and the pooler's metrics over TLS with the cluster's server certificate, which Prometheus verifies", () => {
      expect(find(rendered, 'Cluster', 'datalens-postgres').spec.monitoring).toEqual({ tls: { enabled: true } });
      const pooler = find(rendered, 'Pooler', 'datalens-postgres-pooler');
      expect(pooler.spec.monitoring).toEqual({ tls: { enabled: true } });
      // no clientTLSSecret: PgBouncer serves the cluster's server certificate, which names the pooler's Service
      expect(pooler.spec.pgbouncer.clientTLSSecret).toBeUndefined();
      expect(find(rendered, 'Cluster', 'datalens-postgres').spec.certificates.serverAltDNSNames).toContain('datalens-postgres-pooler');
      const ca = { secret: { name: 'datalens-postgres-ca', key: 'ca.crt' } };
      expect(find(rendered, 'PodMonitor', 'datalens-postgres').spec.podMetricsEndpoints[0]).toMatchObject({ scheme: 'https', tlsConfig: { ca, serverName: 'datalens-postgres-rw' } });
      expect(find(rendered, 'PodMonitor', 'datalens-postgres-pooler').spec.podMetricsEndpoints[0]).toMatchObject({ scheme: 'https', tlsConfig: { ca, serverName: 'datalens-postgres-pooler' } });
      // never insecureSkipVerify, which the operator's own PodMonitor sets
      expect(JSON.stringify(kinds(rendered, 'PodMonitor'))).not.toContain('insecureSkipVerify');
    });

    it('synthesises no password: no Secret for the database at all', () => {
      expect(kinds(rendered, 'Secret')).toEqual([]);
      expect(kinds(rendered, 'ExternalSecret').map((e) => e.metadata.name)).not.toContain('datalens-postgres');
    });
  });

  describe('external mode', () => {
    const rendered = render({ data: { postgres: { mode: 'external', host: 'db.example.com', cidr: '10.9.0.0/16', urlSecret: { remoteKey: 'db-url' } } } }, PROD_BASE);

    it('reads DATABASE_URL from the secret store and opens egress to the database range only', () => {
      expect(find(rendered, 'ExternalSecret', 'datalens-postgres-url').spec.data).toEqual([{ secretKey: 'url', remoteRef: { key: 'datalens/test/db-url', property: 'url' } }]);
      const policy = find(rendered, 'NetworkPolicy', 'datalens-api');
      expect(policy.spec.egress).toContainEqual({ to: [{ ipBlock: { cidr: '10.9.0.0/16' } }], ports: [{ protocol: 'TCP', port: 5432 }] });
      expect(kinds(rendered, 'Cluster')).toEqual([]);
    });
  });
});
