import type { CliIo } from './cli-io.js';

/** Terminal styling: ANSI colours, or identity functions when colour is off. */
export interface Style {
  readonly red: (text: string) => string;
  readonly green: (text: string) => string;
  readonly yellow: (text: string) => string;
  readonly bold: (text: string) => string;
  readonly dim: (text: string) => string;
}

const wrap =
  (open: number, close: number) =>
  (text: string): string =>
    `\u001b[${open}m${text}\u001b[${close}m`;

const plain = (text: string): string => text;

/** Colours only when stdout is a terminal and `NO_COLOR` is unset (https://no-color.org). */
export function createStyle(io: CliIo): Style {
  const noColor = io.env?.NO_COLOR;
  const isColored = io.isTty === true && (noColor === undefined || noColor === '');
  if (!isColored) return { red: plain, green: plain, yellow: plain, bold: plain, dim: plain };
  return {
    red: wrap(31, 39),
    green: wrap(32, 39),
    yellow: wrap(33, 39),
    bold: wrap(1, 22),
    dim: wrap(2, 22),
  };
}
