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
      writeBlock(w, expr.body);
      break;
    case 'logic':
      for (const [index, operand] of expr.operands.entries()) {
        if (index > 0) w.write(` ${expr.operator} `);
        writeBlock(w, operand);
      }
      break;
  }
  for (const modifier of expr.with) {
    w.write(' with ');
    writeTerm(w, modifier.target);
    w.write(' as ');
    writeTerm(w, modifier.value);
  }
}

/** Writes `{`, one expression per line (comments before each), then `}`. */
export function writeBlock(w: Writer, body: Body): void {
  w.write('{');
  w.up();
  for (const expr of body) {
    w.newline();
    w.flushComments(expr.loc.offset);
    writeExpr(w, expr);
  }
  w.newline();
  const first = body[0];
  const end = first === undefined ? undefined : w.scan.closeOf(first.loc.offset);
  if (end !== undefined) w.flushComments(end);
  w.down();
  w.reindent();
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
    for (const [index, expr] of body.entries()) {
      if (index > 0) w.write('; ');
      writeExpr(w, expr);
    }
    return;
  }
  w.write(' |');
  w.up();
  for (const expr of body) {
    w.newline();
    w.flushComments(expr.loc.offset);
    writeExpr(w, expr);
  }
  w.newline();
  const first = body[0];
  const end = first === undefined ? undefined : w.scan.closeOf(first.loc.offset);
  if (end !== undefined) w.flushComments(end);
  w.down();
  w.reindent();
}
