import { describe, expect, it } from 'vitest';
import { RegoError } from '../errors.js';
import { compile } from './compile-policy.js';

function compileError(source: string): string {
  try {
    compile({ modules: [{ path: 'test.rego', source }] });
  } catch (error) {
    if (!RegoError.isInstance(error)) return `not a RegoError: ${String(error)}`;
    return `${error.code}: ${error.message}`;
  }
  return 'compiled';
}

describe('compile checks', () => {
  it('reports unsafe variables', () => {
    expect(compileError('package t\np if x > 1')).toBe('rego_unsafe_var_error: var x is unsafe');
    expect(compileError('package t\np contains y if input.a')).toBe(
      'rego_unsafe_var_error: var y is unsafe',
    );
  });

  it('reports recursion with the cycle', () => {
    expect(compileError('package t\np if q\nq if p')).toMatch(
      /^rego_recursion_error: rule data\.t\.(p|q) is recursive: data\.t\.(p|q) -> data\.t\.(p|q) -> data\.t\.(p|q)$/,
    );
    expect(compileError('package t\np if p')).toBe(
      'rego_recursion_error: rule data.t.p is recursive: data.t.p -> data.t.p',
    );
  });

  it('reports conflicting rule kinds', () => {
    expect(compileError('package t\np := 1\np contains 2')).toBe(
      'rego_type_error: conflicting rules data.t.p found',
    );
  });

  it('reports unknown functions and builtin arity', () => {
    expect(compileError('package t\np := nope(1)')).toBe(
      'rego_type_error: undefined function nope',
    );
    expect(compileError('package t\np := count(1, 2, 3)')).toMatch(/^rego_type_error: count/);
  });

  it('reports := reassignment', () => {
    expect(compileError('package t\np if {\n  x := 1\n  x := 2\n}')).toMatch(
      /var x assigned above/,
    );
  });

  it('accepts imports and aliases', () => {
    const policy = compile({
      modules: [
        { path: 'lib.rego', source: 'package lib.util\ndouble(x) := x * 2' },
        {
          path: 'main.rego',
          source:
            'package main\nimport rego.v1\nimport data.lib.util as u\nimport input.user\np := u.double(user.age)',
        },
      ],
    });
    expect(policy.evaluate('data.main.p', { input: { user: { age: 21 } } })).toBe(42);
  });
});

describe('rule indexing', () => {
  it('answers like the unindexed rules for 200 rules keyed on input.tool.name', () => {
    let source = 'package idx\ndefault allow := false\n';
    for (let i = 0; i < 200; i++)
      source += `allow if {\n  input.tool.name == "tool${i}"\n  input.n > ${i % 3}\n}\n`;
    source += 'allow if input.tool.name == "any"\n';
    const policy = compile({ modules: [{ path: 'i.rego', source }] });
    expect(policy.evaluate('idx/allow', { input: { tool: { name: 'tool5' }, n: 5 } })).toBe(true);
    expect(policy.evaluate('idx/allow', { input: { tool: { name: 'tool5' }, n: 0 } })).toBe(false);
    expect(policy.evaluate('idx/allow', { input: { tool: { name: 'any' } } })).toBe(true);
    expect(policy.evaluate('idx/allow', { input: { tool: { name: 'nope' }, n: 9 } })).toBe(false);
    expect(policy.evaluate('idx/allow', { input: { tool: 1 } })).toBe(false);
  });
});
