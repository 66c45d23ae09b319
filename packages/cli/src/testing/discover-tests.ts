import type { Module } from '@kitelogik/rego';

/** A test rule: `test_*` in some package, with where it is defined. */
export interface DiscoveredTest {
  /** `data.<package>.<name>`, as printed. */
  readonly name: string;
  /** The package path and rule name, for evaluation. */
  readonly path: readonly string[];
  readonly file: string;
  readonly row: number;
  /** `todo_test_*`: listed and counted as skipped, never evaluated (as `opa test`). */
  readonly isSkipped: boolean;
}

/**
 * Finds every rule whose name starts with `test_` or `todo_test_` (no arguments, a plain name)
 * in every module;
 * a test defined by several rules is one test, located at its first definition.
 */
export function discoverTests(modules: readonly Module[]): DiscoveredTest[] {
  const seen = new Set<string>();
  const tests: DiscoveredTest[] = [];
  for (const module of modules) {
    for (const rule of module.rules) {
      const [head, ...rest] = rule.head.ref;
      if (head?.type !== 'var' || rest.length > 0 || rule.head.args !== undefined) continue;
      const isSkipped = head.name.startsWith('todo_test_');
      if (!head.name.startsWith('test_') && !isSkipped) continue;
      const path = [...module.package, head.name];
      const name = `data.${path.join('.')}`;
      if (seen.has(name)) continue;
      seen.add(name);
      tests.push({ name, path, file: module.file, row: rule.loc.row, isSkipped });
    }
  }
  return tests;
}
