import type { Expr, RefTerm, Rule, Term } from '../ast.js';
import { compileBody } from './compile-body.js';
import { collectVarNames, compileTerm, type TermContext } from './compile-term.js';
import { ruleMetadata } from './metadata.js';
import type { CElse, CRule, CTerm } from './plan.js';
import type { PendingRule } from './rule-tree.js';
import { collectPathVars, collectSlots, isValueable } from './safety.js';
import { type ModuleEnv, reportError, Scope } from './scope.js';

/** Compiles one rule (head, body, `else` chain) into its frame layout. @internal */
export function compileRule(pending: PendingRule, env: ModuleEnv): CRule {
  const rule = liftComputedArgs(pending.rule);
  const first = rule.head.ref[0];
  env.metadata = ruleMetadata({
    rule: pending.rule,
    path: [...pending.module.package, first?.type === 'var' ? first.name : ''],
    modules: env.modules ?? [],
  });
  const frame = { count: 0, names: [] as string[] };
  const argScope = new Scope(frame);
  const argNames = new Set<string>();
  for (const arg of rule.head.args ?? []) collectVarNames(arg, argNames);
  for (const name of argNames) argScope.declare(name);
  const argCx: TermContext = { env, scope: argScope };
  const args = (rule.head.args ?? []).map((a) => compileTerm(a, argCx));

  const headTerms: Term[] = [...pending.suffix];
  if (rule.head.key) headTerms.push(rule.head.key);
  if (rule.head.value) headTerms.push(rule.head.value);
  const bodyScope = new Scope(frame, argScope);
  const cx: TermContext = { env, scope: bodyScope };
  const { body, bound } = compileBody(rule.body, cx, headTerms);
  const suffix = pending.suffix.map((t) => compileTerm(t, cx));
  const key = rule.head.key ? compileTerm(rule.head.key, cx) : undefined;
  const value = rule.head.value ? compileTerm(rule.head.value, cx) : undefined;
  checkHeadSafety([...suffix, ...(key ? [key] : []), ...(value ? [value] : [])], {
    scope: bodyScope,
    bound,
    env,
    pending,
  });

  const elses: CElse[] = rule.elses.map((clause) => {
    const scope = new Scope(frame, argScope);
    const elseCx: TermContext = { env, scope };
    const compiled = compileBody(clause.body, elseCx, clause.value ? [clause.value] : []);
    const elseValue = clause.value ? compileTerm(clause.value, elseCx) : undefined;
    if (elseValue) checkHeadSafety([elseValue], { scope, bound: compiled.bound, env, pending });
    return { value: elseValue, body: compiled.body, loc: clause.loc };
  });

  return {
    slots: frame.count,
    body,
    value,
    key,
    suffix,
    args,
    elses,
    isConstant:
      (pending.rules.kind === 'complete' || pending.rules.kind === 'function') &&
      (value === undefined || value.t === 'const') &&
      elses.length === 0,
    isDefault: rule.isDefault,
    order: pending.order,
    loc: rule.loc,
  };
}

function isPatternTerm(term: Term): boolean {
  switch (term.type) {
    case 'scalar':
    case 'var':
      return true;
    case 'array':
    case 'set':
      return term.items.every(isPatternTerm);
    case 'object':
      return term.entries.every(([k, v]) => isPatternTerm(k) && isPatternTerm(v));
    default:
      return false;
  }
}

/**
 * Moves function arguments that are computed (template strings, calls, refs) into the body as
 * `arg = term`, as OPA does, so they are evaluated once the body has bound their vars.
 */
function liftComputedArgs(rule: Rule): Rule {
  const args = rule.head.args;
  if (!args || args.every(isPatternTerm)) return rule;
  const lifted: Expr[] = [];
  const newArgs = args.map((arg, i): Term => {
    if (isPatternTerm(arg)) return arg;
    const v: Term = { type: 'var', name: `$arg${i}`, loc: arg.loc, generated: true };
    const operator: RefTerm = {
      type: 'ref',
      head: { type: 'var', name: 'eq', loc: arg.loc },
      path: [],
      loc: arg.loc,
    };
    lifted.push({
      type: 'term',
      term: { type: 'call', operator, args: [v, arg], loc: arg.loc },
      negated: false,
      with: [],
      loc: arg.loc,
      generated: true,
    });
    return v;
  });
  return { ...rule, head: { ...rule.head, args: newArgs }, body: [...rule.body, ...lifted] };
}

function checkHeadSafety(
  terms: readonly CTerm[],
  options: { scope: Scope; bound: Set<number>; env: ModuleEnv; pending: PendingRule },
): void {
  const slots = new Set<number>();
  for (const t of terms) collectSlots(t, slots);
  const isBound = (s: number): boolean => s < options.scope.firstSlot || options.bound.has(s);
  // Vars in ref paths of head terms are bound by evaluating the head (`q := xs[_]`).
  const headBound = new Set<number>();
  for (const t of terms) collectPathVars(t, headBound);
  for (const s of slots) {
    if (
      isBound(s) ||
      (headBound.has(s) &&
        terms.every((t) => isValueable(t, (x) => isBound(x) || headBound.has(x))))
    )
      continue;
    const name = options.scope.frame.names[s] ?? '?';
    reportError(options.env, {
      code: 'rego_unsafe_var_error',
      message: `var ${name.startsWith('$') ? '_' : name} is unsafe`,
      loc: options.pending.rule.loc,
    });
  }
}
