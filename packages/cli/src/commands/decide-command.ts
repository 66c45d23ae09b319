import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  type AuditSink,
  createGovernor,
  createJsonlAuditSink,
  createMemoryAuditSink,
  createPolicyBundle,
  createRegoEngine,
} from '@kitelogik/core';
import { RegoError } from '@kitelogik/rego';
import { EXIT } from '../cli-io.js';
import { type Command, EXIT_CODES_HELP } from '../command.js';
import { formatRegoError } from '../format-rego-error.js';
import { jsonText } from '../json-text.js';
import { loadPolicies } from '../load/load-policies.js';
import { readJsonFile } from '../load/read-json-file.js';
import { integerFlag, stringFlag, stringsFlag } from '../parse-command-args.js';
import { UsageError } from '../usage-error.js';

async function readEvents(path: string, cwd: string): Promise<unknown[]> {
  const text = await readFile(resolve(cwd, path), 'utf8').catch(() => {
    throw new Error(`${path}: cannot read file`);
  });
  return text
    .split('\n')
    .map((line, index) => ({ line: line.trim(), index }))
    .filter(({ line }) => line !== '')
    .map(({ line, index }) => {
      try {
        return JSON.parse(line) as unknown;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw new Error(`${path}:${index + 1}: invalid JSON: ${message}`);
      }
    });
}

/** `kitelogik decide`: run contract events through the full governor. */
export const decideCommand: Command = {
  summary: 'Decide contract events with the governor',
  options: {
    data: { type: 'string', short: 'd', multiple: true },
    event: { type: 'string', short: 'e' },
    events: { type: 'string' },
    audit: { type: 'string' },
    entrypoint: { type: 'string' },
    deadline: { type: 'string' },
  },
  help: `Usage: kitelogik decide -d <path>... (--event event.json | --events events.jsonl)
                        [--audit audit.jsonl] [--entrypoint data.x.y] [--deadline ms]

Runs each contract event through the governor (createGovernor with the embedded Rego engine
and the policy bundle from -d): validation, evaluation under the deadline, normalisation and
an audit record per decision. Prints one decision JSON per line. A decision is a value: a
deny still exits 0.

Options:
  -d, --data <path>       policy or data path (repeatable; *_test.rego files are skipped)
  -e, --event <file>      one event (JSON)
      --events <file>     many events, one JSON object per line
      --audit <file>      append the audit records to this JSONL log (default: in memory)
      --entrypoint <ref>  default data.kitelogik.main.decision
      --deadline <ms>     evaluation deadline per decision (default 50)

${EXIT_CODES_HELP}`,
  async run(args, io) {
    const eventPath = stringFlag(args, 'event');
    const eventsPath = stringFlag(args, 'events');
    if ((eventPath === undefined) === (eventsPath === undefined)) {
      throw new UsageError('decide needs exactly one of --event and --events');
    }
    const dataPaths = stringsFlag(args, 'data');
    if (dataPaths.length === 0) throw new UsageError('decide needs the policies: -d <path>');
    if (args.positionals.length > 0) throw new UsageError('decide takes no positional arguments');
    const deadlineMs = integerFlag(args, 'deadline', 50);
    const entrypoint = stringFlag(args, 'entrypoint');
    const auditPath = stringFlag(args, 'audit');
    const cwd = io.cwd ?? process.cwd();
    let audit: AuditSink | undefined;
    try {
      const loaded = await loadPolicies(dataPaths, { includeTests: false, cwd });
      const events =
        eventPath === undefined
          ? await readEvents(eventsPath as string, cwd)
          : [await readJsonFile(eventPath, cwd)];
      const prepared = await createRegoEngine().prepare(
        createPolicyBundle({ modules: loaded.modules, data: loaded.data }),
      );
      audit =
        auditPath === undefined
          ? createMemoryAuditSink()
          : await createJsonlAuditSink({ path: resolve(cwd, auditPath) });
      const governor = createGovernor({
        prepared,
        audit,
        deadlineMs,
        ...(entrypoint === undefined ? {} : { entrypoint }),
      });
      for (const event of events) {
        const outcome = await governor.decideEvent(event);
        io.stdout(`${jsonText(outcome.decision)}\n`);
      }
      return EXIT.ok;
    } catch (error) {
      // A bundle that does not compile arrives as a PolicyConfigError caused by the RegoError.
      const cause = (error as { cause?: unknown } | null)?.cause;
      io.stderr(`${formatRegoError(RegoError.isInstance(cause) ? cause : error)}\n`);
      return EXIT.failure;
    } finally {
      await audit?.close();
    }
  },
};
