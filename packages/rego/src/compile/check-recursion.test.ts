import { describe, expect, it } from 'vitest';
import { RegoError } from '../errors.js';
import { compile } from './compile-policy.js';

function compileTimed(source: string): { codes: string[]; ms: number } {
  const start = performance.now();
  let codes: string[] = [];
  try {
    compile({ modules: [{ path: 't.rego', source }] });
  } catch (error) {
    if (!RegoError.isInstance(error)) throw error;
    const all = 'errors' in error ? (error as { errors: RegoError[] }).errors : [error];
    codes = all.map((e) => e.code);
  }
  return { codes, ms: performance.now() - start };
}

describe('recursion check', () => {
  it('is fast on a long chain of rules (no cycle)', () => {
    const n = 3000;
    const rules = Array.from({ length: n }, (_, i) => `r${i} := r${i + 1}`);
    const result = compileTimed(`package t\n${rules.join('\n')}\nr${n} := 1`);
    expect(result.codes).not.toContain('rego_recursion_error');
    // Loose on purpose (CI load): the quadratic check took about 8 s for this chain.
    expect(result.ms).toBeLessThan(5000);
  });

  it('still reports a cycle at the end of a long chain', () => {
    const n = 3000;
    const rules = Array.from({ length: n }, (_, i) => `r${i} := r${i + 1}`);
    const result = compileTimed(`package t\n${rules.join('\n')}\nr${n} := r${n - 1}`);
    expect(result.codes).toContain('rego_recursion_error');
  });
});
