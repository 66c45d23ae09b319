/**
 * The cursor over a token list shared by every parsing function, with position, keyword and
 * error helpers.
 * @internal
 */
import type { Location, VarTerm } from '../ast.js';
import type { RegoError } from '../errors.js';
import type { Token } from '../lexer.js';
import { createParseError } from './parse-error.js';

const KEYWORDS = new Set([
  'as',
  'contains',
  'default',
  'else',
  'every',
  'false',
  'if',
  'import',
  'in',
  'not',
  'null',
  'package',
  'some',
  'true',
  'with',
]);

/** Deepest nesting of terms and bodies accepted, so hostile input cannot overflow the stack. */
export const MAX_DEPTH = 200;

/** Counters shared by a parse and its nested template parses. */
interface SharedCounters {
  wildcards: number;
}

/** Options fixed for one parse. */
export interface ParserOptions {
  readonly file: string;
  readonly source: string;
  readonly isExperimental: boolean;
}

/** A position in the token list with helpers; sub-parsers (template parts) share counters. */
export class ParserState {
  pos = 0;
  depth = 0;
  /** `not { body }` is allowed (after `import future.keywords.not`, or experimental keywords). */
  isNotBodyEnabled: boolean;
  private readonly counters: SharedCounters;

  constructor(
    readonly tokens: readonly Token[],
    readonly options: ParserOptions,
    counters?: SharedCounters,
  ) {
    this.counters = counters ?? { wildcards: 0 };
    this.isNotBodyEnabled = options.isExperimental;
  }

  /** A parser over another token list (a template expression) sharing this one's counters. */
  fork(tokens: readonly Token[]): ParserState {
    const state = new ParserState(tokens, this.options, this.counters);
    state.depth = this.depth;
    state.isNotBodyEnabled = this.isNotBodyEnabled;
    return state;
  }

  get token(): Token {
    return this.peek(0);
  }

  peek(ahead: number): Token {
    const tokens = this.tokens;
    return tokens[Math.min(this.pos + ahead, tokens.length - 1)] as Token;
  }

  /** True at the end of the tokens. */
  isEof(): boolean {
    return this.token.kind === 'eof';
  }

  advance(): Token {
    const token = this.token;
    if (this.pos < this.tokens.length - 1) this.pos++;
    return token;
  }

  /** True when the current token is the punctuation `text`. */
  isPunct(text: string, ahead = 0): boolean {
    const token = this.peek(ahead);
    return token.kind === 'punct' && token.text === text;
  }

  /** True when `token` is the keyword `word` (not one used as a reference segment). */
  isKeywordToken(token: Token, word: string): boolean {
    return token.kind === 'ident' && token.text === word && token.isDotAdjacent !== true;
  }

  /** True when the current token is the keyword `word`. */
  isKeyword(word: string, ahead = 0): boolean {
    return this.isKeywordToken(this.peek(ahead), word);
  }

  /** True when a word is reserved here (`and`/`or` only with experimental keywords). */
  isReserved(token: Token): boolean {
    if (token.kind !== 'ident' || token.isDotAdjacent === true) return false;
    if (KEYWORDS.has(token.text)) return true;
    return this.options.isExperimental && (token.text === 'and' || token.text === 'or');
  }

  /** Consumes the punctuation `text` or fails with `expected what`. */
  expectPunct(text: string, what?: string): Token {
    if (!this.isPunct(text)) this.unexpected(what ?? text);
    return this.advance();
  }

  /** Consumes the keyword `word` when present. */
  acceptKeyword(word: string): boolean {
    if (!this.isKeyword(word)) return false;
    this.advance();
    return true;
  }

  /** Consumes the punctuation `text` when present. */
  acceptPunct(text: string): boolean {
    if (!this.isPunct(text)) return false;
    this.advance();
    return true;
  }

  /** The location of a token. */
  loc(token: Token): Location {
    const { file } = this.options;
    return { file, row: token.row, col: token.col, offset: token.offset, text: token.text };
  }

  /** The location of a node that started at `start` and ends at the last consumed token. */
  span(start: Token): Location {
    const last = this.tokens[this.pos - 1];
    const end = last && last.offset >= start.offset ? last.offset + last.text.length : start.offset;
    const text = this.options.source.slice(start.offset, Math.min(end, start.offset + 200));
    const { file } = this.options;
    return { file, row: start.row, col: start.col, offset: start.offset, text };
  }

  /** A fresh generated variable for a wildcard `_`. */
  wildcard(token: Token): VarTerm {
    const name = `$_${this.counters.wildcards++}`;
    return { type: 'var', name, loc: this.loc(token), generated: true };
  }

  /** A parse error at `token` (default: the current one). */
  error(message: string, token: Token = this.token): RegoError {
    const { file, source } = this.options;
    return createParseError({ message, file, source, ...token });
  }

  /** Throws `unexpected X token: expected what`, OPA's wording. */
  unexpected(what?: string, token: Token = this.token): never {
    const suffix = what === undefined ? '' : `: expected ${what}`;
    throw this.error(`unexpected ${describeToken(token, this)}${suffix}`, token);
  }

  /** Enters one nesting level; fails past {@link MAX_DEPTH}. */
  enter(): void {
    if (++this.depth > MAX_DEPTH) throw this.error('maximum nesting depth exceeded');
  }

  leave(): void {
    this.depth--;
  }
}

/** OPA's token naming in messages: `ident token`, `} token`, `if keyword`, `eof token`. */
export function describeToken(token: Token, state: ParserState): string {
  switch (token.kind) {
    case 'eof':
      return 'eof token';
    case 'ident':
      return state.isReserved(token) ? `${token.text} keyword` : 'ident token';
    case 'number':
      return 'number token';
    case 'string':
    case 'template':
      return 'string token';
    default:
      return `${token.text} token`;
  }
}
