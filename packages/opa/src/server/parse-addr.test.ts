import { describe, expect, it } from 'vitest';
import { parseAddr } from './parse-addr.js';

describe('parseAddr', () => {
  it('reads host:port, [ipv6]:port, and :port as loopback', () => {
    expect(parseAddr('127.0.0.1:8181')).toEqual({ host: '127.0.0.1', port: 8181 });
    expect(parseAddr('[::1]:0')).toEqual({ host: '::1', port: 0 });
    expect(parseAddr(':9000')).toEqual({ host: '127.0.0.1', port: 9000 });
    expect(parseAddr('0.0.0.0:8181')).toEqual({ host: '0.0.0.0', port: 8181 });
  });

  it('refuses addresses without a valid port', () => {
    expect(() => parseAddr('localhost')).toThrow('invalid address "localhost", expected host:port');
    expect(() => parseAddr('localhost:70000')).toThrow(/invalid address/);
  });
});
