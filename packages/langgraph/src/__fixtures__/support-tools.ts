import { type StructuredTool, tool } from '@langchain/core/tools';
import { z } from 'zod';

/** Framework tool names (no dots, as model APIs require) to the reference policies' names. */
export const TOOL_NAMES: Readonly<Record<string, string>> = {
  crm_get_customer: 'crm.get_customer',
  payments_refund: 'payments.refund',
  fs_write: 'fs.write',
  fs_read: 'fs.read',
  email_send: 'email.send',
  db_drop: 'db.drop',
};

/** Tools that count how often they ran; `fs_read` throws for a missing file. */
export interface SupportTools {
  readonly tools: StructuredTool[];
  readonly executions: Map<string, number>;
  count(name: string): number;
}

/** Builds the support tools with fresh counters. */
export function supportTools(): SupportTools {
  const executions = new Map<string, number>();
  const counted = (name: string, body: (args: Record<string, unknown>) => string) =>
    tool(
      async (args: Record<string, unknown>) => {
        executions.set(name, (executions.get(name) ?? 0) + 1);
        return body(args);
      },
      { name, description: `the ${name} tool`, schema: z.looseObject({}) },
    );
  const tools = [
    counted('crm_get_customer', (args) => `customer ${String(args.id)}: Ada, plan gold`),
    counted('payments_refund', (args) => `refunded ${String(args.amount)}`),
    counted('fs_write', (args) => `wrote ${String(args.path)}`),
    counted('fs_read', (args) => {
      throw new Error(`no such file ${String(args.path)}`);
    }),
    counted('email_send', () => 'sent'),
    counted('db_drop', () => 'dropped'),
  ];
  return { tools, executions, count: (name) => executions.get(name) ?? 0 };
}
