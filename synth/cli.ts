import { EnvironmentError } from '../config/load';
import { LockError } from './lock';
import { describeFsError, OutputError } from './output';
import { SynthCheckError } from './synthesize';

/*
 * How the commands (npm run synth, diff, lock) end: exit 0 when they did their work; otherwise a
 * few lines on stderr, one per problem, never a stack trace, and an exit code that says which
 * kind of failure it was.
 */

export const EXIT = {
  /** Done: every environment was validated and the output written (or the report printed). */
  ok: 0,
  /** Refused: invalid input, bad arguments, output that cannot be written, another run holding the lock. */
  refused: 1,
  /** `npm run diff -- --fail-on-risk` found a risky change. */
  risky: 2,
  /** A bug of this program (EX_SOFTWARE); the message says how to see the stack. */
  internal: 70,
} as const;

/** Arguments the command does not know; refused rather than ignored, so a typo never goes unnoticed. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly usage: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface Streams {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

export const processStreams: Streams = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
};

export interface CommandOptions {
  /** What a failure left as it was, said after its problems (dist/ and helm/ were left unchanged.). */
  readonly unchanged: string;
  readonly streams?: Streams;
}

/** Runs a command; whatever it throws ends as lines on stderr and an exit code. */
export function runCommand(body: (streams: Streams) => number, options: CommandOptions): number {
  const streams = options.streams ?? processStreams;
  try {
    return body(streams);
  } catch (error) {
    const { lines, code } = describeFailure(error, options.unchanged);
    streams.err(`${lines.join('\n')}\n`);
    return code;
  }
}

function describeFailure(error: unknown, unchanged: string): { lines: string[]; code: number } {
  if (error instanceof EnvironmentError || error instanceof SynthCheckError) return { lines: [error.message, unchanged], code: EXIT.refused };
  if (error instanceof OutputError)
    return { lines: ['could not write the output:', ...error.problems.map((p) => `  ${p}`), error.unchanged ? unchanged : 'The next npm run synth completes the switch.'], code: EXIT.refused };
  if (error instanceof LockError) return { lines: [error.message, unchanged], code: EXIT.refused };
  if (error instanceof UsageError) return { lines: [error.message, `usage: ${error.usage}`], code: EXIT.refused };
  const errno = error as NodeJS.ErrnoException;
  if (errno && typeof errno.code === 'string' && errno.syscall)
    return { lines: [`${errno.path ?? errno.syscall}: ${describeFsError(error)}`, unchanged], code: EXIT.refused };
  const message = error instanceof Error ? error.message : String(error);
  const lines = [`internal error: ${message.split('\n')[0].slice(0, 300)}`, 'This is a bug of datalens-k8s: please report it with the input that caused it (DATALENS_DEBUG=1 prints where it happened).', unchanged];
  if (process.env.DATALENS_DEBUG && error instanceof Error && error.stack) lines.push(error.stack);
  return { lines, code: EXIT.internal };
}
