/**
 * Rules: complete, partial set (`contains`), ref heads (`a.b[x] := v`), functions,
 * `default`, and `else` chains. Rego v1 requires `if` before bodies and `contains` for
 * multi-value rules; the v0 forms get OPA's error messages.
 * @internal
 */
import type { Annotations, Body, ElseClause, Rule, RuleHead, Term } from '../ast.js';
import { RegoErrors } from '../errors.js';
import type { Token } from '../lexer.js';
import { parseBlock, parseExpr } from './bodies.js';
import type { ParserState } from './parser-state.js';
import { parsePostfix, parseTerm } from './terms.js';

const IF_REQUIRED = '`if` keyword is required before rule body';
const IF_REQUIRED_FUNCTION = '`if` keyword is required before function body';
const CONTAINS_REQUIRED = '`contains` keyword is required for partial set rules';

/** Parses one rule (the position is on its first token). */
export function parseRule(state: ParserState, annotations: Annotations | undefined): Rule {
  const start = state.token;
  const isDefault = state.acceptKeyword('default');
  const head = parseHead(state, start);
  if (isDefault) {
    if (head.value === undefined) state.unexpected('default rule value (`default p := <VALUE>`)');
    return finish({ head, body: [], elses: [], isDefault, annotations }, state, start);
  }
  const body = parseRuleBody(state, head);
  const elses: ElseClause[] = [];
  while (state.isKeyword('else')) elses.push(parseElse(state));
  return finish({ head, body: body ?? [], elses, isDefault, annotations }, state, start);
}

function finish(
  parts: Omit<Rule, 'loc' | 'annotations'> & { annotations: Annotations | undefined },
  state: ParserState,
  start: Token,
): Rule {
  const { annotations, ...rest } = parts;
  const rule: Rule = { ...rest, loc: state.span(start) };
  return annotations === undefined ? rule : { ...rule, annotations };
}

function parseHead(state: ParserState, start: Token): RuleHead {
  const refToken = state.token;
  if (refToken.kind !== 'ident' || state.isReserved(refToken)) {
    state.unexpected('rule name (`p := ...`, `p if { ... }`)');
  }
  const term = parsePostfix(state);
  let ref: readonly Term[];
  let args: readonly Term[] | undefined;
  if (term.type === 'call') {
    ref = [term.operator.head, ...term.operator.path];
    args = term.args;
  } else if (term.type === 'var') {
    ref = [term];
  } else if (term.type === 'ref' && term.head.type === 'var') {
    ref = [term.head, ...term.path];
  } else {
    throw state.error('invalid rule head', refToken);
  }
  let head: RuleHead = { ref, assign: false, loc: state.span(start) };
  if (args !== undefined) head = { ...head, args };
  if (state.acceptKeyword('contains')) {
    head = { ...head, key: parseTerm(state) };
  } else if (state.isPunct('=') || state.isPunct(':=')) {
    const isAssign = state.advance().text === ':=';
    head = { ...head, value: parseTerm(state), assign: isAssign };
  }
  return { ...head, loc: state.span(start) };
}

/** The body after `if`; undefined when there is none (a constant rule). */
function parseRuleBody(state: ParserState, head: RuleHead): Body | undefined {
  if (state.acceptKeyword('if')) return parseIfBody(state);
  if (state.isPunct('{') && !state.token.isAfterNewline) {
    const last = head.ref.at(-1);
    const isSetLike =
      head.value === undefined &&
      head.key === undefined &&
      head.args === undefined &&
      head.ref.length > 1 &&
      last !== undefined &&
      last.type !== 'scalar';
    const missingIf = state.error(head.args === undefined ? IF_REQUIRED : IF_REQUIRED_FUNCTION);
    // OPA reports both problems of a v0 partial set rule `p[x] { ... }`.
    throw isSetLike ? new RegoErrors([missingIf, state.error(CONTAINS_REQUIRED)]) : missingIf;
  }
  if (head.value === undefined && head.key === undefined) {
    state.unexpected('rule value or body (`p := <VALUE>`, `p if { ... }`)');
  }
  return undefined;
}

/** After `if`: a `{ }` block or a single expression. */
function parseIfBody(state: ParserState): Body {
  if (state.isPunct('{') && state.isPunct('}', 1)) throw state.error('found empty body');
  if (state.isPunct('{')) {
    const save = state.pos;
    try {
      return parseBlock(state);
    } catch (error) {
      // `p if {"a": 1}[x]`-style single expressions starting with a brace.
      state.pos = save;
      try {
        return [parseExpr(state)];
      } catch {
        throw error;
      }
    }
  }
  return [parseExpr(state)];
}

function parseElse(state: ParserState): ElseClause {
  const start = state.advance();
  let value: Term | undefined;
  if (state.isPunct('=') || state.isPunct(':=')) {
    state.advance();
    value = parseTerm(state);
  }
  let body: Body = [];
  if (state.acceptKeyword('if')) body = parseIfBody(state);
  else if (state.isPunct('{') && !state.token.isAfterNewline) body = parseBlock(state);
  const clause: ElseClause = { body, loc: state.span(start) };
  return value === undefined ? clause : { ...clause, value };
}
