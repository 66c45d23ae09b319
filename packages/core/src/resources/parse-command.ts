import { findWrappedProgram } from './find-wrapped-program.js';
import { hasControlCharacter } from './has-control-character.js';
import { hasUnquotedExpansion } from './has-unquoted-expansion.js';
import type { CanonicalResult, CommandResource } from './resource.js';
import { splitCommand } from './split-command.js';

const METACHARACTERS = /[;&|$`><()\n\r]/;

/**
 * Parses a command into a {@link CommandResource}.
 *
 * A string is split with POSIX sh quoting ({@link splitCommand}); `shell_metacharacters`
 * is true when any of `; & | $ \` > < ( )`, newline or carriage return appears anywhere in
 * the text, quoted or not, because the tool may hand the text to `sh -c`. An array is argv
 * already: it never reaches a shell, so `shell_metacharacters` is false for it.
 * `program` is the basename of argv[0] (`/bin/rm` and `./rm` are `rm`). Wrappers such as
 * `env`, `sudo`, `sh -c` and `VAR=x cmd` set `wrapper` and name `wrapped_program` when
 * they can. Refused: NUL and other control characters except tab, newline and carriage
 * return (`control_character`), unterminated quotes, and an empty command.
 */
export function parseCommand(raw: string | readonly string[]): CanonicalResult<CommandResource> {
  const isText = typeof raw === 'string';
  if (!isText && !(Array.isArray(raw) && raw.every((word) => typeof word === 'string'))) {
    return { ok: false, reason: 'not_a_command' };
  }
  const text = isText ? raw : raw.join(' ');
  if (hasControlCharacter(text.replace(/[\t\n\r]/g, ' '))) {
    return { ok: false, reason: 'control_character' };
  }
  const split = isText ? splitCommand(raw) : { ok: true as const, value: [...raw] };
  if (!split.ok) return split;
  const argv = split.value;
  if (argv.length === 0 || argv[0] === '') return { ok: false, reason: 'empty_command' };
  const wrapped = findWrappedProgram(argv, programName);
  return {
    ok: true,
    value: {
      type: 'command',
      argv,
      program: programName(argv[0] ?? ''),
      shell_metacharacters: isText && hasShellMetacharacters(raw),
      shell_expansion: isText && hasUnquotedExpansion(raw),
      wrapper: wrapped.isWrapper,
      wrapped_program: wrapped.inner,
    },
  };
}

/**
 * The basename of a program path: `/bin/rm` → `rm`. A leading `VAR=value` assignment is
 * returned whole, so `X=/bin/ls cat` is never judged as `ls`. @internal
 */
export function programName(word: string): string {
  if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(word)) return word;
  const parts = word.split('/').filter((part) => part !== '');
  return parts.at(-1) ?? word;
}

/**
 * True when `text` holds a character a shell would interpret: `; & | $ \` > < ( )`,
 * newline or carriage return. (`parseCommand` reports unquoted `* ? [ { ~`, which expand a
 * word into others, separately as `shell_expansion`.)
 */
export function hasShellMetacharacters(text: string): boolean {
  return METACHARACTERS.test(text);
}
