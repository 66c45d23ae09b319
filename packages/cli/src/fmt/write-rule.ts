import type { Body, Rule, Term } from '@kitelogik/rego';
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
    w.write(head.assign ? ' := ' : ' = ');
    writeTerm(w, head.value);
  }
}

/** ` if expr` when the only expression starts on the head's row, else ` if { ... }`. */
function writeRuleBody(
  w: Writer,
  body: Body,
  options: { row: number; isInlineAllowed: boolean },
): void {
  if (body.length === 0) return;
  const only = body[0];
  if (
    options.isInlineAllowed &&
    body.length === 1 &&
    only !== undefined &&
    only.loc.row === options.row
  ) {
    w.write(' if ');
    writeExpr(w, only);
    return;
  }
  w.write(' if ');
  writeBlock(w, body);
}

/** Writes a rule with its body and `else` chain (no trailing newline). */
export function writeRule(w: Writer, rule: Rule): void {
  writeHead(w, rule);
  const hasElse = rule.elses.length > 0;
  writeRuleBody(w, rule.body, { row: rule.head.loc.row, isInlineAllowed: !hasElse });
  for (const clause of rule.elses) {
    w.write(' else');
    if (clause.value !== undefined) {
      w.write(' := ');
      writeTerm(w, clause.value as Term);
    }
    writeRuleBody(w, clause.body, { row: clause.loc.row, isInlineAllowed: false });
  }
}

/** A one-line rule OPA keeps next to an adjacent one-liner (no blank line between them). */
export function isGroupableOneLiner(rule: Rule): boolean {
  return !rule.isDefault && rule.body.length <= 1 && rule.elses.length === 0;
}
