import { dynamicTool, jsonSchema, type Tool, tool } from 'ai';
import { z } from 'zod';

/** The test tool set. */
export type TestTools = {
  readonly search: Tool<{ q: string }, string>;
  readonly dropTable: Tool<{ table: string }, string>;
  readonly refund: Tool<{ amount: number }, string>;
  readonly mcpFetch: Tool<unknown, unknown>;
};

/**
 * Tools that record what ran (and call `onRun` first): search, dropTable, refund and a dynamic
 * (MCP-like) fetch.
 */
export function testTools(ran: string[], onRun: () => void = () => {}): TestTools {
  return {
    search: tool({
      inputSchema: z.object({ q: z.string() }),
      execute: async ({ q }) => {
        onRun();
        ran.push(`search:${q}`);
        return `results for ${q}`;
      },
    }),
    dropTable: tool({
      inputSchema: z.object({ table: z.string() }),
      execute: async ({ table }) => {
        onRun();
        ran.push(`drop:${table}`);
        return 'dropped';
      },
    }),
    refund: tool({
      inputSchema: z.object({ amount: z.number() }),
      execute: async ({ amount }) => {
        onRun();
        ran.push(`refund:${amount}`);
        return 'refunded';
      },
    }),
    mcpFetch: dynamicTool({
      description: 'fetch a URL through an MCP server',
      inputSchema: jsonSchema<{ url: string }>({
        type: 'object',
        properties: { url: { type: 'string' } },
        required: ['url'],
      }),
      execute: async (input) => {
        onRun();
        ran.push(`fetch:${(input as { url: string }).url}`);
        return 'page';
      },
    }),
  };
}

/** How the test tools map onto policy tool names. */
export const TEST_TOOL_NAMES = {
  search: 'search.web',
  dropTable: 'db.drop',
  refund: 'payments.refund',
  mcpFetch: 'http.fetch',
} as const;
