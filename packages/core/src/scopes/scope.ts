/**
 * A parsed scope, `resource:action[:qualifier]`, e.g. `fs:read:/workspace/**`.
 *
 * `resource` and `action` are exact names or the whole-segment wildcard `*`. A missing
 * `qualifier` means "any subject"; a present one is a glob (see {@link matchGlob}).
 */
export interface Scope {
  readonly resource: string;
  readonly action: string;
  readonly qualifier?: string;
}

/** Formats a {@link Scope} back into its `resource:action[:qualifier]` text. */
export function formatScope(scope: Scope): string {
  const head = `${scope.resource}:${scope.action}`;
  return scope.qualifier === undefined ? head : `${head}:${scope.qualifier}`;
}
