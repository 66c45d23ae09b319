import type { Session } from '@kitelogik/core';
import type { LanguageModelMiddleware, ModelMessage } from 'ai';
import { annotateRejections } from './annotate-rejections.js';
import { isBudgetExhausted } from './budget-stop.js';
import { createGovernanceMiddleware } from './create-governance-middleware.js';
import { createToolApproval, type GovernedToolApproval } from './create-tool-approval.js';
import { OUTRIGHT_DENIAL_CODES } from './disclose-tools.js';
import type { AiSdkGovernanceOptions } from './governance-options.js';
import type { GovernanceState } from './governance-state.js';
import { estimateByLength } from './model-call-gate.js';
import { recordApprovalAnswers } from './record-approval-answers.js';

/** The hooks of one governed agent, to pass to `generateText`, `streamText` or `ToolLoopAgent`. */
export interface AiSdkGovernance {
  readonly session: Session;
  /** Call-level `toolApproval`: allow → approved, deny → denied, require_approval → user-approval. */
  readonly toolApproval: GovernedToolApproval;
  /** For `wrapLanguageModel`: tool disclosure, `model.call` budgets, plans. */
  readonly middleware: LanguageModelMiddleware;
  /** A `stopWhen` condition: ends the loop once a budget is exhausted. */
  readonly budgetExhausted: (options?: unknown) => Promise<boolean>;
  /**
   * Records the approval answers the SDK settles on its own (rejections) before the first step,
   * and adds the policy's reason to what the model is told about them.
   */
  readonly prepareStep: (options: {
    readonly stepNumber: number;
    readonly messages: readonly ModelMessage[];
    readonly initialMessages: readonly ModelMessage[];
  }) => Promise<{ messages: ModelMessage[] } | undefined>;
  /** Commits the tool-call budget of a call that ran, or releases it when the tool failed. */
  readonly onToolExecutionEnd: (event: {
    readonly toolCall: { readonly toolCallId: string };
    readonly toolOutput: { readonly type: string };
  }) => Promise<void>;
  /** `toolApproval`, `prepareStep` and `onToolExecutionEnd` together, to spread into settings. */
  readonly settings: Pick<AiSdkGovernance, 'toolApproval' | 'prepareStep' | 'onToolExecutionEnd'>;
}

const states = new WeakMap<AiSdkGovernance, GovernanceState>();

/** The state behind a governance, for the sub-agent helper. @internal */
export function stateOf(governance: AiSdkGovernance): GovernanceState | undefined {
  return states.get(governance);
}

/**
 * Governs AI SDK 7 agents with a kitelogik session. The framework's hooks map onto the core:
 * - call-level `toolApproval` → `session.decide(tool.call)` per tool call id (dynamic tools are
 *   `mcp` tools); a `tool-approval-response` in the next call's messages → `session.approve`,
 *   bound to the call's event id and arguments;
 * - `wrapLanguageModel` middleware → tools denied outright leave `params.tools`, each call is a
 *   `model.call` whose usage is committed after, each step's tool calls are an `agent.plan`;
 * - `stopWhen` → the session's budgets; `onToolExecutionEnd` → `session.settle`;
 * - {@link createSubAgentTool} → `session.spawn` and a child governance.
 * Shadow mode computes and audits everything and enforces nothing.
 */
export function createAiSdkGovernance(options: AiSdkGovernanceOptions): AiSdkGovernance {
  const state: GovernanceState = {
    session: options.session,
    options,
    isShadow: options.shadow === true,
    audit: options.audit,
    tools: options.tools ?? {},
    approver: options.approver ?? 'user',
    hideOnReasons: new Set(options.hideOnReasons ?? OUTRIGHT_DENIAL_CODES),
    isProbing: options.disclosure === 'probe',
    hidden: new Set(),
    estimateInputTokens: options.estimateInputTokens ?? estimateByLength,
    plans: new Map(),
    answered: new Set(),
    rejections: new Map(),
    subAgents: new Map(),
    exhausted: undefined,
  };
  const toolApproval = createToolApproval(state);
  const prepareStep: AiSdkGovernance['prepareStep'] = async (step) => {
    if (step.stepNumber !== 0) return undefined;
    await recordApprovalAnswers(state, step.initialMessages);
    const messages = annotateRejections(state, step.messages);
    return messages === undefined ? undefined : { messages };
  };
  const onToolExecutionEnd: AiSdkGovernance['onToolExecutionEnd'] = async (event) => {
    const status = event.toolOutput.type === 'tool-result' ? 'succeeded' : 'failed';
    await state.session.settle(event.toolCall.toolCallId, { status });
  };
  const governance: AiSdkGovernance = {
    session: options.session,
    toolApproval,
    middleware: createGovernanceMiddleware(state),
    budgetExhausted: () => isBudgetExhausted(state),
    prepareStep,
    onToolExecutionEnd,
    settings: { toolApproval, prepareStep, onToolExecutionEnd },
  };
  states.set(governance, state);
  return governance;
}
