import { describe, expect, it } from 'vitest';
import { fromJson, RegoSet, toJson, type Value } from '../value.js';
import { register } from './net.js';
import { type BuiltinContext, BuiltinRegistry } from './registry.js';

const registry = new BuiltinRegistry();
register(registry);

function createContext(random: () => number = () => 0.5): BuiltinContext {
  return { nowNs: 0n, queryCache: new Map(), print: () => {}, strict: true, random };
}

function call(name: string, args: Value[], context = createContext()): Value | undefined {
  const builtin = registry.get(name);
  if (!builtin) throw new Error(`no builtin ${name}`);
  return builtin.implementation(args, context);
}

const json = (name: string, ...args: Value[]) => toJson(call(name, args) as Value);

describe('net.cidr_contains', () => {
  it.each([
    ['10.0.0.0/8', '10.1.0.0/24', true],
    ['172.17.0.0/24', '172.17.0.0/16', false],
    ['10.0.0.0/8', '192.168.1.0/24', false],
    ['10.0.0.0/8', '10.1.1.1/32', true],
    ['10.0.0.0/8', '192.168.1.1', false],
    ['10.0.0.0/8', '10.255.255.255', true],
    ['2001:4860:4860::8888/32', '2001:4860:4860:1234::8888/40', true],
    ['2001:4860::/96', '2001:4860::/32', false],
    ['10.0.0.0/8', '::ffff:10.1.2.3', true],
    ['::/0', '10.0.0.1', false],
  ])('%s contains %s: %s', (cidr, other, want) => {
    expect(call('net.cidr_contains', [cidr, other])).toBe(want);
  });

  it('reports malformed operands', () => {
    expect(() => call('net.cidr_contains', ['not-a-cidr', '192.168.1.67'])).toThrow(
      'net.cidr_contains: invalid CIDR address: not-a-cidr',
    );
    expect(() => call('net.cidr_contains', ['10.0.0.0/8', 'foo'])).toThrow(
      'not a valid textual representation of an IP address or CIDR: foo',
    );
  });
});

