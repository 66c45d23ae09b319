import { describe, expect, it } from 'vitest';
import { canonicalizeUrl } from './canonicalize-url.js';

const publicHost = {
  ip: false,
  private: false,
  loopback: false,
  link_local: false,
  metadata: false,
};
const v4 = { ip: true, private: true, loopback: false, link_local: false, metadata: false };

describe('canonicalizeUrl', () => {
  it.each([
    [
      'HTTPS://API.EXAMPLE.COM./x',
      {
        url: 'https://api.example.com/x',
        scheme: 'https',
        host: 'api.example.com',
        port: null,
        path: '/x',
        ...publicHost,
      },
    ],
    [
      'https://user:pw@api.example.com@evil.com/',
      {
        url: 'https://evil.com/',
        scheme: 'https',
        host: 'evil.com',
        port: null,
        path: '/',
        ...publicHost,
      },
    ],
    [
      'https://evil.com#@api.example.com',
      {
        url: 'https://evil.com/',
        scheme: 'https',
        host: 'evil.com',
        port: null,
        path: '/',
        ...publicHost,
      },
    ],
    [
      'https://api.example.com:443',
      {
        url: 'https://api.example.com/',
        scheme: 'https',
        host: 'api.example.com',
        port: null,
        path: '/',
        ...publicHost,
      },
    ],
    [
      'https://api.example.com:8443/a/../b?q=1#frag',
      {
        url: 'https://api.example.com:8443/b?q=1',
        scheme: 'https',
        host: 'api.example.com',
        port: 8443,
        path: '/b',
        ...publicHost,
      },
    ],
    [
      'https://аpple.com/',
      {
        url: 'https://xn--pple-43d.com/',
        scheme: 'https',
        host: 'xn--pple-43d.com',
        port: null,
        path: '/',
        ...publicHost,
      },
    ],
    [
      'https://api.example.com/%2e%2e/admin',
      {
        url: 'https://api.example.com/admin',
        scheme: 'https',
        host: 'api.example.com',
        port: null,
        path: '/admin',
        ...publicHost,
      },
    ],
    [
      'http://2130706433/',
      {
        url: 'http://127.0.0.1/',
        scheme: 'http',
        host: '127.0.0.1',
        port: null,
        path: '/',
        ...v4,
        loopback: true,
      },
    ],
    [
      'http://0x7f000001/',
      {
        url: 'http://127.0.0.1/',
        scheme: 'http',
        host: '127.0.0.1',
        port: null,
        path: '/',
        ...v4,
        loopback: true,
      },
    ],
    [
      'http://0177.0.0.1:80/',
      {
        url: 'http://127.0.0.1/',
        scheme: 'http',
        host: '127.0.0.1',
        port: null,
        path: '/',
        ...v4,
        loopback: true,
      },
    ],
    [
      'http://[::ffff:127.0.0.1]/',
      {
        url: 'http://[::ffff:7f00:1]/',
        scheme: 'http',
        host: '[::ffff:7f00:1]',
        port: null,
        path: '/',
        ...v4,
        loopback: true,
      },
    ],
    [
      'http://169.254.169.254/latest',
      {
        url: 'http://169.254.169.254/latest',
        scheme: 'http',
        host: '169.254.169.254',
        port: null,
        path: '/latest',
        ...v4,
        link_local: true,
        metadata: true,
      },
    ],
    [
      'http://metadata.google.internal./computeMetadata/v1/',
      {
        url: 'http://metadata.google.internal/computeMetadata/v1/',
        scheme: 'http',
        host: 'metadata.google.internal',
        port: null,
        path: '/computeMetadata/v1/',
        ...publicHost,
        private: true,
        metadata: true,
      },
    ],
    [
      'file:///etc/passwd',
      {
        url: 'file:///etc/passwd',
        scheme: 'file',
        host: '',
        port: null,
        path: '/etc/passwd',
        ...publicHost,
      },
    ],
    [
      'mailto:a@b.com',
      {
        url: 'mailto:a@b.com',
        scheme: 'mailto',
        host: '',
        port: null,
        path: 'a@b.com',
        ...publicHost,
      },
    ],
  ])('canonicalises %s', (raw, value) => {
    expect(canonicalizeUrl(raw)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'empty'],
    ['/relative/path', 'not_absolute'],
    ['api.example.com/x', 'not_absolute'],
    ['https://api.exa\tmple.com/', 'control_character'],
    ['https://api.example.com/\n', 'control_character'],
    [' https://api.example.com/', 'control_character'],
    ['https://api.example.com\u00a0/', 'control_character'],
    ['https://api.example.com\\@evil.com/', 'backslash'],
    ['http://example.com../', 'invalid_host'],
    ['https://[::1/', 'not_absolute'],
  ])('refuses %j as %s', (raw, reason) => {
    expect(canonicalizeUrl(raw)).toEqual({ ok: false, reason });
  });
});
