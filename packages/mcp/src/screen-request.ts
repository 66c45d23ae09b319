/** The methods whose exact spelling the governed transport relies on. */
const GOVERNED_METHODS: ReadonlySet<string> = new Set(['tools/call', 'tools/list']);

/** What {@link screenRequest} needs. @internal */
export interface ScreenInput {
  /** The outgoing message exactly as the client handed it over (untyped on purpose). */
  readonly message: unknown;
  /** Is a request with this id still waiting for its answer? */
  readonly isInFlight: (id: unknown) => boolean;
}

/**
 * Why an outgoing message may not pass the governed transport, or `undefined` when it may. The
 * transport only decides single `tools/call` requests spelled exactly so; anything a server
 * might still read as a call (a batch, another case or padding, a notification) or that would
 * let one answer stand for another (an id still in flight) is refused, never forwarded. @internal
 */
export function screenRequest({ message, isInFlight }: ScreenInput): string | undefined {
  if (Array.isArray(message))
    return 'JSON-RPC batches are not governed; send one request at a time';
  if (typeof message !== 'object' || message === null) return 'not a JSON-RPC message';
  const { method, id } = message as { method?: unknown; id?: unknown };
  if (method === undefined) return undefined;
  if (typeof method !== 'string') return 'a JSON-RPC method must be a string';
  const spelled = method.trim().toLowerCase();
  if (GOVERNED_METHODS.has(spelled) && spelled !== method) {
    return `"${method}" is not spelled "${spelled}"`;
  }
  if (method === 'tools/call' && (id === undefined || id === null)) {
    return 'a tools/call must be a request with an id';
  }
  if (id !== undefined && isInFlight(id))
    return `request id ${JSON.stringify(id)} is still in flight`;
  return undefined;
}

/** Is this the value of a `tools/call`'s `arguments`: absent, or a plain JSON object? @internal */
export function isArgumentsObject(value: unknown): value is Readonly<Record<string, unknown>> {
  if (value === undefined) return true;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
