import { z } from 'zod';
import { dnsLabel, imageTag, s3Path } from './fields';

/*
 * How a CloudNativePG cluster comes from its backups (data.postgres.recovery: a restore, a
 * point-in-time recovery, or a standby replica cluster in another region) and how the backups are
 * proven (data.postgres.restoreDrill). The Barman Cloud archive is the source of all three.
 */

/** RFC 3339 with an explicit offset: a recovery target without a time zone would be read in the server's. */
const TIMESTAMP = /^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:?[0-9]{2})$/;
/** A PostgreSQL LSN: two hexadecimal halves, such as 0/3000060. */
const LSN = /^[0-9A-Fa-f]{1,8}\/[0-9A-Fa-f]{1,8}$/;
/** A five-field cron schedule (Kubernetes CronJob), or a macro such as @weekly. */
const CRON = /^(@(yearly|annually|monthly|weekly|daily|midnight|hourly)|([^\x00-\x20\x7f]+[ \t]+){4}[^\x00-\x20\x7f]+)$/;

export const cronSchedule = z.string().regex(CRON, { message: 'expected a five-field cron schedule such as "30 4 * * 0", or @daily' });

export const recoverySchema = z
  .strictObject({
    serverName: dnsLabel('a server name')
      .describe("The archive to recover from: its folder under destinationPath, the serverName the old cluster archived to (its environment's name unless backup.serverName was set)"),
    destinationPath: s3Path
      .optional()
      .describe("Barman Cloud destination holding that archive; default backup.destinationPath. Read with this cluster's backup credentials"),
    region: z.string().min(1).optional().describe('AWS region of that bucket; default backup.region'),
    target: z
      .union([
        z.strictObject({ time: z.string().regex(TIMESTAMP, { message: 'expected an RFC 3339 time with its offset, such as 2026-11-20T09:14:00+05:30' }).describe('Replay up to this time') }),
        z.strictObject({ lsn: z.string().regex(LSN, { message: 'expected a PostgreSQL LSN such as 0/3000060' }).describe('Replay up to this WAL location') }),
      ])
      .optional()
      .describe('Where to stop (point-in-time recovery); omit to replay the whole archive, the latest state'),
    replica: z
      .boolean()
      .optional()
      .describe('true: stay a replica cluster, replaying the archive as it grows (a standby in another region, serving no application); false: promote it. Omit for a one-off restore'),
  })
  .describe('Create the cluster from Barman Cloud backups instead of an empty database: a restore, a point-in-time recovery, or a standby replica cluster');
export type RecoveryConfig = z.infer<typeof recoverySchema>;

/** A standby: its PostgreSQL a replica cluster of another region's, serving no application until promoted. */
export function isStandby(postgres: { readonly mode: string; readonly recovery?: RecoveryConfig }): boolean {
  return postgres.mode === 'cloudnative-pg' && postgres.recovery?.replica === true;
}

export const restoreDrillSchema = z
  .strictObject({
    schedule: cronSchedule.default('30 4 * * 0').describe('When the drill runs (CronJob schedule, UTC); default Sundays 04:30'),
    maxAgeDays: z.number().int().min(1).max(90).default(8).describe('Age of the last successful drill that alerts'),
    timeoutMinutes: z.number().int().min(10).max(1440).default(180).describe('Time the restore may take before the drill fails'),
    check: z
      .string()
      .min(1)
      .default("SELECT count(*) > 0 FROM information_schema.tables WHERE table_schema = 'public'")
      .describe("SQL run on the restored database; the drill passes when it returns true (t). Default: the application's schema is there"),
    image: z
      .strictObject({
        repository: z.string().min(1).describe('Image repository'),
        tag: imageTag.describe('Explicit version tag; `latest` is refused'),
      })
      .default({ repository: 'registry.k8s.io/kubectl', tag: 'v1.33.4' })
      .describe('Image with kubectl and a POSIX shell that runs the drill'),
  })
  .describe('A scheduled restore drill: the latest backup restored into a throwaway cluster, checked, reported, removed');
export type RestoreDrillConfig = z.infer<typeof restoreDrillSchema>;
