import { goQuote } from '../sprintf/go-quote.js';
import { escapeUrl, type UrlError, unescapeUrl } from './url-escape.js';

/**
 * A port of the parts of Go's `net/url.Parse` that `uri.parse` exposes, with Go's error texts
 * (`parse "http://a<b@example.com/": net/url: invalid userinfo`). Only the fields OPA reports are
 * kept; user info is validated and decoded but not returned.
 */
export interface ParsedUrl {
  readonly scheme: string;
  readonly opaque: string;
  /** `host[:port]` as decoded, IPv6 literals still in brackets. */
  readonly host: string;
  readonly path: string;
  /** The original path, only when the default escaping of `path` would not give it back. */
  readonly rawPath: string;
  readonly rawQuery: string;
  readonly fragment: string;
}

/** The outcome of {@link parseUrl}: the URL, or Go's error message. */
export type ParseUrlResult =
  | { readonly ok: true; readonly url: ParsedUrl }
  | { readonly ok: false; readonly message: string };

function isError(value: string | UrlError): value is UrlError {
  return typeof value !== 'string';
}

function splitScheme(raw: string): { scheme: string; rest: string } | UrlError {
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i] as string;
    if (/[a-zA-Z]/.test(c)) continue;
    if (/[0-9+\-.]/.test(c)) {
      if (i === 0) return { scheme: '', rest: raw };
      continue;
    }
    if (c === ':') {
      if (i === 0) return { message: 'missing protocol scheme' };
      return { scheme: raw.slice(0, i), rest: raw.slice(i + 1) };
    }
    return { scheme: '', rest: raw };
  }
  return { scheme: '', rest: raw };
}

function isValidOptionalPort(port: string): boolean {
  return port === '' || /^:[0-9]*$/.test(port);
}

function isValidUserinfo(userinfo: string): boolean {
  return /^[A-Za-z0-9\-._:~!$&'()*+,;=%@]*$/.test(userinfo);
}

function parseHost(host: string): string | UrlError {
  if (host.startsWith('[')) {
    const close = host.lastIndexOf(']');
    if (close < 0) return { message: "missing ']' in host" };
    const colonPort = host.slice(close + 1);
    if (!isValidOptionalPort(colonPort)) {
      return { message: `invalid port ${goQuote(colonPort)} after host` };
    }
    const zone = host.slice(0, close).indexOf('%25');
    if (zone >= 0) {
      const parts = [
        unescapeUrl(host.slice(0, zone), 'host'),
        unescapeUrl(host.slice(zone, close), 'zone'),
        unescapeUrl(host.slice(close), 'host'),
      ];
      const failure = parts.find(isError);
      return failure ?? parts.join('');
    }
  } else {
    const colon = host.lastIndexOf(':');
    if (colon >= 0 && !isValidOptionalPort(host.slice(colon))) {
      return { message: `invalid port ${goQuote(host.slice(colon))} after host` };
    }
  }
  return unescapeUrl(host, 'host');
}

function parseAuthority(authority: string): string | UrlError {
  const at = authority.lastIndexOf('@');
  const host = parseHost(at < 0 ? authority : authority.slice(at + 1));
  if (isError(host) || at < 0) return host;
  const userinfo = authority.slice(0, at);
  if (!isValidUserinfo(userinfo)) return { message: 'net/url: invalid userinfo' };
  for (const part of userinfo.includes(':') ? userinfo.split(':', 2) : [userinfo]) {
    const decoded = unescapeUrl(part, 'userPassword');
    if (isError(decoded)) return decoded;
  }
  return host;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: Go rejects ASCII control bytes.
const controlByte = /[\u0000-\u001f\u007f]/;

function parseWithoutFragment(raw: string): ParsedUrl | UrlError {
  if (controlByte.test(raw)) return { message: 'net/url: invalid control character in URL' };
  const empty = {
    scheme: '',
    opaque: '',
    host: '',
    path: '',
    rawPath: '',
    rawQuery: '',
    fragment: '',
  };
  if (raw === '*') return { ...empty, path: '*' };
  const split = splitScheme(raw);
  if ('message' in split) return split;
  const scheme = split.scheme.toLowerCase();
  let rest = split.rest;
  let rawQuery = '';
  if (rest.endsWith('?') && rest.indexOf('?') === rest.length - 1) {
    rest = rest.slice(0, -1);
  } else {
    const question = rest.indexOf('?');
    if (question >= 0) {
      rawQuery = rest.slice(question + 1);
      rest = rest.slice(0, question);
    }
  }
  if (!rest.startsWith('/')) {
    if (scheme !== '') return { ...empty, scheme, opaque: rest, rawQuery };
    const slash = rest.indexOf('/');
    if ((slash < 0 ? rest : rest.slice(0, slash)).includes(':')) {
      return { message: 'first path segment in URL cannot contain colon' };
    }
  }
  let host = '';
  if ((scheme !== '' || !rest.startsWith('///')) && rest.startsWith('//')) {
    let authority = rest.slice(2);
    const slash = authority.indexOf('/');
    rest = slash < 0 ? '' : authority.slice(slash);
    authority = slash < 0 ? authority : authority.slice(0, slash);
    const parsed = parseAuthority(authority);
    if (isError(parsed)) return parsed;
    host = parsed;
  }
  const path = unescapeUrl(rest, 'path');
  if (isError(path)) return path;
  const rawPath = escapeUrl(path, 'path') === rest ? '' : rest;
  return { ...empty, scheme, host, path, rawPath, rawQuery };
}

/** Go's `url.Parse(raw)`, or its error message (`parse "<url>": <reason>`). */
export function parseUrl(raw: string): ParseUrlResult {
  const hash = raw.indexOf('#');
  const beforeFragment = hash < 0 ? raw : raw.slice(0, hash);
  const url = parseWithoutFragment(beforeFragment);
  if ('message' in url)
    return { ok: false, message: `parse ${goQuote(beforeFragment)}: ${url.message}` };
  if (hash < 0) return { ok: true, url };
  const fragment = unescapeUrl(raw.slice(hash + 1), 'fragment');
  if (isError(fragment))
    return { ok: false, message: `parse ${goQuote(raw)}: ${fragment.message}` };
  return { ok: true, url: { ...url, fragment } };
}

/** Go's `URL.Hostname()` and `URL.Port()`: the host without brackets, and the port digits. */
export function splitHostPort(host: string): { hostname: string; port: string } {
  let hostname = host;
  let port = '';
  const colon = host.lastIndexOf(':');
  if (colon >= 0 && isValidOptionalPort(host.slice(colon))) {
    hostname = host.slice(0, colon);
    port = host.slice(colon + 1);
  }
  if (hostname.startsWith('[') && hostname.endsWith(']')) hostname = hostname.slice(1, -1);
  return { hostname, port };
}
