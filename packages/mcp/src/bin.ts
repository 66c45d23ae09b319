#!/usr/bin/env node
/**
 * `kitelogik-mcp-proxy --policies <dir> -- <command> [args...]`: {@link runMcpProxyCommand} on
 * the process's stdio. Standard output belongs to the MCP protocol; messages go to stderr.
 */
import { parseArgs } from 'node:util';
import { MCP_PROXY_HELP, MCP_PROXY_OPTIONS, runMcpProxyCommand } from './proxy-command.js';

let parsed: ReturnType<typeof parseArgs>;
try {
  parsed = parseArgs({
    args: process.argv.slice(2),
    options: { ...MCP_PROXY_OPTIONS, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
    strict: true,
  });
} catch (error) {
  process.stderr.write(`kitelogik-mcp-proxy: ${(error as Error).message}\n\n${MCP_PROXY_HELP}`);
  process.exit(2);
}
if (parsed.values.help === true) {
  process.stderr.write(MCP_PROXY_HELP);
} else {
  process.exitCode = await runMcpProxyCommand(parsed, {
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
  });
}
