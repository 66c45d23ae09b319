import { type StructuredTool, tool } from '@langchain/core/tools';
import { z } from 'zod';

/** Model APIs allow no dots in tool names; the reference policies use dotted names. */
export const TOOL_NAMES: Readonly<Record<string, string>> = {
  crm_get_customer: 'crm.get_customer',
  payments_refund: 'payments.refund',
  fs_write: 'fs.write',
};

/** Every tool body that actually ran, in order: the proof that denied calls never run. */
export const executed: string[] = [];

/** The support desk's tools. They only pretend; what matters is whether they ran. */
export function supportTools(): StructuredTool[] {
  return [
    tool(
      async ({ id }) => {
        executed.push(`crm_get_customer(${id})`);
        return JSON.stringify({ id, name: 'Ada Lovelace', plan: 'gold', last_order: 'O-7' });
      },
      {
        name: 'crm_get_customer',
        description: 'Look up a customer record by id.',
        schema: z.object({ id: z.string() }),
      },
    ),
    tool(
      async ({ order, amount }) => {
        executed.push(`payments_refund(${order}, ${amount})`);
        return `refunded ${amount} EUR on order ${order}`;
      },
      {
        name: 'payments_refund',
        description: 'Refund an order, amount in EUR.',
        schema: z.object({ order: z.string(), amount: z.number() }),
      },
    ),
    tool(
      async ({ path }) => {
        executed.push(`fs_write(${path})`);
        return `wrote ${path}`;
      },
      {
        name: 'fs_write',
        description: 'Write a text file.',
        schema: z.object({ path: z.string(), content: z.string() }),
      },
    ),
  ];
}
