import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { digestArgs, hmacSha256Hex, sha256Hex } from './digest.js';

describe('digests', () => {
  it('computes SHA-256 of text and bytes alike', () => {
    expect(sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(sha256Hex(new TextEncoder().encode('abc'))).toBe(sha256Hex('abc'));
  });

  it('computes HMAC-SHA-256 (RFC 4231 test case 2)', () => {
    expect(hmacSha256Hex('Jefe', 'what do ya want for nothing?')).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
  });

  it('digests arguments independently of key order', () => {
    const digest = digestArgs({ path: '/a', mode: 'w', opts: { b: 1, a: 2 } });
    expect(digest).toBe(digestArgs({ opts: { a: 2, b: 1 }, mode: 'w', path: '/a' }));
    expect(digest).toBe(
      `sha256:${createHash('sha256').update('{"mode":"w","opts":{"a":2,"b":1},"path":"/a"}').digest('hex')}`,
    );
  });

  it('changes the digest when any value changes', () => {
    expect(digestArgs({ path: '/a' })).not.toBe(digestArgs({ path: '/b' }));
    expect(digestArgs({ n: 1 })).not.toBe(digestArgs({ n: '1' }));
  });
});
