/**
 * Construction of `rego_parse_error`s with a caret snippet under the offending column.
 * @internal
 */
import { RegoError } from '../errors.js';

/** Where and why parsing failed. */
export interface ParseErrorOptions {
  readonly message: string;
  readonly file: string;
  readonly source: string;
  readonly offset: number;
  readonly row: number;
  readonly col: number;
}

/** The source line at `row` followed by a caret under `col` (regorus style). */
export function caretSnippet(source: string, row: number, col: number): string {
  const line = (source.split('\n')[row - 1] ?? '').replace(/\r$/, '');
  const pad = line.slice(0, Math.max(0, col - 1)).replace(/[^\t]/g, ' ');
  return `${line}\n${pad}^`;
}

/** Creates a `rego_parse_error` RegoError with location and caret snippet. */
export function createParseError(options: ParseErrorOptions): RegoError {
  const { file, row, col, offset, source } = options;
  return new RegoError({
    code: 'rego_parse_error',
    message: options.message,
    location: { file, row, col, offset },
    details: caretSnippet(source, row, col),
  });
}
