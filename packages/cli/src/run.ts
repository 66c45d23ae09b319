import { type CliIo, EXIT } from './cli-io.js';
import type { Command } from './command.js';
import { EXIT_CODES_HELP } from './command.js';
import { auditCommand } from './commands/audit-command.js';
import { benchCommand } from './commands/bench-command.js';
import { checkCommand } from './commands/check-command.js';
import { decideCommand } from './commands/decide-command.js';
import { evalCommand } from './commands/eval-command.js';
import { fmtCommand } from './commands/fmt-command.js';
import { mcpProxyCommand } from './commands/mcp-proxy-command.js';
import { serveCommand } from './commands/serve-command.js';
import { testCommand } from './commands/test-command.js';
import { parseCommandArgs } from './parse-command-args.js';
import { UsageError } from './usage-error.js';

const COMMANDS: Readonly<Record<string, Command>> = {
  eval: evalCommand,
  decide: decideCommand,
  test: testCommand,
  check: checkCommand,
  fmt: fmtCommand,
  bench: benchCommand,
  audit: auditCommand,
  serve: serveCommand,
  'mcp-proxy': mcpProxyCommand,
};

const HELP = `Usage: kitelogik <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, command]) => `  ${name.padEnd(11)}${command.summary}`)
  .join('\n')}

Run 'kitelogik <command> --help' for a command's options.

${EXIT_CODES_HELP}`;

/**
 * Runs the `kitelogik` command line in-process: `argv` without the node and script paths,
 * output through `io`. Resolves to the exit code (0 ok, 1 failure, 2 usage error); it never
 * calls `process.exit`, so tests and embedders can call it directly.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr(HELP);
    return EXIT.usage;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout(HELP);
    return EXIT.ok;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (command === undefined) {
    io.stderr(`kitelogik: unknown command ${JSON.stringify(name)}\n\n${HELP}`);
    return EXIT.usage;
  }
  try {
    const args = parseCommandArgs(rest, command.options);
    if (args.values.help === true) {
      io.stdout(command.help);
      return EXIT.ok;
    }
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`kitelogik ${name}: ${error.message}\nRun 'kitelogik ${name} --help' for usage.\n`);
      return EXIT.usage;
    }
    io.stderr(`kitelogik ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.failure;
  }
}
