import type { Body, Rule } from '@kitelogik/rego';
import { writeBlock, writeExpr } from './write-body.js';
import { writeIterable } from './write-iterable.js';
import { writeRef, writeTerm } from './write-term.js';
import type { Writer } from './writer.js';

/** Writes a rule head: `[default ]ref[(args)][ contains key| := value| = value]`. */
function writeHead(w: Writer, rule: Rule): void {
  const { head } = rule;
  if (rule.isDefault) w.write('default ');
  const [first, ...rest] = head.ref;
  if (first !== undefined) writeRef(w, { type: 'ref', head: first, path: rest, loc: head.loc });
  if (head.args !== undefined) {
    const args = head.args;
    writeIterable(
      w,
      { open: '(', close: ')', row: head.loc.row },
      args.map((arg) => ({ loc: arg.loc, write: () => writeTerm(w, arg) })),
    );
  }
  if (head.key !== undefined) {
    w.write(' contains ');
    writeTerm(w, head.key);
  } else if (head.value !== undefined) {
    // Rego v1 style: `:=` for every rule value (`p = 1` means the same in a head).
    w.write(' := ');
    writeTerm(w, head.value);
  }
}

/** The row the rule head ends on: the last code before `if` (and its `{`) of the body. */
function headEndRow(w: Writer, body: Body): number | undefined {
  const first = body[0];
  if (first === undefined) return undefined;
  const source = w.scan.source;
  let at = w.scan.prevCode(first.loc.offset);
  if (source[at] === '{') at = w.scan.prevCode(at);
  if (source.slice(at - 1, at + 1) !== 'if') return undefined;
  return w.scan.rowOf(w.scan.prevCode(at - 1));
}

/** True for a body that is a lone set literal: `p if { {x} }` must keep its braces. */
function isSetTerm(body: Body): boolean {
  const [only] = body;
  return only?.type === 'term' && !only.negated && only.term.type === 'set';
}

/**
 * ` if expr` when the only expression starts on the row the head ends on (OPA's rule), else
 * ` if { ... }`.
 */
function writeRuleBody(w: Writer, body: Body, isInlineAllowed: boolean): void {
  if (body.length === 0) return;
  const only = body[0];
  const isInline =
    isInlineAllowed &&
    body.length === 1 &&
    only !== undefined &&
    !isSetTerm(body) &&
    only.loc.row === headEndRow(w, body);
  w.write(' if ');
  if (isInline && only !== undefined) writeExpr(w, only);
  else writeBlock(w, body);
}

/** Writes a rule with its body and `else` chain (no trailing newline). */
export function writeRule(w: Writer, rule: Rule): void {
  writeHead(w, rule);
  writeRuleBody(w, rule.body, rule.elses.length === 0);
  for (const clause of rule.elses) {
    // An `else` that started its own source line is kept apart, after a blank line (OPA).
    const line = w.scan.source.slice(w.scan.lineStart(clause.loc.row)).trimStart();
    if (line.startsWith('else') && clause.loc.row > rule.loc.row) {
      w.newline();
      w.emptyLine();
      w.write('else');
    } else {
      w.write(' else');
    }
    if (clause.value !== undefined) {
      w.write(' := ');
      writeTerm(w, clause.value);
    }
    writeRuleBody(w, clause.body, false);
  }
}

/** A one-line rule OPA keeps next to an adjacent one-liner (no blank line between them). */
export function isGroupableOneLiner(rule: Rule): boolean {
  return !rule.isDefault && rule.body.length <= 1 && rule.elses.length === 0;
}
