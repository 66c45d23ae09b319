import { describe, expect, it } from 'vitest';
import { builtinHarness } from './__fixtures__/builtin-harness.js';
import { register } from './crypto.js';

const { call } = builtinHarness([register]);

describe('crypto digests', () => {
  it('hashes "lorem ipsum" as OPA does', () => {
    expect(call('crypto.md5', 'lorem ipsum')).toBe('80a751fde577028640c419000e33eba6');
    expect(call('crypto.sha1', 'lorem ipsum')).toBe('bfb7759a67daeb65410490b4d98bb9da7d1ea2ce');
    expect(call('crypto.sha256', 'lorem ipsum')).toBe(
      '5e2bf57d3f40c4b6df69daf1936cb766f832374b4fc0259a7cbff06e2f70f269',
    );
  });

  it('rejects a non-string operand with an eval_type_error', () => {
    expect(() => call('crypto.md5', 1)).toThrow(
      'crypto.md5: operand 1 must be string but got number',
    );
  });
});

describe('crypto.hmac', () => {
  it('computes HMACs of "foo" keyed with "bar"', () => {
    expect(call('crypto.hmac.sha1', 'foo', 'bar')).toBe('85d155c55ed286a300bd1cf124de08d87e914f3a');
    expect(call('crypto.hmac.sha256', 'foo', 'bar')).toBe(
      '147933218aaabc0b8b10a2b3a5c34684c8d94341bcf10a4736dc7270f7741851',
    );
    expect(call('crypto.hmac.sha512', 'foo', 'bar')).toBe(
      '24257d7210582a65c731ec55159c8184cc24c02489453e58587f71f44c23a2d61b4b72154a89d17b2d49448a8452ea066f4fc56a2bcead45c088572ffccdb3d8',
    );
  });

  it('encodes unicode messages and keys as UTF-8', () => {
    expect(call('crypto.hmac.md5', 'åäöçß\u{1F972}♙Ω', '秘密の')).toBe(
      '20a8743c2157ac60b7e8b79c83651b8d',
    );
    expect(call('crypto.hmac.sha256', 'åäöçß\u{1F972}♙Ω', '秘密の')).toBe(
      'eb90daeb76d4b2571fbdaf94bbb240809faa8fed93ec0c260dd38c3fdf8d963a',
    );
  });

  it('compares MACs for equality', () => {
    const mac = '31b6db9e5eb4addb42f1a6ca07367adc';
    expect(call('crypto.hmac.equal', mac, mac)).toBe(true);
    expect(call('crypto.hmac.equal', mac, '31b6db9e5eb4addb')).toBe(false);
    expect(call('crypto.hmac.equal', mac, '31b6db9e5eb4addb42f1a6ca07367add')).toBe(false);
  });
});
