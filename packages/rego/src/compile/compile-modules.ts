import type { Import, Module } from '../ast.js';
import type { BuiltinRegistry } from '../builtins/registry.js';
import { RegoError, RegoErrors } from '../errors.js';
import { type Value, valuesEqual } from '../value.js';
import { checkRecursion } from './check-recursion.js';
import { compileRule } from './compile-rule.js';
import type { CRule, DataNode, RuleSet } from './plan.js';
import { markPureRuleSets } from './purity.js';
import { indexRuleSet } from './rule-index.js';
import { buildRuleTree } from './rule-tree.js';
import type { GlobalRef, ModuleEnv } from './scope.js';

/** The compiled policy: the rule tree and what the evaluator needs to run queries on it. @internal */
export interface CompiledPolicy {
  readonly root: DataNode;
  readonly registry: BuiltinRegistry;
  readonly ruleSets: readonly RuleSet[];
}

/**
 * Compiles parsed modules: builds the rule tree, resolves names, compiles and orders every rule
 * body, checks recursion and indexes large rule sets. Throws {@link RegoErrors} on errors.
 * @internal
 */
export function compileModules(
  modules: readonly Module[],
  registry: BuiltinRegistry,
): CompiledPolicy {
  const errors: RegoError[] = [];
  const { root, pending } = buildRuleTree(modules, errors);
  const names = new Map<string, Set<string>>();
  for (const module of modules) {
    const id = module.package.join('.');
    const set = names.get(id) ?? new Set<string>();
    for (const rule of module.rules) {
      const first = rule.head.ref[0];
      if (first?.type === 'var') set.add(first.name);
    }
    names.set(id, set);
  }
  const envs = new Map<Module, ModuleEnv>();
  const envOf = (module: Module): ModuleEnv => {
    let env = envs.get(module);
    if (!env) {
      const globals = new Map<string, GlobalRef>();
      for (const name of names.get(module.package.join('.')) ?? []) {
        globals.set(name, { root: 'data', path: [...module.package, name] });
      }
      for (const imp of module.imports) addImport(imp, globals);
      env = {
        file: module.file,
        packagePath: module.package,
        globals,
        root,
        registry,
        errors,
        modules,
      };
      envs.set(module, env);
    }
    return env;
  };
  const sets = new Set<RuleSet>();
  for (const item of pending) {
    const compiled = compileRule(item, envOf(item.module));
    sets.add(item.rules);
    if (item.rule.isDefault) {
      if (item.rules.defaultRule) {
        errors.push(
          new RegoError({
            code: 'rego_type_error',
            message: `multiple default rules ${item.rules.name} found`,
            location: item.rule.loc,
          }),
        );
      }
      item.rules.defaultRule = compiled;
    } else {
      item.rules.rules.push(compiled);
    }
  }
  for (const module of modules) envOf(module);
  const ruleSets = [...sets];
  checkRecursion(ruleSets, errors);
  if (errors.length > 0) throw new RegoErrors(firstStageErrors(errors));
  for (const set of ruleSets) {
    set.index = indexRuleSet(set);
    set.earlyExit = hasEarlyExit(set);
  }
  markPureRuleSets(ruleSets);
  return { root, registry, ruleSets };
}

/**
 * OPA's early exit: complete rules and functions whose rules all have one constant value (and
 * no `else`) are decided by the first rule that succeeds.
 */
function hasEarlyExit(set: RuleSet): boolean {
  if (set.kind !== 'complete' && set.kind !== 'function') return false;
  const first = set.rules[0];
  if (first === undefined) return false;
  const constantOf = (rule: CRule): Value | undefined =>
    rule.value === undefined ? true : rule.value.t === 'const' ? rule.value.v : undefined;
  const value = constantOf(first);
  if (value === undefined) return false;
  return set.rules.every((rule) => {
    if (!rule.isConstant || rule.elses.length > 0) return false;
    const v = constantOf(rule);
    return v !== undefined && valuesEqual(v, value);
  });
}

function addImport(imp: Import, globals: Map<string, GlobalRef>): void {
  const head = imp.path.head;
  if (head.type !== 'var') return;
  if (head.name !== 'data' && head.name !== 'input') return;
  const path: Value[] = [];
  for (const term of imp.path.path) {
    if (term.type !== 'scalar' || typeof term.value !== 'string') return;
    path.push(term.value);
  }
  const alias = imp.alias ?? (path.length > 0 ? (path[path.length - 1] as string) : head.name);
  if (alias === 'input' || alias === 'data') return;
  globals.set(alias, { root: head.name, path });
}

/** OPA's compiler stops after the first stage that reports errors; later stages stay silent. */
function stageOf(error: RegoError): number {
  if (error.code === 'rego_compile_error') return 0;
  if (error.message.startsWith('conflicting rules')) return 1;
  if (error.code === 'rego_type_error') return 2;
  if (error.code === 'rego_unsafe_var_error') return 3;
  return 4;
}

function firstStageErrors(errors: readonly RegoError[]): RegoError[] {
  const first = Math.min(...errors.map(stageOf));
  return errors.filter((e) => stageOf(e) === first);
}
