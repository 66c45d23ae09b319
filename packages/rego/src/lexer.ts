/**
 * The Rego lexer: turns source text into {@link Token}s for the parser.
 *
 * Words are always lexed as `ident` tokens; the parser decides which are keywords, because
 * Rego v1 lets keywords appear as reference segments (`input.in`, `not.foo := 1`). Template
 * strings (`$"a {x} b"`) are lexed into parts, each embedded expression as its own token list.
 */
import { createParseError } from './parser/parse-error.js';
import { decodeEscape } from './parser/string-escapes.js';

/** The kind of a {@link Token}. */
export type TokenKind = 'ident' | 'number' | 'string' | 'template' | 'punct' | 'eof';

/** A piece of a template string: literal text or the tokens of an embedded expression. */
export type TemplatePart =
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'expr'; readonly tokens: readonly Token[] };

/** One lexical token with its position. */
export interface Token {
  readonly kind: TokenKind;
  /** The source text (for strings, the decoded value is in {@link Token.value}). */
  readonly text: string;
  /** Decoded string value for `string` tokens. */
  readonly value?: string;
  readonly parts?: readonly TemplatePart[];
  readonly offset: number;
  readonly row: number;
  readonly col: number;
  /** A newline separates this token from the previous one. */
  readonly isAfterNewline: boolean;
  /** Whitespace or a comment separates this token from the previous one. */
  readonly isAfterSpace: boolean;
  /** A word directly preceded or followed by `.`: never a keyword (`input.in`, `not.foo`). */
  readonly isDotAdjacent?: boolean;
}

/** A `#` comment, kept for METADATA blocks. */
export interface Comment {
  /** The text after `#`. */
  readonly text: string;
  readonly row: number;
  readonly col: number;
  readonly offset: number;
}

/** The result of lexing a whole source. */
export interface LexResult {
  readonly tokens: readonly Token[];
  readonly comments: readonly Comment[];
}

const PUNCTS = [':=', '==', '!=', '<=', '>=', '{', '}', '[', ']', '(', ')', ',', ';', '.', ':'];
const SINGLE = new Set(['=', '<', '>', '+', '-', '*', '/', '%', '&', '|']);

