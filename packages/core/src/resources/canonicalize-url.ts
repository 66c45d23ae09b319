import { classifyHost } from './classify-host.js';
import { hasControlCharacter } from './has-control-character.js';
import type { CanonicalResult, UrlResource } from './resource.js';

/** A canonical URL: a {@link UrlResource} without its `type` and `op`. */
export type CanonicalUrl = Omit<UrlResource, 'type' | 'op'>;

const MAX_LENGTH = 8192;

/**
 * Canonicalises a URL from tool arguments with the WHATWG parser (what `fetch` uses), so
 * policies judge the host a request really reaches.
 *
 * WHATWG lower-cases scheme and host, maps IDN to punycode (`аpple.com` →
 * `xn--pple-43d.com`), normalises IPv4 spellings (`0x7f000001` → `127.0.0.1`) and resolves
 * dot segments. On top of that: userinfo and the fragment are dropped from `url` (the host
 * is what follows the last `@`), one trailing dot is stripped from the host, a default
 * port becomes `null`. Refused: relative URLs (`not_absolute`), control characters or
 * whitespace anywhere (`control_character`, WHATWG would silently strip them), and `\`
 * (`backslash`: WHATWG reads it as `/` but other clients read it as part of userinfo, so
 * `https://api.example.com\@evil.com` is ambiguous).
 */
export function canonicalizeUrl(raw: string): CanonicalResult<CanonicalUrl> {
  if (typeof raw !== 'string' || raw === '') return { ok: false, reason: 'empty' };
  if (raw.length > MAX_LENGTH) return { ok: false, reason: 'too_long' };
  if (hasControlCharacter(raw, true)) return { ok: false, reason: 'control_character' };
  if (raw.includes('\\')) return { ok: false, reason: 'backslash' };
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    return { ok: false, reason: 'not_absolute' };
  }
  const scheme = parsed.protocol.replace(/:$/, '');
  const host = parsed.hostname.endsWith('.') ? parsed.hostname.slice(0, -1) : parsed.hostname;
  if (host.endsWith('.') || host.includes('..')) return { ok: false, reason: 'invalid_host' };
  const port = parsed.port === '' ? null : Number(parsed.port);
  const hasAuthority = parsed.href.startsWith(`${scheme}://`);
  const authority = hasAuthority ? `//${host}${port === null ? '' : `:${port}`}` : '';
  const url = `${scheme}:${authority}${parsed.pathname}${parsed.search}`;
  const kind = classifyHost(host);
  return {
    ok: true,
    value: {
      url,
      scheme,
      host,
      port,
      path: parsed.pathname,
      ip: kind.isIp,
      private: kind.isPrivate,
      loopback: kind.isLoopback,
      link_local: kind.isLinkLocal,
      metadata: kind.isMetadata,
    },
  };
}
