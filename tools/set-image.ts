/**
 * `npm run set-image -- <env> <component> <tag|digest|tag@digest>`: pins one image of
 * environments/<env>.yaml and changes no other byte of the file (for CI and Renovate). An
 * environment that inherits the image through `extends:` gets it in its own file. Exits 1 with
 * one line per problem, and the file untouched, on a bad argument or file; 0 otherwise. Run
 * `npm run synth` afterwards to regenerate dist/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ImageEditError, IMAGE_COMPONENTS, parseImageReference, setImage } from '../config/image-edit';
import { EXIT, runCommand, UsageError } from '../synth/cli';
import { writeFileAtomically } from '../synth/output';

const USAGE = 'npm run set-image -- <environment> <component> <tag | sha256:digest | tag@sha256:digest>';
const HELP = `${USAGE}

Pins the image of <component> (${IMAGE_COMPONENTS.join(', ')}) in environments/<environment>.yaml and
leaves every other byte of the file as it was: comments, quotes, flow mappings, blank lines.
  <tag>               sets images.<component>.tag and removes a digest (which would still pin the old image)
  sha256:<hex>        sets images.<component>.digest and removes a tag
  <tag>@sha256:<hex>  sets both
An environment that inherits the image through extends: gets the value in its own file, so the
environment it extends does not change. Then run npm run synth.
Exit 0: the file holds the new value; 1: a bad argument or file, named in one line, file untouched.
`;

/** An environment file's name is a DNS label; anything else (a path, a dot) names no file of the folder. */
const ENVIRONMENT_NAME = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;

function readEnvironment(folder: string, name: string): string | undefined {
  if (!ENVIRONMENT_NAME.test(name)) return undefined;
  try {
    return readFileSync(join(folder, `${name}.yaml`), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

process.exitCode = runCommand(
  (streams) => {
    const args = process.argv.slice(2);
    if (args.includes('--help') || args.includes('-h')) {
      streams.out(HELP);
      return EXIT.ok;
    }
    const option = args.find((a) => a.startsWith('-'));
    if (option) throw new UsageError(`unknown option ${JSON.stringify(option.slice(0, 60))}: expected --help or the three arguments`, USAGE);
    if (args.length !== 3) throw new UsageError(`expected 3 arguments (environment, component, tag or digest), got ${args.length}`, USAGE);
    const [environment, component, reference] = args;
    const folder = join(process.cwd(), 'environments');
    try {
      const text = setImage(environment, component, parseImageReference(reference), (name) => readEnvironment(folder, name));
      const file = join('environments', `${environment}.yaml`);
      if (text === readEnvironment(folder, environment)) streams.out(`${file}: images.${component} is already ${reference}; nothing changed\n`);
      else {
        writeFileAtomically(join(folder, `${environment}.yaml`), text);
        streams.out(`${file}: images.${component} set to ${reference}; run npm run synth\n`);
      }
      return EXIT.ok;
    } catch (error) {
      if (!(error instanceof ImageEditError)) throw error;
      streams.err(`${error.message}\nenvironments/ was left unchanged.\n`);
      return EXIT.refused;
    }
  },
  { unchanged: 'environments/ was left unchanged.' },
);
