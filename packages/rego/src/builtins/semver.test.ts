import { describe, expect, it } from 'vitest';
import { builtinHarness } from './__fixtures__/builtin-harness.js';
import { register } from './semver.js';

const { call } = builtinHarness([register]);

describe('semver.compare', () => {
  it('orders versions', () => {
    expect(call('semver.compare', '1.0.0', '2.0.0')).toBe(-1);
    expect(call('semver.compare', '2.0.0', '1.0.0')).toBe(1);
    expect(call('semver.compare', '1.2.3', 'v1.2.3+build.5')).toBe(0);
  });

  it('ranks pre-releases below releases and compares their identifiers', () => {
    expect(call('semver.compare', '1.0.0-alpha', '1.0.0')).toBe(-1);
    expect(call('semver.compare', '1.0.0-alpha.1', '1.0.0-alpha')).toBe(1);
    expect(call('semver.compare', '1.0.0-alpha.2', '1.0.0-alpha.10')).toBe(-1);
    expect(call('semver.compare', '1.0.0-1', '1.0.0-alpha')).toBe(-1);
    expect(call('semver.compare', '1.0.0-beta', '1.0.0-alpha.beta')).toBe(1);
  });

  it('reports the invalid operand as OPA does', () => {
    expect(() => call('semver.compare', '1', '1.0.0')).toThrow(
      'semver.compare: operand 1: string "1" is not a valid SemVer',
    );
    expect(() => call('semver.compare', '1.0.0', '1')).toThrow(
      'semver.compare: operand 2: string "1" is not a valid SemVer',
    );
  });
});

describe('semver.is_valid', () => {
  it('accepts versions and rejects everything else', () => {
    expect(call('semver.is_valid', '1.0.0')).toBe(true);
    expect(call('semver.is_valid', '1.0.0-rc.1+meta')).toBe(true);
    expect(call('semver.is_valid', '1')).toBe(false);
    expect(call('semver.is_valid', '1.0.0-')).toBe(true);
    expect(call('semver.is_valid', '1.0.0-a..b')).toBe(false);
    expect(call('semver.is_valid', 1)).toBe(false);
  });
});
