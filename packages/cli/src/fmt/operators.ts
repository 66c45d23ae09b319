import type { Term } from '@kitelogik/rego';
import type { CallTerm } from './ast-types.js';

/** An infix operator: its Rego spelling and binding level (higher binds tighter). */
export interface InfixOperator {
  readonly symbol: string;
  readonly level: number;
}

/** OPA's infix operators by internal call name, with the parser's precedence levels. */
const INFIX: Readonly<Record<string, InfixOperator>> = {
  'internal.member_2': { symbol: 'in', level: 1 },
  'internal.member_3': { symbol: 'in', level: 1 },
  equal: { symbol: '==', level: 2 },
  neq: { symbol: '!=', level: 2 },
  lt: { symbol: '<', level: 2 },
  lte: { symbol: '<=', level: 2 },
  gt: { symbol: '>', level: 2 },
  gte: { symbol: '>=', level: 2 },
  or: { symbol: '|', level: 3 },
  and: { symbol: '&', level: 4 },
  plus: { symbol: '+', level: 5 },
  minus: { symbol: '-', level: 5 },
  mul: { symbol: '*', level: 6 },
  div: { symbol: '/', level: 6 },
  rem: { symbol: '%', level: 6 },
};

/** Expression-level operators: only ever the outermost call of an expression. */
const ASSIGNMENT: Readonly<Record<string, string>> = { eq: '=', assign: ':=' };

/** The dotted name of a call's operator, e.g. `internal.member_2` or `data.lib.f`. */
export function operatorName(call: CallTerm): string {
  const { head, path } = call.operator;
  const first = head.type === 'var' ? head.name : '';
  return [first, ...path.map((p) => (p.type === 'scalar' ? String(p.value) : '?'))].join('.');
}

/** The infix operator a call is written with, if any (arity must match). */
export function infixOf(term: Term): InfixOperator | undefined {
  if (term.type !== 'call') return undefined;
  const operator = INFIX[operatorName(term)];
  if (operator === undefined) return undefined;
  const arity = operator.symbol === 'in' && term.args.length === 3 ? 3 : 2;
  return term.args.length === arity ? operator : undefined;
}

/** `=` or `:=` for an expression-level `eq`/`assign` call with two arguments. */
export function assignmentOf(term: Term): string | undefined {
  if (term.type !== 'call' || term.args.length !== 2) return undefined;
  return ASSIGNMENT[operatorName(term)];
}

/** True for `minus(0, x)` the parser made from a unary `-x`. */
export function isUnaryMinus(term: Term): boolean {
  if (term.type !== 'call' || operatorName(term) !== 'minus' || term.args.length !== 2) {
    return false;
  }
  const zero = term.args[0];
  return (
    zero?.type === 'scalar' &&
    zero.value === 0 &&
    zero.loc.offset === term.loc.offset &&
    zero.loc.text === '-'
  );
}
