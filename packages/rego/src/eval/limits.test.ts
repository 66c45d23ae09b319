import { describe, expect, it } from 'vitest';
import { compile } from '../compile/compile-policy.js';
import { RegoError } from '../errors.js';

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return RegoError.isInstance(error) ? error.code : `not a RegoError: ${String(error)}`;
  }
  return undefined;
}

const heavy = 'package t\np := count([x | some x in numbers.range(1, 200000); x % 7 == 0])';

describe('limits', () => {
  it('stops at maxSteps with eval_limit_error', () => {
    const policy = compile({ modules: [{ path: 't.rego', source: heavy }] });
    expect(codeOf(() => policy.evaluate('data.t.p', { maxSteps: 1000 }))).toBe('eval_limit_error');
    expect(policy.evaluate('data.t.p', { maxSteps: 10_000_000 })).toBe(28571);
  });

  it('stops at the deadline with eval_cancel_error', () => {
    const policy = compile({ modules: [{ path: 't.rego', source: heavy }] });
    expect(codeOf(() => policy.evaluate('data.t.p', { timeoutMs: 0 }))).toBe('eval_cancel_error');
  });

  it('turns runaway recursion into eval_limit_error, never a RangeError', () => {
    // A function mocked by itself through `with` recurses without end at run time.
    const source =
      'package t\nf(x) := g(x)\ng(x) := y if y := f(x) with f as h\nh(x) := g(x)\np := f(1)';
    let code: string | undefined;
    try {
      code = codeOf(() => compile({ modules: [{ path: 't.rego', source }] }).evaluate('data.t.p'));
    } catch (error) {
      code = RegoError.isInstance(error) ? error.code : 'thrown';
    }
    expect(['eval_limit_error', 'rego_recursion_error']).toContain(code);
  });

  it('reports strict builtin errors after evaluation, and ignores them otherwise', () => {
    const policy = compile({ modules: [{ path: 't.rego', source: 'package t\np := 1 / 0' }] });
    expect(policy.evaluate('data.t.p')).toBeUndefined();
    expect(codeOf(() => policy.evaluate('data.t.p', { strictBuiltinErrors: true }))).toBe(
      'eval_builtin_error',
    );
  });
});

describe('deep structures', () => {
  it('evaluates bodies of tens of thousands of expressions without a stack overflow', () => {
    let body = '';
    for (let i = 0; i < 20000; i++) body += `  x${i} := ${i}\n`;
    const policy = compile({
      modules: [{ path: 'l.rego', source: `package l\np if {\n${body}  x19999 == 19999\n}` }],
    });
    expect(policy.evaluate('data.l.p')).toBe(true);
  });

  it('reports deeply nested input as eval_limit_error', () => {
    let deep: unknown = {};
    for (let i = 0; i < 100000; i++) deep = { a: deep };
    const policy = compile({ modules: [{ path: 't.rego', source: 'package t\np := input' }] });
    expect(codeOf(() => policy.evaluate('data.t.p', { input: deep }))).toBe('eval_limit_error');
  });
});
