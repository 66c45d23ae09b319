import type { Scope } from './scope.js';
import { ScopeSyntaxError } from './scope-syntax-error.js';

const RESOURCE = /^(?:\*|[a-z0-9_.-]+)$/;
// Actions name tools too, and tool names are case-sensitive identifiers (`getWeather`); an
// action may be a glob over names with `*` and `?` (`tool:crm.*`).
const ACTION = /^[A-Za-z0-9_.*?-]+$/;
// Control characters and whitespace never belong in a qualifier; `[ ] { } \` are glob
// syntax that OPA's glob.match interprets but this package does not, so they are refused
// rather than matched differently from the policies.
const GLOB_SYNTAX = /[[\]{}\\]/;
const MAX_LENGTH = 1024;

/**
 * Parses `resource:action[:qualifier]` into a {@link Scope}.
 *
 * The qualifier is everything after the second `:` and may itself contain `:` (URLs).
 * `*` is a wildcard as the whole resource; the action may be a glob (`*`, `?`) over names.
 *
 * @throws {@link ScopeSyntaxError} when the text is not a scope.
 */
export function parseScope(text: string): Scope {
  const problem = findProblem(text);
  if (problem !== undefined) throw new ScopeSyntaxError(text, problem);
  const [resource = '', action = '', ...rest] = text.split(':');
  return rest.length === 0 ? { resource, action } : { resource, action, qualifier: rest.join(':') };
}

/** Parses a scope like {@link parseScope}, returning `undefined` instead of throwing. */
export function tryParseScope(text: string): Scope | undefined {
  if (findProblem(text) !== undefined) return undefined;
  return parseScope(text);
}

function findProblem(text: unknown): string | undefined {
  if (typeof text !== 'string') return 'not a string';
  if (text.length > MAX_LENGTH) return `longer than ${MAX_LENGTH} characters`;
  const [resource = '', action, ...rest] = text.split(':');
  if (action === undefined) return 'expected resource:action[:qualifier]';
  if (!RESOURCE.test(resource)) return `bad resource ${JSON.stringify(resource)}`;
  if (!ACTION.test(action)) return `bad action ${JSON.stringify(action)}`;
  if (rest.length === 0) return undefined;
  const qualifier = rest.join(':');
  if (qualifier === '') return 'empty qualifier';
  if (hasControlOrSpace(qualifier)) return 'qualifier has whitespace or control characters';
  if (GLOB_SYNTAX.test(qualifier)) return 'qualifier uses unsupported glob syntax [ ] { } \\';
  return undefined;
}

function hasControlOrSpace(text: string): boolean {
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code <= 0x20 || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}
