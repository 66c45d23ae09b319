import { type Body, compile, parseQuery } from '@kitelogik/rego';
import { type CliIo, EXIT } from '../cli-io.js';
import { type Command, EXIT_CODES_HELP } from '../command.js';
import { formatRegoError } from '../format-rego-error.js';
import { jsonText } from '../json-text.js';
import { loadPolicies } from '../load/load-policies.js';
import { readJsonFile } from '../load/read-json-file.js';
import { stringFlag, stringsFlag } from '../parse-command-args.js';
import { UsageError } from '../usage-error.js';

/** The variable a single-term query's value is bound to, so it can be printed. */
const VALUE_VAR = 'kitelogik_eval_value';

/** Operators whose expression value OPA prints as `true` (comparisons, unification, `in`). */
const RELATIONS = new Set(['eq', 'assign', 'equal', 'neq', 'lt', 'lte', 'gt', 'gte']);

/**
 * A query of one term whose value OPA prints: a plain term (`data.a.b`, `[1, 2]`) or a function
 * call (`count(x)`), not a comparison or membership test.
 */
function isValueQuery(body: Body): boolean {
  const [only] = body;
  if (body.length !== 1 || only?.type !== 'term' || only.negated || only.with.length > 0) {
    return false;
  }
  const { term } = only;
  if (term.type !== 'call') return true;
  const { head, path } = term.operator;
  const name = head.type === 'var' ? head.name : '';
  return !(RELATIONS.has(name) && path.length === 0) && name !== 'internal';
}

interface QueryExpression {
  readonly value: unknown;
  readonly text: string;
  readonly location: { readonly row: number; readonly col: number };
}

interface QueryRow {
  readonly expressions: QueryExpression[];
  readonly bindings?: Record<string, unknown>;
}

/** `kitelogik eval`: evaluate a query against policies and data, printed like `opa eval`. */
export const evalCommand: Command = {
  summary: 'Evaluate a Rego query',
  options: {
    data: { type: 'string', short: 'd', multiple: true },
    input: { type: 'string', short: 'i' },
    format: { type: 'string', short: 'f' },
    fail: { type: 'boolean' },
  },
  help: `Usage: kitelogik eval [-d <path>...] [-i input.json] [--format json|pretty] [--fail] <query>

Evaluates <query> against the policies and data loaded with -d (a directory: every .rego
module except *_test.rego, plus data.json/data.yaml files; a .rego file; a .json file).

Options:
  -d, --data <path>     policy or data path (repeatable)
  -i, --input <file>    the input document (JSON)
  -f, --format <fmt>    json (default): {"result":[{"expressions":[{"value","text"}],"bindings"}]}
                        pretty: the value of a single-term query, or one binding object per line
      --fail            exit 1 when the query has no result

${EXIT_CODES_HELP}`,
  async run(args, io) {
    const [query, ...extra] = args.positionals;
    if (query === undefined || extra.length > 0)
      throw new UsageError('eval needs exactly one query');
    const format = stringFlag(args, 'format') ?? 'json';
    if (format !== 'json' && format !== 'pretty') {
      throw new UsageError(`--format must be json or pretty, got ${JSON.stringify(format)}`);
    }
    const cwd = io.cwd ?? process.cwd();
    const inputPath = stringFlag(args, 'input');
    let rows: QueryRow[];
    let isValue: boolean;
    try {
      const loaded = await loadPolicies(stringsFlag(args, 'data'), { includeTests: false, cwd });
      const input = inputPath === undefined ? undefined : await readJsonFile(inputPath, cwd);
      const body = parseQuery(query);
      isValue = isValueQuery(body);
      const policy = compile({ modules: loaded.modules, data: loaded.data });
      const options = input === undefined ? {} : { input };
      const text = isValue ? `${VALUE_VAR} := (${query})` : query;
      rows = policy
        .query(text, options)
        // An expression whose value is false is undefined in a query, as in OPA.
        .filter((row) => !isValue || row[VALUE_VAR] !== false)
        .map((row) => toRow({ row, body, query, isValue }));
    } catch (error) {
      io.stderr(`${formatRegoError(error)}\n`);
      return EXIT.failure;
    }
    printRows(io, { rows, format, isValue });
    return rows.length === 0 && args.values.fail === true ? EXIT.failure : EXIT.ok;
  },
};

function toRow(options: {
  row: Record<string, unknown>;
  body: Body;
  query: string;
  isValue: boolean;
}): QueryRow {
  const { row, body, query, isValue } = options;
  const bindings: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(row)) {
    if (name !== VALUE_VAR) bindings[name] = value;
  }
  const location = (expr: Body[number] | undefined): QueryExpression['location'] => ({
    row: expr?.loc.row ?? 1,
    col: expr?.loc.col ?? 1,
  });
  const expressions = isValue
    ? [{ value: row[VALUE_VAR], text: query, location: location(body[0]) }]
    : body.map((expr) => ({ value: true, text: expr.loc.text ?? query, location: location(expr) }));
  return Object.keys(bindings).length === 0 ? { expressions } : { expressions, bindings };
}

function printRows(
  io: CliIo,
  options: { rows: readonly QueryRow[]; format: string; isValue: boolean },
): void {
  const { rows, format, isValue } = options;
  if (format === 'json') {
    io.stdout(`${jsonText(rows.length === 0 ? {} : { result: rows }, 2)}\n`);
    return;
  }
  if (rows.length === 0) {
    io.stdout('undefined\n');
    return;
  }
  for (const row of rows) {
    const value = isValue && row.bindings === undefined ? row.expressions[0]?.value : row.bindings;
    io.stdout(`${jsonText(value ?? true, 2)}\n`);
  }
}
