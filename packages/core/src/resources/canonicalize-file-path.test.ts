import { describe, expect, it } from 'vitest';
import { canonicalizeFilePath } from './canonicalize-file-path.js';

const cwd = '/workspace';

describe('canonicalizeFilePath', () => {
  it.each([
    ['/workspace/a.txt', '/workspace/a.txt'],
    ['/workspace/../etc/passwd', '/etc/passwd'],
    ['/workspace/./../etc', '/etc'],
    ['//etc//passwd', '/etc/passwd'],
    ['/workspace/a/', '/workspace/a'],
    ['/../../../etc/passwd', '/etc/passwd'],
    ['/', '/'],
    ['/workspace/..', '/'],
    ['a/b.txt', '/workspace/a/b.txt'],
    ['./a/../b', '/workspace/b'],
    ['../etc/passwd', '/etc/passwd'],
    ['/workspace/a%20b.txt', '/workspace/a b.txt'],
    ['/workspace/key%2epem', '/workspace/key.pem'],
    ['/workspace/%252epem', '/workspace/.pem'],
    ['/workspace/a\\b', '/workspace/a/b'],
    ['/workspace/cafe\u0301', '/workspace/caf\u00e9'],
    ['/workspace/caf%C3%A9', '/workspace/caf\u00e9'],
    ['/workspace/100%', '/workspace/100%'],
    ['/workspace/~', '/workspace/~'],
    ['/workspace/.env', '/workspace/.env'],
    ['/workspace/\u65e5\u672c.txt', '/workspace/\u65e5\u672c.txt'],
  ])('canonicalises %j to %s', (raw, path) => {
    expect(canonicalizeFilePath(raw, { cwd })).toEqual({ ok: true, value: path });
  });

  it.each([
    ['', 'empty'],
    ['/workspace/%2e%2e/etc/passwd', 'ambiguous_encoding'],
    ['/workspace/%252e%252e/etc', 'ambiguous_encoding'],
    ['/workspace/%2E%2E%2Fetc', 'ambiguous_encoding'],
    ['/workspace/%2e/a', 'ambiguous_encoding'],
    ['..\\..\\etc\\passwd', 'ambiguous_encoding'],
    ['/workspace/x\\y/../../z', 'ambiguous_encoding'],
    // A POSIX tool reads this as a relative name, not as /workspace/a.
    ['\\workspace\\a', 'ambiguous_encoding'],
    ['/workspace/a%2F..%2F..%2Fetc', 'ambiguous_encoding'],
    ['/etc/passwd%00.txt', 'control_character'],
    ['/etc/passwd\u0000.txt', 'control_character'],
    ['/workspace/a\nb', 'control_character'],
    ['/workspace/%0a', 'control_character'],
    ['/workspace/%C2%85', 'control_character'],
    ['/workspace/%ff', 'invalid_percent_encoding'],
    ['/workspace/%25252525252525252e', 'too_many_encoding_layers'],
    // Lookalikes some tools read as `/`, `\` or `.` (NFKC, Windows best-fit code pages).
    ['/workspace/\uff0e\uff0e/etc/passwd', 'ambiguous_encoding'],
    ['/workspace/..\uff0fetc', 'ambiguous_encoding'],
    ['/workspace/\u2215..\u2215etc', 'ambiguous_encoding'],
    ['/workspace/\u2024\u2024/etc', 'ambiguous_encoding'],
    ['/workspace/\u2025/etc', 'ambiguous_encoding'],
    ['/workspace/%EF%BC%8E%EF%BC%8E/etc', 'ambiguous_encoding'],
    ['/workspace/a\ufe68b', 'ambiguous_encoding'],
    // Windows reads these as another place: a drive, and names without their trailing dot/space.
    ['C:\\Windows\\win.ini', 'ambiguous_encoding'],
    ['c:/secret', 'ambiguous_encoding'],
    ['/workspace/secret.', 'ambiguous_encoding'],
    ['/workspace/secret ', 'ambiguous_encoding'],
    ['/workspace/secret%2e', 'ambiguous_encoding'],
    ['/workspace/.../etc', 'ambiguous_encoding'],
    ['/workspace/.. /etc', 'ambiguous_encoding'],
    ['~/.ssh/id_rsa', 'home_expansion'],
    ['%7e/.ssh', 'home_expansion'],
  ])('refuses %j as %s', (raw, reason) => {
    expect(canonicalizeFilePath(raw, { cwd })).toEqual({ ok: false, reason });
  });

  it('needs a cwd for relative paths and a canonical cwd', () => {
    expect(canonicalizeFilePath('a.txt')).toEqual({ ok: false, reason: 'relative_without_cwd' });
    expect(canonicalizeFilePath('a.txt', { cwd: 'rel' })).toEqual({
      ok: false,
      reason: 'invalid_cwd_relative_without_cwd',
    });
    expect(canonicalizeFilePath('/a', { cwd: 'rel' })).toEqual({ ok: true, value: '/a' });
  });

  it('is idempotent on its own output', () => {
    for (const raw of ['/workspace/a%2541', '/a/./b/../c', '/workspace/a\\b']) {
      const once = canonicalizeFilePath(raw);
      if (!once.ok) throw new Error(once.reason);
      expect(canonicalizeFilePath(once.value)).toEqual(once);
    }
  });
});
