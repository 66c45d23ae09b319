import { canonicalizeFilePath } from './canonicalize-file-path.js';
import { canonicalizeUrl } from './canonicalize-url.js';
import { parseCommand } from './parse-command.js';
import type { Resource } from './resource.js';

/**
 * Canonicalises a resource an application extractor returned, so a raw path or URL from
 * an extractor is judged exactly like one from a built-in; anything unusable becomes an
 * `invalid` resource labelled `arg`.
 * @internal
 */
export function canonicalizeResource(
  resource: unknown,
  arg: string,
  cwd: string | undefined,
): Resource {
  const value = (typeof resource === 'object' && resource !== null ? resource : {}) as Record<
    string,
    unknown
  >;
  const op = typeof value.op === 'string' ? value.op : undefined;
  switch (value.type) {
    case 'file': {
      if (typeof value.path !== 'string') return invalid(arg, 'not_a_string');
      const path = canonicalizeFilePath(value.path, cwd === undefined ? {} : { cwd });
      return path.ok
        ? { type: 'file', path: path.value, op: op ?? 'access' }
        : invalid(arg, path.reason);
    }
    case 'url': {
      if (typeof value.url !== 'string') return invalid(arg, 'not_a_string');
      const url = canonicalizeUrl(value.url);
      return url.ok ? { type: 'url', ...url.value, op: op ?? 'fetch' } : invalid(arg, url.reason);
    }
    case 'command': {
      const command = parseCommand(value.argv as readonly string[]);
      if (!command.ok) return invalid(arg, command.reason);
      const isFlagged = value.shell_metacharacters === true || command.value.shell_metacharacters;
      return { ...command.value, shell_metacharacters: isFlagged };
    }
    case 'invalid':
      return invalid(
        typeof value.arg === 'string' ? value.arg : arg,
        String(value.reason ?? 'invalid'),
      );
    default:
      return invalid(arg, 'unknown_resource_type');
  }
}

/** An `invalid` resource for argument `arg`. @internal */
export function invalid(arg: string, reason: string): Resource {
  return { type: 'invalid', arg, reason };
}
