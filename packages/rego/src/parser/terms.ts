/**
 * Term parsing with OPA's operator precedence, loosest first: `in`, relations (`==` `!=` `<`
 * `<=` `>` `>=`), `|`, `&`, `+ -`, `* / %`, unary minus, then references and calls.
 * Infix operators become {@link CallTerm}s named as OPA names them.
 * @internal
 */
import type { CallTerm, RefTerm, Term, VarTerm } from '../ast.js';
import type { Token } from '../lexer.js';
import { normalizeInteger } from '../value.js';
import { parseArrayTerm, parseBraceTerm } from './collections.js';
import type { ParserState } from './parser-state.js';
import { parseTemplateString } from './template-strings.js';

/** How an infix term may be parsed in its context. */
export interface TermContext {
  /** Do not read `|` as set union (comprehension heads). */
  readonly isBarFree?: boolean;
  /** Allow `k, v in xs` (only where a comma cannot separate list items). */
  readonly isKeyValueAllowed?: boolean;
}

const RELATIONS: Readonly<Record<string, string>> = {
  '==': 'equal',
  '!=': 'neq',
  '<': 'lt',
  '<=': 'lte',
  '>': 'gt',
  '>=': 'gte',
};
const ARITH: Readonly<Record<string, string>> = { '+': 'plus', '-': 'minus' };
const FACTOR: Readonly<Record<string, string>> = { '*': 'mul', '/': 'div', '%': 'rem' };

/** A reference to a builtin or operator by (dotted) name, e.g. `internal.member_2`. */
export function operatorRef(name: string, state: ParserState, token: Token): RefTerm {
  const loc = state.loc(token);
  const [head = name, ...rest] = name.split('.');
  return {
    type: 'ref',
    head: { type: 'var', name: head, loc },
    path: rest.map((value) => ({ type: 'scalar', value, loc })),
    loc,
  };
}

function call(name: string, args: Term[], state: ParserState, start: Token): CallTerm {
  return { type: 'call', operator: operatorRef(name, state, start), args, loc: state.span(start) };
}

/** Parses a full infix term (the `in` level). */
export function parseTerm(state: ParserState, context: TermContext = {}): Term {
  state.enter();
  try {
    return parseIn(state, context);
  } finally {
    state.leave();
  }
}

function parseIn(state: ParserState, context: TermContext): Term {
  const start = state.token;
  let lhs = parseRelation(state, context);
  if (context.isKeyValueAllowed === true && state.isPunct(',')) {
    const save = state.pos;
    state.advance();
    const mhs = parseRelation(state, context);
    if (state.isKeyword('in')) {
      state.advance();
      const rhs = parseRelation(state, context);
      lhs = call('internal.member_3', [lhs, mhs, rhs], state, start);
    } else {
      state.pos = save;
      return lhs;
    }
  }
  while (state.isKeyword('in')) {
    state.advance();
    const rhs = parseRelation(state, context);
    lhs = call('internal.member_2', [lhs, rhs], state, start);
  }
  return lhs;
}

function binaryLevel(
  operators: Readonly<Record<string, string>>,
  operand: (state: ParserState, context: TermContext) => Term,
): (state: ParserState, context: TermContext) => Term {
  return (state, context) => {
    const start = state.token;
    let lhs = operand(state, context);
    for (;;) {
      const token = state.token;
      const name = token.kind === 'punct' ? operators[token.text] : undefined;
      if (name === undefined) return lhs;
      state.advance();
      lhs = call(name, [lhs, operand(state, context)], state, start);
    }
  };
}

const parseFactor = binaryLevel(FACTOR, (state) => parseUnary(state));
const parseArith = binaryLevel(ARITH, parseFactor);
const parseAnd = binaryLevel({ '&': 'and' }, parseArith);
const parseOr = (state: ParserState, context: TermContext): Term =>
  context.isBarFree === true
    ? parseAnd(state, context)
    : binaryLevel({ '|': 'or' }, parseAnd)(state, context);
const parseRelation = binaryLevel(RELATIONS, parseOr);

function parseUnary(state: ParserState): Term {
  const start = state.token;
  if (!state.isPunct('-')) return parsePostfix(state);
  state.advance();
  const next = state.token;
  if (next.kind === 'number' && !next.isAfterSpace) {
    state.advance();
    const number = parseNumber(next, state);
    // `-0.0` is zero: -0 never enters values.
    const value = typeof number === 'bigint' ? normalizeInteger(-number) : 0 - number;
    return { type: 'scalar', value, loc: state.span(start) };
  }
  const zero: Term = { type: 'scalar', value: 0, loc: state.loc(start) };
  state.enter();
  try {
    return call('minus', [zero, parseUnary(state)], state, start);
  } finally {
    state.leave();
  }
}

/** The largest power of ten a literal past the double range may carry (its digits are kept). */
const MAX_LITERAL_EXPONENT = 10_000;

