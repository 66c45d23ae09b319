import {
  COMMAND_ARGS,
  COMMAND_ARGV_ARGS,
  FILE_ARGS,
  URL_ARGS,
  WRITE_ARGS,
} from './builtin-extractors.js';
import { canonicalizeResource, invalid } from './canonicalize-resource.js';
import { hasUnquotedExpansion } from './has-unquoted-expansion.js';
import { inferFileOp } from './infer-file-op.js';
import { hasShellMetacharacters, parseCommand } from './parse-command.js';
import type { Resource } from './resource.js';
import type { ResourceExtractor } from './resource-extractor.js';

/** Options for {@link extractResources}. */
export interface ExtractResourcesOptions {
  /** The tool's name; file operations are inferred from it ({@link inferFileOp}). */
  readonly toolName: string;
  /** The arguments as the model sent them. */
  readonly args: Readonly<Record<string, unknown>>;
  /** The application's extractors for this tool, applied first. */
  readonly extractors?: readonly ResourceExtractor[] | undefined;
  /** Directory relative paths resolve against; without it they become `invalid`. */
  readonly cwd?: string | undefined;
}

const MAX_DEPTH = 4;

/**
 * Extracts the canonical resources of a tool call for `action.resources`.
 *
 * The application's extractors run first and their output is canonicalised again; then
 * the built-ins read every well-known argument ({@link FILE_ARGS}, {@link URL_ARGS},
 * {@link COMMAND_ARGS}), even ones an extractor already handled, because an extra
 * resource can only add a deny. Strings and nested arrays of strings are read; any other
 * value, and any value that cannot be canonicalised, becomes an `invalid` resource naming
 * the argument (`paths[1]`), never silently dropped. Duplicates are removed. Never throws.
 */
export function extractResources(options: ExtractResourcesOptions): Resource[] {
  const { toolName, args, cwd } = options;
  const found: Resource[] = [];
  for (const [index, extractor] of (options.extractors ?? []).entries()) {
    found.push(...runExtractor(extractor, args, cwd, `extractor[${index}]`));
  }
  const op = inferFileOp(toolName);
  for (const key of FILE_ARGS) {
    const fileOp = WRITE_ARGS.includes(key) ? 'write' : op;
    for (const [label, value] of leaves(args[key], key)) {
      found.push(canonicalizeResource({ type: 'file', path: value, op: fileOp }, label, cwd));
    }
  }
  for (const key of URL_ARGS) {
    for (const [label, value] of leaves(args[key], key)) {
      found.push(canonicalizeResource({ type: 'url', url: value, op: 'fetch' }, label, cwd));
    }
  }
  found.push(...extractCommand(args));
  return dedupe(found);
}

function runExtractor(
  extractor: ResourceExtractor,
  args: Readonly<Record<string, unknown>>,
  cwd: string | undefined,
  label: string,
): Resource[] {
  try {
    const output: unknown = extractor(args);
    if (!Array.isArray(output)) return [invalid(label, 'extractor_returned_non_array')];
    return output.map((resource, i) => canonicalizeResource(resource, `${label}[${i}]`, cwd));
  } catch {
    return [invalid(label, 'extractor_failed')];
  }
}

// Yields [label, value] for each string in a value or nested arrays; anything else yields
// the label with a non-string marker so the caller turns it into an `invalid` resource.
function leaves(value: unknown, label: string, depth = 0): [string, unknown][] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') return [[label, value]];
  if (!Array.isArray(value) || depth >= MAX_DEPTH) return [[label, undefined]];
  return value.flatMap((item, i) => leaves(item, `${label}[${i}]`, depth + 1));
}

function extractCommand(args: Readonly<Record<string, unknown>>): Resource[] {
  const extra = COMMAND_ARGV_ARGS.find((key) => args[key] !== undefined);
  const extraArgs = extra === undefined ? undefined : args[extra];
  const key = COMMAND_ARGS.find((name) => args[name] !== undefined && args[name] !== null);
  if (key === undefined) {
    // `argv` alone is a whole command; `args` alone is too generic a name to read.
    return extra === 'argv' ? [fromParts(args.argv, undefined, 'argv')] : [];
  }
  return [fromParts(args[key], extraArgs, key)];
}

function fromParts(command: unknown, extraArgs: unknown, label: string): Resource {
  const isStrings = (v: unknown): v is string[] =>
    Array.isArray(v) && v.every((word) => typeof word === 'string');
  if (typeof command !== 'string' && !isStrings(command)) return invalid(label, 'not_a_command');
  if (extraArgs !== undefined && !isStrings(extraArgs)) return invalid(label, 'not_a_command');
  const parsed = parseCommand(command);
  if (!parsed.ok) return invalid(label, parsed.reason);
  if (extraArgs === undefined) return parsed.value;
  const tail = parseCommand([...parsed.value.argv, ...extraArgs]);
  if (!tail.ok) return invalid(label, tail.reason);
  // Text plus an argument list is often joined and run by a shell (`spawn(cmd, args,
  // { shell: true })`), so metacharacters in the list count too.
  const isJoined = typeof command === 'string';
  const isFlagged =
    parsed.value.shell_metacharacters ||
    (isJoined && extraArgs.some((word) => hasShellMetacharacters(word)));
  const isExpanding =
    parsed.value.shell_expansion ||
    (isJoined && extraArgs.some((word) => hasUnquotedExpansion(word)));
  return { ...tail.value, shell_metacharacters: isFlagged, shell_expansion: isExpanding };
}

function dedupe(resources: readonly Resource[]): Resource[] {
  const seen = new Set<string>();
  return resources.filter((resource) => {
    const key = JSON.stringify(resource);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
