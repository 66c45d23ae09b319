/**
 * Template strings `$"Hello {input.name}!"` (and raw `` $`...` ``): the lexer splits them into
 * text and token lists; each embedded expression is parsed here as a full term.
 * @internal
 */
import type { TemplateStringTerm, Term, WithModifier } from '../ast.js';
import type { Token } from '../lexer.js';
import { parseWith } from './bodies.js';
import type { ParserState } from './parser-state.js';
import { parseTerm } from './terms.js';

/** Builds the {@link TemplateStringTerm} of a lexed template token. */
export function parseTemplateString(token: Token, state: ParserState): TemplateStringTerm {
  const parts: (string | Term)[] = [];
  for (const part of token.parts ?? []) {
    if (part.kind === 'text') {
      parts.push(part.value);
      continue;
    }
    const sub = state.fork(part.tokens);
    if (sub.isEof()) throw sub.error('empty template expression');
    const term = parseTerm(sub);
    const modifiers = parseWith(sub);
    if (!sub.isEof()) sub.unexpected('}');
    parts.push(modifiers.length === 0 ? term : withTerm(term, modifiers, sub));
  }
  return { type: 'template-string', parts, loc: state.loc(token) };
}

/**
 * `{term with a as b}` becomes `[v | v := term with a as b][0]`: the AST's template parts are
 * terms, and this keeps the value undefined when the term is.
 */
function withTerm(term: Term, modifiers: WithModifier[], state: ParserState): Term {
  const loc = term.loc;
  const result = state.wildcard(state.token);
  const assign: Term = {
    type: 'call',
    operator: { type: 'ref', head: { type: 'var', name: 'assign', loc }, path: [], loc },
    args: [result, term],
    loc,
  };
  const body = [
    { type: 'term', term: assign, negated: false, with: modifiers, loc, generated: true },
  ] as const;
  const comprehension: Term = { type: 'array-comprehension', term: result, body, loc };
  return { type: 'ref', head: comprehension, path: [{ type: 'scalar', value: 0, loc }], loc };
}
