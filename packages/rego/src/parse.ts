/**
 * The Rego v1 parser's entry points: {@link parseModule}, {@link parseQuery} and
 * {@link parseTerm}. Every failure is a {@link RegoError} with code `rego_parse_error`, a
 * location, and a caret snippet of the offending line in `details`.
 */
import type { Body, Module, Term } from './ast.js';
import { RegoError } from './errors.js';
import { lex } from './lexer.js';
import { parseBody } from './parser/bodies.js';
import { parseModuleTokens } from './parser/modules.js';
import { createParseError } from './parser/parse-error.js';
import { ParserState } from './parser/parser-state.js';
import { parseTerm as parseInfixTerm } from './parser/terms.js';

/** Options of {@link parseModule}. */
export interface ParseModuleOptions {
  /** Enable the experimental `and` / `or` keywords. */
  readonly experimentalKeywords?: boolean;
}

/** Options of {@link parseQuery}. */
export interface ParseQueryOptions extends ParseModuleOptions {
  /** File name used in locations (default `query`). */
  readonly file?: string;
}

/** Runs a parse, turning a stack overflow on pathological input into a parse error. */
function guard<T>(source: string, file: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (RegoError.isInstance(error)) throw error;
    if (error instanceof RangeError) {
      throw createParseError({
        message: 'input too deeply nested',
        file,
        source,
        offset: 0,
        row: 1,
        col: 1,
      });
    }
    throw error;
  }
}

function createState(
  source: string,
  file: string,
  isExperimental: boolean,
): {
  state: ParserState;
  comments: ReturnType<typeof lex>['comments'];
} {
  const { tokens, comments } = lex(source, file);
  return { state: new ParserState(tokens, { file, source, isExperimental }), comments };
}

/** Parses a Rego v1 module; `file` names it in locations and errors. */
export function parseModule(source: string, file: string, options?: ParseModuleOptions): Module {
  return guard(source, file, () => {
    const { state, comments } = createState(source, file, options?.experimentalKeywords === true);
    return parseModuleTokens(state, comments);
  });
}

/** Parses a query: expressions separated by `;` or newlines. */
export function parseQuery(text: string, options?: ParseQueryOptions): Body {
  const file = options?.file ?? 'query';
  return guard(text, file, () => {
    const { state } = createState(text, file, options?.experimentalKeywords === true);
    return parseBody(state, 'eof');
  });
}

/** Parses a single term, e.g. an `input_term` of a conformance case. */
export function parseTerm(text: string, options?: ParseQueryOptions): Term {
  const file = options?.file ?? 'term';
  return guard(text, file, () => {
    const { state } = createState(text, file, options?.experimentalKeywords === true);
    const term = parseInfixTerm(state);
    if (!state.isEof()) state.unexpected('end of term');
    return term;
  });
}
