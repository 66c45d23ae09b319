import { AsyncLocalStorage } from 'node:async_hooks';
import type { AnyAgent } from './sdk-types.js';

/**
 * The members in which a governed copy differs from its original (see `governAgent`): its
 * tools, MCP tools, handoffs and model.
 */
const GOVERNED_MEMBERS = ['tools', 'getMcpTools', 'handoffs', 'model'] as const;

// Which original agents act as which governed copies, for the async call in progress.
const acting = new AsyncLocalStorage<ReadonlyMap<object, AnyAgent>>();
const prepared = new WeakSet<object>();

/**
 * Lets `original` read its governed members from `governed` while (and only while) a
 * governed call runs it. Each member becomes an accessor: outside such a call it reads and
 * writes the agent's own value, so the application, its other runs and `clone()` see the
 * agent as it was.
 */
function prepare(original: AnyAgent): void {
  if (prepared.has(original)) return;
  prepared.add(original);
  const target = original as unknown as Record<string, unknown>;
  for (const member of GOVERNED_MEMBERS) {
    const own = Object.getOwnPropertyDescriptor(original, member);
    let value = target[member];
    Object.defineProperty(original, member, {
      configurable: true,
      enumerable: own?.enumerable ?? false,
      get: () => {
        const governed = acting.getStore()?.get(original);
        return governed === undefined ? value : (governed as unknown as typeof target)[member];
      },
      set: (next: unknown) => {
        value = next;
      },
    });
  }
}

/**
 * Runs `fn`, in which the SDK runs `original` (the agent behind a plain `agent.asTool()`
 * tool, bound to it by the SDK), with `original` acting as its governed copy: the nested run
 * and a nested run resumed from its `RunState` see the governed tools, handoffs and model.
 * The SDK keeps `original` as the run's agent, so nested approvals and `RunState`
 * identities stay those of the tool the application built. @internal
 */
export function runActingAs<T>(original: AnyAgent, governed: AnyAgent, fn: () => T): T {
  prepare(original);
  const outer = acting.getStore();
  const next = new Map(outer);
  next.set(original, governed);
  return acting.run(next, fn);
}
