import type { Resource } from './resource.js';

/**
 * An application-declared extractor for one tool: given the tool's arguments, it returns
 * the resources the call touches. Its output is canonicalised again by
 * {@link extractResources}, so it may return raw paths and URLs; a throw becomes an
 * `invalid` resource.
 */
export type ResourceExtractor = (args: Readonly<Record<string, unknown>>) => readonly Resource[];
