import { readFile } from 'node:fs/promises';
import { compile, parseModule } from '@kitelogik/rego';
import { EXIT } from '../cli-io.js';
import { type Command, EXIT_CODES_HELP } from '../command.js';
import { formatRegoError } from '../format-rego-error.js';
import { listRegoFiles } from '../load/list-rego-files.js';
import { UsageError } from '../usage-error.js';

/** `kitelogik check`: parse and compile modules, reporting every error with its location. */
export const checkCommand: Command = {
  summary: 'Parse and compile Rego modules',
  options: {},
  help: `Usage: kitelogik check <path>...

Parses every .rego file under the paths (test files included), then compiles them together.
Errors are printed as file:row:col: code: message, parse errors with a caret snippet.

${EXIT_CODES_HELP}`,
  async run(args, io) {
    if (args.positionals.length === 0) throw new UsageError('check needs at least one path');
    const cwd = io.cwd ?? process.cwd();
    let files: Awaited<ReturnType<typeof listRegoFiles>>;
    try {
      files = await listRegoFiles(args.positionals, cwd);
    } catch (error) {
      io.stderr(`${formatRegoError(error)}\n`);
      return EXIT.failure;
    }
    const modules: { path: string; source: string }[] = [];
    const errors: string[] = [];
    for (const file of files) {
      const source = await readFile(file.absolute, 'utf8');
      try {
        parseModule(source, file.shown);
        modules.push({ path: file.shown, source });
      } catch (error) {
        errors.push(formatRegoError(error));
      }
    }
    if (errors.length === 0 && modules.length > 0) {
      try {
        compile({ modules });
      } catch (error) {
        errors.push(formatRegoError(error));
      }
    }
    if (errors.length > 0) {
      io.stderr(`${errors.join('\n')}\n`);
      return EXIT.failure;
    }
    return EXIT.ok;
  },
};
