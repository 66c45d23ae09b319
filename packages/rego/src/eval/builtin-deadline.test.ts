import { describe, expect, it } from 'vitest';
import { compile } from '../compile/compile-policy.js';
import { RegoError } from '../errors.js';

/** The error code `run` throws (undefined: none) and how long it took, in ms. */
function timed(run: () => unknown): { code: string | undefined; ms: number } {
  const start = performance.now();
  let code: string | undefined;
  try {
    run();
  } catch (error) {
    code = RegoError.isInstance(error) ? error.code : `not a RegoError: ${String(error)}`;
  }
  return { code, ms: performance.now() - start };
}

function evaluateWithin(expression: string, input: unknown, timeoutMs: number) {
  const source = `package t\nimport rego.v1\np := ${expression}\n`;
  const policy = compile({ modules: [{ path: 't.rego', source }] });
  return timed(() => policy.evaluate('data.t.p', { input, timeoutMs }));
}

/** A complete directed graph: its maximal paths number n!, far too many to list. */
function completeGraph(n: number): Record<string, string[]> {
  const graph: Record<string, string[]> = {};
  for (let i = 0; i < n; i++) {
    graph[`v${i}`] = Array.from({ length: n }, (_, j) => `v${j}`).filter((v) => v !== `v${i}`);
  }
  return graph;
}

describe('builtins that run long stop at the deadline', () => {
  it('graph.reachable_paths on a dense graph', () => {
    const result = evaluateWithin(
      'count(graph.reachable_paths(input, ["v0"]))',
      completeGraph(14),
      50,
    );
    expect(result.code).toBe('eval_cancel_error');
    expect(result.ms).toBeLessThan(2000);
  });
});
