import { isActionAllowed } from './action-name.js';
import { matchGlob } from './match-glob.js';
import { tryParseScope } from './parse-scope.js';
import { qualifierSeparator } from './qualifier-separator.js';

/** A concrete request checked against scopes: `fs` / `read` / `/workspace/a.txt`. */
export interface ScopeRequest {
  /** The resource kind, e.g. `tool`, `fs`, `net`. */
  readonly resource: string;
  /** The action, e.g. a tool name for `tool`, `read` or `write` for `fs`. */
  readonly action: string;
  /**
   * The canonical subject (a path from `canonicalizeFilePath`, a host from
   * `canonicalizeUrl`). Absent means the request is not bounded, so only scopes without
   * a qualifier allow it.
   */
  readonly subject?: string;
}

/**
 * True when at least one of `scopes` allows `request`, e.g.
 * `{ resource: 'fs', action: 'read', subject: '/workspace/a.txt' }` under
 * `fs:read:/workspace/**`, or `{ resource: 'tool', action: 'search' }` under `tool:*`.
 *
 * Unparseable scopes allow nothing. The subject must already be canonical: this function
 * matches text and resolves no `..`.
 */
export function isAllowedByScopes(scopes: readonly string[], request: ScopeRequest): boolean {
  const separator = qualifierSeparator(request.resource);
  return scopes.some((text) => {
    const scope = tryParseScope(text);
    if (scope === undefined) return false;
    if (scope.resource !== '*' && scope.resource !== request.resource) return false;
    if (!isActionAllowed(scope.action, request.action)) return false;
    if (scope.qualifier === undefined) return true;
    return request.subject !== undefined && matchGlob(scope.qualifier, request.subject, separator);
  });
}
