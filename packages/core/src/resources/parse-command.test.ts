import { describe, expect, it } from 'vitest';
import { parseCommand } from './parse-command.js';

const plain = {
  type: 'command',
  shell_metacharacters: false,
  shell_expansion: false,
  wrapper: false,
  wrapped_program: null,
};

describe('parseCommand', () => {
  it.each([
    ['ls -la /workspace', { ...plain, argv: ['ls', '-la', '/workspace'], program: 'ls' }],
    ['/bin/rm -rf /', { ...plain, argv: ['/bin/rm', '-rf', '/'], program: 'rm' }],
    ['./rm -rf /', { ...plain, argv: ['./rm', '-rf', '/'], program: 'rm' }],
    ['"r""m" -rf /', { ...plain, argv: ['rm', '-rf', '/'], program: 'rm' }],
    ["'r'm -rf /", { ...plain, argv: ['rm', '-rf', '/'], program: 'rm' }],
    ['\\rm -rf /', { ...plain, argv: ['rm', '-rf', '/'], program: 'rm' }],
    ["grep 'a b' \"c\\\"d\" ''", { ...plain, argv: ['grep', 'a b', 'c"d', ''], program: 'grep' }],
    ['git  log\t--oneline', { ...plain, argv: ['git', 'log', '--oneline'], program: 'git' }],
    [
      'ls; rm -rf /',
      { ...plain, argv: ['ls;', 'rm', '-rf', '/'], program: 'ls;', shell_metacharacters: true },
    ],
    [
      'ls $(rm -rf /)',
      { ...plain, argv: ['ls', '$(rm', '-rf', '/)'], program: 'ls', shell_metacharacters: true },
    ],
    ['ls `id`', { ...plain, argv: ['ls', '`id`'], program: 'ls', shell_metacharacters: true }],
    ['ls | sh', { ...plain, argv: ['ls', '|', 'sh'], program: 'ls', shell_metacharacters: true }],
    [
      'ls\nrm -rf /',
      { ...plain, argv: ['ls', 'rm', '-rf', '/'], program: 'ls', shell_metacharacters: true },
    ],
    ['ls\rrm', { ...plain, argv: ['ls', 'rm'], program: 'ls', shell_metacharacters: true }],
    [
      "grep 'a|b' f",
      { ...plain, argv: ['grep', 'a|b', 'f'], program: 'grep', shell_metacharacters: true },
    ],
    [
      'cat < /etc/passwd',
      { ...plain, argv: ['cat', '<', '/etc/passwd'], program: 'cat', shell_metacharacters: true },
    ],
    ['ls && id', { ...plain, argv: ['ls', '&&', 'id'], program: 'ls', shell_metacharacters: true }],
    [
      'env rm -rf /',
      {
        ...plain,
        argv: ['env', 'rm', '-rf', '/'],
        program: 'env',
        wrapper: true,
        wrapped_program: 'rm',
      },
    ],
    [
      'sudo -u root /bin/rm x',
      {
        ...plain,
        argv: ['sudo', '-u', 'root', '/bin/rm', 'x'],
        program: 'sudo',
        wrapper: true,
        wrapped_program: 'rm',
      },
    ],
    [
      'timeout 5 rm x',
      {
        ...plain,
        argv: ['timeout', '5', 'rm', 'x'],
        program: 'timeout',
        wrapper: true,
        wrapped_program: 'rm',
      },
    ],
    [
      "bash -c 'rm -rf /'",
      {
        ...plain,
        argv: ['bash', '-c', 'rm -rf /'],
        program: 'bash',
        wrapper: true,
        wrapped_program: 'rm',
      },
    ],
    [
      'LD_PRELOAD=/tmp/x.so ls',
      {
        ...plain,
        argv: ['LD_PRELOAD=/tmp/x.so', 'ls'],
        program: 'LD_PRELOAD=/tmp/x.so',
        wrapper: true,
        wrapped_program: 'ls',
      },
    ],
    [
      'X=/bin/ls cat f',
      {
        ...plain,
        argv: ['X=/bin/ls', 'cat', 'f'],
        program: 'X=/bin/ls',
        wrapper: true,
        wrapped_program: 'cat',
      },
    ],
    ['xargs', { ...plain, argv: ['xargs'], program: 'xargs', wrapper: true }],
  ])('parses %j', (raw, expected) => {
    expect(parseCommand(raw)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['git {push,origin,main}', true],
    ['git pus?', true],
    ['git [p]ush', true],
    ['cat ~/.ssh/id_rsa', true],
    ['ls *.ts', true],
    ['echo \\*', false],
    ['echo \'{push,x}\' "*" a~b', true],
    ['echo \'{push,x}\' "*?["', false],
  ])('flags the shell expansion in %j as %s', (text, flagged) => {
    const parsed = parseCommand(text);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.value.shell_expansion).toBe(flagged);
    // Expansion is reported on its own: the metacharacter flag keeps the contract's meaning.
    expect(parsed.value.shell_metacharacters).toBe(false);
  });

  it('reads an array as argv without a shell', () => {
    expect(parseCommand(['/usr/bin/git', 'log', '; rm -rf /'])).toEqual({
      ok: true,
      value: { ...plain, argv: ['/usr/bin/git', 'log', '; rm -rf /'], program: 'git' },
    });
  });

  it.each([
    ['', 'empty_command'],
    ['   ', 'empty_command'],
    ["'' x", 'empty_command'],
    ["echo 'oops", 'unterminated_quote'],
    ['echo "oops', 'unterminated_quote'],
    ['ls\u0000 /', 'control_character'],
    [['ls', 'a\u0000'], 'control_character'],
    [[], 'empty_command'],
    [['ls', 3], 'not_a_command'],
  ])('refuses %j as %s', (raw, reason) => {
    expect(parseCommand(raw as string)).toEqual({ ok: false, reason });
  });
});
