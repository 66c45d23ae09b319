// biome-ignore lint/style/noRestrictedImports: the fuzz test reads OPA's corpus from disk; tests never ship.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
// biome-ignore lint/style/noRestrictedImports: as above.
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { RegoError } from './errors.js';
import { compile } from './index.js';
import { lex } from './lexer.js';
import { parseModule, parseQuery } from './parse.js';

const CORPUS = join(import.meta.dirname, '../../../../shared/opa-conformance/v1');
const RUNS = 300;

/** A few real modules from OPA's corpus (when present) plus our own fixtures. */
function seedModules(): string[] {
  const seeds = [
    'package test\n\np := 1\n',
    'package test\n\nallow if {\n  input.user.role == "admin"\n  some x in input.items\n  x.price < 10\n}\n',
    'package test\n\nf(x) := y if {\n  y := [v | some v in x; v > 1]\n} else := 0\n',
    'package test\n\nm[k] := v if {\n  some k, v in {"a": 1}\n  not k == "b"\n}\n',
    'package test\n\ns contains $"{x}!" if {\n  every y in [1, 2] { y > 0 }\n  x := count({1, 2} | {3}) with input as {}\n}\n',
  ];
  if (!existsSync(CORPUS)) return seeds;
  const folders = readdirSync(CORPUS).sort().slice(0, 60);
  for (const folder of folders) {
    const dir = join(CORPUS, folder);
    if (!statSync(dir).isDirectory()) continue;
    const file = readdirSync(dir).find((name) => name.endsWith('.yaml'));
    if (!file) continue;
    const doc = parseYaml(readFileSync(join(dir, file), 'utf8'), { intAsBigInt: true }) as {
      cases?: { modules?: string[] }[];
    } | null;
    const source = doc?.cases?.[0]?.modules?.[0];
    if (typeof source === 'string') seeds.push(source);
  }
  return seeds;
}

/** The token spans of a source, for token-level mutations. */
function tokenSpans(source: string): { start: number; end: number }[] {
  try {
    return lex(source, 'seed.rego')
      .tokens.filter((t) => t.kind !== 'eof')
      .map((t) => ({ start: t.offset, end: t.offset + t.text.length }));
  } catch {
    return [];
  }
}

type Mutation = { kind: 'delete' | 'duplicate' | 'swap'; at: number; other: number };

function mutate(source: string, mutations: readonly Mutation[]): string {
  let text = source;
  for (const { kind, at, other } of mutations) {
    const spans = tokenSpans(text);
    if (spans.length < 2) return text;
    const a = spans[at % spans.length] as { start: number; end: number };
    const b = spans[other % spans.length] as { start: number; end: number };
    const tokenA = text.slice(a.start, a.end);
    if (kind === 'delete') text = text.slice(0, a.start) + text.slice(a.end);
    if (kind === 'duplicate') text = `${text.slice(0, a.end)} ${tokenA}${text.slice(a.end)}`;
    if (kind === 'swap' && a.start !== b.start) {
      const [first, second] = a.start < b.start ? [a, b] : [b, a];
      text =
        text.slice(0, first.start) +
        text.slice(second.start, second.end) +
        text.slice(first.end, second.start) +
        text.slice(first.start, first.end) +
        text.slice(second.end);
    }
  }
  return text;
}

/** Compiles a module and evaluates the whole data document under tight limits. */
function exercise(source: string, experimentalKeywords = false): void {
  const policy = compile({ modules: [{ path: 'fuzz.rego', source }], experimentalKeywords });
  policy.query('x := data', { timeoutMs: 200, maxSteps: 100_000 });
}

/** Runs `run`; it must succeed or throw a RegoError (never a TypeError or a stack overflow). */
function expectRegoErrorOrSuccess(run: () => void): void {
  try {
    run();
  } catch (error) {
    if (!RegoError.isInstance(error)) {
      throw new Error(`threw a non-RegoError: ${String(error)}`, { cause: error });
    }
  }
}

