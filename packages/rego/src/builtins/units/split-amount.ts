/** Exponents with more digits than this are refused (`exponent too large`), as OPA does. */
const MAX_EXPONENT_DIGITS = 6;

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/** The amount and unit parts of a resource string such as `10.5Gi` or `1e3KB`. */
export interface Amount {
  readonly amount: string;
  readonly unit: string;
}

/**
 * Splits `text` at the first character that cannot belong to the number (digits, `.`, signs and
 * an exponent `e`/`E` followed by a digit or sign). Undefined when the exponent is too long.
 */
export function splitAmount(text: string): Amount | undefined {
  let boundary = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (!isDigit(c) && c !== '.' && c !== 'e' && c !== 'E' && c !== '+' && c !== '-') {
      boundary = i;
      break;
    }
    if (c === 'e' || c === 'E') {
      const next = text[i + 1];
      // An `e` not followed by a digit or sign is the start of the unit (exa).
      if (!isDigit(next) && next !== '+' && next !== '-') {
        boundary = i;
        break;
      }
      if (next === '+' || next === '-') i++;
      let end = i + 1;
      while (isDigit(text[end])) end++;
      if (end - (i + 1) > MAX_EXPONENT_DIGITS) return undefined;
    }
  }
  if (boundary === -1) return { amount: text, unit: '' };
  return { amount: text.slice(0, boundary), unit: text.slice(boundary) };
}
