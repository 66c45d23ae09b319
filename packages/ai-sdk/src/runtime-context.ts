import type { EventAgent, Principal } from '@kitelogik/core';

/** Who an agent acts for and where it sits in the agent tree, as carried in `runtimeContext`. */
export interface KitelogikContext {
  readonly sessionId: string;
  readonly agent: EventAgent;
  readonly principal: Principal | undefined;
}

/**
 * The `runtimeContext` the sub-agent helper gives a child agent: `{ kitelogik: {...} }` (a type
 * alias, so it fits the SDK's `Context` record).
 */
export type KitelogikRuntimeContext = {
  readonly kitelogik: KitelogikContext;
};

/** Reads the kitelogik block of a `runtimeContext`, if there is one (tools, callbacks). */
export function readKitelogikContext(runtimeContext: unknown): KitelogikContext | undefined {
  if (typeof runtimeContext !== 'object' || runtimeContext === null) return undefined;
  const block = (runtimeContext as { kitelogik?: unknown }).kitelogik;
  if (typeof block !== 'object' || block === null) return undefined;
  return typeof (block as { sessionId?: unknown }).sessionId === 'string'
    ? (block as KitelogikContext)
    : undefined;
}
