import { describe, expect, it } from 'vitest';
import { capabilities, compile, RegoError } from './index.js';

const source = `package kitelogik.main

default allow := false

allow if input.user in data.admins

decision := {"allow": allow}
`;

describe('PreparedPolicy', () => {
  const policy = compile({ modules: [{ path: 'main.rego', source }], data: { admins: ['ann'] } });

  it('evaluates dotted and slashed entrypoints', () => {
    expect(policy.evaluate('data.kitelogik.main.decision', { input: { user: 'ann' } })).toEqual({
      allow: true,
    });
    expect(policy.evaluate('kitelogik/main/allow', { input: { user: 'bob' } })).toBe(false);
    expect(policy.evaluate('data.kitelogik.main.missing')).toBeUndefined();
  });

  it('returns one row per solution with the variables the query binds', () => {
    expect(policy.query('x := data.admins[i]')).toEqual([{ x: 'ann', i: 0 }]);
    expect(policy.query('data.kitelogik.main.allow = true', { input: { user: 'bob' } })).toEqual(
      [],
    );
    expect(policy.query('data.admins[_] = "ann"')).toEqual([{}]);
  });

  it('lets custom builtins extend and override the defaults', () => {
    const custom = compile({
      modules: [{ path: 'c.rego', source: 'package c\np := [ext.twice(2), count([1, 2])]' }],
      builtins: [
        { name: 'ext.twice', args: ['number'], implementation: ([n]) => (n as number) * 2 },
        { name: 'count', args: ['any'], implementation: () => 99 },
      ],
    });
    expect(custom.evaluate('c/p')).toEqual([4, 99]);
  });

  it('throws RegoError for parse errors and bad queries', () => {
    const parse = (): unknown => compile({ modules: [{ path: 'bad.rego', source: 'package' }] });
    expect(parse).toThrow(RegoError);
    expect(() => policy.query('x := ')).toThrow(RegoError);
  });

  it('lists builtin names for the capabilities document', () => {
    const names = capabilities();
    expect(names).toContain('count');
    expect(names).toContain('print');
    expect(names).toEqual([...names].sort());
  });
});
