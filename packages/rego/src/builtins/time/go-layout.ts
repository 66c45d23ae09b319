/**
 * Go's reference-time layouts (`2006-01-02T15:04:05Z07:00`): the tokenizer shared by formatting
 * and parsing, following `time.nextStdChunk`.
 */

/** A layout element, named by the reference-time text it stands for (`2006`, `Jan`, `Z07:00`, …). */
export interface LayoutToken {
  /** The element; fractional seconds are `frac0` (`.000`) or `frac9` (`.999`). */
  readonly code: string;
  /** The layout text the token came from. */
  readonly text: string;
  /** Fractional digits, for `frac0` / `frac9`. */
  readonly digits: number;
  /** `.` or `,`, for fractional seconds. */
  readonly separator: string;
}

/** One step through a layout: literal text, then a token (absent at the end), then the rest. */
export interface LayoutChunk {
  readonly prefix: string;
  readonly token: LayoutToken | undefined;
  readonly rest: string;
}

/** Go's named layouts, accepted in place of a layout string. */
export const namedLayouts: Readonly<Record<string, string>> = {
  ANSIC: 'Mon Jan _2 15:04:05 2006',
  UnixDate: 'Mon Jan _2 15:04:05 MST 2006',
  RubyDate: 'Mon Jan 02 15:04:05 -0700 2006',
  RFC822: '02 Jan 06 15:04 MST',
  RFC822Z: '02 Jan 06 15:04 -0700',
  RFC850: 'Monday, 02-Jan-06 15:04:05 MST',
  RFC1123: 'Mon, 02 Jan 2006 15:04:05 MST',
  RFC1123Z: 'Mon, 02 Jan 2006 15:04:05 -0700',
  RFC3339: '2006-01-02T15:04:05Z07:00',
  RFC3339Nano: '2006-01-02T15:04:05.999999999Z07:00',
};

/** Resolves a named layout (`RFC3339`) to its text; other layouts are returned as they are. */
export function resolveLayout(layout: string): string {
  return Object.hasOwn(namedLayouts, layout) ? (namedLayouts[layout] as string) : layout;
}

const isLower = (c: string | undefined): boolean => c !== undefined && c >= 'a' && c <= 'z';
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

const zeroPadded = ['01', '02', '03', '04', '05', '06'];
const numericZones = ['-070000', '-07:00:00', '-0700', '-07:00', '-07'];
const isoZones = ['Z070000', 'Z07:00:00', 'Z0700', 'Z07:00', 'Z07'];

function token(code: string): LayoutToken {
  return { code, text: code, digits: 0, separator: '' };
}

/** The token starting at `i`, if any (without look-behind; `_2006` is handled by the caller). */
function tokenAt(layout: string, i: number): LayoutToken | undefined {
  const rest = layout.slice(i);
  switch (layout[i]) {
    case 'J':
      if (rest.startsWith('January')) return token('January');
      if (rest.startsWith('Jan') && !isLower(rest[3])) return token('Jan');
      return undefined;
    case 'M':
      if (rest.startsWith('Monday')) return token('Monday');
      if (rest.startsWith('Mon') && !isLower(rest[3])) return token('Mon');
      if (rest.startsWith('MST')) return token('MST');
      return undefined;
    case '0':
      if (zeroPadded.includes(rest.slice(0, 2))) return token(rest.slice(0, 2));
      if (rest.startsWith('002')) return token('002');
      return undefined;
    case '1':
      return token(rest.startsWith('15') ? '15' : '1');
    case '2':
      return token(rest.startsWith('2006') ? '2006' : '2');
    case '_':
      if (rest.startsWith('_2')) return token('_2');
      if (rest.startsWith('__2')) return token('__2');
      return undefined;
    case '3':
    case '4':
    case '5':
      return token(layout[i] as string);
    case 'P':
      return rest.startsWith('PM') ? token('PM') : undefined;
    case 'p':
      return rest.startsWith('pm') ? token('pm') : undefined;
    case '-': {
      const zone = numericZones.find((z) => rest.startsWith(z));
      return zone === undefined ? undefined : token(zone);
    }
    case 'Z': {
      const zone = isoZones.find((z) => rest.startsWith(z));
      return zone === undefined ? undefined : token(zone);
    }
    case '.':
    case ',':
      return fractionAt(layout, i);
    default:
      return undefined;
  }
}

/** `.000` / `,999`: a separator and a run of one repeated digit not followed by another digit. */
function fractionAt(layout: string, i: number): LayoutToken | undefined {
  const digit = layout[i + 1];
  if (digit !== '0' && digit !== '9') return undefined;
  let j = i + 1;
  while (layout[j] === digit) j++;
  if (isDigit(layout[j])) return undefined;
  return {
    code: digit === '0' ? 'frac0' : 'frac9',
    text: layout.slice(i, j),
    digits: j - i - 1,
    separator: layout[i] as string,
  };
}

/** Splits `layout` at its first token (Go's `nextStdChunk`). */
export function nextChunk(layout: string): LayoutChunk {
  for (let i = 0; i < layout.length; i++) {
    // `_2006` is a literal underscore followed by the year.
    if (layout.startsWith('_2006', i)) {
      return { prefix: layout.slice(0, i + 1), token: token('2006'), rest: layout.slice(i + 5) };
    }
    const found = tokenAt(layout, i);
    if (found !== undefined) {
      return {
        prefix: layout.slice(0, i),
        token: found,
        rest: layout.slice(i + found.text.length),
      };
    }
  }
  return { prefix: layout, token: undefined, rest: '' };
}
