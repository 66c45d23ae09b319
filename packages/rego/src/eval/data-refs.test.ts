import { describe, expect, it } from 'vitest';
import { compile } from '../compile/compile-policy.js';

const source = `package t
docs := [[k, v] | some k; v := data.a[k]]
replaced := d if { d := docs with data.a.z as 0 }
`;

describe('iterating a data node with base data and rule children', () => {
  const modules = [
    { path: 't.rego', source },
    { path: 'a.rego', source: 'package a\nm := 1\nb := 2' },
  ];

  it('visits base keys and rule documents in sort order, the same on every evaluation', () => {
    const policy = compile({ modules, data: { a: { c: 3, a: 4 } } });
    const expected = [
      ['a', 4],
      ['b', 2],
      ['c', 3],
      ['m', 1],
    ];
    expect(policy.evaluate('data.t.docs')).toEqual(expected);
    expect(policy.evaluate('data.t.docs')).toEqual(expected);
  });

  it('sees keys that a with data replacement adds, without caching them', () => {
    const policy = compile({ modules, data: { a: { c: 3 } } });
    expect(policy.evaluate('data.t.replaced')).toEqual([
      ['b', 2],
      ['c', 3],
      ['m', 1],
      ['z', 0],
    ]);
    expect(policy.evaluate('data.t.docs')).toEqual([
      ['b', 2],
      ['c', 3],
      ['m', 1],
    ]);
  });
});

describe('references into data with ground keys', () => {
  const source = `package t
obj[k] := {"y": k} if some k in ["p", "q"]
k1 := "q"
viaRule := data.t.obj[k1].y
viaBase := data.cfg.items[n] if n := 1
viaChild := data.pkg.leaf.v
missing := data.t.obj.nope.y
`;
  const modules = [
    { path: 't.rego', source },
    { path: 'pkg.rego', source: 'package pkg.leaf\nv := 3' },
  ];
  const policy = compile({ modules, data: { cfg: { items: { '1': 'one' } } } });

  it('follows child nodes, rule documents and base data (integer keys match their spelling)', () => {
    expect(policy.evaluate('data.t.viaRule')).toBe('q');
    expect(policy.evaluate('data.t.viaBase')).toBe('one');
    expect(policy.evaluate('data.t.viaChild')).toBe(3);
    expect(policy.evaluate('data.t.missing')).toBeUndefined();
  });
});
