import { readFile, writeFile } from 'node:fs/promises';
import { EXIT } from '../cli-io.js';
import { type Command, EXIT_CODES_HELP } from '../command.js';
import { formatSource } from '../fmt/format-source.js';
import { lineDiff } from '../fmt/line-diff.js';
import { formatRegoError } from '../format-rego-error.js';
import { listRegoFiles } from '../load/list-rego-files.js';
import { UsageError } from '../usage-error.js';

/** `kitelogik fmt`: print, check, diff or rewrite modules in the canonical style. */
export const fmtCommand: Command = {
  summary: 'Format Rego modules in the canonical style',
  options: {
    check: { type: 'boolean' },
    write: { type: 'boolean', short: 'w' },
    diff: { type: 'boolean' },
  },
  help: `Usage: kitelogik fmt [--check | --write | --diff] <path>...

Formats every .rego file under the paths in OPA's canonical style: tab indentation, sorted
imports, one blank line between rules (adjacent one-line rules stay together), \`if\` bodies
one expression per line (a single expression on the head's line stays inline), collections
and calls broken over lines where the source broke them (one source line per line, trailing
commas), nested infix operations parenthesised. Comments (METADATA blocks included) are kept
before the statement that follows them; trailing comments stay at the end of their line.
Every result is parsed again and must give the same AST as the original, or the file is
left alone and reported as an error.

Options:
      --check   print the files that are not formatted; exit 1 if there are any
  -w, --write   rewrite the files that are not formatted, printing their names
      --diff    print a unified diff for each file that is not formatted; exit 1 if any
  (none)        print the formatted text of every file to stdout

${EXIT_CODES_HELP}`,
  async run(args, io) {
    const modes = ['check', 'write', 'diff'].filter((mode) => args.values[mode] === true);
    if (modes.length > 1) throw new UsageError('use only one of --check, --write and --diff');
    if (args.positionals.length === 0) throw new UsageError('fmt needs at least one path');
    const [mode = 'print'] = modes;
    const cwd = io.cwd ?? process.cwd();
    let failed = false;
    let changed = 0;
    let files: Awaited<ReturnType<typeof listRegoFiles>>;
    try {
      files = await listRegoFiles(args.positionals, cwd);
    } catch (error) {
      io.stderr(`${formatRegoError(error)}\n`);
      return EXIT.failure;
    }
    for (const file of files) {
      const source = await readFile(file.absolute, 'utf8');
      let formatted: string;
      try {
        formatted = formatSource(source, file.shown);
      } catch (error) {
        io.stderr(`${formatRegoError(error)}\n`);
        failed = true;
        continue;
      }
      if (mode === 'print') {
        io.stdout(formatted);
        continue;
      }
      if (formatted === source) continue;
      changed++;
      if (mode === 'check') io.stdout(`${file.shown}\n`);
      else if (mode === 'diff') io.stdout(lineDiff(source, formatted, file.shown));
      else {
        await writeFile(file.absolute, formatted);
        io.stdout(`${file.shown}\n`);
      }
    }
    if (failed || (mode !== 'print' && mode !== 'write' && changed > 0)) return EXIT.failure;
    return EXIT.ok;
  },
};
