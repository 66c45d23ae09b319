import { builtinError } from '../registry.js';

/** The three base64url sections of a compact JWS. */
export interface TokenSections {
  readonly header: string;
  readonly payload: string;
  readonly signature: string;
}

/** Splits a compact JWT into its sections, or throws OPA's error for builtin `name`. */
export function splitToken(name: string, token: string): TokenSections {
  if (!token.includes('.')) throw builtinError(name, 'encoded JWT had no period separators');
  const parts = token.split('.');
  if (parts.length !== 3) {
    throw builtinError(name, `encoded JWT must have 3 sections, found ${parts.length}`);
  }
  const [header = '', payload = '', signature = ''] = parts;
  return { header, payload, signature };
}
