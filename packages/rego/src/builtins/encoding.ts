/**
 * The encoding builtin family: base64, base64url, hex, urlquery and the `json.*` codecs
 * (marshal, marshal_with_options, unmarshal, is_valid). Strings are treated as UTF-8 bytes,
 * as in OPA; JSON text follows Go's `encoding/json`.
 */
import { fromJson, RegoObject, RegoSet, type Value } from '../value.js';
import {
  decodeBase64,
  decodeHex,
  encodeBase64,
  encodeHex,
  fromUtf8,
  utf8,
} from './encoding/bytes.js';
import { type JsonIndent, marshalJson, parseJson } from './encoding/go-json.js';
import { parseQuery, queryEscape, queryUnescape } from './encoding/url-query.js';
import { objectOperand, stringOperand } from './operands.js';
import type { BuiltinDeclaration, BuiltinImplementation, BuiltinRegistry } from './registry.js';
import { builtinError } from './registry.js';
import { operandError } from './strings/text-operands.js';

function declare(
  name: string,
  args: BuiltinDeclaration['args'],
  result: BuiltinDeclaration['result'],
  description: string,
): BuiltinDeclaration {
  return { name, args, result, description, category: 'encoding' };
}

/** Declarations of the encoding family. */
export const encodingDeclarations: readonly BuiltinDeclaration[] = [
  declare(
    'base64.encode',
    ['string'],
    'string',
    'Serializes the input string into base64 encoding.',
  ),
  declare('base64.decode', ['string'], 'string', 'Deserializes the base64 encoded input string.'),
  declare('base64.is_valid', ['any'], 'boolean', 'Verifies the input string is base64 encoded.'),
  declare(
    'base64url.encode',
    ['string'],
    'string',
    'Serializes the input string into base64url encoding.',
  ),
  declare(
    'base64url.encode_no_pad',
    ['string'],
    'string',
    'Serializes the input string into base64url encoding without padding.',
  ),
  declare(
    'base64url.decode',
    ['string'],
    'string',
    'Deserializes the base64url encoded input string.',
  ),
  declare('hex.encode', ['string'], 'string', 'Serializes the input string using hex-encoding.'),
  declare('hex.decode', ['string'], 'string', 'Deserializes the hex-encoded input string.'),
  declare(
    'urlquery.encode',
    ['string'],
    'string',
    'Encodes the input string into a URL-encoded string.',
  ),
  declare('urlquery.decode', ['string'], 'string', 'Decodes a URL-encoded input string.'),
  declare(
    'urlquery.encode_object',
    ['object'],
    'string',
    'Encodes the given object into a URL encoded query string.',
  ),
  declare(
    'urlquery.decode_object',
    ['string'],
    'object',
    'Decodes the given URL query string into an object.',
  ),
  declare('json.marshal', ['any'], 'string', 'Serializes the input term to JSON.'),
  declare(
    'json.marshal_with_options',
    ['any', 'object'],
    'string',
    'Serializes the input term JSON, with additional formatting options via the `opts` parameter.',
  ),
  declare('json.unmarshal', ['string'], 'any', 'Deserializes the input string.'),
  declare(
    'json.is_valid',
    ['any'],
    'boolean',
    'Verifies the input string is a valid JSON document.',
  ),
];

function decoded(name: string, result: Uint8Array | Error): string {
  if (result instanceof Error) throw builtinError(name, result.message);
  return fromUtf8(result);
}

function stringCodec(name: string, codec: (text: string) => string): BuiltinImplementation {
  return (args) => codec(stringOperand(name, args, 0));
}

function base64UrlDecode(text: string): string {
  const name = 'base64url.decode';
  let padded = text;
  // Unpadded input is accepted (RFC 7515 appendix C), as OPA does.
  if (!text.endsWith('=')) {
    const rest = text.length % 4;
    if (rest === 1) throw builtinError(name, `illegal base64url string: ${text}`);
    padded += rest === 0 ? '' : '='.repeat(4 - rest);
  }
  return decoded(name, decodeBase64(padded, true));
}

