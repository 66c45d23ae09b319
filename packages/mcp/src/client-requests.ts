import type { JsonRpcMessage } from './json-rpc.js';

/** Requests the proxy itself sends to the MCP client (elicitations), matched by id. @internal */
export interface ClientRequests {
  /** Sends a request and resolves with its result, or undefined on an error, timeout or close. */
  request(method: string, params: Record<string, unknown>): Promise<unknown>;
  /** Consumes a response to one of our requests; false for anything else. */
  receive(message: JsonRpcMessage): boolean;
  /** Resolves every open request with undefined. */
  cancelAll(): void;
}

/** Creates {@link ClientRequests} over a send function. @internal */
export function createClientRequests(
  send: (message: JsonRpcMessage) => Promise<void>,
  timeoutMs: number,
): ClientRequests {
  const open = new Map<string, (result: unknown) => void>();
  let count = 0;
  return {
    request(method, params) {
      const id = `kitelogik:${method}:${++count}`;
      return new Promise((resolve) => {
        const timer = setTimeout(() => finish(undefined), timeoutMs);
        const finish = (result: unknown) => {
          clearTimeout(timer);
          open.delete(id);
          resolve(result);
        };
        open.set(id, finish);
        send({ jsonrpc: '2.0', id, method, params }).catch(() => finish(undefined));
      });
    },
    receive(message) {
      const finish = typeof message.id === 'string' ? open.get(message.id) : undefined;
      if (finish === undefined || message.method !== undefined) return false;
      finish(message.error === undefined ? message.result : undefined);
      return true;
    },
    cancelAll() {
      for (const finish of [...open.values()]) finish(undefined);
    },
  };
}
