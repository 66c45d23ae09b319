/**
 * `pnpm bench`: median microseconds per evaluation (compile excluded) of the built package for
 * the policies in `policies.ts`, and the ratio of the 200-rule policy to the small RBAC one
 * (how well rule indexing keeps evaluation flat as a policy grows).
 */
import { isDeepStrictEqual } from 'node:util';
import { type BenchCase, benchCases } from './policies.ts';

interface Policy {
  evaluate(entrypoint: string, options?: { input?: unknown }): unknown;
}
type Compile = (options: {
  modules: readonly { path: string; source: string }[];
  data?: unknown;
}) => Policy;

const WARMUP = 300;
const SAMPLES = 3000;

const out = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function measure(compile: Compile, bench: BenchCase): number {
  const policy = compile({
    modules: [{ path: 'bench.rego', source: bench.source }],
    data: bench.data,
  });
  const options = { input: bench.input };
  const result = policy.evaluate(bench.entrypoint, options);
  if (!isDeepStrictEqual(result, bench.expected)) {
    throw new Error(
      `${bench.name}: expected ${JSON.stringify(bench.expected)}, got ${JSON.stringify(result)}`,
    );
  }
  for (let i = 0; i < WARMUP; i++) policy.evaluate(bench.entrypoint, options);
  const samples: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const start = performance.now();
    policy.evaluate(bench.entrypoint, options);
    samples.push((performance.now() - start) * 1000);
  }
  return median(samples);
}

async function main(): Promise<number> {
  // biome-ignore lint/style/noRestrictedImports: a self-reference; the bench measures the built package.
  const rego = (await import('@kitelogik/rego')) as Record<string, unknown>;
  if (typeof rego.compile !== 'function') {
    out('bench: @kitelogik/rego does not export compile yet (build with pnpm tsdown)');
    return 0;
  }
  const compile = rego.compile as Compile;
  const medians = benchCases.map((bench) => {
    const us = measure(compile, bench);
    out(`${bench.name.padEnd(32)} median ${us.toFixed(1).padStart(8)} µs/eval`);
    return us;
  });
  const [small = 0, many = 0] = medians;
  out(`ratio 200-rules / rbac: ${(many / small).toFixed(2)}`);
  return 0;
}

process.exitCode = await main();
