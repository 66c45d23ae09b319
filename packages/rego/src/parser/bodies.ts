/**
 * Bodies and their expressions ("literals" in OPA): `some`, `every`, `not`, `with`, and term
 * expressions including `=`/`:=` (parsed as `eq`/`assign` calls). Expressions are separated by
 * `;` or newlines.
 * @internal
 */
import type { Body, Expr, RefTerm, Term, VarTerm, WithModifier } from '../ast.js';
import { parseLogicExpr } from './logic.js';
import type { ParserState } from './parser-state.js';
import { operatorRef, parsePostfix, parseRelationTerm, parseTerm } from './terms.js';

/** What ends a body: a closing bracket or the end of a query. */
export type BodyCloser = '}' | ']' | 'eof';

function isAtCloser(state: ParserState, closer: BodyCloser): boolean {
  return closer === 'eof' ? state.token.kind === 'eof' : state.isPunct(closer);
}

/** Parses expressions up to (not including) `closer`; an empty body is an error. */
export function parseBody(state: ParserState, closer: BodyCloser): Body {
  const start = state.token;
  const body: Expr[] = [];
  state.enter();
  try {
    while (!isAtCloser(state, closer)) {
      body.push(parseExpr(state));
      if (state.acceptPunct(';') || isAtCloser(state, closer) || state.token.isAfterNewline)
        continue;
      state.unexpected(closer === 'eof' ? undefined : `${closer} or ; or newline`);
    }
  } finally {
    state.leave();
  }
  if (body.length === 0) throw state.error('found empty body', start);
  return body;
}

/** Parses `{ body }` (the position is on `{`). */
export function parseBlock(state: ParserState): Body {
  state.expectPunct('{');
  const body = parseBody(state, '}');
  state.expectPunct('}');
  return body;
}

/** Parses one expression; with experimental keywords, `and`/`or` chains of them. */
export function parseExpr(state: ParserState): Expr {
  return state.options.isExperimental ? parseLogicExpr(state) : parseSimpleExpr(state);
}

/** Parses one expression without `and`/`or`. */
export function parseSimpleExpr(state: ParserState): Expr {
  const start = state.token;
  let expr: Expr;
  if (state.acceptKeyword('some')) {
    expr = parseSome(state, start);
  } else if (state.acceptKeyword('every')) {
    expr = parseEvery(state, start);
  } else {
    const isNegated = state.acceptKeyword('not');
    if (isNegated && state.isNotBodyEnabled && state.isPunct('{')) {
      const body = parseBlock(state);
      expr = {
        type: 'logic',
        operator: 'and',
        operands: [body],
        negated: true,
        with: [],
        loc: state.span(start),
      };
    } else if (isNegated && state.acceptKeyword('every')) {
      expr = { ...parseEvery(state, start), negated: true };
    } else {
      const term = parseAssignment(state);
      expr = { type: 'term', term, negated: isNegated, with: [], loc: state.span(start) };
    }
  }
  const modifiers = parseWith(state);
  return modifiers.length === 0 ? expr : { ...expr, with: modifiers, loc: state.span(start) };
}

function parseAssignment(state: ParserState): Term {
  const start = state.token;
  const lhs = parseTerm(state, { isKeyValueAllowed: true });
  const op = state.token;
  if (!state.isPunct('=') && !state.isPunct(':=')) return lhs;
  state.advance();
  const rhs = parseTerm(state, { isKeyValueAllowed: true });
  const name = op.text === '=' ? 'eq' : 'assign';
  return {
    type: 'call',
    operator: operatorRef(name, state, op),
    args: [lhs, rhs],
    loc: state.span(start),
  };
}

function parseSome(state: ParserState, start: ParserState['token']): Expr {
  const terms = [parseRelationTerm(state)];
  while (state.acceptPunct(',')) terms.push(parseRelationTerm(state));
  if (state.acceptKeyword('in')) {
    if (terms.length > 2) throw state.error('unexpected , token: expected in', start);
    const collection = parseRelationTerm(state);
    const [first, second] = terms as [Term, Term | undefined];
    const base = { type: 'some-in', negated: false, with: [], loc: state.span(start) } as const;
    return second === undefined
      ? { ...base, value: first, collection }
      : { ...base, key: first, value: second, collection };
  }
  const vars = terms.map((term) => {
    if (term.type !== 'var') throw state.error('expected var in some declaration', start);
    return term;
  });
  return { type: 'some-decl', vars, negated: false, with: [], loc: state.span(start) };
}

function parseVar(state: ParserState): VarTerm {
  const token = state.token;
  const term = parsePostfix(state);
  if (term.type !== 'var') state.unexpected('var', token);
  return term;
}

function parseEvery(state: ParserState, start: ParserState['token']): Expr & { type: 'every' } {
  const first = parseVar(state);
  const second = state.acceptPunct(',') ? parseVar(state) : undefined;
  if (!state.acceptKeyword('in')) state.unexpected('in keyword');
  const domain = parseRelationTerm(state);
  const body = parseBlock(state);
  const base = { type: 'every', domain, body, negated: false, with: [] } as const;
  return second === undefined
    ? { ...base, value: first, loc: state.span(start) }
    : { ...base, key: first, value: second, loc: state.span(start) };
}

/** Parses `with target as value` modifiers (possibly none). */
export function parseWith(state: ParserState): WithModifier[] {
  const modifiers: WithModifier[] = [];
  while (state.isKeyword('with')) {
    const start = state.advance();
    const targetToken = state.token;
    const target = parsePostfix(state);
    if (target.type !== 'var' && target.type !== 'ref') {
      state.unexpected('with target (input, data or a function)', targetToken);
    }
    if (!state.acceptKeyword('as')) state.unexpected('as keyword');
    const value = parseTerm(state);
    const ref: RefTerm =
      target.type === 'var' ? { type: 'ref', head: target, path: [], loc: target.loc } : target;
    modifiers.push({ target: ref, value, loc: state.span(start) });
  }
  return modifiers;
}
