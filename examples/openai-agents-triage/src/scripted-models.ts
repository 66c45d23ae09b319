import { type ModelResponse, Usage } from '@openai/agents';
import { assistantMessage, functionCall, ScriptedModel } from '@openai/agents-core/testing';

const call = (name: string, args: Record<string, unknown>, callId: string) =>
  functionCall(name, args, { callId });

/** A scripted response that reports its token usage, so token budgets have something to count. */
function costing(output: ModelResponse['output'], totalTokens: number): ModelResponse {
  return { output, usage: new Usage({ requests: 1, inputTokens: totalTokens, totalTokens }) };
}

/**
 * The offline script of the main conversation, one scripted model per agent: triage asks the
 * researcher about C-42, tries to drop a table, then hands the refund over to billing, which
 * refunds 300 (needs an approval) and then tries 9000 (over the limit).
 */
export function desktopScript(): Record<string, ScriptedModel> {
  return {
    triage: new ScriptedModel([
      costing([call('researcher', { input: 'Who is customer C-42?' }, 't1')], 120),
      costing([call('db_drop', { table: 'customers' }, 't2')], 140),
      costing([call('transfer_to_billing', {}, 't3')], 160),
    ]),
    researcher: new ScriptedModel([
      costing([call('crm_get_customer', { id: 'C-42' }, 'r1')], 90),
      costing([assistantMessage('C-42 is Dana Reyes (premium); order #1009 arrived damaged.')], 60),
    ]),
    billing: new ScriptedModel([
      costing([call('payments_refund', { amount: 300, order: '1009' }, 'b1')], 150),
      costing([call('payments_refund', { amount: 9000, order: '1009' }, 'b2')], 170),
      costing([assistantMessage('Refunded 300 EUR for #1009; 9000 EUR is over the limit.')], 80),
    ]),
    admin: new ScriptedModel([]),
  };
}

/** The offline script of the budget demo: each lookup costs 1200 tokens of a 2000 budget. */
export function budgetScript(): Record<string, ScriptedModel> {
  return {
    triage: new ScriptedModel([
      costing([call('researcher', { input: 'Who is customer C-7?' }, 'u1')], 1200),
      costing([call('researcher', { input: 'And customer C-42?' }, 'u2')], 1200),
      costing([assistantMessage('never reached')], 10),
    ]),
    researcher: new ScriptedModel([costing([assistantMessage('C-7 is Sam Lee (basic).')], 100)]),
    billing: new ScriptedModel([]),
    admin: new ScriptedModel([]),
  };
}
