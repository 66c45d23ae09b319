import { describe, expect, it } from 'vitest';
import { compile } from '../compile/compile-policy.js';
import { RegoObject } from '../value.js';
import { CallMemo } from './call-memo.js';

describe('CallMemo', () => {
  it('keys scalars by value and composites by identity', () => {
    const memo = new CallMemo();
    const a = ['x'];
    const b = ['x'];
    const o = new RegoObject([['k', 1]]);
    memo.set(1, 'one');
    memo.set('1', 'string one');
    memo.set(null, 'null');
    memo.set(a, 'a');
    memo.set(o, 'o');
    expect(memo.get(1)).toBe('one');
    expect(memo.get('1')).toBe('string one');
    expect(memo.get(null)).toBe('null');
    expect(memo.get(a)).toBe('a');
    expect(memo.get(b)).toBeUndefined();
    expect(memo.get(o)).toBe('o');
    expect(memo.get(false)).toBeUndefined();
  });

  it('makes one level per key and returns it again', () => {
    const memo = new CallMemo();
    const arg = ['x'];
    const level = memo.level(arg);
    level.set('y', 1);
    expect(memo.level(arg)).toBe(level);
    expect(memo.level(arg).get('y')).toBe(1);
    expect(memo.level('x')).not.toBe(level);
  });
});

describe('pure functions with composite arguments across evaluations', () => {
  it('answer for the arguments of each evaluation', () => {
    const source = `package t
inside(path, globs) if { some g in globs; glob.match(g, ["/"], path) }
deny := [p | some p in input.paths; inside(p, data.cfg.deny)]
mine := [p | some p in input.paths; inside(p, input.globs)]`;
    const policy = compile({
      modules: [{ path: 't.rego', source }],
      data: { cfg: { deny: ['**/.env', '/etc/**'] } },
    });
    const evaluate = (entrypoint: string, input: unknown): unknown =>
      policy.evaluate(entrypoint, { input });
    for (let i = 0; i < 2; i++) {
      expect(evaluate('data.t.deny', { paths: ['/a/.env', '/a/b'] })).toEqual(['/a/.env']);
      expect(evaluate('data.t.deny', { paths: ['/etc/x', '/a/.env2'] })).toEqual(['/etc/x']);
      expect(evaluate('data.t.mine', { paths: ['/a/b'], globs: ['/a/*'] })).toEqual(['/a/b']);
      expect(evaluate('data.t.mine', { paths: ['/a/b'], globs: ['/b/*'] })).toEqual([]);
    }
  });
});
