import type { Construct } from 'constructs';
import type { ImageConfig, ResourcesConfig } from '../config/schema';
import { Component } from '../foundation/component';
import { trustOf } from '../foundation/internal-ca';
import { imageVersion } from '../foundation/pod-template';
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

/**
 * The schema migration as a Job with the API's image and settings, connected to PostgreSQL
 * directly (not through the transaction pooler, since migration tools hold session locks).
 * Argo CD runs it as a Sync hook after the database and before the API, on every sync.
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
