/**
 * Entry point of `npm run synth` and `npx cdk8s synth`: synthesises every environment under
 * environments/ into dist/ and helm/. Exit 0 means every environment was validated and the output
 * on disk is exactly this run's; on bad input it prints each problem and exits 1, leaving the
 * output as it was (synth/cli.ts lists every exit code).
 *
 * The cdk8s App and charts it composes (synth/render.ts), each environment in an App of its own
 * because one App holding many charts slows down quadratically:
 *
 * ```ts
 * for (const environment of loadEnvironments('environments')) {
 *   const app = new App();
 *   new DatalensChart(app, environment.name, { environment });
 *   app.synth();
 * }
 * ```
 *
 * and, per cluster, a `ClusterBootstrapChart` (the Argo CD AppProject, root Application and
 * Applications) and a `FluxBootstrapChart` for the GitOps tools the cluster file names. The synth
 * then writes the objects one component per file, with the Helm chart, the picture and the
 * runbooks, replacing dist/ and helm/ in one step. The constructs alone, in a chart of your own,
 * are exported by index.ts.
 */
import { z } from 'zod';
import { buildKeyOf, synthCommand } from './synth/command';

// a synth parses each data file once: zod's compiled parsers cost more to build than they save here
z.config({ jitless: true });

process.exitCode = synthCommand(process.cwd(), process.argv.slice(2), { build: buildKeyOf(process.env.DATALENS_BUILD_KEY, __filename) });
