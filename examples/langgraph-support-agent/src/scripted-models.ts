import { AIMessage } from '@langchain/core/messages';
import { fakeModel } from 'langchain';

type Call = { id: string; name: string; args: Record<string, unknown> };

// usage_metadata is typed `undefined` on AIMessage fields in @langchain/core 1.4; set it after.
function turn(content: string, calls: Call[], tokens: number): AIMessage {
  const message = new AIMessage({ content, tool_calls: calls });
  const usage = { input_tokens: tokens - 50, output_tokens: 50, total_tokens: tokens };
  return Object.assign(message, { usage_metadata: usage });
}

/**
 * The support agent's script, one model turn per scene: look a customer up (allow), write
 * outside the workspace (deny), refund 300 EUR (approval), hand billing questions to a
 * sub-agent (narrowed scopes), then a long answer that exhausts the token budget.
 */
export function scriptedSupportModel(): ReturnType<typeof fakeModel> {
  return fakeModel()
    .respond(
      turn('Looking the customer up.', [call('c1', 'crm_get_customer', { id: 'C-42' })], 900),
    )
    .respond(
      turn(
        'Saving a note.',
        [call('c2', 'fs_write', { path: '/workspace/../etc/motd', content: 'Ada called' })],
        900,
      ),
    )
    .respond(
      turn('Refunding.', [call('c3', 'payments_refund', { order: 'O-7', amount: 300 })], 900),
    )
    .respond(turn('Asking billing.', [call('c4', 'billing', { task: 'Check order O-7' })], 900))
    .respond(turn('Checking again.', [call('c5', 'crm_get_customer', { id: 'C-42' })], 2600))
    .respond(new AIMessage('This answer is never reached: the budget ends the run first.'));
}

/** The billing sub-agent's script: a lookup it may do, and a refund it may not. */
export function scriptedBillingModel(): ReturnType<typeof fakeModel> {
  return fakeModel()
    .respond(
      turn(
        '',
        [
          call('b1', 'crm_get_customer', { id: 'C-42' }),
          call('b2', 'payments_refund', { order: 'O-7', amount: 50 }),
        ],
        300,
      ),
    )
    .respond(new AIMessage('Order O-7 is paid; I may not refund it myself.'));
}

function call(id: string, name: string, args: Record<string, unknown>): Call {
  return { id, name, args };
}