/**
 * Parses an integer (exactly: bigint past 2^53) or a float. A float past the double range
 * (`2e308`) is an integer, kept exactly as a bigint (OPA keeps big numbers): as a double it
 * would be Infinity, equal to every other huge number.
 */
function parseNumber(token: Token, state: ParserState): number | bigint {
  const text = token.text;
  if (/^[0-9]+$/.test(text)) return normalizeInteger(BigInt(text));
  const value = Number(text);
  if (Number.isFinite(value)) return value;
  const match = /^([0-9]*)(?:\.([0-9]*))?[eE]\+?([0-9]+)$/.exec(text);
  const [, whole = '', fraction = '', exponent = ''] = match ?? [];
  const scale = Number(exponent) - fraction.length;
  if (match === null || !(scale >= 0 && scale <= MAX_LITERAL_EXPONENT)) {
    throw state.error(`number too large: ${text}`, token);
  }
  return normalizeInteger(BigInt(`${whole}${fraction}`) * 10n ** BigInt(scale));
}

/** Parses a primary term followed by `.name`, `[term]` and `(args)` suffixes (no infix). */
export function parsePostfix(state: ParserState): Term {
  const start = state.token;
  let term = parsePrimary(state);
  for (;;) {
    const token = state.token;
    if (token.kind !== 'punct' || token.isAfterSpace) return term;
    if (token.text === '.') {
      state.advance();
      const name = state.token;
      if (name.kind !== 'ident') state.unexpected('ident');
      state.advance();
      term = appendPath(
        term,
        { type: 'scalar', value: name.text, loc: state.loc(name) },
        state,
        start,
      );
    } else if (token.text === '[') {
      state.advance();
      const key = parseTerm(state);
      state.expectPunct(']');
      term = appendPath(term, key, state, start);
    } else if (token.text === '(') {
      term = parseCall(term, state, start);
    } else {
      return term;
    }
  }
}

function appendPath(term: Term, segment: Term, state: ParserState, start: Token): RefTerm {
  if (term.type === 'ref')
    return { ...term, path: [...term.path, segment], loc: state.span(start) };
  return { type: 'ref', head: term, path: [segment], loc: state.span(start) };
}

function parseCall(operator: Term, state: ParserState, start: Token): CallTerm {
  const ref = toOperatorRef(operator, state, start);
  state.advance();
  const args: Term[] = [];
  while (!state.isPunct(')')) {
    args.push(parseTerm(state));
    if (!state.acceptPunct(',')) break;
  }
  state.expectPunct(')');
  return { type: 'call', operator: ref, args, loc: state.span(start) };
}

function toOperatorRef(term: Term, state: ParserState, start: Token): RefTerm {
  if (term.type === 'var') return { type: 'ref', head: term, path: [], loc: term.loc };
  if (term.type === 'ref' && term.head.type === 'var') return term;
  throw state.error('unexpected ( token: expected function name', start);
}

function parsePrimary(state: ParserState): Term {
  const token = state.token;
  switch (token.kind) {
    case 'number':
      state.advance();
      return { type: 'scalar', value: parseNumber(token, state), loc: state.loc(token) };
    case 'string':
      state.advance();
      return { type: 'scalar', value: token.value ?? '', loc: state.loc(token) };
    case 'template':
      state.advance();
      return parseTemplateString(token, state);
    case 'ident':
      return parseWord(state);
    case 'punct':
      if (token.text === '[') return parseArrayTerm(state);
      if (token.text === '{') return parseBraceTerm(state);
      if (token.text === '(') {
        state.advance();
        const inner = parseTerm(state, { isKeyValueAllowed: true });
        state.expectPunct(')');
        return inner;
      }
      return state.unexpected('term');
    default:
      return state.unexpected('term');
  }
}

function parseWord(state: ParserState): Term {
  const token = state.advance();
  const loc = state.loc(token);
  if (token.isDotAdjacent !== true) {
    switch (token.text) {
      case 'true':
        return { type: 'scalar', value: true, loc };
      case 'false':
        return { type: 'scalar', value: false, loc };
      case 'null':
        return { type: 'scalar', value: null, loc };
      case 'set':
        if (state.isPunct('(') && state.isPunct(')', 1) && !state.token.isAfterSpace) {
          state.advance();
          state.advance();
          return { type: 'set', items: [], loc: state.span(token) };
        }
        break;
      default:
        // `contains` is also a builtin: `contains(s, t)`.
        if (token.text === 'contains' && state.isPunct('(') && !state.token.isAfterSpace) break;
        if (state.isReserved(token)) state.unexpected('term', token);
    }
  }
  if (token.text === '_') return state.wildcard(token);
  const variable: VarTerm = { type: 'var', name: token.text, loc };
  return variable;
}

/** Parses a term at the relation level (no `in`), as `some` and `every` need. */
export function parseRelationTerm(state: ParserState): Term {
  state.enter();
  try {
    return parseRelation(state, {});
  } finally {
    state.leave();
  }
}
