import { resolve } from 'node:path';
import { verifyAuditLog } from '@kitelogik/core';
import { EXIT } from '../cli-io.js';
import { type Command, EXIT_CODES_HELP } from '../command.js';
import { stringFlag } from '../parse-command-args.js';
import { createStyle } from '../style.js';
import { UsageError } from '../usage-error.js';

/** `kitelogik audit verify`: check a tamper-evident audit log's hash chain. */
export const auditCommand: Command = {
  summary: 'Verify a tamper-evident audit log (audit verify)',
  options: {
    'key-env': { type: 'string' },
    open: { type: 'boolean' },
  },
  help: `Usage: kitelogik audit verify <audit.jsonl> [--key-env VAR] [--open]

Verifies the hash chain of an audit log written by the governor: every record's hash, the
chain of prev hashes, gap-free sequence numbers, checkpoints and (with a key) every record's
HMAC. Prints OK with the record count, or the first broken record (index, line, kind,
message). Without a key, a chain rewritten from the edit onward is not detectable.

Options:
      --key-env <VAR>   read the HMAC key from environment variable VAR and check MACs
      --open            the log is still being written: do not require a closing checkpoint

${EXIT_CODES_HELP}`,
  async run(args, io) {
    const [action, path, ...extra] = args.positionals;
    if (action !== 'verify')
      throw new UsageError('the audit command has one action: audit verify <file>');
    if (path === undefined || extra.length > 0) throw new UsageError('audit verify needs one file');
    const keyEnv = stringFlag(args, 'key-env');
    const key = keyEnv === undefined ? undefined : io.env?.[keyEnv];
    if (keyEnv !== undefined && (key === undefined || key === '')) {
      throw new UsageError(`--key-env: environment variable ${keyEnv} is not set`);
    }
    const style = createStyle(io);
    let result: Awaited<ReturnType<typeof verifyAuditLog>>;
    try {
      result = await verifyAuditLog({
        path: resolve(io.cwd ?? process.cwd(), path),
        ...(key === undefined ? {} : { hmacKey: key }),
        requireCheckpointAtEnd: args.values.open !== true,
      });
    } catch (error) {
      io.stderr(`${path}: ${error instanceof Error ? error.message : String(error)}\n`);
      return EXIT.failure;
    }
    if (result.ok) {
      const mac = key === undefined ? '' : ', MACs checked';
      io.stdout(
        `${style.green('OK')}: ${result.records.length} records verified${mac} (head ${result.head})\n`,
      );
      return EXIT.ok;
    }
    io.stdout(
      `${style.red('FAIL')}: record ${result.index} (line ${result.line}): ${result.kind}: ${result.message}\n`,
    );
    return EXIT.failure;
  },
};
