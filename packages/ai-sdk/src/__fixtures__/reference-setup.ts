import { fileURLToPath } from 'node:url';
import {
  type BudgetLimits,
  createGovernor,
  createMemoryAuditSink,
  createRegoEngine,
  loadPolicyDirectory,
  type MemoryAuditSink,
  type PolicyBundle,
} from '@kitelogik/core';
import { dynamicTool, jsonSchema, type Tool, tool } from 'ai';
import { z } from 'zod';
import { type AiSdkGovernance, createAiSdkGovernance } from '../create-ai-sdk-governance.js';
import type { AiSdkGovernanceOptions } from '../governance-options.js';

let bundle: Promise<PolicyBundle> | undefined;

/** The reference policy library (/policies), loaded once. */
export function referencePolicies(): Promise<PolicyBundle> {
  bundle ??= loadPolicyDirectory(fileURLToPath(new URL('../../../../policies', import.meta.url)));
  return bundle;
}

/** AI SDK names of the reference tools and their policy names. */
export const REFERENCE_TOOL_NAMES = {
  searchWeb: 'search.web',
  writeFile: 'fs.write',
  dropTable: 'db.drop',
  refund: 'payments.refund',
  fetchPage: 'http.fetch',
  searchDocs: 'search.web',
} as const;

/**
 * The reference tool set: every execution is recorded in `ran`; `fetchPage` and `searchDocs`
 * are dynamic (MCP) tools.
 */
export type ReferenceTools = {
  readonly searchWeb: Tool<{ query: string }, string>;
  readonly writeFile: Tool<{ path: string; content: string }, string>;
  readonly dropTable: Tool<{ table: string }, string>;
  readonly refund: Tool<{ amount: number }, string>;
  readonly fetchPage: Tool<unknown, unknown>;
  readonly searchDocs: Tool<unknown, unknown>;
};

function referenceTools(ran: string[], onRun: () => void = () => {}): ReferenceTools {
  return {
    searchWeb: tool({
      inputSchema: z.object({ query: z.string() }),
      execute: async ({ query }) => {
        onRun();
        ran.push(`search.web ${query}`);
        return `3 results for ${query}`;
      },
    }),
    writeFile: tool({
      inputSchema: z.object({ path: z.string(), content: z.string() }),
      execute: async ({ path }) => {
        onRun();
        ran.push(`fs.write ${path}`);
        return 'written';
      },
    }),
    dropTable: tool({
      inputSchema: z.object({ table: z.string() }),
      execute: async ({ table }) => {
        onRun();
        ran.push(`db.drop ${table}`);
        return 'dropped';
      },
    }),
    refund: tool({
      inputSchema: z.object({ amount: z.number() }),
      execute: async ({ amount }) => {
        onRun();
        ran.push(`payments.refund ${amount}`);
        return `refunded ${amount}`;
      },
    }),
    fetchPage: dynamicTool({
      description: 'fetch a page (an MCP server tool)',
      inputSchema: jsonSchema<{ url: string }>({
        type: 'object',
        properties: { url: { type: 'string' } },
        required: ['url'],
      }),
      execute: async (input) => {
        onRun();
        ran.push(`http.fetch ${(input as { url: string }).url}`);
        return 'page body';
      },
    }),
    searchDocs: dynamicTool({
      description: 'search documents (an MCP server tool)',
      inputSchema: jsonSchema<{ query: string }>({
        type: 'object',
        properties: { query: { type: 'string' } },
        required: ['query'],
      }),
      execute: async (input) => {
        onRun();
        ran.push(`search.web (mcp) ${(input as { query: string }).query}`);
        return 'two documents';
      },
    }),
  };
}

/** The root agent's scopes in the reference tests. */
export const ROOT_SCOPES: readonly string[] = [
  'tool:search.web',
  'tool:fs.write',
  'fs:write:/workspace/**',
  'tool:payments.refund',
  'tool:http.fetch',
];

/** What a reference test works with. */
export interface ReferenceSetup {
  readonly governance: AiSdkGovernance;
  readonly audit: MemoryAuditSink;
  readonly tools: ReferenceTools;
  readonly ran: string[];
}

/** Options for {@link referenceSetup}. */
export interface ReferenceSetupOptions {
  readonly scopes?: readonly string[];
  readonly budgets?: BudgetLimits;
  readonly clock?: { now(): number };
  /** Called before every tool execution (to move a test clock). */
  readonly onRun?: () => void;
  readonly governance?: Partial<Omit<AiSdkGovernanceOptions, 'session'>>;
}

/** A governor on the embedded Rego engine and the reference policies, one session, one governance. */
export async function referenceSetup(options: ReferenceSetupOptions = {}): Promise<ReferenceSetup> {
  const audit = createMemoryAuditSink();
  const governor = createGovernor({
    engine: createRegoEngine(),
    policies: await referencePolicies(),
    audit,
    framework: 'ai-sdk',
    // A cold first evaluation under CI load can exceed the 50 ms default deadline.
    deadlineMs: 2000,
    ...(options.clock === undefined ? {} : { clock: options.clock }),
  });
  const session = governor.session({
    principal: { id: 'user-42', roles: ['analyst'], tenant: 'acme' },
    scopes: options.scopes ?? ROOT_SCOPES,
    budgets: options.budgets ?? {},
    agent: { name: 'researcher' },
  });
  const governance = createAiSdkGovernance({
    session,
    tools: REFERENCE_TOOL_NAMES,
    audit,
    estimateInputTokens: () => 1,
    ...options.governance,
  });
  const ran: string[] = [];
  return { governance, audit, tools: referenceTools(ran, options.onRun), ran };
}

/** The decision records of an audit log, as `kind tool? effect codes`. */
export function decisionLines(audit: MemoryAuditSink): string[] {
  return audit.records.flatMap((record) => {
    if (record.type !== 'decision') return [];
    const event = record.event as { kind: string; action: { tool?: { name: string } } };
    const decision = record.decision as { effect: string; reasons: { code: string }[] };
    const codes = decision.reasons.map((reason) => reason.code).join(',');
    const tool = event.action.tool ? ` ${event.action.tool.name}` : '';
    return [`${event.kind}${tool} ${decision.effect} ${codes}`];
  });
}