function isIdentStart(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

function isIdentPart(c: string | undefined): boolean {
  return c !== undefined && (isIdentStart(c) || isDigit(c));
}

/** Lexes a source text; throws a `rego_parse_error` RegoError on bad input. */
export function lex(source: string, file: string): LexResult {
  const lexer = new Lexer(source, file);
  const tokens = lexer.tokenize(false);
  return { tokens, comments: lexer.comments };
}

class Lexer {
  readonly comments: Comment[] = [];
  private pos = 0;
  private row = 1;
  private lineStart = 0;

  constructor(
    private readonly src: string,
    private readonly file: string,
  ) {}

  /** Lexes up to EOF, or (inside a template) up to the `}` closing the embedded expression. */
  tokenize(isTemplateExpr: boolean): Token[] {
    const tokens: Token[] = [];
    let depth = 0;
    for (;;) {
      const token = this.next(tokens.at(-1));
      if (isTemplateExpr) {
        if (token.kind === 'eof') this.fail('unterminated template expression', token);
        if (token.kind === 'punct' && token.text === '{') depth++;
        if (token.kind === 'punct' && token.text === '}') {
          if (depth === 0) {
            tokens.push({ ...token, kind: 'eof', text: '' });
            return tokens;
          }
          depth--;
        }
      }
      tokens.push(token);
      if (token.kind === 'eof') return tokens;
    }
  }

  private fail(message: string, at: { offset: number; row: number; col: number }): never {
    throw createParseError({ message, file: this.file, source: this.src, ...at });
  }

  private here(): { offset: number; row: number; col: number } {
    return { offset: this.pos, row: this.row, col: this.pos - this.lineStart + 1 };
  }

  private newline(): void {
    this.row++;
    this.lineStart = this.pos;
  }

  /** Skips whitespace and comments; reports whether a newline and any space was seen. */
  private skipSpace(): { isNewline: boolean; isSpace: boolean } {
    let isNewline = false;
    let isSpace = false;
    const src = this.src;
    while (this.pos < src.length) {
      const c = src[this.pos];
      if (c === '\n') {
        this.pos++;
        this.newline();
        isNewline = true;
        isSpace = true;
      } else if (c === ' ' || c === '\t' || c === '\r') {
        this.pos++;
        isSpace = true;
      } else if (c === '#') {
        const start = this.here();
        let end = src.indexOf('\n', this.pos);
        if (end < 0) end = src.length;
        this.comments.push({ ...start, text: src.slice(this.pos + 1, end).replace(/\r$/, '') });
        this.pos = end;
        isSpace = true;
      } else {
        break;
      }
    }
    return { isNewline, isSpace };
  }

  private next(previous: Token | undefined): Token {
    const space = this.skipSpace();
    const start = this.here();
    const base = {
      ...start,
      isAfterNewline: space.isNewline,
      isAfterSpace: space.isSpace || previous === undefined,
    };
    const src = this.src;
    const c = src[this.pos];
    if (c === undefined) return { ...base, kind: 'eof', text: '' };
    if (isIdentStart(c)) {
      let end = this.pos + 1;
      while (isIdentPart(src[end])) end++;
      const text = src.slice(this.pos, end);
      this.pos = end;
      const isDotAdjacent =
        (!base.isAfterSpace && previous?.kind === 'punct' && previous.text === '.') ||
        src[end] === '.';
      return { ...base, kind: 'ident', text, isDotAdjacent };
    }
    if (isDigit(c)) return { ...base, kind: 'number', text: this.number() };
    if (c === '"') {
      const value = this.quoted();
      return { ...base, kind: 'string', text: src.slice(start.offset, this.pos), value };
    }
    if (c === '`') {
      const value = this.raw();
      return { ...base, kind: 'string', text: src.slice(start.offset, this.pos), value };
    }
    if (c === '$' && (src[this.pos + 1] === '"' || src[this.pos + 1] === '`')) {
      const parts = this.template(src[this.pos + 1] === '`');
      return { ...base, kind: 'template', text: src.slice(start.offset, this.pos), parts };
    }
    for (const p of PUNCTS) {
      if (src.startsWith(p, this.pos)) {
        this.pos += p.length;
        return { ...base, kind: 'punct', text: p };
      }
    }
    if (SINGLE.has(c)) {
      this.pos++;
      return { ...base, kind: 'punct', text: c };
    }
    return this.fail(`illegal token ${JSON.stringify(c)}`, start);
  }

  private number(): string {
    const src = this.src;
    const start = this.pos;
    while (isDigit(src[this.pos])) this.pos++;
    if (src[this.pos] === '.' && isDigit(src[this.pos + 1])) {
      this.pos++;
      while (isDigit(src[this.pos])) this.pos++;
    }
    if (src[this.pos] === 'e' || src[this.pos] === 'E') {
      let p = this.pos + 1;
      if (src[p] === '+' || src[p] === '-') p++;
      if (isDigit(src[p])) {
        this.pos = p;
        while (isDigit(src[this.pos])) this.pos++;
      }
    }
    if (isIdentPart(src[this.pos]) || src[this.pos] === '.') {
      if (src[this.pos] !== '.' || isDigit(src[this.pos + 1])) {
        this.fail('invalid number', {
          offset: start,
          row: this.row,
          col: start - this.lineStart + 1,
        });
      }
    }
    return src.slice(start, this.pos);
  }

  /** Reads a `"..."` string (position on the opening quote) and returns its decoded value. */
  private quoted(): string {
    const start = this.here();
    this.pos++;
    let out = '';
    const src = this.src;
    for (;;) {
      const c = src[this.pos];
      if (c === undefined || c === '\n') this.fail('non-terminated string', start);
      if (c === '"') {
        this.pos++;
        return out;
      }
      if (c === '\\') {
        const decoded = decodeEscape(src, this.pos, false);
        if (decoded === undefined) this.fail('illegal escape sequence', this.here());
        out += decoded.value;
        this.pos = decoded.end;
      } else {
        out += c;
        this.pos++;
      }
    }
  }

  private raw(): string {
    const start = this.here();
    const end = this.src.indexOf('`', this.pos + 1);
    if (end < 0) this.fail('non-terminated raw string', start);
    const value = this.src.slice(this.pos + 1, end);
    this.advanceOver(end + 1);
    return value;
  }

  /** Moves to `end`, counting the newlines passed. */
  private advanceOver(end: number): void {
    while (this.pos < end) {
      if (this.src[this.pos] === '\n') {
        this.pos++;
        this.newline();
      } else {
        this.pos++;
      }
    }
  }

  private template(isRaw: boolean): TemplatePart[] {
    const start = this.here();
    const close = isRaw ? '`' : '"';
    this.pos += 2;
    const parts: TemplatePart[] = [];
    let text = '';
    const src = this.src;
    for (;;) {
      const c = src[this.pos];
      if (c === undefined || (!isRaw && c === '\n')) {
        this.fail('non-terminated template string', start);
      }
      if (c === close) {
        this.pos++;
        if (text !== '' || parts.length === 0) parts.push({ kind: 'text', value: text });
        return parts;
      }
      if (c === '\\' && src[this.pos + 1] === '{') {
        text += '{';
        this.pos += 2;
      } else if (c === '\\' && !isRaw) {
        const decoded = decodeEscape(src, this.pos, true);
        if (decoded === undefined) this.fail('illegal escape sequence', this.here());
        text += decoded.value;
        this.pos = decoded.end;
      } else if (c === '{') {
        if (text !== '') parts.push({ kind: 'text', value: text });
        text = '';
        this.pos++;
        parts.push({ kind: 'expr', tokens: this.tokenize(true) });
      } else {
        if (c === '\n') {
          this.pos++;
          this.newline();
        } else {
          this.pos++;
        }
        text += c;
      }
    }
  }
}