const fragment = fc.constantFrom(
  'x',
  '_',
  '1',
  '-2.5e3',
  '"s"',
  '`r`',
  '$"t{x}"',
  'input.a',
  'data.test.p',
  '[1, x]',
  '{1, 2}',
  '{"k": x}',
  'set()',
  '{}',
  'count(x)',
  '[y | some y in x]',
  '{k: v | some k, v in x}',
  'x.y[0]',
  '9007199254740993',
);
const operator = fc.constantFrom(
  ' + ',
  ' - ',
  ' * ',
  ' / ',
  ' % ',
  ' | ',
  ' & ',
  ' == ',
  ' != ',
  ' < ',
  ' in ',
  ' = ',
  ' := ',
);
const term = fc
  .array(fc.tuple(fragment, operator), { minLength: 1, maxLength: 4 })
  .chain((pairs) => fragment.map((last) => pairs.map(([t, op]) => `${t}${op}`).join('') + last));
const expr = fc.oneof(
  term,
  term.map((t) => `not ${t}`),
  term.map((t) => `some x in ${t}`),
  term.map((t) => `every v in ${t} { v }`),
  fc.tuple(term, term).map(([a, b]) => `${a} with input as ${b}`),
  fc.tuple(term, term, term).map(([a, b, c]) => `not ${a} and { ${b} } or (${c} or true)`),
);
const rule = fc.oneof(
  fc
    .tuple(term, fc.array(expr, { maxLength: 3 }))
    .map(([v, body]) => `p := ${v} if {\n  ${body.join('\n  ') || 'true'}\n}`),
  fc
    .array(expr, { minLength: 1, maxLength: 3 })
    .map((body) => `q contains 1 if { ${body.join('; ')} }`),
  fc.tuple(term, expr).map(([v, e]) => `f(x) := ${v} if ${e}`),
  term.map((v) => `r[x] := ${v} if x := 1`),
  term.map((v) => `default d := ${v}`),
);
const generatedModule = fc
  .array(rule, { minLength: 1, maxLength: 4 })
  .map((rules) => `package test\n\n${rules.join('\n\n')}\n`);

describe('fuzzing the parser and engine', () => {
  const seeds = seedModules();
  const mutation = fc.record({
    kind: fc.constantFrom('delete', 'duplicate', 'swap') as fc.Arbitrary<Mutation['kind']>,
    at: fc.nat(),
    other: fc.nat(),
  });

  it('survives token-level mutations of real modules', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...seeds),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        (seed, mutations) => {
          expectRegoErrorOrSuccess(() => exercise(mutate(seed, mutations)));
        },
      ),
      { numRuns: RUNS, seed: 42 },
    );
  });

  it('survives generated modules, most of which parse', () => {
    let parsed = 0;
    fc.assert(
      fc.property(generatedModule, (source) => {
        expectRegoErrorOrSuccess(() => exercise(source, true));
        try {
          parseModule(source, 'generated.rego', { experimentalKeywords: true });
          parsed++;
        } catch {
          // Generated modules may be ill-formed (`x := 1 := 2`); that is part of the point.
        }
      }),
      { numRuns: RUNS, seed: 7 },
    );
    expect(parsed).toBeGreaterThan(RUNS / 4);
  });

  it('survives arbitrary text and queries', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        expectRegoErrorOrSuccess(() => exercise(`package test\n${text}`));
        expectRegoErrorOrSuccess(() => parseQuery(text));
      }),
      { numRuns: RUNS, seed: 3 },
    );
  });

  it.each([
    ['[', ']'],
    ['{', '}'],
    ['(', ')'],
    ['f(', ')'],
    ['[x | ', ']'],
    ['$"{', '}"'],
    ['not ', ''],
    ['-', ''],
  ])('rejects 5000 levels of %j nesting with a RegoError', (open, close) => {
    const source = `package test\n\np := ${open.repeat(5000)}1${close.repeat(5000)}\n`;
    expectRegoErrorOrSuccess(() => exercise(source));
    expect(() => parseModule(source, 'deep.rego')).toThrow(RegoError);
  });
});
