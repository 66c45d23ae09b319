import { describe, expect, it } from 'vitest';
import { PolicyConfigError } from '../errors/policy-config-error.js';
import { createPolicyBundle } from './policy-bundle.js';

const a = { path: 'a.rego', source: 'package a' };
const b = { path: 'b.rego', source: 'package b' };

describe('createPolicyBundle', () => {
  it('digests canonical content: module order and data key order do not matter', () => {
    const one = createPolicyBundle({ modules: [a, b], data: { x: 1, y: 2 } });
    const two = createPolicyBundle({ modules: [b, a], data: { y: 2, x: 1 }, revision: 'r2' });
    expect(one.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(two.digest).toBe(one.digest);
    expect(two.revision).toBe('r2');
    expect(one.modules.map((m) => m.path)).toEqual(['a.rego', 'b.rego']);
  });

  it('changes the digest when a source or the data changes', () => {
    const base = createPolicyBundle({ modules: [a] }).digest;
    expect(createPolicyBundle({ modules: [{ ...a, source: 'package a2' }] }).digest).not.toBe(base);
    expect(createPolicyBundle({ modules: [a], data: { x: 1 } }).digest).not.toBe(base);
  });

  it('refuses duplicate paths and unserialisable data', () => {
    expect(() => createPolicyBundle({ modules: [a, a] })).toThrow(PolicyConfigError);
    expect(() => createPolicyBundle({ modules: [a], data: { n: Number.NaN } })).toThrow(
      /not serialisable/,
    );
  });
});
