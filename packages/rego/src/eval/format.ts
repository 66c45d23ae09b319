import { formatValue } from '../builtins/sprintf.js';
import type { CTemplateTerm, CTerm } from '../compile/plan.js';
import type { Value } from '../value.js';
import type { Frame } from './context.js';
import { singleValue } from './terms.js';

/** How `print` and template strings show a missing value. @internal */
export const UNDEFINED_TEXT = '<undefined>';

/** Shows a value as `print` does: strings raw, other values as Rego text. @internal */
export function showValue(value: Value | undefined): string {
  return value === undefined ? UNDEFINED_TEXT : formatValue(value);
}

/** Renders a template string; undefined parts read `<undefined>`. @internal */
export function renderTemplate(term: CTemplateTerm, f: Frame): string {
  let out = '';
  for (const part of term.parts) {
    out += typeof part === 'string' ? part : showValue(singleValue(part as CTerm, f));
  }
  return out;
}
