import { isActionCovered } from './action-name.js';
import { globCovers } from './glob-covers.js';
import { tryParseScope } from './parse-scope.js';
import { qualifierSeparator } from './qualifier-separator.js';
import type { Scope } from './scope.js';

/**
 * True when every request `child` allows is also allowed by `parent`.
 *
 * A parent `*` resource or action covers any, and an action glob covers the action globs it
 * includes; a missing parent qualifier covers any
 * qualifier, but a missing child qualifier ("any subject") is covered only by a missing
 * parent qualifier. Qualifier globs are compared with {@link globCovers}, which answers
 * false whenever inclusion cannot be proven. Unparseable text is never covered and never
 * covers anything.
 */
export function isScopeCovered(child: Scope | string, parent: Scope | string): boolean {
  const c = typeof child === 'string' ? tryParseScope(child) : child;
  const p = typeof parent === 'string' ? tryParseScope(parent) : parent;
  if (c === undefined || p === undefined) return false;
  if (!isNameCovered(c.resource, p.resource) || !isActionCovered(c.action, p.action)) return false;
  if (p.qualifier === undefined) return true;
  if (c.qualifier === undefined) return false;
  // A `*` child resource is judged under every separator a request could use.
  const separators = c.resource === '*' ? ['/', '.'] : [qualifierSeparator(c.resource)];
  const childQualifier = c.qualifier;
  const parentQualifier = p.qualifier;
  return separators.every((separator) => globCovers(childQualifier, parentQualifier, separator));
}

/** True when at least one of `parents` covers `child` (see {@link isScopeCovered}). */
export function isCoveredByAny(
  child: Scope | string,
  parents: readonly (Scope | string)[],
): boolean {
  return parents.some((parent) => isScopeCovered(child, parent));
}

function isNameCovered(child: string, parent: string): boolean {
  return parent === '*' || child === parent;
}
