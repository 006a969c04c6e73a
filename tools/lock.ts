/**
 * `npm run lock`: records the identities of the stateful and immutable objects of every
 * environment in identity.lock.json. Run it only for a deliberate change of identity (a planned
 * migration); CI fails while the lock and a fresh synth disagree. On invalid environments it
 * prints each problem, exits 1 and leaves the lock as it was.
 */
import { join } from 'node:path';
import { EXIT, runCommand, UsageError } from '../synth/cli';
import { LOCK_FILE, lockOf, serializeLock } from '../synth/identity';
import { writeFileAtomically } from '../synth/output';
import { layoutOf, renderAll } from '../synth/synthesize';

process.exitCode = runCommand(
  (streams) => {
    const args = process.argv.slice(2);
    if (args.length > 0) throw new UsageError(`unknown argument ${JSON.stringify(args[0].slice(0, 60))}: npm run lock takes none`, 'npm run lock');
    const lock = serializeLock(lockOf(renderAll(layoutOf(process.cwd()))));
    writeFileAtomically(join(process.cwd(), LOCK_FILE), lock);
    streams.out(`${LOCK_FILE} updated; review and commit it with the change that needs it\n`);
    return EXIT.ok;
  },
  { unchanged: `${LOCK_FILE} was left unchanged.` },
);
