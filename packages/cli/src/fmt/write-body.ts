import type { Body, Expr, Location } from '@kitelogik/rego';
import { writeTerm } from './write-term.js';
import type { Writer } from './writer.js';

const TOP = { kind: 'top' } as const;

/** Writes one expression of a body, with `not` and its `with` modifiers. */
export function writeExpr(w: Writer, expr: Expr): void {
  if (expr.negated) w.write('not ');
  switch (expr.type) {
    case 'term':
      writeTerm(w, expr.term, TOP);
      break;
    case 'some-decl':
      w.write('some ');
      for (const [index, variable] of expr.vars.entries()) {
        if (index > 0) w.write(', ');
        writeTerm(w, variable);
      }
      break;
    case 'some-in':
      w.write('some ');
      if (expr.key !== undefined) {
        writeTerm(w, expr.key, { kind: 'top-arg', level: 2, isRight: false });
        w.write(', ');
      }
      writeTerm(w, expr.value, { kind: 'top-arg', level: 2, isRight: false });
      w.write(' in ');
      writeTerm(w, expr.collection, { kind: 'top-arg', level: 2, isRight: false });
      break;
    case 'every':
      w.write('every ');
      if (expr.key !== undefined) {
        writeTerm(w, expr.key);
        w.write(', ');
      }
      writeTerm(w, expr.value);
      w.write(' in ');
      writeTerm(w, expr.domain, { kind: 'top-arg', level: 2, isRight: false });
      w.write(' ');
      writeEveryBody(w, expr.body, expr.loc.row);
      break;
    case 'logic':
      for (const [index, operand] of expr.operands.entries()) {
        if (index > 0) w.write(` ${expr.operator} `);
        writeBlock(w, operand);
      }
      break;
  }
  writeWiths(w, expr);
}

/**
 * Writes `with` modifiers as OPA does: on the expression's last line while the source had
 * them there, each later-row one on its own line, indented once.
 */
function writeWiths(w: Writer, expr: Expr): void {
  const [first] = expr.with;
  if (first === undefined) return;
  let lastRow = w.scan.rowOf(w.scan.prevCode(first.loc.offset));
  let isIndented = false;
  for (const modifier of expr.with) {
    if (modifier.loc.row > lastRow) {
      if (!isIndented) w.up();
      isIndented = true;
      w.newline();
      w.flushComments(modifier.loc.offset, modifier.loc.row);
      lastRow = modifier.loc.row;
    } else {
      w.write(' ');
    }
    w.write('with ');
    writeTerm(w, modifier.target);
    w.write(' as ');
    writeTerm(w, modifier.value);
  }
  if (isIndented) w.down();
}

/**
 * Writes the expressions of a body one per line at the current indentation plus one, keeping
 * a blank line where the source had one after the previous expression, then comments up to
 * the closing bracket.
 */
function writeBodyLines(w: Writer, body: Body): void {
  w.up();
  for (const [index, expr] of body.entries()) {
    w.newline();
    if (index > 0 && expr.loc.row > w.scan.rowOf(w.scan.prevCode(expr.loc.offset)) + 1) {
      w.emptyLine();
    }
    w.flushComments(expr.loc.offset, expr.loc.row);
    writeExpr(w, expr);
  }
  w.newline();
  const first = body[0];
  const end = first === undefined ? undefined : w.scan.closeOf(first.loc.offset);
  if (end !== undefined) w.flushComments(end, w.scan.rowOf(end));
  w.down();
  w.reindent();
}

/** Writes `{`, one expression per line (comments before each), then `}`. */
export function writeBlock(w: Writer, body: Body): void {
  w.write('{');
  writeBodyLines(w, body);
  w.write('}');
}

/**
 * Writes ` | body` of a comprehension: inline (`; `-separated) when the body sat on the head's
 * row, else one expression per line.
 */
export function writeComprehensionBody(w: Writer, body: Body, head: Location): void {
  const isMultiline = body.some((expr) => expr.loc.row > head.row);
  if (!isMultiline) {
    w.write(' | ');
    writeInline(w, body);
    return;
  }
  w.write(' |');
  writeBodyLines(w, body);
}

function writeInline(w: Writer, body: Body): void {
  for (const [index, expr] of body.entries()) {
    if (index > 0) w.write('; ');
    writeExpr(w, expr);
  }
}

/** `every ... { body }`: inline when the whole body sat on the `every` row, as OPA does. */
function writeEveryBody(w: Writer, body: Body, row: number): void {
  if (body.some((expr) => expr.loc.row > row)) {
    writeBlock(w, body);
    return;
  }
  w.write('{ ');
  writeInline(w, body);
  w.write(body.length === 1 ? ' }' : '}');
}
