import type { Term } from '@kitelogik/rego';
import type { CallTerm, RefTerm, ScalarTerm } from './ast-types.js';
import { assignmentOf, infixOf, isUnaryMinus } from './operators.js';
import { writeComprehensionBody } from './write-body.js';
import { type IterableElement, writeIterable } from './write-iterable.js';
import type { Writer } from './writer.js';

/**
 * Where a term is written, which decides its parentheses (OPA's style: an infix call nested in
 * another infix call is always parenthesised, the outermost one only where precedence needs it).
 * - `top`: the whole expression (`x := a + b`, `count(xs) > 0`).
 * - `top-arg`: an operand of the expression's own infix call; `level`/`isRight` say where.
 * - `plain`: a call argument, collection item, rule head or `with` value.
 * - `operand`: an operand of a nested infix call.
 */
export type TermContext =
  | { readonly kind: 'top' }
  | { readonly kind: 'top-arg'; readonly level: number; readonly isRight: boolean }
  | { readonly kind: 'plain' }
  | { readonly kind: 'operand' };

const PLAIN: TermContext = { kind: 'plain' };
const OPERAND: TermContext = { kind: 'operand' };
const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Writes a term. */
export function writeTerm(w: Writer, term: Term, context: TermContext = PLAIN): void {
  switch (term.type) {
    case 'scalar':
      w.write(scalarText(term));
      return;
    case 'var':
      w.write(term.generated === true && term.name.startsWith('$_') ? '_' : term.name);
      return;
    case 'ref':
      writeRef(w, term);
      return;
    case 'array':
      writeIterable(
        w,
        { open: '[', close: ']', row: term.loc.row },
        term.items.map((item) => element(w, item)),
      );
      return;
    case 'set':
      if (term.items.length === 0) w.write('set()');
      else
        writeIterable(
          w,
          { open: '{', close: '}', row: term.loc.row },
          term.items.map((item) => element(w, item)),
        );
      return;
    case 'object':
      writeIterable(
        w,
        { open: '{', close: '}', row: term.loc.row },
        term.entries.map(([key, value]) => ({
          loc: key.loc,
          write: () => {
            writeTerm(w, key);
            w.write(': ');
            writeTerm(w, value);
          },
        })),
      );
      return;
    case 'array-comprehension':
      w.write('[');
      writeTerm(w, term.term);
      writeComprehensionBody(w, term.body, term.term.loc);
      w.write(']');
      return;
    case 'set-comprehension':
      w.write('{');
      writeTerm(w, term.term);
      writeComprehensionBody(w, term.body, term.term.loc);
      w.write('}');
      return;
    case 'object-comprehension':
      w.write('{');
      writeTerm(w, term.key);
      w.write(': ');
      writeTerm(w, term.value);
      writeComprehensionBody(w, term.body, term.key.loc);
      w.write('}');
      return;
    case 'call':
      writeCall(w, term, context);
      return;
    case 'template-string':
      w.write(term.loc.text ?? '$""');
      return;
  }
}

function element(w: Writer, term: Term): IterableElement {
  return { loc: term.loc, write: () => writeTerm(w, term) };
}

/** A scalar as written in the source when the source spelling is known, else canonically. */
function scalarText(term: ScalarTerm): string {
  const { value } = term;
  const text = term.loc.text;
  if (typeof value === 'string') {
    if (text !== undefined && text.length >= 2) {
      const quote = text[0];
      if ((quote === '"' || quote === '`') && text.endsWith(quote)) return text;
    }
    return JSON.stringify(value);
  }
  if (typeof value === 'number' || typeof value === 'bigint') {
    if (text !== undefined && /^-?[0-9]/.test(text) && sameNumber(text, value)) return text;
    return String(value);
  }
  return String(value);
}

function sameNumber(text: string, value: number | bigint): boolean {
  if (typeof value === 'bigint') return /^-?[0-9]+$/.test(text) && BigInt(text) === value;
  return Number(text) === value;
}

/** Writes a reference: `.name` for identifier-like string segments, else `[term]`. */
export function writeRef(w: Writer, ref: RefTerm): void {
  const { head } = ref;
  const isBare = head.type === 'call' && (infixOf(head) !== undefined || isUnaryMinus(head));
  if (isBare) w.write('(');
  writeTerm(w, head);
  if (isBare) w.write(')');
  for (const segment of ref.path) {
    if (
      segment.type === 'scalar' &&
      typeof segment.value === 'string' &&
      IDENT.test(segment.value)
    ) {
      w.write(`.${segment.value}`);
    } else {
      w.write('[');
      writeTerm(w, segment);
      w.write(']');
    }
  }
}

function needsParens(call: CallTerm, context: TermContext): boolean {
  const operator = infixOf(call);
  if (operator === undefined) return false;
  const isKeyValue = call.args.length === 3;
  switch (context.kind) {
    case 'top':
      return false;
    case 'operand':
      return true;
    case 'plain':
      return isKeyValue || operator.symbol === '|';
    case 'top-arg':
      return (
        operator.level < context.level || (operator.level === context.level && context.isRight)
      );
  }
}

function writeCall(w: Writer, call: CallTerm, context: TermContext): void {
  if (isUnaryMinus(call)) {
    const operand = call.args[1] as Term;
    w.write('-');
    if (operand.type === 'scalar') {
      w.write('(');
      writeTerm(w, operand);
      w.write(')');
    } else {
      writeTerm(w, operand, OPERAND);
    }
    return;
  }
  const assignment = context.kind === 'top' ? assignmentOf(call) : undefined;
  const operator = infixOf(call);
  if (assignment === undefined && operator === undefined) {
    writeRef(w, call.operator);
    writeIterable(
      w,
      { open: '(', close: ')', row: call.loc.row },
      call.args.map((arg) => element(w, arg)),
    );
    return;
  }
  const symbol = assignment ?? operator?.symbol ?? '';
  const level = assignment === undefined ? (operator?.level ?? 0) : 0;
  const isParenthesised = needsParens(call, context);
  // The key and value of `k, v in xs` are relation-level terms: an `in` there needs parentheses.
  const isKeyValue = call.args.length === 3;
  // OPA parenthesises every infix operand of `in`; elsewhere the outermost call's operands
  // only where precedence needs it.
  const argContext = (isRight: boolean): TermContext =>
    context.kind !== 'top' || operator?.symbol === 'in'
      ? OPERAND
      : { kind: 'top-arg', level: isKeyValue && !isRight ? level + 1 : level, isRight };
  if (isParenthesised) w.write('(');
  const args = call.args;
  for (const [index, arg] of args.entries()) {
    if (index > 0) w.write(index === args.length - 1 ? ` ${symbol} ` : ', ');
    writeTerm(w, arg, argContext(index === args.length - 1 && index > 0));
  }
  if (isParenthesised) w.write(')');
}
