import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { AnyAgent } from './sdk-types.js';

type SourceLookup = (tool: object) => AnyAgent | undefined;

/**
 * The SDK links each `agent.asTool()` tool to its agent in a module-private registry
 * (`dist/agentToolSourceRegistry`) and exports no way to read it. Both builds of the SDK are
 * looked up (an application may load either): `require` of the `.mjs` file shares the ESM
 * loader's module, so it is the registry that `import` users fill. A layout that no longer
 * has the file yields no lookup, and plain agent tools are refused as before.
 */
function loadLookups(): readonly SourceLookup[] {
  const require = createRequire(import.meta.url);
  let root: string;
  try {
    root = dirname(require.resolve('@openai/agents-core'));
  } catch {
    return [];
  }
  const lookups: SourceLookup[] = [];
  for (const file of ['agentToolSourceRegistry.mjs', 'agentToolSourceRegistry.js']) {
    try {
      const registry = require(join(root, file)) as { getAgentToolSourceAgent?: unknown };
      const lookup = registry.getAgentToolSourceAgent;
      if (typeof lookup === 'function') lookups.push(lookup as SourceLookup);
    } catch {
      // This build of the SDK is not there; the other one may be.
    }
  }
  return lookups;
}

let lookups: readonly SourceLookup[] | undefined;

/**
 * The agent an `agent.asTool()` tool runs, as the SDK registered it, or `undefined` for any
 * other tool (or an SDK whose registry cannot be reached). @internal
 */
export function agentToolSource(tool: object): AnyAgent | undefined {
  lookups ??= loadLookups();
  for (const lookup of lookups) {
    const agent = lookup(tool);
    if (agent !== undefined) return agent;
  }
  return undefined;
}
