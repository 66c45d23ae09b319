/** The kinds of audit record. `checkpoint` records are written by the sink itself. */
export type AuditRecordType = 'decision' | 'approval' | 'budget' | 'policy' | 'checkpoint';

/** The `prev` of the first record in a log: 64 zeros. */
export const GENESIS_HASH: string = '0'.repeat(64);

/**
 * The fields a sink adds to every entry. `hash` is the SHA-256 of the canonical JSON of the record
 * without `hash` and `mac`, and so covers `prev`, the previous record's hash; `mac` is the
 * HMAC-SHA-256 of `hash` under the sink's key, present only when a key is configured.
 */
export interface AuditEnvelope {
  /** Position in the log, from 0, with no gaps. */
  readonly seq: number;
  /** ISO 8601 time of the record. */
  readonly time: string;
  readonly prev: string;
  readonly hash: string;
  readonly mac?: string;
}

/** What a decision record carries. */
export interface DecisionAuditPayload {
  /** The governance event, as sent to the policy. */
  readonly event: object;
  /** The normalised decision. */
  readonly decision: object;
  readonly bundle: { readonly digest: string; readonly revision?: string };
  /** Which engine decided, e.g. `rego` or `opa-wasm`. */
  readonly engine: string;
  readonly latency_us: number;
  /** The engine's own id for the decision (OPA's `decision_id`), when it has one. */
  readonly engine_decision_id?: string;
  readonly approval?: object;
  readonly budget?: object;
}

/**
 * What a checkpoint record carries: how many records precede it and the hash of the last one.
 * `reason` is `close` for the checkpoint a sink writes when it is closed, `interval` otherwise.
 */
export interface CheckpointPayload {
  readonly count: number;
  readonly head: string;
  readonly reason: 'interval' | 'close';
}

/** A free-form payload, for approval, budget and policy records. */
export type AuditPayload = { readonly [key: string]: unknown };

/** What a caller appends: a type and its payload; `time` defaults to the sink's clock. */
export type AuditEntry =
  | ({ readonly type: 'decision'; readonly time?: string } & DecisionAuditPayload)
  | ({ readonly type: 'approval' | 'budget' | 'policy'; readonly time?: string } & AuditPayload);

/** A record as written to the log: an entry sealed with its sequence number and hashes. */
export type AuditRecord = AuditEnvelope &
  (
    | ({ readonly type: 'decision' } & DecisionAuditPayload)
    | ({ readonly type: 'checkpoint' } & CheckpointPayload)
    | ({ readonly type: 'approval' | 'budget' | 'policy' } & AuditPayload)
  );
