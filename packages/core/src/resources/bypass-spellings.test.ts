import { describe, expect, it } from 'vitest';
import { extractResources } from './extract-resources.js';

// The spellings a red team tries first, each with the one thing a policy would judge.
const summary = (args: Record<string, unknown>): unknown[] =>
  extractResources({ toolName: 'fs.read', args, cwd: '/workspace' }).map((r) => {
    if (r.type === 'file') return r.path;
    if (r.type === 'url') return [r.host, r.private];
    if (r.type === 'command') return [r.program, r.shell_metacharacters];
    return r.reason;
  });

describe('bypass spellings', () => {
  it.each([
    [{ path: '/workspace/../etc/passwd' }, ['/etc/passwd']],
    [{ path: '/workspace/%2e%2e/etc/passwd' }, ['ambiguous_encoding']],
    [{ path: '/workspace/%252e%252e/etc' }, ['ambiguous_encoding']],
    [{ path: '//etc//passwd' }, ['/etc/passwd']],
    [{ path: '/workspace/./../etc' }, ['/etc']],
    [{ path: '/etc/passwd%00.txt' }, ['control_character']],
    [{ path: '..\\..\\etc\\passwd' }, ['ambiguous_encoding']],
    [{ url: 'HTTPS://API.EXAMPLE.COM./x' }, [['api.example.com', false]]],
    [{ url: 'https://user:pw@api.example.com@evil.com/' }, [['evil.com', false]]],
    [{ url: 'https://evil.com#@api.example.com' }, [['evil.com', false]]],
    [{ url: 'https://api.example.com:443' }, [['api.example.com', false]]],
    [{ url: 'https://аpple.com' }, [['xn--pple-43d.com', false]]],
    [{ url: 'http://2130706433/' }, [['127.0.0.1', true]]],
    [{ url: 'http://0x7f000001/' }, [['127.0.0.1', true]]],
    [{ url: 'http://[::ffff:127.0.0.1]/' }, [['[::ffff:7f00:1]', true]]],
    [{ url: 'http://169.254.169.254/latest' }, [['169.254.169.254', true]]],
    [{ command: 'ls; rm -rf /' }, [['ls;', true]]],
    [{ command: 'ls $(rm -rf /)' }, [['ls', true]]],
    [{ command: 'ls `id`' }, [['ls', true]]],
    [{ command: 'ls | sh' }, [['ls', true]]],
    [{ command: 'ls\nrm -rf /' }, [['ls', true]]],
    [{ command: '/bin/rm -rf /' }, [['rm', false]]],
    [{ command: '"r""m" -rf /' }, [['rm', false]]],
  ])('%j is judged as %j', (args, expected) => {
    expect(summary(args)).toEqual(expected);
  });
});
