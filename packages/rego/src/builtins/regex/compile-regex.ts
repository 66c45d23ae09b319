import { RE2JS } from 're2js';
import { builtinError } from '../registry.js';
import { BoundedCache } from './bounded-cache.js';

/**
 * Compiles RE2 patterns (Go's regexp syntax, linear-time matching) through a bounded cache,
 * as OPA caches compiled patterns. A syntax error becomes an `eval_builtin_error` worded as
 * Go words it (`error parsing regexp: missing closing ]: ...`).
 */

const cache = new BoundedCache<RE2JS>(100, 64 * 1024);

/** The compiled `pattern`, or an error message when it is not valid RE2 syntax. */
export function tryCompile(pattern: string): RE2JS | string {
  const cached = cache.get(pattern);
  if (cached !== undefined) return cached;
  let compiled: RE2JS;
  try {
    compiled = RE2JS.compile(pattern);
  } catch (error) {
    return (error as Error).message;
  }
  cache.set(pattern, compiled);
  return compiled;
}

/** The compiled `pattern`, or an `eval_builtin_error` raised by builtin `name`. */
export function compileRegex(name: string, pattern: string): RE2JS {
  const compiled = tryCompile(pattern);
  if (typeof compiled === 'string') throw builtinError(name, compiled);
  return compiled;
}
