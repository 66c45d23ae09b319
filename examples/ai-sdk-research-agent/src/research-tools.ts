import { type Tool, tool } from 'ai';
import { z } from 'zod';

/** AI SDK tool names (no dots: providers reject them) and the names the policies use. */
export const TOOL_NAMES = {
  searchWeb: 'search.web',
  writeNote: 'fs.write',
  dropTable: 'db.drop',
  refund: 'payments.refund',
} as const;

/** The research agent's tool set. */
export type ResearchTools = {
  readonly searchWeb: Tool<{ query: string }, string>;
  readonly writeNote: Tool<{ path: string; content: string }, string>;
  readonly dropTable: Tool<{ table: string }, string>;
  readonly refund: Tool<{ customer: string; amount: number }, string>;
};

/** The research agent's tools; they only pretend, and say what they did. */
export const researchTools: ResearchTools = {
  searchWeb: tool({
    description: 'Search the web.',
    inputSchema: z.object({ query: z.string() }),
    execute: async ({ query }) => `3 results for "${query}": lift, drag, tether tension`,
  }),
  writeNote: tool({
    description: 'Write a note to a file under /workspace.',
    inputSchema: z.object({ path: z.string(), content: z.string() }),
    execute: async ({ path, content }) => `wrote ${content.length} characters to ${path}`,
  }),
  dropTable: tool({
    description: 'Drop a database table.',
    inputSchema: z.object({ table: z.string() }),
    execute: async ({ table }) => `dropped ${table}`,
  }),
  refund: tool({
    description: 'Refund a customer, in US dollars.',
    inputSchema: z.object({ customer: z.string(), amount: z.number() }),
    execute: async ({ customer, amount }) => `refunded $${amount} to ${customer}`,
  }),
};
