import { PolicyError, type Session } from '@kitelogik/core';
import type { McpGovernanceOptions } from './governance-options.js';
import { finishToolCall, guardToolCall } from './guard-tool-call.js';
import { isRequest, isResponse, type JsonRpcMessage } from './json-rpc.js';
import { type CallGuard, createGovernanceState } from './mcp-governance.js';
import type { McpTool } from './mcp-types.js';
import { reviewToolList } from './review-tool-list.js';
import { isArgumentsObject, screenRequest } from './screen-request.js';
import { toolErrorResult } from './tool-error-result.js';

/**
 * A client-side MCP transport (`Transport` of either SDK generation: stdio, streamable HTTP,
 * in-memory), typed structurally.
 */
export interface McpTransportLike {
  start(): Promise<void>;
  // biome-ignore lint/suspicious/noExplicitAny: the SDKs' own message and option types.
  send(message: any, options?: any): Promise<void>;
  close(): Promise<void>;
  onclose?: (() => void) | undefined;
  onerror?: ((error: Error) => void) | undefined;
  // biome-ignore lint/suspicious/noExplicitAny: the SDKs' own message and extra types.
  onmessage?: ((message: any, extra?: any) => void) | undefined;
  sessionId?: string | undefined;
  // biome-ignore lint/suspicious/noExplicitAny: present on v1 transports, absent on some v2 ones.
  setProtocolVersion?: ((version: string) => void) | undefined | any;
}

const LIST_TIMEOUT_MS = 10_000;

/** A `tools/call` whose name is not a string or whose arguments are not an object never runs. */
function malformedCall(name: string | undefined): CallGuard {
  const reason = {
    code: 'mcp.malformed_call',
    message: 'a tools/call needs a string name and object arguments',
    policy: 'kitelogik.mcp',
  };
  return { kind: 'refuse', result: toolErrorResult(name ?? 'tool', [reason]) };
}

/**
 * Governs a transport for clients a framework builds itself: an outgoing `tools/call` request is
 * decided first and, when refused, answered in place with an MCP tool error (the server never
 * sees it); `tools/list` responses are pinned, reported and filtered on the way back; an allowed
 * call's budget is settled when its response arrives or the connection closes. A call made
 * before any list makes the wrapper list the tools itself (id `kitelogik:list:<n>`).
 *
 * @returns a transport to hand to the client in place of `transport`.
 */
export function governMcpTransport(
  transport: McpTransportLike,
  session: Session,
  options: McpGovernanceOptions,
): McpTransportLike {
  const state = createGovernanceState(session, options);
  const listing = new Set<string | number>();
  const running = new Map<string | number, string>();
  const deciding = new Set<string | number>();
  const own = new Map<string, (message: JsonRpcMessage | undefined) => void>();
  let ownCount = 0;
  let deliver: ((message: JsonRpcMessage, extra?: unknown) => void) | undefined;

  const listItself = (): Promise<void> => {
    const id = `kitelogik:list:${++ownCount}`;
    const answered = new Promise<JsonRpcMessage | undefined>((resolve) => {
      const timer = setTimeout(() => resolve(undefined), LIST_TIMEOUT_MS);
      own.set(id, (message) => {
        clearTimeout(timer);
        resolve(message);
      });
    });
    void transport
      .send({ jsonrpc: '2.0', id, method: 'tools/list', params: {} })
      .catch(() => own.get(id)?.(undefined));
    return answered.then(async (message) => {
      own.delete(id);
      const tools = (message?.result as { tools?: McpTool[] } | undefined)?.tools;
      if (Array.isArray(tools)) await reviewToolList(state, tools);
    });
  };

  const receive = async (message: JsonRpcMessage, extra?: unknown): Promise<void> => {
    if (isResponse(message)) {
      const waiter = typeof message.id === 'string' ? own.get(message.id) : undefined;
      if (waiter !== undefined) return waiter(message);
      const callId = running.get(message.id);
      if (callId !== undefined) {
        running.delete(message.id);
        await finishToolCall(state, callId, message.error === undefined);
      } else if (listing.delete(message.id) && message.result !== undefined) {
        const result = message.result as { tools?: McpTool[] };
        if (Array.isArray(result.tools)) {
          const tools = await reviewToolList(state, result.tools);
          message = { ...message, result: { ...result, tools } };
        }
      }
    }
    deliver?.(message, extra);
  };

  const isInFlight = (id: unknown): boolean =>
    (typeof id === 'string' || typeof id === 'number') &&
    (deciding.has(id) ||
      running.has(id) ||
      listing.has(id) ||
      (typeof id === 'string' && own.has(id)));

  const send = async (message: JsonRpcMessage, sendOptions?: unknown): Promise<void> => {
    const refused = screenRequest({ message, isInFlight });
    if (refused !== undefined) {
      throw new PolicyError({ code: 'mcp.request_refused', message: `kitelogik: ${refused}` });
    }
    if (isRequest(message) && message.method === 'tools/list') listing.add(message.id);
    if (!isRequest(message) || message.method !== 'tools/call') {
      return transport.send(message, sendOptions);
    }
    // A private copy is decided and sent: the caller cannot change the call in between.
    let call: typeof message;
    try {
      call = structuredClone(message);
    } catch {
      throw new PolicyError({ code: 'mcp.request_refused', message: 'kitelogik: not plain JSON' });
    }
    deciding.add(message.id);
    try {
      await decideAndSend(call, sendOptions);
    } finally {
      deciding.delete(message.id);
    }
  };

  const decideAndSend = async (
    message: JsonRpcMessage & { readonly id: string | number },
    sendOptions: unknown,
  ): Promise<void> => {
    if (!state.hasListed) await listItself();
    const params = message.params ?? {};
    const name = typeof params.name === 'string' ? params.name : undefined;
    const args = params.arguments;
    const guard =
      name !== undefined && isArgumentsObject(args)
        ? await guardToolCall(state, { name, args: args ?? {} })
        : malformedCall(name);
    if (guard.kind === 'refuse') {
      const reply = { jsonrpc: '2.0' as const, id: message.id, result: guard.result };
      queueMicrotask(() => deliver?.(reply));
      return;
    }
    running.set(message.id, guard.callId);
    try {
      await transport.send(message, sendOptions);
    } catch (error) {
      running.delete(message.id);
      await finishToolCall(state, guard.callId, false);
      throw error;
    }
  };

  transport.onmessage = (message: JsonRpcMessage, extra?: unknown) => void receive(message, extra);
  const governed: McpTransportLike = {
    start: () => transport.start(),
    send,
    async close() {
      await transport.close();
    },
    get sessionId() {
      return transport.sessionId;
    },
    set onmessage(handler) {
      deliver = handler;
    },
    get onmessage() {
      return deliver;
    },
    set onerror(handler) {
      transport.onerror = handler;
    },
    get onerror() {
      return transport.onerror;
    },
    set onclose(handler) {
      transport.onclose = async () => {
        for (const callId of running.values()) await finishToolCall(state, callId, false);
        running.clear();
        for (const waiter of own.values()) waiter(undefined);
        handler?.();
      };
    },
    get onclose() {
      return transport.onclose;
    },
  };
  if (typeof transport.setProtocolVersion === 'function') {
    governed.setProtocolVersion = (version: string) => transport.setProtocolVersion?.(version);
  }
  return governed;
}
