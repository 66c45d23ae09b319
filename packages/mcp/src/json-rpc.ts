/** A JSON-RPC message as MCP transports carry it; only the fields this package reads are typed. */
export interface JsonRpcMessage {
  readonly jsonrpc: '2.0';
  readonly id?: string | number | undefined;
  readonly method?: string | undefined;
  readonly params?: Readonly<Record<string, unknown>> | undefined;
  readonly result?: unknown;
  readonly error?:
    | { readonly code: number; readonly message: string; readonly data?: unknown }
    | undefined;
}

/** Is this a request (a method and an id)? @internal */
export function isRequest(
  message: JsonRpcMessage,
): message is JsonRpcMessage & { readonly id: string | number; readonly method: string } {
  return typeof message.method === 'string' && message.id !== undefined;
}

/** Is this a response (an id, a result or an error, no method)? @internal */
export function isResponse(
  message: JsonRpcMessage,
): message is JsonRpcMessage & { readonly id: string | number } {
  return message.method === undefined && message.id !== undefined;
}

/** The JSON-RPC error code MCP SDKs use for a closed connection. @internal */
export const CONNECTION_CLOSED = -32000;
