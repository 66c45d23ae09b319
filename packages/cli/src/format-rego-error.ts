import { RegoError } from '@kitelogik/rego';

/**
 * Renders an error as the CLI prints it: `file:row:col: code: message` for Rego errors (one
 * per line for several), followed by the caret snippet parse errors carry; other errors as
 * their message.
 */
export function formatRegoError(error: unknown): string {
  // RegoErrors (several compile errors): one line each. Duck-typed to survive duplicate copies.
  const several = (error as { errors?: unknown } | null)?.errors;
  if (Array.isArray(several) && several.length > 1) {
    return several.map(formatRegoError).join('\n');
  }
  if (!RegoError.isInstance(error)) {
    return error instanceof Error ? error.message : String(error);
  }
  const { location } = error;
  const where = location ? `${location.file}:${location.row}:${location.col}: ` : '';
  const line = `${where}${error.code}: ${error.message}`;
  return error.details ? `${line}\n${error.details}` : line;
}
