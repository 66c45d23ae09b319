import { describe, expect, it } from 'vitest';
import { compile } from '../compile/compile-policy.js';
import { RegoError } from '../errors.js';

/**
 * The error code `run` throws (undefined: none) and how long it took, in ms. The time bounds
 * below are loose on purpose (CI runs packages side by side on 2 cores): without the fixes these
 * cases ran for 17 s to forever, so a 10 s bound still tells them apart.
 */
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
    expect(result.ms).toBeLessThan(10_000);
  });
});

describe('builtins that build large collections stop at the deadline', () => {
  it('net.cidr_expand of a /8', () => {
    const result = evaluateWithin('count(net.cidr_expand("10.0.0.0/8"))', undefined, 50);
    expect(result.code).toBe('eval_cancel_error');
    expect(result.ms).toBeLessThan(10_000);
  });

  it('numbers.range and numbers.range_step up to their cap', () => {
    const range = evaluateWithin('count(numbers.range(1, 9999999))', undefined, 5);
    expect(range.code).toBe('eval_cancel_error');
    expect(range.ms).toBeLessThan(400);
    const step = evaluateWithin('count(numbers.range_step(1, 9999999, 1))', undefined, 5);
    expect(step.code).toBe('eval_cancel_error');
    expect(step.ms).toBeLessThan(400);
  });

  it('still completes within the deadline', () => {
    expect(evaluateWithin('count(numbers.range(1, 10))', undefined, 1000).code).toBeUndefined();
    expect(evaluateWithin('count(net.cidr_expand("10.0.0.0/30"))', undefined, 1000).code).toBe(
      undefined,
    );
  });
});

describe('builtins that return big values count towards the limits', () => {
  it('a few huge strings stop at the deadline, not 1024 calls later', () => {
    const expression =
      '[count(x) | some i in numbers.range(1, 40); x := sprintf("%50000000d", [i])]';
    const result = evaluateWithin(expression, undefined, 20);
    expect(result.code).toBe('eval_cancel_error');
    expect(result.ms).toBeLessThan(10_000);
  });

  it('a huge string costs steps of the maxSteps budget', () => {
    const source =
      'package t\np := n if {\n  x := strings.replace_n({"a": input}, input)\n  n := count(x)\n}';
    const policy = compile({ modules: [{ path: 't.rego', source }] });
    const input = 'a'.repeat(10_000);
    expect(timed(() => policy.evaluate('data.t.p', { input, maxSteps: 100 })).code).toBe(
      'eval_limit_error',
    );
    expect(policy.evaluate('data.t.p', { input: 'aa', maxSteps: 100 })).toBe(4);
  });
});
