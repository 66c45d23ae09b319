import type { Body, Expr, Module, Term } from '@kitelogik/rego';

/** Whether a module file holds tests (`*_test.rego`); its lines are never coverable. */
export function isTestFile(file: string): boolean {
  return file.endsWith('_test.rego');
}

/**
 * The rows `opa test --coverage` counts, per file, for the non-test modules: every rule head
 * (and `else`) and every body expression, nested ones (comprehensions, `every`, `and`/`or`)
 * included; `some x` declarations are not counted, as in OPA.
 */
export function coverableLines(modules: readonly Module[]): Map<string, Set<number>> {
  const files = new Map<string, Set<number>>();
  for (const module of modules) {
    if (isTestFile(module.file)) continue;
    let rows = files.get(module.file);
    if (rows === undefined) {
      rows = new Set();
      files.set(module.file, rows);
    }
    for (const rule of module.rules) {
      rows.add(rule.loc.row);
      for (const term of rule.head.ref) addTerm(term, rows);
      for (const term of rule.head.args ?? []) addTerm(term, rows);
      if (rule.head.key) addTerm(rule.head.key, rows);
      if (rule.head.value) addTerm(rule.head.value, rows);
      addBody(rule.body, rows);
      for (const clause of rule.elses) {
        rows.add(clause.loc.row);
        if (clause.value) addTerm(clause.value, rows);
        addBody(clause.body, rows);
      }
    }
  }
  return files;
}

function addBody(body: Body, rows: Set<number>): void {
  for (const expr of body) addExpr(expr, rows);
}

function addExpr(expr: Expr, rows: Set<number>): void {
  if (expr.type !== 'some-decl') rows.add(expr.loc.row);
  for (const w of expr.with) addTerm(w.value, rows);
  switch (expr.type) {
    case 'term':
      addTerm(expr.term, rows);
      return;
    case 'some-in':
      addTerm(expr.collection, rows);
      return;
    case 'every':
      addTerm(expr.domain, rows);
      addBody(expr.body, rows);
      return;
    case 'logic':
      for (const operand of expr.operands) addBody(operand, rows);
      return;
    case 'some-decl':
      return;
  }
}

/** Adds the expressions of the comprehensions inside a term. */
function addTerm(term: Term, rows: Set<number>): void {
  switch (term.type) {
    case 'array':
    case 'set':
      for (const item of term.items) addTerm(item, rows);
      return;
    case 'object':
      for (const [key, value] of term.entries) {
        addTerm(key, rows);
        addTerm(value, rows);
      }
      return;
    case 'ref':
      addTerm(term.head, rows);
      for (const part of term.path) addTerm(part, rows);
      return;
    case 'call':
      for (const arg of term.args) addTerm(arg, rows);
      return;
    case 'array-comprehension':
    case 'set-comprehension':
      addTerm(term.term, rows);
      addBody(term.body, rows);
      return;
    case 'object-comprehension':
      addTerm(term.key, rows);
      addTerm(term.value, rows);
      addBody(term.body, rows);
      return;
    case 'template-string':
      for (const part of term.parts) if (typeof part !== 'string') addTerm(part, rows);
      return;
    default:
      return;
  }
}
