import { mergeData } from '@kitelogik/core';

/**
 * Deep-merges two data documents from different command-line paths with core's
 * {@link mergeData}; two paths setting the same non-object value is a conflict (as in OPA),
 * never a silent overwrite.
 *
 * @throws Error naming `source` and the conflicting path.
 */
export function mergeDocuments(base: unknown, value: unknown, source: string): unknown {
  try {
    return mergeData(base, [], value);
  } catch (error) {
    throw new Error(`${source}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
