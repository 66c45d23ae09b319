/**
 * A compact, unambiguous printer of the AST for parser tests: infix operators print as the
 * calls they are (`plus(1, mul(2, 3))`), bodies as `{ a; b }`.
 */
import type { Body, Expr, Module, Rule, Term } from '../../ast.js';

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Prints a term. */
export function printTerm(term: Term): string {
  switch (term.type) {
    case 'scalar':
      return typeof term.value === 'bigint' ? `${term.value}n` : JSON.stringify(term.value);
    case 'var':
      return term.name;
    case 'ref':
      return (
        printTerm(term.head) +
        term.path
          .map((p) =>
            p.type === 'scalar' && typeof p.value === 'string' && IDENT.test(p.value)
              ? `.${p.value}`
              : `[${printTerm(p)}]`,
          )
          .join('')
      );
    case 'array':
      return `[${term.items.map(printTerm).join(', ')}]`;
    case 'set':
      return term.items.length === 0 ? 'set()' : `{${term.items.map(printTerm).join(', ')}}`;
    case 'object':
      return `{${term.entries.map(([k, v]) => `${printTerm(k)}: ${printTerm(v)}`).join(', ')}}`;
    case 'array-comprehension':
      return `[${printTerm(term.term)} | ${printBody(term.body)}]`;
    case 'set-comprehension':
      return `{${printTerm(term.term)} | ${printBody(term.body)}}`;
    case 'object-comprehension':
      return `{${printTerm(term.key)}: ${printTerm(term.value)} | ${printBody(term.body)}}`;
    case 'call':
      return `${printTerm(term.operator)}(${term.args.map(printTerm).join(', ')})`;
    case 'template-string':
      return `$"${term.parts.map((p) => (typeof p === 'string' ? p : `{${printTerm(p)}}`)).join('')}"`;
  }
}

/** Prints an expression. */
export function printExpr(expr: Expr): string {
  let text: string;
  switch (expr.type) {
    case 'term':
      text = printTerm(expr.term);
      break;
    case 'some-decl':
      text = `some ${expr.vars.map(printTerm).join(', ')}`;
      break;
    case 'some-in':
      text = `some ${expr.key ? `${printTerm(expr.key)}, ` : ''}${printTerm(expr.value)} in ${printTerm(expr.collection)}`;
      break;
    case 'every':
      text = `every ${expr.key ? `${printTerm(expr.key)}, ` : ''}${printTerm(expr.value)} in ${printTerm(expr.domain)} { ${printBody(expr.body)} }`;
      break;
    case 'logic':
      text = `${expr.operator}(${expr.operands.map((b) => `{ ${printBody(b)} }`).join(', ')})`;
      break;
  }
  const modifiers = expr.with.map((w) => ` with ${printTerm(w.target)} as ${printTerm(w.value)}`);
  return `${expr.negated ? 'not ' : ''}${text}${modifiers.join('')}`;
}

/** Prints a body as `a; b`. */
export function printBody(body: Body): string {
  return body.map(printExpr).join('; ');
}

/** Prints a rule on one line. */
export function printRule(rule: Rule): string {
  const { head } = rule;
  const [first, ...rest] = head.ref;
  let text =
    (rule.isDefault ? 'default ' : '') +
    printTerm({
      type: 'ref',
      head: first as Term,
      path: rest,
      loc: head.loc,
    });
  if (head.args) text += `(${head.args.map(printTerm).join(', ')})`;
  if (head.key) text += ` contains ${printTerm(head.key)}`;
  if (head.value) text += ` ${head.assign ? ':=' : '='} ${printTerm(head.value)}`;
  if (rule.body.length > 0) text += ` if { ${printBody(rule.body)} }`;
  for (const clause of rule.elses) {
    text += ' else';
    if (clause.value) text += ` := ${printTerm(clause.value)}`;
    if (clause.body.length > 0) text += ` if { ${printBody(clause.body)} }`;
  }
  return text;
}

/** Prints a module's package, imports and rules, one per line. */
export function printModule(module: Module): string {
  const lines = [`package ${module.package.join('.')}`];
  for (const imported of module.imports) {
    lines.push(
      `import ${printTerm(imported.path)}${imported.alias ? ` as ${imported.alias}` : ''}`,
    );
  }
  lines.push(...module.rules.map(printRule));
  return lines.join('\n');
}
