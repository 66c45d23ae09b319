import type { Location } from '@kitelogik/rego';
import type { Writer } from './writer.js';

/** One element of a bracketed list: where it starts and how to write it. */
export interface IterableElement {
  readonly loc: Location;
  write(): void;
}

/**
 * Groups elements into lines as OPA's formatter does: an element starting on a later source row
 * than the previous element starts a new line.
 */
function groupLines(elements: readonly IterableElement[]): IterableElement[][] {
  const lines: IterableElement[][] = [];
  let current: IterableElement[] = [];
  let lastRow = elements[0]?.loc.row ?? 0;
  for (const [index, element] of elements.entries()) {
    if (element.loc.row > lastRow && index > 0) {
      lines.push(current);
      current = [];
    }
    lastRow = element.loc.row;
    current.push(element);
  }
  lines.push(current);
  return lines;
}

/**
 * Writes `open elements close`: on one line when the source had every element on one row,
 * otherwise one source row per line, each ending with a comma, inside an indented block.
 */
export function writeIterable(
  w: Writer,
  brackets: { open: string; close: string; row: number },
  elements: readonly IterableElement[],
): void {
  const { open, close, row } = brackets;
  const lines = groupLines(elements);
  const first = elements[0];
  // Also break when the source put the first element below the opening bracket.
  const isMultiline = lines.length > 1 || (first !== undefined && first.loc.row > row);
  w.write(open);
  if (!isMultiline) {
    for (const [index, element] of elements.entries()) {
      if (index > 0) w.write(', ');
      element.write();
    }
    w.write(close);
    return;
  }
  w.up();
  for (const line of lines) {
    w.newline();
    const head = line[0] as IterableElement;
    w.flushComments(head.loc.offset, head.loc.row);
    for (const [index, element] of line.entries()) {
      if (index > 0) w.write(', ');
      element.write();
    }
    w.write(',');
  }
  w.newline();
  const end = first === undefined ? undefined : w.scan.closeOf(first.loc.offset);
  if (end !== undefined) w.flushComments(end, w.scan.rowOf(end));
  w.down();
  w.reindent();
  w.write(close);
}
