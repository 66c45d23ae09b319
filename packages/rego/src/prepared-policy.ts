import type { Module } from './ast.js';
import { compileBody } from './compile/compile-body.js';
import type { CompiledPolicy } from './compile/compile-modules.js';
import type { CBody, CTerm } from './compile/plan.js';
import { dataRef } from './compile/resolve-ref.js';
import { type ModuleEnv, Scope } from './compile/scope.js';
import { RegoErrors } from './errors.js';
import { evalBody } from './eval/body.js';
import { createFrame, createPolicyCache, type PolicyCache } from './eval/context.js';
import { createContext, type RunOptions, runGuarded } from './eval/run.js';
import { evalTerm } from './eval/terms.js';
import { parseQuery } from './parse.js';
import { type JsonValue, toJson, type Value } from './value.js';

/** Options of {@link PreparedPolicy.evaluate} and {@link PreparedPolicy.query}. */
export interface EvaluateOptions extends RunOptions {}

/** A compiled policy, ready to evaluate many times (OPA's `PrepareForEval`). */
export interface PreparedPolicy {
  /**
   * Evaluates one document, `entrypoint` like `data.kitelogik.main.decision` or
   * `kitelogik/main/decision`; undefined when the document has no value.
   */
  evaluate(entrypoint: string, options?: EvaluateOptions): JsonValue | undefined;
  /** An OPA-style query; one row per solution, holding every variable the query binds. */
  query(text: string, options?: EvaluateOptions): Array<Record<string, JsonValue>>;
  readonly modules: readonly Module[];
}

interface CompiledQuery {
  readonly body: CBody;
  readonly slots: number;
  readonly vars: readonly (readonly [string, number])[];
}

function entrypointPath(entrypoint: string): string[] {
  const text = entrypoint.trim();
  if (text.includes('/')) return text.split('/').filter((p) => p.length > 0);
  const parts = text.split('.');
  if (parts[0] === 'data') parts.shift();
  return parts.filter((p) => p.length > 0);
}

// How many distinct entrypoints and queries a prepared policy keeps compiled.
const MAX_CACHED = 1024;

/** The {@link PreparedPolicy} implementation over a compiled rule tree. @internal */
export class CompiledPreparedPolicy implements PreparedPolicy {
  readonly modules: readonly Module[];
  readonly #policy: CompiledPolicy;
  // Strict and non-strict evaluations keep separate caches of pure values: a non-strict value
  // may have swallowed a builtin error that a strict evaluation must raise.
  readonly #documents: {
    readonly data: Value;
    readonly cache: PolicyCache;
  };
  readonly #strictDocuments: {
    readonly data: Value;
    readonly cache: PolicyCache;
  };
  readonly #entrypoints = new Map<string, CTerm>();
  readonly #queries = new Map<string, CompiledQuery>();
  readonly #isExperimental: boolean;

  constructor(options: {
    policy: CompiledPolicy;
    data: Value;
    modules: readonly Module[];
    isExperimental: boolean;
  }) {
    this.#policy = options.policy;
    this.#documents = { data: options.data, cache: createPolicyCache() };
    this.#strictDocuments = { data: options.data, cache: createPolicyCache() };
    this.modules = options.modules;
    this.#isExperimental = options.isExperimental;
  }

  #documentsFor(options: EvaluateOptions): { readonly data: Value; readonly cache: PolicyCache } {
    return options.strictBuiltinErrors === true ? this.#strictDocuments : this.#documents;
  }

  evaluate(entrypoint: string, options: EvaluateOptions = {}): JsonValue | undefined {
    let ref = this.#entrypoints.get(entrypoint);
    if (!ref) {
      ref = dataRef(this.#policy.root, entrypointPath(entrypoint), []);
      // Callers (an HTTP server, say) may choose entrypoints: keep a bounded number compiled.
      if (this.#entrypoints.size >= MAX_CACHED) this.#entrypoints.clear();
      this.#entrypoints.set(entrypoint, ref);
    }
    const term = ref;
    const context = createContext(options, this.#documentsFor(options));
    return runGuarded(context, () => {
      let out: Value | undefined;
      evalTerm(term, createFrame(0, context), (v) => {
        out = v;
        return true;
      });
      return out === undefined ? undefined : toJson(out);
    });
  }

  query(text: string, options: EvaluateOptions = {}): Array<Record<string, JsonValue>> {
    const context = createContext(options, this.#documentsFor(options));
    const compiled = runGuarded(context, () => this.#compileQuery(text));
    return runGuarded(context, () => {
      const rows: Record<string, JsonValue>[] = [];
      const frame = createFrame(compiled.slots, context);
      evalBody(compiled.body, frame, () => {
        const row: Record<string, JsonValue> = {};
        for (const [name, slot] of compiled.vars) {
          const v = frame.s[slot];
          if (v !== undefined) row[name] = toJson(v);
        }
        rows.push(row);
        return false;
      });
      return rows;
    });
  }

  #compileQuery(text: string): CompiledQuery {
    const cached = this.#queries.get(text);
    if (cached) return cached;
    const body = parseQuery(text, { experimentalKeywords: this.#isExperimental });
    const env: ModuleEnv = {
      file: 'query',
      packagePath: [],
      globals: new Map(),
      root: this.#policy.root,
      registry: this.#policy.registry,
      errors: [],
    };
    const scope = new Scope({ count: 0, names: [] });
    const compiled = compileBody(body, { env, scope });
    if (env.errors.length > 0) throw new RegoErrors(env.errors);
    const vars = [...scope.ownVars()].filter(
      ([name]) => !name.startsWith('$') && !name.startsWith('__'),
    );
    const query: CompiledQuery = { body: compiled.body, slots: scope.frame.count, vars };
    if (this.#queries.size >= MAX_CACHED) this.#queries.clear();
    this.#queries.set(text, query);
    return query;
  }
}