function encodeObject(args: readonly Value[]): Value {
  const name = 'urlquery.encode_object';
  const object = objectOperand(name, args, 0);
  const valuesError = (): Error =>
    operandError(name, 0, 'values must be string, array[string], or set[string]');
  const pairs: [string, string][] = [];
  for (const [key, value] of object.entries()) {
    const k = typeof key === 'string' ? key : marshalJson(key);
    if (typeof value === 'string') {
      pairs.push([k, value]);
    } else if (Array.isArray(value) || value instanceof RegoSet) {
      const items: readonly Value[] = Array.isArray(value) ? value : value.values();
      for (const item of items) {
        if (typeof item !== 'string') throw valuesError();
        pairs.push([k, item]);
      }
    } else {
      throw valuesError();
    }
  }
  // url.Values.Encode sorts by key and keeps each key's values in order.
  const sorted = pairs
    .map((pair, index) => ({ pair, index }))
    .sort((a, b) => (a.pair[0] < b.pair[0] ? -1 : a.pair[0] > b.pair[0] ? 1 : a.index - b.index));
  return sorted.map(({ pair: [k, v] }) => `${queryEscape(k)}=${queryEscape(v)}`).join('&');
}

function decodeObject(args: readonly Value[]): Value {
  const name = 'urlquery.decode_object';
  const parsed = parseQuery(stringOperand(name, args, 0));
  if (parsed.error) throw builtinError(name, parsed.error.message);
  return new RegoObject([...parsed.values].map(([k, v]) => [k, v] as const));
}

function marshalOptions(name: string, options: RegoObject): JsonIndent | undefined {
  let prefix = '';
  let indent = '\t';
  let isImplicitlyPretty = false;
  let isPretty: boolean | undefined;
  for (const [key, value] of options.entries()) {
    if (key === 'prefix' || key === 'indent') {
      if (typeof value !== 'string') {
        throw operandError(name, 1, `key ${key} failed cast to string`);
      }
      if (key === 'prefix') prefix = value;
      else indent = value;
      isImplicitlyPretty = true;
    } else if (key === 'pretty') {
      if (typeof value !== 'boolean') throw operandError(name, 1, `key ${key} failed cast to bool`);
      isPretty = value;
    } else {
      const text = typeof key === 'string' ? JSON.stringify(key) : marshalJson(key);
      throw operandError(name, 1, `object contained unknown key ${text}`);
    }
  }
  return (isPretty ?? isImplicitlyPretty) ? { prefix, indent } : undefined;
}

function marshalWithOptions(args: readonly Value[]): Value {
  const name = 'json.marshal_with_options';
  const options = marshalOptions(name, objectOperand(name, args, 1));
  const text = marshalJson(args[0] as Value, options);
  // Go's MarshalIndent does not prefix the first line; OPA adds it.
  return options === undefined ? text : options.prefix + text;
}

function unmarshal(args: readonly Value[]): Value {
  const name = 'json.unmarshal';
  const text = stringOperand(name, args, 0);
  try {
    return fromJson(parseJson(text));
  } catch (error) {
    throw builtinError(name, (error as Error).message);
  }
}

function isValidJson(value: Value | undefined): boolean {
  if (typeof value !== 'string') return false;
  try {
    JSON.parse(value);
    return true;
  } catch {
    return false;
  }
}

/** Registers the encoding family into `registry`. */
export function register(registry: BuiltinRegistry): void {
  const implementations: Readonly<Record<string, BuiltinImplementation>> = {
    'base64.encode': stringCodec('base64.encode', (s) => encodeBase64(utf8(s), false)),
    'base64.decode': stringCodec('base64.decode', (s) =>
      decoded('base64.decode', decodeBase64(s, false)),
    ),
    'base64.is_valid': (args) =>
      typeof args[0] === 'string' && !(decodeBase64(args[0], false) instanceof Error),
    'base64url.encode': stringCodec('base64url.encode', (s) => encodeBase64(utf8(s), true)),
    'base64url.encode_no_pad': stringCodec('base64url.encode_no_pad', (s) =>
      encodeBase64(utf8(s), true, false),
    ),
    'base64url.decode': stringCodec('base64url.decode', base64UrlDecode),
    'hex.encode': stringCodec('hex.encode', (s) => encodeHex(utf8(s))),
    'hex.decode': stringCodec('hex.decode', (s) => decoded('hex.decode', decodeHex(s))),
    'urlquery.encode': stringCodec('urlquery.encode', queryEscape),
    'urlquery.decode': stringCodec('urlquery.decode', (s) => {
      const result = queryUnescape(s);
      if (result instanceof Error) throw builtinError('urlquery.decode', result.message);
      return result;
    }),
    'urlquery.encode_object': encodeObject,
    'urlquery.decode_object': decodeObject,
    'json.marshal': (args) => marshalJson(args[0] as Value),
    'json.marshal_with_options': marshalWithOptions,
    'json.unmarshal': unmarshal,
    'json.is_valid': (args) => isValidJson(args[0]),
  };
  for (const declaration of encodingDeclarations) {
    registry.define(declaration, implementations[declaration.name] as BuiltinImplementation);
  }
}
