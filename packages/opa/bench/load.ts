// Load test of the decision server, loopback only and bounded: a server process (bin/serve.ts,
// the stand-in for `kitelogik serve`) serves the reference policies; node's http client sends a
// fixed number of POST /v1/data/kitelogik/main/decision requests (the reference events in turn)
// at concurrency 1, 8 and 32 over keep-alive connections, and reports throughput and latency.
//   pnpm bench            (REQUESTS=4000 pnpm bench for a longer run)
import { Agent, request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { referenceEvents } from '../src/__fixtures__/reference-events.js';
import { spawnServer } from '../src/__fixtures__/spawn-server.js';

const REQUESTS = Number(process.env.REQUESTS ?? 2000);
const WARMUP = 200;
const CONCURRENCY = [1, 8, 32];
const policies = fileURLToPath(new URL('../../../policies', import.meta.url));
const bodies = referenceEvents.map(({ event }) => JSON.stringify({ input: event }));

function post(url: URL, agent: Agent, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const startedAt = performance.now();
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        timeout: 5000,
      },
      (res) => {
        res.resume();
        res.on('end', () =>
          res.statusCode === 200
            ? resolve(performance.now() - startedAt)
            : reject(new Error(`HTTP ${res.statusCode}`)),
        );
      },
    );
    req.on('timeout', () => req.destroy(new Error('request timed out')));
    req.on('error', reject);
    req.end(body);
  });
}

async function run(url: URL, concurrency: number, count: number): Promise<number[]> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const latencies: number[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) {
      const body = bodies[next++ % bodies.length] ?? '{}';
      latencies.push(await post(url, agent, body));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  agent.destroy();
  return latencies;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

const watchdog = setTimeout(() => {
  console.error('load test exceeded 120 s; aborting');
  process.exit(1);
}, 120_000);
const server = await spawnServer(['--policies', policies, '--max-concurrency', '64']);
try {
  const url = new URL('/v1/data/kitelogik/main/decision', server.url);
  console.log(
    `decision server ${server.url}, ${REQUESTS} requests per level, node ${process.version}`,
  );
  console.log('concurrency  req/s    p50 ms  p99 ms  max ms');
  for (const concurrency of CONCURRENCY) {
    await run(url, concurrency, WARMUP);
    const startedAt = performance.now();
    const latencies = await run(url, concurrency, REQUESTS);
    const seconds = (performance.now() - startedAt) / 1000;
    const sorted = latencies.sort((a, b) => a - b);
    console.log(
      [
        String(concurrency).padStart(11),
        (REQUESTS / seconds).toFixed(0).padStart(6),
        percentile(sorted, 50).toFixed(2).padStart(9),
        percentile(sorted, 99).toFixed(2).padStart(7),
        (sorted.at(-1) ?? 0).toFixed(2).padStart(7),
      ].join(' '),
    );
  }
} finally {
  await server.stop();
  clearTimeout(watchdog);
}
