import { globCovers } from './glob-covers.js';
import { matchGlob } from './match-glob.js';

// Action names (tool names) hold no `/`, so `*` in an action glob spans dots: `tool:crm.*`
// covers `crm.get_customer`, as the policy library's `glob.match(pattern, ["/"], name)` reads it.
const ACTION_SEPARATOR = '/';

function isGlob(name: string): boolean {
  return name.includes('*') || name.includes('?');
}

/** True when the action glob `pattern` (or exact name) allows the concrete action `name`. @internal */
export function isActionAllowed(pattern: string, name: string): boolean {
  if (pattern === '*' || pattern === name) return true;
  return isGlob(pattern) && matchGlob(pattern, name, ACTION_SEPARATOR);
}

/** True when every action `child` allows is also allowed by `parent`. @internal */
export function isActionCovered(child: string, parent: string): boolean {
  if (parent === '*' || child === parent) return true;
  return isGlob(parent) && globCovers(child, parent, ACTION_SEPARATOR);
}