describe('net.cidr_contains_matches', () => {
  it('matches arrays by index', () => {
    const cidrs = fromJson([['1.1.2.0/24', 1], '1.1.1.0/24']);
    expect(json('net.cidr_contains_matches', cidrs, ['1.1.1.1', '1.1.2.1'])).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it('matches sets by element and objects by key', () => {
    const cidrs = new RegoSet([
      ['1.1.1.0/24', 'bar'],
      ['1.1.2.0/24', 'foo'],
    ]);
    const ips = new RegoSet([
      ['1.1.1.1', 'baz'],
      ['1.1.2.1', 'qux'],
    ]);
    expect(json('net.cidr_contains_matches', cidrs, ips)).toEqual([
      [
        ['1.1.1.0/24', 'bar'],
        ['1.1.1.1', 'baz'],
      ],
      [
        ['1.1.2.0/24', 'foo'],
        ['1.1.2.1', 'qux'],
      ],
    ]);
    const object = fromJson({ k1: '1.1.1.1/24', k2: ['1.1.1.2/24', 1] });
    expect(json('net.cidr_contains_matches', object, '1.1.1.128')).toEqual([
      ['k1', '1.1.1.128'],
      ['k2', '1.1.1.128'],
    ]);
  });

  it('rejects elements that are neither strings nor non-empty arrays', () => {
    expect(() => call('net.cidr_contains_matches', [['1.1.2.0/24'], ['1.1.1.1', 1]])).toThrow(
      'net.cidr_contains_matches: operand 2: element must be string or non-empty array',
    );
    expect(() => call('net.cidr_contains_matches', [['1.1.2.0/24'], new RegoSet([[]])])).toThrow(
      'operand 2: element must be string or non-empty array',
    );
  });
});

describe('net.cidr_expand', () => {
  it('lists every address, network and broadcast included', () => {
    expect(json('net.cidr_expand', '192.168.1.1/30')).toEqual([
      '192.168.1.0',
      '192.168.1.1',
      '192.168.1.2',
      '192.168.1.3',
    ]);
    expect(json('net.cidr_expand', '172.16.100.255/30')).toEqual([
      '172.16.100.252',
      '172.16.100.253',
      '172.16.100.254',
      '172.16.100.255',
    ]);
    expect(json('net.cidr_expand', '192.168.1.1/32')).toEqual(['192.168.1.1']);
    expect(json('net.cidr_expand', 'fe80::/127')).toEqual(['fe80::', 'fe80::1']);
  });

  it('rejects invalid masks', () => {
    expect(() => call('net.cidr_expand', ['192.168.1.1/33'])).toThrow(
      'net.cidr_expand: invalid CIDR address: 192.168.1.1/33',
    );
  });
});

describe('net.cidr_intersects and net.cidr_is_valid', () => {
  it('detects overlapping networks', () => {
    expect(call('net.cidr_intersects', ['192.168.1.0/25', '192.168.1.64/25'])).toBe(true);
    expect(
      call('net.cidr_intersects', ['fd1e:5bfe:8af3:9ddc::/64', 'fd1e:5bfe:8af3:9ddc:1111::/72']),
    ).toBe(true);
    expect(
      call('net.cidr_intersects', ['fd1e:5bfe:8af3:9ddc::/64', '2001:4860:4860::8888/32']),
    ).toBe(false);
    expect(() => call('net.cidr_intersects', ['192.168.1.0/28', 'not-a-cidr'])).toThrow(
      'invalid CIDR address: not-a-cidr',
    );
  });

  it.each([
    ['192.168.1.0/24', true],
    ['2001:db8::/32', true],
    ['there goes a string', false],
    ['192.168.1.0', false],
    ['010.0.0.0/8', false],
    ['1.2.3.4/33', false],
  ])('validates %j', (cidr, want) => {
    expect(call('net.cidr_is_valid', [cidr])).toBe(want);
  });
});

describe('net.cidr_merge', () => {
  const merge = (...cidrs: string[]) => json('net.cidr_merge', cidrs);

  it.each([
    [['192.0.128.0/24', '192.0.128.0/24'], ['192.0.128.0/24']],
    [['192.0.128.0/24', '0.0.0.0/0'], ['0.0.0.0/0']],
    [['192.0.2.112/30', '192.0.2.116/31', '192.0.2.118/31'], ['192.0.2.112/29']],
    [
      ['192.0.129.0/24', '192.0.130.0/24'],
      ['192.0.129.0/24', '192.0.130.0/24'],
    ],
    [
      ['192.0.2.112/30', '192.0.2.116/32', '192.0.2.118/31'],
      ['192.0.2.112/30', '192.0.2.116/32', '192.0.2.118/31'],
    ],
    [['::/0', 'fe80::1/128'], ['::/0']],
    [['::/0', '::192.0.2.0/124', 'ff00::101/128'], ['::/0']],
    [
      ['fe80::/120', '192.0.2.0/24', '192.0.3.0/24', '192.0.4.0/25', '192.0.4.128/25'],
      ['192.0.2.0/23', '192.0.4.0/24', 'fe80::/120'],
    ],
    [
      ['2601:600:8a80:207e:a57d:7567:e2c9:e7b3/128'],
      ['2601:600:8a80:207e:a57d:7567:e2c9:e7b3/128'],
    ],
    [
      ['2601:600:8a80:207e:a57d:7567:e2c9:e7b3/64', '2601:600:8a80:207e:a57d:7567:e2c9:e7b3/128'],
      ['2601:600:8a80:207e::/64'],
    ],
    [[], []],
  ])('merges %j', (cidrs, want) => {
    expect(merge(...cidrs)).toEqual(want);
  });

  it('merges the 16 /28 blocks of a /24', () => {
    const blocks = Array.from({ length: 16 }, (_, i) => `192.0.2.${i * 16}/28`);
    expect(merge('192.0.1.254/31', ...blocks, '192.0.3.0/28')).toEqual([
      '192.0.1.254/31',
      '192.0.2.0/24',
      '192.0.3.0/28',
    ]);
  });

  it('accepts sets and bare IPv4 addresses (with their classful mask)', () => {
    const set = new RegoSet(['192.0.2.112/30', '192.0.2.116/31', '192.0.2.118/31']);
    expect(json('net.cidr_merge', set)).toEqual(['192.0.2.112/29']);
    expect(merge('192.0.2.1')).toEqual(['192.0.2.1/24']);
  });

  it('rejects invalid elements', () => {
    expect(() => merge('2601:600:8a80:207e:a57d:7567:e2c9:e7b3')).toThrow(
      'net.cidr_merge: IPv6 invalid: needs prefix length',
    );
    expect(() => merge('foo')).toThrow('invalid CIDR address: foo');
    expect(() => call('net.cidr_merge', ['x'])).toThrow('operand must be an array');
  });
});

describe('net.lookup_ip_addr', () => {
  it('resolves IP literals to themselves', () => {
    expect(json('net.lookup_ip_addr', '10.0.0.0')).toEqual(['10.0.0.0']);
    expect(json('net.lookup_ip_addr', '::')).toEqual(['::']);
  });
});
