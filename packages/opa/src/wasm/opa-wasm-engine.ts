import { createHash } from 'node:crypto';
import {
  type Clock,
  type EvaluationRequest,
  type EvaluationResult,
  PolicyConfigError,
  type PolicyEngine,
  PolicyEvaluationError,
  type PreparedPolicy,
} from '@kitelogik/core';
import { type LoadedPolicy, loadPolicy } from '@open-policy-agent/opa-wasm';
import { readWasmBundle, type WasmBundle } from '../bundle/read-wasm-bundle.js';
import { entrypointSegments } from '../entrypoint-segments.js';
import { createEmbeddedHostBuiltins } from './embedded-host-builtins.js';
import { CLOCK_BUILTIN, type HostBuiltins, SDK_BUILTINS } from './host-builtins.js';
import { readModuleBuiltins } from './read-module-builtins.js';

/** A bare Wasm module built by OPA, with the base document it evaluates against. */
export interface BareWasmPolicy {
  readonly wasm: Uint8Array;
  readonly data?: unknown;
}

/** Options for {@link opaWasmEngine}. */
export interface OpaWasmEngineOptions {
  /** The `opa build -t wasm` bundle (`.tar.gz` bytes), or a bare `policy.wasm` plus data. */
  readonly bundle: Uint8Array | BareWasmPolicy;
  /**
   * Host builtins the module may call; default: the embedded Rego engine's implementations
   * ({@link createEmbeddedHostBuiltins}).
   */
  readonly builtins?: HostBuiltins;
  /** Fallback clock for `time.now_ns()` when a request carries no `nowMs` (the governor sends its own). */
  readonly clock?: Clock;
  /** Initial Wasm memory in 64 KiB pages (the module grows it as needed); default 5. */
  readonly initialMemoryPages?: number;
}

const wasmMagic = [0x00, 0x61, 0x73, 0x6d];

function unpack(bundle: Uint8Array | BareWasmPolicy): WasmBundle & { readonly digest: string } {
  const hash = createHash('sha256');
  if (!(bundle instanceof Uint8Array)) {
    hash.update(bundle.wasm).update(JSON.stringify(bundle.data ?? {}));
    return {
      wasm: bundle.wasm,
      data: bundle.data ?? {},
      entrypoints: [],
      digest: `sha256:${hash.digest('hex')}`,
    };
  }
  const digest = `sha256:${hash.update(bundle).digest('hex')}`;
  if (wasmMagic.every((byte, i) => bundle[i] === byte)) {
    return { wasm: bundle, data: {}, entrypoints: [], digest };
  }
  return { ...readWasmBundle(bundle), digest };
}

/** Host builtin table for opa-wasm: every builtin the module needs that the SDK does not supply. */
function hostTable(options: {
  readonly required: readonly string[];
  readonly builtins: HostBuiltins | undefined;
  readonly nowNs: () => bigint;
}): Record<string, (...args: unknown[]) => unknown> {
  const table: Record<string, (...args: unknown[]) => unknown> = {};
  const missing: string[] = [];
  for (const name of options.required) {
    if (SDK_BUILTINS.has(name)) continue;
    if (name === CLOCK_BUILTIN) {
      // Handed over as JSON text, so nanoseconds beyond 2^53 stay exact.
      table[name] = () => new TextEncoder().encode(options.nowNs().toString()).buffer;
    } else if (options.builtins?.has(name) === true) {
      const builtins = options.builtins;
      table[name] = (...args) => builtins.call(name, args, { nowNs: options.nowNs() });
    } else {
      missing.push(name);
    }
  }
  if (missing.length > 0) {
    throw new PolicyConfigError({
      message: `the Wasm module needs builtins this host cannot supply: ${missing.join(', ')}`,
    });
  }
  return table;
}

async function load(options: OpaWasmEngineOptions): Promise<PreparedPolicy> {
  const bundle = unpack(options.bundle);
  const clock = options.clock ?? { now: () => Date.now() };
  let nowNs = 0n;
  const table: Record<string, (...args: unknown[]) => unknown> = {};
  let policy: LoadedPolicy;
  try {
    // The table is filled in below, once the module has said which builtins it calls.
    policy = await loadPolicy(bundle.wasm, options.initialMemoryPages ?? 5, table);
  } catch (cause) {
    throw new PolicyConfigError({
      message: `cannot load the Wasm module: ${String(cause)}`,
      cause,
    });
  }
  const required = readModuleBuiltins(policy);
  const builtins = options.builtins ?? createEmbeddedHostBuiltins();
  Object.assign(table, hostTable({ required, builtins, nowNs: () => nowNs }));
  const entrypoints = policy.entrypoints as Record<string, number>;
  const absent = bundle.entrypoints.filter((name) => !(name in entrypoints));
  if (absent.length > 0) {
    throw new PolicyConfigError({
      message: `the manifest names entrypoints the Wasm module lacks: ${absent.join(', ')}`,
    });
  }
  policy.setData(bundle.data as object);
  return {
    digest: bundle.digest,
    async evaluate(request: EvaluationRequest): Promise<EvaluationResult> {
      if (request.signal?.aborted === true) {
        throw new PolicyEvaluationError({
          message: 'evaluation was cancelled',
          code: 'engine.timeout',
        });
      }
      const name = entrypointSegments(request.query).join('/');
      const id = entrypoints[name];
      if (id === undefined) {
        throw new PolicyEvaluationError({
          message: `entrypoint ${name} is not in the Wasm module (it has ${Object.keys(entrypoints).join(', ')})`,
        });
      }
      // The governor passes its clock with each request; `clock` is the fallback outside one.
      nowNs = BigInt(Math.trunc(request.nowMs ?? clock.now())) * 1_000_000n;
      let resultSet: unknown;
      try {
        // Synchronous: a Wasm evaluation cannot be interrupted; the governor's deadline still answers.
        resultSet = policy.evaluate(request.input, id);
      } catch (cause) {
        const message =
          cause instanceof Error
            ? cause.message
            : typeof cause === 'object' && cause !== null && 'message' in cause
              ? String(cause.message)
              : String(cause);
        throw new PolicyEvaluationError({ message: `Wasm evaluation failed: ${message}`, cause });
      }
      const first = Array.isArray(resultSet)
        ? (resultSet[0] as { result?: unknown } | undefined)
        : undefined;
      return { value: first?.result };
    },
  };
}

/**
 * An engine that evaluates OPA's compiled Wasm policies through `@open-policy-agent/opa-wasm`:
 * a bundle built by `opa build -t wasm -e kitelogik/main/decision` (its manifest names the
 * entrypoints), or a bare `policy.wasm` plus data. Builtins that OPA leaves to the host come from
 * `builtins`, and `time.now_ns` from the governor's clock; a module that needs any other builtin
 * is refused at load time with its name. The Rego sources of the bundle passed to `prepare` are
 * not used: the Wasm module is the policy, and its digest labels audit records.
 */
export function opaWasmEngine(options: OpaWasmEngineOptions): PolicyEngine {
  return {
    name: 'opa-wasm',
    prepare: (): Promise<PreparedPolicy> => load(options),
  };
}
