import { MCP_PROXY_HELP, MCP_PROXY_OPTIONS, runMcpProxyCommand } from '@kitelogik/mcp';
import { type Command, EXIT_CODES_HELP } from '../command.js';

/** `kitelogik mcp-proxy`: a governing stdio proxy in front of an MCP server. */
export const mcpProxyCommand: Command = {
  summary: 'Put policy in front of a stdio MCP server',
  help: `${MCP_PROXY_HELP}\n${EXIT_CODES_HELP}`,
  options: MCP_PROXY_OPTIONS,
  run: (args, io) =>
    runMcpProxyCommand(args, {
      stderr: io.stderr,
      ...(io.cwd === undefined ? {} : { cwd: io.cwd }),
    }),
};
