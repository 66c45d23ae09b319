import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ParseArgsConfig } from 'node:util';
import { PolicyError } from '@kitelogik/core';
import type { McpProxyExit } from './proxy-options.js';
import { runMcpProxy } from './run-mcp-proxy.js';
import { createToolPins, type PinSnapshot } from './tool-pins.js';

/** The flags of `kitelogik mcp-proxy`, for `node:util` `parseArgs`. */
export const MCP_PROXY_OPTIONS: NonNullable<ParseArgsConfig['options']> = {
  policies: { type: 'string', multiple: true },
  audit: { type: 'string' },
  server: { type: 'string' },
  principal: { type: 'string' },
  role: { type: 'string', multiple: true },
  scope: { type: 'string', multiple: true },
  pins: { type: 'string' },
  'show-denied': { type: 'boolean' },
  'approval-timeout': { type: 'string' },
};

/** The `--help` text of `kitelogik mcp-proxy`. */
export const MCP_PROXY_HELP: string = `Usage: kitelogik mcp-proxy --policies <dir> [options] -- <command> [args...]

A stdio MCP server that runs <command> (the real MCP server) as a child process and puts policy
in front of it: every tools/call is decided as a tool.call event (denied calls come back as MCP
tool errors), tools denied outright are hidden from tools/list, and a tool whose definition
changed since it was pinned is denied until re-approved. Approvals are asked through MCP
elicitation when the client supports it. The child's stderr is passed through.

Options:
  --policies <dir>          policy directory (repeatable; later ones overlay earlier data)
  --audit <file>            JSONL audit log (default: kitelogik-mcp-audit.jsonl)
  --server <name>           server name on events (default: the command's base name)
  --principal <id>          who the proxy acts for (default: user:<login>)
  --role <role>             the principal's roles (repeatable)
  --scope <scope>           the session's scopes (repeatable; default: tool:*)
  --pins <file>             pinned tool fingerprints, read at start and written at exit;
                            delete a tool's entry to re-approve its new definition
  --show-denied             do not hide tools denied outright from tools/list
  --approval-timeout <ms>   how long an elicitation waits (default: 300000)
`;

/** What the command needs from its caller: where messages go, the directory and environment. */
export interface McpProxyCommandIo {
  readonly stderr: (text: string) => void;
  readonly cwd?: string;
}

/** Parsed flags and positionals, as `parseArgs` returns them. */
export interface McpProxyCommandArgs {
  readonly values: Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;
  readonly positionals: readonly string[];
}

const strings = (value: unknown): string[] =>
  (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter(
    (item): item is string => typeof item === 'string',
  );

async function readPins(path: string | undefined): Promise<PinSnapshot | undefined> {
  if (path === undefined) return undefined;
  const text = await readFile(path, 'utf8').catch(() => undefined);
  return text === undefined ? undefined : (JSON.parse(text) as PinSnapshot);
}

/**
 * Runs `kitelogik mcp-proxy` on the process's stdio until the client or the server goes away.
 * Resolves to the exit code: 0 when the client closed, 1 when the server exited or failed to
 * start, 2 on a usage error.
 */
export async function runMcpProxyCommand(
  args: McpProxyCommandArgs,
  io: McpProxyCommandIo,
): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  const [command, ...commandArgs] = args.positionals;
  const policies = strings(args.values.policies).map((dir) => resolve(cwd, dir));
  if (command === undefined || policies.length === 0) {
    io.stderr(
      `kitelogik mcp-proxy: --policies <dir> and -- <command> are required\n\n${MCP_PROXY_HELP}`,
    );
    return 2;
  }
  const pinsPath =
    typeof args.values.pins === 'string' ? resolve(cwd, args.values.pins) : undefined;
  const timeout = Number(args.values['approval-timeout'] ?? 300_000);
  const principal = typeof args.values.principal === 'string' ? args.values.principal : undefined;
  const scopes = strings(args.values.scope);
  const server = typeof args.values.server === 'string' ? args.values.server : undefined;
  let exit: McpProxyExit;
  try {
    const pinned = await readPins(pinsPath);
    const proxy = await runMcpProxy({
      command,
      args: commandArgs,
      cwd,
      // The client configured this environment for the server: pass all of it on.
      env: Object.fromEntries(
        Object.entries(process.env).filter(
          (entry): entry is [string, string] => entry[1] !== undefined,
        ),
      ),
      policies,
      audit: resolve(
        cwd,
        typeof args.values.audit === 'string' ? args.values.audit : 'kitelogik-mcp-audit.jsonl',
      ),
      pins: createToolPins(pinned === undefined ? {} : { pinned }),
      ...(server === undefined ? {} : { server }),
      session: {
        ...(principal === undefined
          ? {}
          : { principal: { id: principal, roles: strings(args.values.role) } }),
        ...(scopes.length === 0 ? {} : { scopes }),
      },
      hideDeniedTools: args.values['show-denied'] !== true,
      ...(Number.isFinite(timeout) && timeout > 0 ? { approvalTimeoutMs: timeout } : {}),
    });
    const stop = (): void => void proxy.close();
    process.once('SIGINT', stop).once('SIGTERM', stop);
    exit = await proxy.done;
    process.off('SIGINT', stop).off('SIGTERM', stop);
    if (pinsPath !== undefined)
      await writeFile(pinsPath, `${JSON.stringify(proxy.pins.snapshot(), null, 2)}\n`);
  } catch (error) {
    const message =
      PolicyError.isInstance(error) || error instanceof Error ? error.message : String(error);
    io.stderr(`kitelogik mcp-proxy: ${message}\n`);
    return 1;
  }
  if (exit.reason === 'client_closed' || exit.reason === 'closed') return 0;
  io.stderr(`kitelogik mcp-proxy: ${exit.message ?? exit.reason}\n`);
  return 1;
}
