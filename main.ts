/**
 * Entry point of `npm run synth` and `npx cdk8s synth`: synthesises every environment under
 * environments/ into dist/ and helm/. Exit 0 means every environment was validated and the output
 * on disk is exactly this run's; on bad input it prints each problem and exits 1, leaving the
 * output as it was (synth/cli.ts lists every exit code).
 */
import { synthCommand } from './synth/command';

process.exitCode = synthCommand(process.cwd(), process.argv.slice(2), { build: process.env.DATALENS_BUILD_KEY });
