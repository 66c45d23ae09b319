/**
 * The edge-worker proxy: runs the bundled check as a classic script in a fresh `node:vm`
 * context that has ECMAScript plus the Web APIs edge runtimes provide, and no `process`,
 * `require`, `Buffer` or `setImmediate`. Code generation from strings is off, as in Cloudflare
 * Workers and Vercel Edge, so `eval` and `new Function` throw `EvalError`. It is a proxy, not an
 * edge runtime: same V8 as the host Node, and the Web API objects come from the host's realm.
 */
import { readFileSync } from 'node:fs';
import { createContext, runInContext } from 'node:vm';
import type { CheckResult } from './check-result.ts';

/** The globals an edge runtime (WinterTC's minimum common API) gives a script, and no more. */
function edgeGlobals(): Record<string, unknown> {
  return {
    console,
    TextEncoder,
    TextDecoder,
    crypto: globalThis.crypto,
    URL,
    URLSearchParams,
    atob,
    btoa,
    setTimeout,
    clearTimeout,
    queueMicrotask,
    structuredClone,
    performance,
  };
}

/** Runs the bundled edge script (see `bundle-check.ts`) and returns the check's result. */
export function runEdgeVm(script: string): CheckResult {
  const context = createContext(edgeGlobals(), {
    name: 'edge-proxy',
    codeGeneration: { strings: false, wasm: false },
  });
  runInContext(readFileSync(script, 'utf8'), context, { filename: script });
  const result = JSON.parse(String(context.smokeResult)) as CheckResult;
  const nodeGlobals = runInContext(
    "['process', 'require', 'Buffer', 'setImmediate', 'global'].filter((n) => n in globalThis).join(', ')",
    context,
  ) as string;
  const isClean = nodeGlobals === '';
  return {
    ...result,
    runtime: `node:vm edge proxy in node ${process.versions.node}`,
    ok: result.ok && isClean,
    notes: [isClean ? 'no Node globals in the context' : `Node globals leaked: ${nodeGlobals}`],
  };
}
