import { RE2JS } from 're2js';

/**
 * The regex of a `regex.template_match` pattern: text outside the delimiters matches
 * literally, text inside is a regular expression, and the whole input must match (as the
 * gorilla/mux-style templates OPA uses). Returns an error message for unbalanced delimiters.
 */
export function templateToRegex(template: string, open: string, close: string): string | Error {
  let pattern = '^';
  let depth = 0;
  let literalStart = 0;
  let exprStart = 0;
  for (let i = 0; i < template.length; i++) {
    const char = template[i];
    if (char === open) {
      if (depth === 0) {
        pattern += RE2JS.quote(template.slice(literalStart, i));
        exprStart = i + 1;
      }
      depth++;
    } else if (char === close) {
      depth--;
      if (depth < 0) return new Error(`unbalanced braces in "${template}"`);
      if (depth === 0) {
        pattern += `(${template.slice(exprStart, i)})`;
        literalStart = i + 1;
      }
    }
  }
  if (depth !== 0) return new Error(`unbalanced braces in "${template}"`);
  return `${pattern}${RE2JS.quote(template.slice(literalStart))}$`;
}
