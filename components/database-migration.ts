import type { Construct } from 'constructs';
import type { ImageConfig, ResourcesConfig } from '../config/schema';
import { Component } from '../foundation/component';
import { trustOf } from '../foundation/trust-anchor';
import { imageVersion, type ContainerSpec } from '../foundation/pod-template';
import { alertName, observe } from '../foundation/telemetry';
import { syncHookJob } from '../foundation/workload-parts';
import type * as k8s from '../imports/k8s';
import type { Postgres } from './postgres';

export interface DatabaseMigrationProps {
  /** Name of the API the migration belongs to; the Job is `<apiName>-migrate`. */
  readonly apiName: string;
  /** The API image, which ships the SQL migrations under /migrations. */
  readonly image: ImageConfig;
  /** The migrate command. */
  readonly command: readonly string[];
  /** The API's settings, so the migration sees the same configuration. */
  readonly envFrom: readonly k8s.EnvFromSource[];
  readonly postgres: Postgres;
  readonly resources: ResourcesConfig;
  /** User id of the API image. */
  readonly uid: number;
}

/** Requests and limits of the container that waits for the database (pg_isready in a loop). */
const WAIT_RESOURCES = { cpuRequest: '10m', memoryRequest: '16Mi', memoryLimit: '64Mi' };

/**
 * The schema migration as a Job with the API's image and settings, connected to PostgreSQL
 * directly (not through the transaction pooler, since migration tools hold session locks).
 * Argo CD runs it as a Sync hook after the database and before the API, on every sync; Helm after
 * the first install and before every upgrade. A database in the cluster may not accept connections
 * yet when Helm starts the Job (Argo CD's waves have waited for it), so the Job first waits for it
 * with pg_isready from the database's own image.
 */
export class DatabaseMigration extends Component {
  constructor(scope: Construct, id: string, props: DatabaseMigrationProps) {
    super(scope, id, { name: `${props.apiName}-migrate`, role: 'database-migration', version: imageVersion(props.image) });
    const database = this.connectTo(props.postgres.direct);
    const trust = trustOf([database]);
    syncHookJob(this, {
      // a failing migration should stop the sync quickly, not retry for minutes
      backoffLimit: 2,
      activeDeadlineSeconds: 1800,
      uid: props.uid,
      initContainers: this.waitForDatabase(database.env, trust.volumeMounts),
      containers: [
        {
          name: 'migrate',
          image: props.image,
          command: [...props.command],
          envFrom: props.envFrom,
          env: database.env,
          resources: props.resources,
          writablePaths: { tmp: '/tmp' },
          volumeMounts: trust.volumeMounts,
        },
      ],
      volumes: trust.volumes,
    });
    this.observeMigration();
  }

  private waitForDatabase(env: readonly k8s.EnvVar[], volumeMounts: readonly k8s.VolumeMount[]): ContainerSpec[] {
    const postgres = this.environment.config.data.postgres;
    if (postgres.mode === 'external') return [];
    return [
      {
        name: 'wait-for-database',
        image: postgres.image,
        command: ['/bin/sh', '-c', 'until pg_isready --dbname="$DATABASE_URL" --timeout=5; do echo "waiting for PostgreSQL"; sleep 5; done'],
        env,
        resources: WAIT_RESOURCES,
        // DATABASE_URL verifies the server against the mounted CA, here as in the migration
        volumeMounts,
      },
    ];
  }

  private observeMigration(): void {
    observe(this, {
      title: 'Database migration',
      rules: [
        {
          alert: `${alertName(this)}Failed`,
          // the Job's Failed condition, not its failed pods: a retry that then succeeds is no failure
          expr: `kube_job_failed{namespace="${this.metadata().namespace}",job_name="${this.name}",condition="true"} == 1`,
          for: '1m',
          severity: 'critical',
          summary: 'The database migration failed; the sync stopped before the new API',
          runbook: 'Read the Job logs (kubectl logs job/datalens-api-migrate). Fix the migration or the data, then sync again; the Job reruns on every sync.',
        },
      ],
      panels: [],
    });
  }
}
