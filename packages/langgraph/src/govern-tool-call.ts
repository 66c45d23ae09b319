import type { ChildOutcome, Session } from '@kitelogik/core';
import type { ToolMessage } from '@langchain/core/messages';
import type { Command } from '@langchain/langgraph';
import { adapterDeny } from './decisions.js';
import { governAction, type ToolArgs } from './govern-action.js';
import { checkReturnedHandoff } from './handoffs.js';
import type { KitelogikMiddlewareOptions } from './middleware-options.js';
import { runAndSettle } from './run-and-settle.js';
import { registerDelegate, runAsChild } from './session-resolver.js';
import { spawnedChild } from './subagent-tool.js';
import { denialMessage } from './tool-messages.js';

/** One tool call as a hook sees it. @internal */
export interface ToolCallInput {
  readonly session: Session;
  readonly toolCall: { readonly id?: string; readonly name: string; readonly args: ToolArgs };
  /** The tool object, to recognise sub-agent tools. */
  readonly tool: unknown;
  readonly options: KitelogikMiddlewareOptions;
  /** Runs the tool (LangChain's handler) with these arguments. */
  readonly run: (args: ToolArgs) => Promise<ToolMessage | Command>;
}

function isPlainObject(value: unknown): value is ToolArgs {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Governs one tool call (arguments that are not a plain object are denied unseen): a sub-agent tool is an `agent.spawn`, a declared handoff tool an
 * `agent.delegate`, any other tool a `tool.call` (by its policy name). @internal
 */
export function governToolCall(input: ToolCallInput): Promise<ToolMessage | Command> {
  const { session, toolCall, options, run } = input;
  const call = { id: toolCall.id ?? `call_${toolCall.name}`, name: toolCall.name };
  if (!isPlainObject(toolCall.args)) {
    // A string, array, number or null would be decided as one thing and run as another.
    const reason = 'tool arguments must be a JSON object';
    return Promise.resolve(denialMessage(call, adapterDeny('tool.malformed_args', reason)));
  }
  const common = {
    session,
    call,
    args: toolCall.args,
    defaultApprover: options.defaultApprover ?? 'human',
  };
  const child = spawnedChild(input.tool);
  const handoff = options.handoffs?.[toolCall.name];
  if (child !== undefined || handoff !== undefined) {
    const spawnOrDelegate = (callId: string): Promise<ChildOutcome> =>
      child !== undefined
        ? session.spawn({ child, callId })
        : session.delegate({
            child: { name: handoff?.agent ?? call.name, requested_scopes: handoff?.scopes ?? [] },
            callId,
            mode: 'handoff',
          });
    return governAction({
      ...common,
      isEditable: false,
      decide: spawnOrDelegate,
      onAllowed: async ({ args, outcome }) => {
        const opened = (outcome as ChildOutcome).session;
        if (opened === undefined) {
          return denialMessage(call, adapterDeny('spawn.no_session', 'no child session opened'));
        }
        if (child !== undefined) {
          return runAndSettle({
            session,
            call,
            run: () => runAsChild(opened, session, () => run(args)),
          });
        }
        registerDelegate(session, handoff?.agent ?? call.name, opened);
        return runAndSettle({ session, call, run: () => run(args) });
      },
    });
  }
  const tool = options.toolNames?.[call.name] ?? call.name;
  return governAction({
    ...common,
    isEditable: true,
    decide: (callId, args) => session.decide({ kind: 'tool.call', callId, tool, args }),
    onAllowed: async ({ callId, args }) => {
      const result = await runAndSettle({ session, callId, call, run: () => run(args) });
      return checkReturnedHandoff({ session, call, callId, result });
    },
  });
}
