import { isCoveredByAny } from './is-scope-covered.js';
import { tryParseScope } from './parse-scope.js';
import type { Scope } from './scope.js';

/** The outcome of {@link partitionScopes}: what a child may hold and what it asked beyond. */
export interface ScopePartition {
  /** Requested scopes covered by the parent's, in request order, without duplicates. */
  readonly granted: string[];
  /** Requested scopes not covered (or not parseable), in request order, without duplicates. */
  readonly escalated: string[];
}

/**
 * Splits the scopes a child agent requests into those its parent can grant and those that
 * would escalate, for `agent.spawn` / `agent.delegate`.
 *
 * Invalid requested scopes are escalated, never granted; invalid parent scopes grant
 * nothing.
 */
export function partitionScopes(
  requested: readonly string[],
  parentScopes: readonly string[],
): ScopePartition {
  const parents = parentScopes
    .map((text) => tryParseScope(text))
    .filter((scope): scope is Scope => scope !== undefined);
  const granted = new Set<string>();
  const escalated = new Set<string>();
  for (const text of requested) {
    const scope = tryParseScope(text);
    const isGranted = scope !== undefined && isCoveredByAny(scope, parents);
    (isGranted ? granted : escalated).add(text);
  }
  return { granted: [...granted], escalated: [...escalated] };
}
