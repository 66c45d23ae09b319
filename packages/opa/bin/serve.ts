// A tiny `kitelogik serve` for tests and the load test, run from source:
//   node --import ./bin/resolve-ts.ts bin/serve.ts --policies <dir|bundle> [--addr 127.0.0.1:8181]
//     [--decision-log file.jsonl] [--max-body-bytes n] [--max-concurrency n]
// It prints one line `listening <url>` on stdout once the server accepts requests, reloads on
// SIGHUP, and closes cleanly on SIGTERM / SIGINT. The real command lives in the kitelogik CLI.
import { parseArgs } from 'node:util';
import { createDecisionServer } from '../src/server/create-decision-server.js';

const { values } = parseArgs({
  options: {
    policies: { type: 'string' },
    addr: { type: 'string', default: '127.0.0.1:8181' },
    'decision-log': { type: 'string' },
    'max-body-bytes': { type: 'string' },
    'max-concurrency': { type: 'string' },
    'eval-timeout-ms': { type: 'string' },
  },
});

if (values.policies === undefined) {
  process.stderr.write('usage: serve --policies <dir|bundle> [--addr host:port]\n');
  process.exit(2);
}

const numeric = (text: string | undefined): number | undefined =>
  text === undefined ? undefined : Number(text);
const maxBodyBytes = numeric(values['max-body-bytes']);
const maxConcurrency = numeric(values['max-concurrency']);
const evalTimeoutMs = numeric(values['eval-timeout-ms']);

try {
  const server = await createDecisionServer({
    policies: values.policies,
    addr: values.addr,
    ...(values['decision-log'] === undefined ? {} : { decisionLog: values['decision-log'] }),
    ...(maxBodyBytes === undefined ? {} : { maxBodyBytes }),
    ...(maxConcurrency === undefined ? {} : { maxConcurrency }),
    ...(evalTimeoutMs === undefined ? {} : { evalTimeoutMs }),
    onDecisionLogError: (error) => process.stderr.write(`decision log: ${error.message}\n`),
    onReload: (result) => {
      process.stderr.write(
        result.ok
          ? `reloaded ${result.digest}\n`
          : `reload failed, still serving the previous policy: ${String(result.error)}\n`,
      );
    },
  });
  process.stdout.write(`listening ${server.url}\n`);
  process.on('SIGHUP', () => void server.reload());
  const stop = (): void => {
    server.close().then(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
} catch (error) {
  process.stderr.write(`serve: ${String(error)}\n`);
  process.exit(1);
}
