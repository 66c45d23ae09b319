import { describe, expect, it } from 'vitest';
import { createRegistry } from '../builtins/index.js';
import { parseModule } from '../parse.js';
import { compileModules } from './compile-modules.js';

function pureSets(source: string, extra = 'package x\nq := 1'): string[] {
  const modules = [parseModule(source, 't.rego'), parseModule(extra, 'x.rego')];
  const policy = compileModules(modules, createRegistry([]));
  return policy.ruleSets
    .filter((s) => s.isPure)
    .map((s) => s.name)
    .sort();
}

describe('markPureRuleSets', () => {
  it('marks rule sets that read only the policy, data and their arguments', () => {
    const source = `package t
a := data.cfg.limit
f(x) := y if { parts := split(x, ":"); y := parts[0] }
g(x) if f(x) == a
h := [v | some v in data.x.q]
i := input.kind
j := f(input.kind)
k := time.now_ns()
l := 1 if print("x")
m := v if { v := 1 with input as 2 }
n := data.t.i
o(x) := rand.intn(x, 10)`;
    expect(pureSets(source)).toEqual(['data.t.a', 'data.t.f', 'data.t.g', 'data.t.h', 'data.x.q']);
  });

  it('treats a reference into a subtree as depending on every rule below it', () => {
    const source = 'package t\nall := data.x\nsome_doc := data.x.q';
    const impure = 'package x\nq := 1\nr := input.r';
    expect(pureSets(source, impure)).toEqual(['data.t.some_doc', 'data.x.q']);
  });

  it('never trusts a caller-supplied builtin', () => {
    const modules = [parseModule('package t\np := probe(1)\nq := count([1])', 't.rego')];
    const registry = createRegistry([
      {
        name: 'probe',
        args: ['any'],
        result: 'any',
        description: 'custom builtin',
        category: 'custom',
        isNondeterministic: true,
        implementation: () => 1,
      },
    ]);
    const policy = compileModules(modules, registry);
    expect(policy.ruleSets.filter((s) => s.isPure).map((s) => s.name)).toEqual(['data.t.q']);
  });
});
