import { resolve } from 'node:path';
import { createDecisionServer, type DecisionServer } from '@kitelogik/opa';
import { EXIT } from '../cli-io.js';
import { type Command, EXIT_CODES_HELP } from '../command.js';
import { integerFlag, stringFlag } from '../parse-command-args.js';
import { UsageError } from '../usage-error.js';

/** `kitelogik serve`: an OPA-compatible decision server on the embedded engine. */
export const serveCommand: Command = {
  summary: "Serve policies over OPA's REST Data API",
  options: {
    policies: { type: 'string' },
    addr: { type: 'string' },
    'decision-log': { type: 'string' },
    'max-body-bytes': { type: 'string' },
    'max-concurrency': { type: 'string' },
  },
  help: `Usage: kitelogik serve --policies <dir|bundle> [--addr 127.0.0.1:8181]
                      [--decision-log decisions.jsonl] [--max-body-bytes 1048576]
                      [--max-concurrency 32]

An OPA-compatible REST server backed by the embedded engine: POST/GET /v1/data/{path} and
GET /health. The policy directory (or OPA bundle .tar.gz) is watched and reloaded; a policy that
does not compile leaves the previous one serving. SIGHUP reloads, SIGINT/SIGTERM stop.
A bare :port listens on 127.0.0.1.

${EXIT_CODES_HELP}`,
  async run(args, io) {
    const policies = stringFlag(args, 'policies');
    if (policies === undefined) throw new UsageError('serve needs --policies <dir|bundle>');
    const decisionLog = stringFlag(args, 'decision-log');
    const cwd = io.cwd ?? process.cwd();
    let server: DecisionServer;
    try {
      server = await createDecisionServer({
        policies: resolve(cwd, policies),
        addr: stringFlag(args, 'addr') ?? '127.0.0.1:8181',
        maxBodyBytes: integerFlag(args, 'max-body-bytes', 1024 * 1024),
        maxConcurrency: integerFlag(args, 'max-concurrency', 32),
        ...(decisionLog === undefined ? {} : { decisionLog: resolve(cwd, decisionLog) }),
        onReload: (result) =>
          io.stderr(
            result.ok
              ? `reloaded ${result.digest}\n`
              : `reload failed, still serving the previous policy: ${String(result.error)}\n`,
          ),
        onDecisionLogError: (error) => io.stderr(`decision log: ${error.message}\n`),
      });
    } catch (error) {
      io.stderr(`kitelogik serve: ${error instanceof Error ? error.message : String(error)}\n`);
      return EXIT.failure;
    }
    io.stdout(`listening ${server.url}\n`);
    const reload = (): void => void server.reload();
    process.on('SIGHUP', reload);
    await new Promise<void>((done) => {
      process.once('SIGINT', () => done());
      process.once('SIGTERM', () => done());
    });
    process.off('SIGHUP', reload);
    await server.close();
    return EXIT.ok;
  },
};
