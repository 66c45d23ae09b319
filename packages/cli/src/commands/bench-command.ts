import { compile } from '@kitelogik/rego';
import { EXIT } from '../cli-io.js';
import { type Command, EXIT_CODES_HELP } from '../command.js';
import { formatRegoError } from '../format-rego-error.js';
import { jsonText } from '../json-text.js';
import { loadPolicies } from '../load/load-policies.js';
import { readJsonFile } from '../load/read-json-file.js';
import { integerFlag, stringFlag, stringsFlag } from '../parse-command-args.js';
import { UsageError } from '../usage-error.js';

/** A query that is a plain data reference, evaluated through the `evaluate` fast path. */
const DATA_REF = /^data(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

/** The figures one benchmark run produced. */
interface BenchResult {
  readonly samples: number;
  readonly median_ns: number;
  readonly p90_ns: number;
  readonly p99_ns: number;
  readonly mean_ns: number;
  readonly ops_per_s: number;
  /** Approximate: the median heap growth per operation over batches without a GC. */
  readonly heap_bytes_per_op_approx: number;
}

function percentile(sorted: readonly number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? 0;
}

const HEAP_BATCH = 100;

function measure(fn: () => unknown, count: number): BenchResult {
  const warmup = Math.min(1000, Math.max(10, Math.floor(count / 10)));
  for (let i = 0; i < warmup; i++) fn();
  const samples = new Array<number>(count);
  // Heap growth per batch of operations; a batch during which the GC ran shows a drop and is
  // discarded, and the median of the remaining batches is the estimate.
  const batchDeltas: number[] = [];
  let heap = process.memoryUsage().heapUsed;
  for (let i = 0; i < count; i++) {
    const start = process.hrtime.bigint();
    fn();
    samples[i] = Number(process.hrtime.bigint() - start);
    if ((i + 1) % HEAP_BATCH === 0) {
      const now = process.memoryUsage().heapUsed;
      if (now >= heap) batchDeltas.push((now - heap) / HEAP_BATCH);
      heap = now;
    }
  }
  batchDeltas.sort((a, b) => a - b);
  const total = samples.reduce((a, b) => a + b, 0);
  samples.sort((a, b) => a - b);
  return {
    samples: count,
    median_ns: percentile(samples, 50),
    p90_ns: percentile(samples, 90),
    p99_ns: percentile(samples, 99),
    mean_ns: Math.round(total / count),
    ops_per_s: Math.round(count / (total / 1e9)),
    heap_bytes_per_op_approx: Math.round(percentile(batchDeltas, 50)),
  };
}

/** `kitelogik bench`: time a query like `opa bench`. */
export const benchCommand: Command = {
  summary: 'Benchmark a Rego query',
  options: {
    data: { type: 'string', short: 'd', multiple: true },
    input: { type: 'string', short: 'i' },
    count: { type: 'string', short: 'n' },
    format: { type: 'string', short: 'f' },
  },
  help: `Usage: kitelogik bench [-d <path>...] [-i input.json] [--count N] [--format text|json] <query>

Compiles the policies once, warms up (count/10 evaluations, 10 to 1000), then times N
evaluations of <query> one by one. A plain data reference (data.a.b) goes through the
prepared policy's evaluate() entrypoint path, as the governor calls it; any other query
through query(). Prints the median, p90 and p99 time per evaluation, the mean, operations
per second, and heap bytes allocated per operation: APPROXIMATE, the median heapUsed growth
per operation over batches of 100 during which no garbage collection freed memory (no
allocation counter is available in-process).

Options:
  -d, --data <path>     policy or data path (repeatable)
  -i, --input <file>    the input document (JSON)
  -n, --count <N>       timed evaluations (default 10000)
  -f, --format <fmt>    text (default) or json

${EXIT_CODES_HELP}`,
  async run(args, io) {
    const [query, ...extra] = args.positionals;
    if (query === undefined || extra.length > 0)
      throw new UsageError('bench needs exactly one query');
    const count = integerFlag(args, 'count', 10_000);
    const format = stringFlag(args, 'format') ?? 'text';
    if (format !== 'text' && format !== 'json') {
      throw new UsageError(`--format must be text or json, got ${JSON.stringify(format)}`);
    }
    const cwd = io.cwd ?? process.cwd();
    const inputPath = stringFlag(args, 'input');
    let result: BenchResult;
    let isDefined: boolean;
    try {
      const loaded = await loadPolicies(stringsFlag(args, 'data'), { includeTests: false, cwd });
      const input = inputPath === undefined ? undefined : await readJsonFile(inputPath, cwd);
      const policy = compile({ modules: loaded.modules, data: loaded.data });
      const options = input === undefined ? {} : { input };
      const fn = DATA_REF.test(query.trim())
        ? () => policy.evaluate(query, options)
        : () => policy.query(query, options);
      const first = fn();
      isDefined = Array.isArray(first) ? first.length > 0 : first !== undefined;
      result = measure(fn, count);
    } catch (error) {
      io.stderr(`${formatRegoError(error)}\n`);
      return EXIT.failure;
    }
    if (format === 'json') {
      io.stdout(`${jsonText({ query, defined: isDefined, ...result }, 2)}\n`);
      return EXIT.ok;
    }
    const us = (ns: number): string => `${(ns / 1000).toFixed(2)} µs`;
    const rows: [string, string][] = [
      ['query', query],
      ['result', isDefined ? 'defined' : 'undefined'],
      ['samples', String(result.samples)],
      ['median', `${result.median_ns} ns/op (${us(result.median_ns)})`],
      ['p90', `${result.p90_ns} ns/op (${us(result.p90_ns)})`],
      ['p99', `${result.p99_ns} ns/op (${us(result.p99_ns)})`],
      ['mean', `${result.mean_ns} ns/op`],
      ['throughput', `${result.ops_per_s} ops/s`],
      ['heap/op', `${result.heap_bytes_per_op_approx} B/op (approximate)`],
    ];
    const width = Math.max(...rows.map(([key]) => key.length));
    io.stdout(`${rows.map(([key, value]) => `${key.padEnd(width)}  ${value}`).join('\n')}\n`);
    return EXIT.ok;
  },
};
