/**
 * The experimental `and` / `or` keywords (`experimentalKeywords`): `not` binds tighter than
 * `and`, which binds tighter than `or`. Operands are single expressions, `{ ... }` blocks or
 * parenthesised chains; they become the bodies of a {@link LogicExpr}.
 * @internal
 */
import type { Body, Expr, LogicExpr } from '../ast.js';
import { RegoError } from '../errors.js';
import type { Token } from '../lexer.js';
import { parseBlock, parseSimpleExpr } from './bodies.js';
import type { ParserState } from './parser-state.js';

/** Parses an `or` chain of `and` chains of operands. */
export function parseLogicExpr(state: ParserState): Expr {
  return parseChain(state, { operator: 'or', isInChain: false });
}

function parseChain(
  state: ParserState,
  options: { operator: 'and' | 'or'; isInChain: boolean },
): Expr {
  const start = state.token;
  const operand = (isInChain: boolean): Expr =>
    options.operator === 'or'
      ? parseChain(state, { operator: 'and', isInChain })
      : parseOperand(state, isInChain);
  const first = operand(options.isInChain);
  if (!state.isKeyword(options.operator)) return first;
  const operands = [toBody(first)];
  while (state.acceptKeyword(options.operator)) operands.push(toBody(operand(true)));
  return logic({ operator: options.operator, operands, isNegated: false }, state, start);
}

function logic(
  options: { operator: 'and' | 'or'; operands: Body[]; isNegated: boolean },
  state: ParserState,
  start: Token,
): LogicExpr {
  const { operator, operands, isNegated } = options;
  return {
    type: 'logic',
    operator,
    operands,
    negated: isNegated,
    with: [],
    loc: state.span(start),
  };
}

/** A block operand (a one-operand `and`) contributes its body directly. */
function toBody(expr: Expr): Body {
  if (
    expr.type === 'logic' &&
    expr.operator === 'and' &&
    expr.operands.length === 1 &&
    !expr.negated &&
    expr.with.length === 0
  ) {
    return expr.operands[0] as Body;
  }
  return [expr];
}

function parseOperand(state: ParserState, isInChain: boolean): Expr {
  const start = state.token;
  if (state.isKeyword('not') && !state.isKeyword('every', 1)) {
    state.advance();
    state.enter();
    try {
      return negate(parseOperand(state, true), state, start);
    } finally {
      state.leave();
    }
  }
  if (state.isPunct('{')) {
    const save = state.pos;
    const body = attempt(() => parseBlock(state));
    if (body && (isInChain || state.isKeyword('and') || state.isKeyword('or'))) {
      return logic({ operator: 'and', operands: [body], isNegated: false }, state, start);
    }
    state.pos = save;
  }
  if (state.isPunct('(')) {
    const save = state.pos;
    const simple = attempt(() => parseSimpleExpr(state));
    if (simple) return simple;
    state.pos = save;
    state.advance();
    state.enter();
    try {
      const inner = parseChain(state, { operator: 'or', isInChain: false });
      state.expectPunct(')');
      return inner;
    } finally {
      state.leave();
    }
  }
  return parseSimpleExpr(state);
}

/** Runs a speculative parse; a parse error yields undefined (the caller rewinds). */
function attempt<T>(parse: () => T): T | undefined {
  try {
    return parse();
  } catch (error) {
    if (RegoError.isInstance(error) && error.code === 'rego_parse_error') return undefined;
    throw error;
  }
}

function negate(expr: Expr, state: ParserState, start: Token): Expr {
  if (!expr.negated && expr.type !== 'some-decl' && expr.type !== 'some-in') {
    return { ...expr, negated: true, loc: state.span(start) };
  }
  return logic({ operator: 'and', operands: [[expr]], isNegated: true }, state, start);
}
