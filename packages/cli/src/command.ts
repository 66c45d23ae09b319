import type { ParseArgsConfig } from 'node:util';
import type { CliIo } from './cli-io.js';
import type { CommandArgs } from './parse-command-args.js';

/** One `kitelogik` subcommand. */
export interface Command {
  /** One line for the command list. */
  readonly summary: string;
  /** The full `--help` text. */
  readonly help: string;
  /** Its flags, for `node:util` `parseArgs`. */
  readonly options: NonNullable<ParseArgsConfig['options']>;
  /** Runs the command; resolves to the exit code. Throws UsageError for usage mistakes. */
  run(args: CommandArgs, io: CliIo): Promise<number>;
}

/** The exit-code paragraph every `--help` ends with. */
export const EXIT_CODES_HELP: string = `Exit codes:
  0  success
  1  failure (errors, failing tests, files to format, a broken audit log)
  2  usage error (unknown flag, missing argument)
`;
