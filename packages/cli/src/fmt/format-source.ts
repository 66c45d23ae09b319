import { isDeepStrictEqual } from 'node:util';
import { parseModule } from '@kitelogik/rego';
import { printModule } from './format-module.js';
import { stripLocations } from './strip-locations.js';

/**
 * Formats a Rego module's source in the canonical style and proves the result means the same:
 * the output is parsed again and its AST (without locations) must equal the input's.
 *
 * @throws RegoError when the source does not parse; Error when the formatted text would not
 * parse back to the same AST (a formatter bug: the file must then be left alone).
 */
export function formatSource(source: string, file: string): string {
  const module = parseModule(source, file);
  const text = printModule(module, source);
  let again: ReturnType<typeof parseModule>;
  try {
    again = parseModule(text, file);
  } catch (cause) {
    throw new Error(`${file}: internal formatter error: the output does not parse`, { cause });
  }
  if (!isDeepStrictEqual(stripLocations(module), stripLocations(again))) {
    throw new Error(`${file}: internal formatter error: the output would change the module`);
  }
  return text;
}
