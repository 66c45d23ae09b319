import { describe, expect, it } from 'vitest';
import { compile } from '../compile/compile-policy.js';
import { RegoError } from '../errors.js';

function run(source: string, options: { input?: unknown; data?: unknown } = {}) {
  const policy = compile({ modules: [{ path: 'test.rego', source }], data: options.data ?? {} });
  return (entrypoint: string) => policy.evaluate(entrypoint, { input: options.input });
}

describe('complete rules', () => {
  it('gives the head value when the body holds, undefined otherwise', () => {
    const ev = run('package t\np := 7 if input.x > 1\nq := 1 if input.x > 5', { input: { x: 2 } });
    expect(ev('data.t.p')).toBe(7);
    expect(ev('data.t.q')).toBeUndefined();
  });

  it('falls back to the default value', () => {
    const ev = run('package t\ndefault allow := false\nallow if input.admin', { input: {} });
    expect(ev('data.t.allow')).toBe(false);
  });

  it('walks an else chain in order', () => {
    const source =
      'package t\nsize := "big" if input.n > 10\nelse := "mid" if input.n > 5\nelse := "small"';
    expect(run(source, { input: { n: 20 } })('data.t.size')).toBe('big');
    expect(run(source, { input: { n: 7 } })('data.t.size')).toBe('mid');
    expect(run(source, { input: { n: 1 } })('data.t.size')).toBe('small');
  });

  it('raises eval_conflict_error for different outputs', () => {
    const ev = run('package t\np := 1 if true\np := 2 if true');
    expect(() => ev('data.t.p')).toThrow('complete rules must not produce multiple outputs');
    try {
      ev('data.t.p');
    } catch (error) {
      expect(RegoError.isInstance(error) && error.code).toBe('eval_conflict_error');
    }
  });
});

describe('partial rules', () => {
  it('collects a partial set from several rules', () => {
    const source = 'package t\nd contains "a" if true\nd contains x if some x in input.xs';
    expect(run(source, { input: { xs: ['c', 'b'] } })('data.t.d')).toEqual(['a', 'b', 'c']);
  });

  it('builds a partial object and reports key conflicts', () => {
    expect(run('package t\no[k] := v if some k, v in {"a": 1, "b": 2}')('data.t.o')).toEqual({
      a: 1,
      b: 2,
    });
    expect(() =>
      run('package t\no[k] := 1 if k := "a"\no[k] := 2 if k := "a"')('data.t.o'),
    ).toThrow('object keys must be unique');
  });

  it('nests ref-head rules into objects', () => {
    const source = 'package t\na.b.c := 1\na.b[k] := 2 if k := "d"';
    expect(run(source)('data.t.a')).toEqual({ b: { c: 1, d: 2 } });
  });

  it('iterates virtual and base documents together', () => {
    const source = 'package t\nall contains x if data.policies[_].deny[_] = x';
    const data = { policies: { one: { deny: ['base'] } } };
    const policy = compile({
      modules: [
        { path: 'a.rego', source },
        { path: 'b.rego', source: 'package policies.two\ndeny contains "virtual"' },
      ],
      data,
    });
    expect(policy.evaluate('data.t.all')).toEqual(['base', 'virtual']);
  });
});

describe('functions', () => {
  it('matches argument patterns across definitions', () => {
    const source = 'package t\nf(1) := "one"\nf(x) := "many" if x > 1\np := [f(1), f(5)]';
    expect(run(source)('data.t.p')).toEqual(['one', 'many']);
  });

  it('raises a conflict for different outputs on the same input', () => {
    const source = 'package t\nf(_) := 1\nf(_) := 2\np := f(0)';
    expect(() => run(source)('data.t.p')).toThrow(
      'functions must not produce multiple outputs for same inputs',
    );
  });

  it('is undefined when no definition matches', () => {
    expect(run('package t\nf(x) := x if x > 1\np := f(0)')('data.t.p')).toBeUndefined();
  });
});
