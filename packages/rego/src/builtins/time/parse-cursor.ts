/** Low-level readers for Go time parsing: a cursor over the rest of the value and its errors. */

/** True when `text[i]` is an ASCII digit. */
export function isDigit(text: string, i: number): boolean {
  const c = text[i];
  return c !== undefined && c >= '0' && c <= '9';
}

/** True for the fractional-second separators `.` and `,`. */
export function isSeparator(c: string | undefined): boolean {
  return c === '.' || c === ',';
}

/** Thrown inside the parser when an element does not match; turned into Go's message. */
export class BadElement extends Error {}
/** Thrown when an element is out of range (`month out of range`). */
export class OutOfRange extends Error {}

/** The unparsed rest of the value. */
export interface Cursor {
  value: string;
}

/** One or two digits (exactly two when `isFixed`), as Go's `getnum`. */
export function number2(cursor: Cursor, isFixed: boolean): number {
  const { value } = cursor;
  if (!isDigit(value, 0)) throw new BadElement();
  if (!isDigit(value, 1)) {
    if (isFixed) throw new BadElement();
    cursor.value = value.slice(1);
    return Number(value[0]);
  }
  cursor.value = value.slice(2);
  return Number(value.slice(0, 2));
}

/** Up to three digits (exactly three when `isFixed`), as Go's `getnum3`. */
export function number3(cursor: Cursor, isFixed: boolean): number {
  let n = 0;
  let i = 0;
  while (i < 3 && isDigit(cursor.value, i)) {
    n = n * 10 + Number(cursor.value[i]);
    i++;
  }
  if (i === 0 || (isFixed && i !== 3)) throw new BadElement();
  cursor.value = cursor.value.slice(i);
  return n;
}

/** A case-insensitive name from `names` at the start of the value; returns its index. */
export function lookupName(cursor: Cursor, names: readonly string[]): number {
  const index = names.findIndex(
    (name) => cursor.value.slice(0, name.length).toLowerCase() === name.toLowerCase(),
  );
  if (index < 0) throw new BadElement();
  cursor.value = cursor.value.slice((names[index] as string).length);
  return index;
}

/** `.123` (the first `width` characters, separator included) as nanoseconds. */
export function nanoseconds(text: string, width: number): number {
  if (!isSeparator(text[0])) throw new BadElement();
  const digits = text.slice(1, Math.min(width, 10));
  if (!/^\d*$/.test(digits) || digits === '') throw new BadElement();
  return Number(digits.padEnd(9, '0'));
}
