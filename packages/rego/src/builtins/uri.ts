/**
 * The uri builtins: `uri.parse` splits a URI into its parts the way Go's `net/url.Parse` does
 * (errors carry Go's wording), and `uri.is_valid` reports whether that parse succeeds.
 */
import { RegoObject, type Value } from '../value.js';
import { stringOperand } from './operands.js';
import { type BuiltinDeclaration, type BuiltinRegistry, builtinError } from './registry.js';
import { parseUrl, splitHostPort } from './uri/parse-url.js';

/** Declarations of the uri family. */
export const uriDeclarations: readonly BuiltinDeclaration[] = [
  {
    name: 'uri.parse',
    args: ['string'],
    result: 'object',
    description:
      'Parses a URI into its components: `scheme`, `hostname`, `port`, `path` (decoded), `raw_path`, `raw_query` and `fragment`; empty components are left out. Errors when the URI is invalid.',
    category: 'uri',
  },
  {
    name: 'uri.is_valid',
    args: ['string'],
    result: 'boolean',
    description: 'Returns `true` if the string is a valid URI (one that `uri.parse` accepts).',
    category: 'uri',
  },
];

function uriObject(text: string): RegoObject {
  const parsed = parseUrl(text);
  if (!parsed.ok) throw builtinError('uri.parse', parsed.message);
  const { url } = parsed;
  const { hostname, port } = splitHostPort(url.host);
  const fields: [string, string][] = [
    ['scheme', url.scheme],
    ['hostname', hostname],
    ['port', port],
    ['path', url.path],
    ['raw_path', url.rawPath === '' ? url.path : url.rawPath],
    ['raw_query', url.rawQuery],
    ['fragment', url.fragment],
  ];
  return new RegoObject(fields.filter(([, value]) => value !== ''));
}

/** Registers the uri family into `registry`. */
export function register(registry: BuiltinRegistry): void {
  const [parseDeclaration, isValidDeclaration] = uriDeclarations as [
    BuiltinDeclaration,
    BuiltinDeclaration,
  ];
  registry.define(parseDeclaration, (args) => uriObject(stringOperand('uri.parse', args, 0)));
  registry.define(
    isValidDeclaration,
    (args): Value => parseUrl(stringOperand('uri.is_valid', args, 0)).ok,
  );
}
