import type { Location, Module } from '../ast.js';
import type { BuiltinRegistry } from '../builtins/registry.js';
import { RegoError } from '../errors.js';
import type { Value } from '../value.js';
import type { DataNode } from './plan.js';

/** Slot allocation for one rule frame (all scopes of a rule share one frame). @internal */
export interface FrameLayout {
  count: number;
  readonly names: string[];
}

/** A lexical scope of variables, chained to its parent. @internal */
export class Scope {
  readonly #vars = new Map<string, number>();
  readonly parent: Scope | undefined;
  readonly frame: FrameLayout;
  /** The first slot this scope (or its children) may allocate; lower slots are closure slots. */
  readonly firstSlot: number;

  constructor(frame: FrameLayout, parent?: Scope) {
    this.frame = frame;
    this.parent = parent;
    this.firstSlot = frame.count;
  }

  /** The slot of a visible variable. */
  lookup(name: string): number | undefined {
    for (let scope: Scope | undefined = this; scope; scope = scope.parent) {
      const slot = scope.#vars.get(name);
      if (slot !== undefined) return slot;
    }
    return undefined;
  }

  /** True when the name is declared in this very scope. */
  hasOwn(name: string): boolean {
    return this.#vars.has(name);
  }

  /** The variables declared in this very scope, by name. */
  ownVars(): ReadonlyMap<string, number> {
    return this.#vars;
  }

  /** Declares a new variable in this scope, shadowing outer ones. */
  declare(name: string): number {
    const slot = this.frame.count++;
    this.frame.names.push(name);
    this.#vars.set(name, slot);
    return slot;
  }
}

/** Where a name imported or defined at package level points. @internal */
export interface GlobalRef {
  readonly root: 'data' | 'input';
  readonly path: readonly Value[];
}

/** Everything name resolution needs about the module being compiled. @internal */
export interface ModuleEnv {
  readonly file: string;
  readonly packagePath: readonly string[];
  /** Import aliases and package-level rule names. */
  readonly globals: ReadonlyMap<string, GlobalRef>;
  readonly root: DataNode;
  readonly registry: BuiltinRegistry;
  readonly errors: RegoError[];
  /** `rego.metadata.rule()` and `rego.metadata.chain()` of the rule being compiled. */
  metadata?: { readonly rule: Value; readonly chain: Value } | undefined;
  /** All modules (for metadata chains). */
  readonly modules?: readonly Module[];
}

/** Records a compile error. @internal */
export function reportError(
  env: ModuleEnv,
  options: { code: RegoError['code']; message: string; loc?: Location | undefined },
): void {
  env.errors.push(
    new RegoError({ code: options.code, message: options.message, location: options.loc }),
  );
}
