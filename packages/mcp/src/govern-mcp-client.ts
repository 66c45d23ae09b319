import { PolicyError, type Session } from '@kitelogik/core';
import type { McpGovernanceOptions } from './governance-options.js';
import { finishToolCall, guardToolCall } from './guard-tool-call.js';
import { createGovernanceState, type McpGovernanceState } from './mcp-governance.js';
import type { McpCallToolResult, McpTool } from './mcp-types.js';
import { reviewToolList } from './review-tool-list.js';
import { isArgumentsObject } from './screen-request.js';
import { toolErrorResult } from './tool-error-result.js';

/** The `tools/call` parameters both SDK generations send. */
export interface McpCallToolParams {
  readonly name: string;
  readonly arguments?: Readonly<Record<string, unknown>> | undefined;
  readonly [key: string]: unknown;
}

/** What both SDK generations' `listTools` return. */
export interface McpListToolsResult {
  readonly tools: McpTool[];
  readonly nextCursor?: string | undefined;
  readonly [key: string]: unknown;
}

/**
 * The part of an MCP client this adapter wraps: `Client` from `@modelcontextprotocol/sdk` (v1)
 * and from `@modelcontextprotocol/client` (v2) both fit.
 */
export interface McpClientLike {
  // biome-ignore lint/suspicious/noExplicitAny: v1 takes (params, resultSchema?, options?), v2 (params, options?).
  callTool(params: McpCallToolParams, ...rest: any[]): Promise<unknown>;
  // biome-ignore lint/suspicious/noExplicitAny: the SDKs type their list parameters differently.
  listTools(params?: any, ...rest: any[]): Promise<McpListToolsResult>;
  /** The raw request path; a `tools/call` through it is refused. */
  // biome-ignore lint/suspicious/noExplicitAny: the SDKs type requests and schemas differently.
  request?: ((request: any, ...rest: any[]) => Promise<unknown>) | undefined;
}

const MAX_LIST_PAGES = 100;

/**
 * The arguments exactly as decided: a private deep copy, so a caller that changes its object
 * after the decision cannot run something else; undefined when they are not a plain object.
 */
function snapshotArguments(value: unknown): Readonly<Record<string, unknown>> | undefined {
  if (!isArgumentsObject(value)) return undefined;
  try {
    return structuredClone(value ?? {});
  } catch {
    return undefined;
  }
}

// `request` is the client's raw path: a tools/call through it would skip the decision.
function refuseRawToolCall(request: unknown): void {
  const method = (request as { method?: unknown } | null)?.method;
  if (typeof method === 'string' && method.trim().toLowerCase() === 'tools/call') {
    throw new PolicyError({
      code: 'mcp.request_refused',
      message: 'kitelogik: send tools/call through callTool, where it is decided',
    });
  }
}

// A call before any list: fetch the definitions first, so the event carries the tool's
// annotations and pin state. A server that cannot list leaves the tool unknown.
async function listOnce(client: McpClientLike, state: McpGovernanceState): Promise<void> {
  let cursor: string | undefined;
  for (let page = 0; page < MAX_LIST_PAGES; page++) {
    const result = await client.listTools(cursor === undefined ? undefined : { cursor });
    await reviewToolList(state, result.tools);
    cursor = result.nextCursor;
    if (cursor === undefined) return;
  }
}

/**
 * Governs an MCP client: `callTool` becomes a `tool.call` decision (`source: "mcp"`, the server
 * name, the tool's hints and pin state) and runs only on allow; a deny comes back as an MCP tool
 * error (`isError: true`) with the reasons; `listTools` pins definitions, reports changes and
 * hides tools denied outright. Everything else reaches the client untouched.
 *
 * @returns a proxy of `client` with the same type.
 */
export function governMcpClient<TClient extends McpClientLike>(
  client: TClient,
  session: Session,
  options: McpGovernanceOptions,
): TClient {
  const state = createGovernanceState(session, options);
  const callTool = async (params: McpCallToolParams, ...rest: unknown[]): Promise<unknown> => {
    if (!state.hasListed) await listOnce(client, state).catch(() => undefined);
    const name: unknown = params.name;
    const args = snapshotArguments(params.arguments);
    if (typeof name !== 'string' || args === undefined) {
      const reason = {
        code: 'mcp.malformed_call',
        message: 'a tools/call needs a string name and plain-object arguments',
        policy: 'kitelogik.mcp',
      };
      return toolErrorResult(String(name), [reason]) satisfies McpCallToolResult;
    }
    const guard = await guardToolCall(state, { name, args });
    if (guard.kind === 'refuse') return guard.result satisfies McpCallToolResult;
    let result: unknown;
    try {
      result = await client.callTool({ ...params, name, arguments: args }, ...rest);
    } catch (error) {
      await finishToolCall(state, guard.callId, false);
      throw error;
    }
    await finishToolCall(state, guard.callId, true);
    return result;
  };
  const listTools = async (...rest: unknown[]): Promise<McpListToolsResult> => {
    const result = await client.listTools(...(rest as [undefined]));
    return { ...result, tools: await reviewToolList(state, result.tools) };
  };
  return new Proxy(client, {
    get(target, property) {
      if (property === 'callTool') return callTool;
      if (property === 'listTools') return listTools;
      if (property === 'request' && typeof target.request === 'function') {
        return async (request: unknown, ...rest: unknown[]) => {
          refuseRawToolCall(request);
          return target.request?.(request, ...rest);
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      // Bound to the real client, so its private fields keep working.
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
