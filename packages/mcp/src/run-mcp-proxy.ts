import {
  getDefaultEnvironment,
  StdioClientTransport,
} from '@modelcontextprotocol/sdk/client/stdio.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { createClientRequests } from './client-requests.js';
import { createProxyGovernance, defaultServerName } from './create-proxy-governor.js';
import { elicitApproval } from './elicit-approval.js';
import { governMcpTransport } from './govern-mcp-transport.js';
import type { McpApprover } from './governance-options.js';
import { CONNECTION_CLOSED, isRequest, isResponse, type JsonRpcMessage } from './json-rpc.js';
import type { McpProxy, McpProxyExit, McpProxyOptions } from './proxy-options.js';
import { createToolPins } from './tool-pins.js';

const FIVE_MINUTES = 300_000;

/**
 * Runs a governing MCP proxy: a stdio MCP server for any client (a desktop assistant, an IDE)
 * that starts the real server as a child process and relays every message, with policy in
 * front of `tools/call` and `tools/list` ({@link governMcpTransport}). Resources, prompts and
 * everything else pass through untouched. The child's stderr is passed through. When the child
 * exits, open requests are answered with an error and the proxy ends; when the client goes
 * away (stdin ends) or {@link McpProxy.close} is called, the child is stopped (stdin closed,
 * then SIGTERM, then SIGKILL) and the audit log closed.
 *
 * @throws PolicyConfigError when the policies, the audit log or the child cannot be started.
 */
export async function runMcpProxy(options: McpProxyOptions): Promise<McpProxy> {
  const governance = await createProxyGovernance(options);
  const server = options.server ?? defaultServerName(options.command);
  const pins = options.pins ?? createToolPins();
  const stdin = options.stdin ?? process.stdin;
  const stderr = options.stderr ?? process.stderr;
  const upstream = new StdioServerTransport(stdin, options.stdout ?? process.stdout);
  const child = new StdioClientTransport({
    command: options.command,
    args: [...(options.args ?? [])],
    env: { ...getDefaultEnvironment(), ...options.env },
    ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
    stderr: 'pipe',
  });
  child.stderr?.pipe(stderr, { end: false });
  const toClient = createClientRequests(
    (message) => upstream.send(message as never),
    options.approvalTimeoutMs ?? FIVE_MINUTES,
  );
  let canElicit = false;
  const approver: McpApprover | undefined =
    options.approver ??
    (async (request) =>
      canElicit
        ? elicitApproval(toClient.request, request)
        : { approved: false, approver: 'mcp-proxy:no-elicitation' });
  const downstream = governMcpTransport(child, governance.session, {
    server,
    pins,
    approver,
    ...(governance.audit === undefined ? {} : { audit: governance.audit }),
    ...(options.toolNames === undefined ? {} : { toolNames: options.toolNames }),
    ...(options.hideDeniedTools === undefined ? {} : { hideDeniedTools: options.hideDeniedTools }),
  });

  const open = new Set<string | number>();
  const fail = (id: string | number, message: string): Promise<void> =>
    upstream.send({ jsonrpc: '2.0', id, error: { code: CONNECTION_CLOSED, message } } as never);

  let finished: (exit: McpProxyExit) => void = () => undefined;
  const done = new Promise<McpProxyExit>((resolve) => {
    finished = resolve;
  });
  let ending: Promise<McpProxyExit> | undefined;
  const shutdown = (exit: McpProxyExit): Promise<McpProxyExit> => {
    ending ??= (async () => {
      stdin.off('end', onEnd);
      toClient.cancelAll();
      const message = exit.message ?? `MCP server "${server}" is no longer available`;
      await Promise.allSettled([...open].map((id) => fail(id, message)));
      open.clear();
      await Promise.allSettled([child.close(), upstream.close()]);
      await governance.ownedAudit?.close();
      finished(exit);
      return exit;
    })();
    return ending;
  };
  const onEnd = (): void => void shutdown({ reason: 'client_closed' });

  upstream.onmessage = (message: JsonRpcMessage) => {
    if (toClient.receive(message)) return;
    if (isRequest(message)) {
      if (message.method === 'initialize') {
        const capabilities = message.params?.capabilities as { elicitation?: unknown } | undefined;
        canElicit = capabilities?.elicitation !== undefined;
      }
      open.add(message.id);
    }
    downstream.send(message).catch((error: unknown) => {
      if (isRequest(message) && open.delete(message.id)) void fail(message.id, String(error));
    });
  };
  downstream.onmessage = (message: JsonRpcMessage) => {
    if (isResponse(message)) open.delete(message.id);
    void upstream.send(message as never);
  };
  downstream.onclose = () => {
    void shutdown({ reason: 'server_exited', message: `MCP server "${server}" exited` });
  };
  try {
    await downstream.start();
  } catch (error) {
    await shutdown({ reason: 'failed', message: String(error) });
    throw error;
  }
  stdin.once('end', onEnd);
  await upstream.start();
  return {
    done,
    pins,
    server,
    close: () => shutdown({ reason: 'closed' }),
  };
}
