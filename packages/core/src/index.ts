// biome-ignore-all assist/source/organizeImports: the public API is grouped by topic, each group with its comment.

// The policy contract: the event policies read, its JSON Schema and validation, and the decision.
export type {
  BudgetDimension,
  BudgetDimensionName,
  BudgetSnapshot,
} from './contract/budget-snapshot.js';
export { BUDGET_DIMENSIONS } from './contract/budget-snapshot.js';
export type {
  ApprovalObligation,
  Decision,
  Effect,
  Obligations,
  Reason,
} from './contract/decision.js';
export { describeReasons } from './contract/describe-reasons.js';
export { governanceEventSchema } from './contract/event-schema.js';
export type {
  AgentDelegateEvent,
  AgentPlanEvent,
  AgentSpawnEvent,
  ChildAgent,
  ChildBudget,
  DelegateAction,
  DelegationMode,
  EventAgent,
  EventEnvelope,
  EventKind,
  EventSession,
  EventTool,
  Framework,
  GovernanceEvent,
  ModelCallAction,
  ModelCallEvent,
  PlanAction,
  PlanStep,
  Principal,
  SpawnAction,
  ToolCallAction,
  ToolCallEvent,
  ToolSource,
  ToolTier,
} from './contract/governance-event.js';
export type { JsonSchema, JsonSchemaType } from './contract/json-schema.js';
export type { EventValidation } from './contract/validate-event.js';
export { validateEvent } from './contract/validate-event.js';

// The governor: sessions, decisions, approvals, spawn and revoke, hot reload.
export { eventSubject as approvalSubject } from './governor/approval-subject.js';
export { createGovernor } from './governor/create-governor.js';
export type { DecisionOutcome } from './governor/decision-outcome.js';
export type {
  DecisionRequest,
  DelegateRequest,
  ModelCallRequest,
  PlanRequest,
  SpawnRequest,
  ToolCallRequest,
  ToolReference,
} from './governor/decision-request.js';
export type {
  Clock,
  GovernorOptions,
  IdGenerator,
  ToolDeclaration,
} from './governor/governor-options.js';
export type { Governor } from './governor/governor.js';
export type { PolicyIdentity } from './governor/reload-policies.js';
export type {
  ApprovalAnswer,
  ApproveOutcome,
  ChildOutcome,
  ChildRequest,
  DelegationRequest,
  Session,
  SessionOptions,
  SessionSnapshot,
  SettleOutcome,
  SettleRequest,
} from './governor/session.js';

// Engines: the engine-neutral interface, bundles, decision normalisation, and the embedded Rego engine (the default).
export { normalizeDecision } from './engine/normalize-decision.js';
export type { PolicyBundle, PolicyBundleOptions, PolicyModule } from './engine/policy-bundle.js';
export { createPolicyBundle } from './engine/policy-bundle.js';
export type {
  EvaluationRequest,
  EvaluationResult,
  PolicyEngine,
  PreparedPolicy,
} from './engine/policy-engine.js';
export type { CallRegoBuiltinOptions } from './engine/rego-builtins.js';
export { callRegoBuiltin, regoBuiltinNames } from './engine/rego-builtins.js';
export type { RegoEngineOptions } from './engine/rego-engine.js';
export { createRegoEngine } from './engine/rego-engine.js';

// Policy sources: directories, OPA bundles (files or URLs), and hot reload by polling.
export { fetchPolicyBundle } from './policies/fetch-policy-bundle.js';
export type { PolicySource } from './policies/load-policies.js';
export { loadPolicies } from './policies/load-policies.js';
export { mergeData } from './policies/merge-data.js';
export { readTar, type TarEntry } from './policies/read-tar.js';
export { loadPolicyBundle, parsePolicyBundle } from './policies/load-policy-bundle.js';
export type { LoadPolicyDirectoryOptions } from './policies/load-policy-directory.js';
export { loadPolicyDirectory } from './policies/load-policy-directory.js';
export type { PolicyWatch, WatchPoliciesOptions } from './policies/watch-policies.js';
export { watchPolicies } from './policies/watch-policies.js';

