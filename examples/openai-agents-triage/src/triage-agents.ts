import { subagentTool } from '@kitelogik/openai-agents';
import { Agent, type Model, tool } from '@openai/agents';
import { z } from 'zod';

/** Policy names of the tools below: the SDK allows no dots in tool names, policies use them. */
export const TOOL_NAMES: Readonly<Record<string, string>> = {
  crm_get_customer: 'crm.get_customer',
  payments_refund: 'payments.refund',
  db_drop: 'db.drop',
};

const CUSTOMERS: Readonly<Record<string, string>> = {
  'C-42': 'Dana Reyes, premium plan; order #1009 arrived damaged',
  'C-7': 'Sam Lee, basic plan; no open orders',
};

const crmGetCustomer = tool({
  name: 'crm_get_customer',
  description: 'Looks up a customer record by id (for example C-42).',
  parameters: z.object({ id: z.string() }),
  execute: ({ id }) => CUSTOMERS[id] ?? `no customer ${id}`,
});

const paymentsRefund = tool({
  name: 'payments_refund',
  description: 'Refunds an amount (in euros) for an order.',
  parameters: z.object({ amount: z.number(), order: z.string() }),
  execute: ({ amount, order }) => `refunded ${amount} EUR for order #${order}`,
});

const dbDrop = tool({
  name: 'db_drop',
  description: 'Drops a database table.',
  parameters: z.object({ table: z.string() }),
  execute: ({ table }) => `dropped ${table}`,
});

/** The model each agent runs on: a scripted one offline, a model name with a real provider. */
export type ModelFor = (agentName: string) => Model | string;

/**
 * The triage desk: `triage` looks customers up through the `researcher` agent (run as a tool),
 * hands refunds off to `billing`, and could hand off to `admin`, which asks for a scope the
 * triage agent does not hold (so the policy hides that handoff).
 */
export function triageAgents(modelFor: ModelFor): Agent {
  const researcher = new Agent({
    name: 'researcher',
    instructions: 'Look customers up in the CRM and answer in one sentence.',
    model: modelFor('researcher'),
    tools: [crmGetCustomer],
  });
  const billing = new Agent({
    name: 'billing',
    instructions:
      'You issue refunds with payments_refund. Refund exactly what the customer asks for, ' +
      'then say what happened in one sentence. If a refund is denied, do not retry it.',
    model: modelFor('billing'),
    tools: [paymentsRefund],
  });
  const admin = new Agent({
    name: 'admin',
    instructions: 'You administer the database.',
    model: modelFor('admin'),
    tools: [dbDrop],
  });
  return new Agent({
    name: 'triage',
    instructions:
      'You are the triage desk. Use the researcher tool to look customers up, try db_drop only ' +
      'when asked, and transfer refund requests to billing.',
    model: modelFor('triage'),
    tools: [
      subagentTool(researcher, {
        toolName: 'researcher',
        toolDescription: 'Asks the researcher agent to look a customer up.',
      }),
      dbDrop,
    ],
    handoffs: [billing, admin],
  });
}
