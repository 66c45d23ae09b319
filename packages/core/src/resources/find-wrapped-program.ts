const WRAPPERS = new Set([
  'env',
  'sudo',
  'doas',
  'su',
  'command',
  'builtin',
  'exec',
  'eval',
  'nice',
  'nohup',
  'timeout',
  'time',
  'xargs',
  'busybox',
  'stdbuf',
  'ionice',
  'chroot',
  'setsid',
  'strace',
  'ltrace',
  'watch',
  'flock',
  'unbuffer',
  'sh',
  'bash',
  'dash',
  'zsh',
  'ksh',
  'fish',
  'csh',
  'tcsh',
  'python',
  'python3',
  'perl',
  'ruby',
  'node',
  'awk',
  'find',
]);
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;
// Options of common wrappers that take a separate value (`sudo -u root`, `timeout -s KILL`).
const OPTIONS_WITH_VALUE = new Set(['-u', '-g', '-C', '-n', '-s', '-k', '-E', '-I', '-P', '-o']);

/**
 * Tells whether argv starts with a program that runs another program (`env`, `sudo`,
 * `timeout`, `xargs`, `busybox`, shells and interpreters, or leading `VAR=value`
 * assignments), and names the inner program on a best-effort basis: options, assignments
 * and a `timeout` duration are skipped, and `sh -c 'text'` is looked into. A wrapper is a
 * reason to deny, so a wrong guess at the inner program never makes a command look safer.
 * @internal
 */
export function findWrappedProgram(
  argv: readonly string[],
  programOf: (word: string) => string,
): { readonly isWrapper: boolean; readonly inner: string | null } {
  const first = argv[0] ?? '';
  const isAssignment = ASSIGNMENT.test(first);
  if (!isAssignment && !WRAPPERS.has(programOf(first))) return { isWrapper: false, inner: null };
  let i = isAssignment ? 0 : 1;
  const wrapper = programOf(first);
  while (i < argv.length) {
    const word = argv[i] ?? '';
    if (word === '-c' && argv[i + 1] !== undefined) {
      const inner = (argv[i + 1] ?? '').trim().split(/[\s;&|()]+/)[0] ?? '';
      return { isWrapper: true, inner: inner === '' ? null : programOf(inner) };
    }
    if (ASSIGNMENT.test(word)) i++;
    else if (word.startsWith('-')) i += OPTIONS_WITH_VALUE.has(word) ? 2 : 1;
    else if (wrapper === 'timeout' && /^\d/.test(word)) i++;
    else return { isWrapper: true, inner: programOf(word) };
  }
  return { isWrapper: true, inner: null };
}