// Scopes: `resource:action[:qualifier]`, coverage and narrowing.
export { isAllowedByScopes, type ScopeRequest } from './scopes/is-allowed-by-scopes.js';
export { isCoveredByAny, isScopeCovered } from './scopes/is-scope-covered.js';
export { matchGlob } from './scopes/match-glob.js';
export { parseScope, tryParseScope } from './scopes/parse-scope.js';
export { partitionScopes, type ScopePartition } from './scopes/partition-scopes.js';
export { ScopeSyntaxError } from './scopes/scope-syntax-error.js';
export { formatScope, type Scope } from './scopes/scope.js';

// Resources: canonical files, URLs and commands extracted from tool arguments.
export { canonicalizeFilePath, type FilePathOptions } from './resources/canonicalize-file-path.js';
export { type CanonicalUrl, canonicalizeUrl } from './resources/canonicalize-url.js';
export { classifyHost, type HostClassification } from './resources/classify-host.js';
export {
  type ExtractResourcesOptions,
  extractResources,
} from './resources/extract-resources.js';
export { parseCommand } from './resources/parse-command.js';
export type { ResourceExtractor } from './resources/resource-extractor.js';
export type {
  CanonicalResult,
  CommandResource,
  FileResource,
  InvalidResource,
  Resource,
  UrlResource,
} from './resources/resource.js';

// Budgets: a ledger of reservations, committed or released after the action.
export type { BudgetLedger, OpenAccountOptions, ReserveOptions } from './budgets/budget-ledger.js';
export type {
  BudgetAccountError,
  CloseAccountResult,
  OpenAccountResult,
  ReserveResult,
  SettleResult,
} from './budgets/budget-results.js';
export type {
  BudgetAmounts,
  BudgetLimits,
  BudgetReservation,
  ReservableDimension,
  ReservationStatus,
} from './budgets/budget-types.js';
export {
  createInMemoryBudgetLedger,
  type InMemoryBudgetLedgerOptions,
} from './budgets/in-memory-budget-ledger.js';

// Approvals: requests and grants bound to an event id and an argument digest.
export type {
  ApprovalRecord,
  ApprovalStore,
  RequestApprovalResult,
  ResolveApprovalResult,
} from './approvals/approval-store.js';
export type {
  ApprovalDecision,
  ApprovalGrant,
  ApprovalRequest,
} from './approvals/approval-types.js';
export type { Approver, ApproverVerdict } from './approvals/approver.js';
export {
  type ApprovalStatus,
  type CheckApprovalOptions,
  checkApproval,
} from './approvals/check-approval.js';
export {
  createDecisionCache,
  type DecisionCache,
  type DecisionCacheOptions,
} from './approvals/decision-cache.js';
export {
  createInMemoryApprovalStore,
  type InMemoryApprovalStoreOptions,
} from './approvals/in-memory-approval-store.js';
export { type ToApprovalGrantOptions, toApprovalGrant } from './approvals/to-approval-grant.js';

// Audit log: a hash-chained, optionally HMAC-sealed record of every decision.
export { AuditLogError, type AuditLogErrorCode } from './audit/audit-log-error.js';
export {
  type AuditEntry,
  type AuditEnvelope,
  type AuditPayload,
  type AuditRecord,
  type AuditRecordType,
  type CheckpointPayload,
  type DecisionAuditPayload,
  GENESIS_HASH,
} from './audit/audit-record.js';
export type { AuditSink } from './audit/audit-sink.js';
export { createJsonlAuditSink, type JsonlAuditSinkOptions } from './audit/jsonl-audit-sink.js';
export {
  createMemoryAuditSink,
  type MemoryAuditSink,
  type MemoryAuditSinkOptions,
} from './audit/memory-audit-sink.js';
export {
  type VerifyAuditLogOptions,
  type VerifyAuditLogResult,
  verifyAuditLog,
} from './audit/verify-audit-log.js';

// Canonical JSON and digests, shared by bundles, approvals and the audit log.
export { canonicalJson } from './canonical/canonical-json.js';
export { type ArgsDigest, digestArgs, hmacSha256Hex, sha256Hex } from './canonical/digest.js';

// Errors: misuse throws at construction; engine faults become denies.
export { PolicyConfigError } from './errors/policy-config-error.js';
export type { PolicyErrorOptions } from './errors/policy-error.js';
export { PolicyError } from './errors/policy-error.js';
export { PolicyEvaluationError } from './errors/policy-evaluation-error.js';

// Telemetry: OpenTelemetry spans and metrics, no-ops until a provider is registered.
export {
  createDecisionTelemetry,
  type DecisionSpanStart,
  type DecisionTelemetry,
} from './telemetry/decision-telemetry.js';
