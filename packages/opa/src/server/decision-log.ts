import { createWriteStream, type WriteStream } from 'node:fs';

/** One decision as OPA's decision log plugin writes it (the fields OPA clients read). */
export interface DecisionLogEntry {
  readonly decision_id: string;
  readonly path: string;
  readonly input?: unknown;
  readonly result?: unknown;
  readonly error?: { readonly code: string; readonly message: string };
  readonly requested_by: string;
  readonly timestamp: string;
  readonly bundles: Readonly<Record<string, { readonly revision: string }>>;
  readonly metrics: { readonly timer_server_handler_ns: number };
  readonly labels: Readonly<Record<string, string>>;
}

/** Appends decisions to a JSONL file, one OPA-style decision log entry per line. */
export interface DecisionLog {
  write(entry: DecisionLogEntry): void;
  /** Flushes and closes the file. */
  close(): Promise<void>;
}

/** Opens (appending to) the decision log at `path`; write errors are reported to `onError`. */
export function createDecisionLog(path: string, onError: (error: Error) => void): DecisionLog {
  const stream: WriteStream = createWriteStream(path, { flags: 'a' });
  stream.on('error', onError);
  return {
    write(entry) {
      if (!stream.writable) return;
      stream.write(`${JSON.stringify(entry)}\n`);
    },
    close() {
      return new Promise<void>((resolve) => {
        if (stream.closed || stream.destroyed) resolve();
        else stream.end(() => resolve());
      });
    },
  };
}
