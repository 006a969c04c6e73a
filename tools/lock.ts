/**
 * `npm run lock`: records the identities of the stateful and immutable objects of every
 * environment in identity.lock.json. Run it only for a deliberate change of identity (a planned
 * migration); CI fails while the lock and a fresh synth disagree.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCK_FILE, lockOf, serializeLock } from '../synth/identity';
import { layoutOf, renderAll } from '../synth/synthesize';

writeFileSync(join(process.cwd(), LOCK_FILE), serializeLock(lockOf(renderAll(layoutOf(process.cwd())))));
console.log(`${LOCK_FILE} updated; review and commit it with the change that needs it`);
