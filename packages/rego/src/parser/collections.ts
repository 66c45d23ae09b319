/**
 * Array, set and object literals and their comprehensions. A first element followed by `|`
 * makes a comprehension, as in OPA (`[x | x := xs[_]]`).
 * @internal
 */
import type { Term } from '../ast.js';
import { parseBody } from './bodies.js';
import type { ParserState } from './parser-state.js';
import { parseTerm } from './terms.js';

/** Parses `[...]` or `[term | body]`. */
export function parseArrayTerm(state: ParserState): Term {
  const start = state.advance();
  state.enter();
  try {
    if (state.acceptPunct(']')) return { type: 'array', items: [], loc: state.span(start) };
    const head = parseTerm(state, { isBarFree: true });
    if (state.acceptPunct('|')) {
      const body = parseBody(state, ']');
      state.expectPunct(']');
      return { type: 'array-comprehension', term: head, body, loc: state.span(start) };
    }
    const items = parseRest(state, head, ']');
    return { type: 'array', items, loc: state.span(start) };
  } finally {
    state.leave();
  }
}

/** Parses items after the first up to `closer` (trailing comma allowed), consuming the closer. */
function parseRest(state: ParserState, first: Term, closer: string): Term[] {
  const items = [first];
  while (state.acceptPunct(',')) {
    if (state.isPunct(closer)) break;
    items.push(parseTerm(state));
  }
  state.expectPunct(closer, `, or ${closer}`);
  return items;
}

/** Parses `{}` (empty object), a set, an object, or a set/object comprehension. */
export function parseBraceTerm(state: ParserState): Term {
  const start = state.advance();
  state.enter();
  try {
    if (state.acceptPunct('}')) return { type: 'object', entries: [], loc: state.span(start) };
    const first = parseTerm(state, { isBarFree: true });
    if (state.acceptPunct(':')) return parseObject(state, first, start);
    if (state.acceptPunct('|')) {
      const body = parseBody(state, '}');
      state.expectPunct('}');
      return { type: 'set-comprehension', term: first, body, loc: state.span(start) };
    }
    const items = parseRest(state, first, '}');
    return { type: 'set', items, loc: state.span(start) };
  } finally {
    state.leave();
  }
}

function parseObject(state: ParserState, key: Term, start: ParserState['token']): Term {
  const value = parseTerm(state, { isBarFree: true });
  if (state.acceptPunct('|')) {
    const body = parseBody(state, '}');
    state.expectPunct('}');
    return { type: 'object-comprehension', key, value, body, loc: state.span(start) };
  }
  const entries: (readonly [Term, Term])[] = [[key, value]];
  while (state.acceptPunct(',')) {
    if (state.isPunct('}')) break;
    const k = parseTerm(state);
    state.expectPunct(':');
    entries.push([k, parseTerm(state)]);
  }
  state.expectPunct('}', ', or }');
  return { type: 'object', entries, loc: state.span(start) };
}
