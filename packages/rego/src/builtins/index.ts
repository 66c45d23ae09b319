import { registerEvaluatorBuiltins } from '../eval/evaluator-builtins.js';
import { register as registerAggregates } from './aggregates.js';
import { register as registerArithmetic } from './arithmetic.js';
import { register as registerArrays } from './arrays.js';
import { register as registerBits } from './bits.js';
import { register as registerCasts } from './casts.js';
import { register as registerComparison } from './comparison.js';
import { register as registerCrypto } from './crypto.js';
import { register as registerEncoding } from './encoding.js';
import { register as registerGlob } from './glob.js';
import { register as registerGraph } from './graph.js';
import { register as registerJson } from './json.js';
import { register as registerJsonPatch } from './json-patch.js';
import { register as registerJsonSchema } from './json-schema.js';
import { register as registerJwt } from './jwt.js';
import { register as registerMembers } from './members.js';
import { register as registerNet } from './net.js';
import { register as registerObjects } from './objects.js';
import { register as registerOpa } from './opa.js';
import { register as registerRand } from './rand.js';
import { register as registerRegex } from './regex.js';
import { type Builtin, BuiltinRegistry } from './registry.js';
import { register as registerSemver } from './semver.js';
import { register as registerSets } from './sets.js';
import { register as registerSprintf } from './sprintf.js';
import { register as registerStrings } from './strings.js';
import { register as registerTime } from './time.js';
import { register as registerTypes } from './types.js';
import { register as registerUnits } from './units.js';
import { register as registerUri } from './uri.js';
import { register as registerUuid } from './uuid.js';
import { register as registerWalk } from './walk.js';
import { register as registerYaml } from './yaml.js';

const families: readonly ((registry: BuiltinRegistry) => void)[] = [
  registerAggregates,
  registerArithmetic,
  registerArrays,
  registerBits,
  registerCasts,
  registerComparison,
  registerCrypto,
  registerEncoding,
  registerJson,
  registerTime,
  registerYaml,
  registerNet,
  registerJsonPatch,
  registerJsonSchema,
  registerUri,
  registerGlob,
  registerGraph,
  registerJwt,
  registerMembers,
  registerObjects,
  registerOpa,
  registerRand,
  registerRegex,
  registerSemver,
  registerSets,
  registerSprintf,
  registerStrings,
  registerTypes,
  registerUnits,
  registerUuid,
  registerWalk,
];

let defaultRegistry: BuiltinRegistry | undefined;

/** The registry holding every builtin family of this package (built once). */
export function createDefaultRegistry(): BuiltinRegistry {
  if (defaultRegistry) return defaultRegistry;
  const registry = new BuiltinRegistry();
  for (const register of families) register(registry);
  registerEvaluatorBuiltins(registry);
  defaultRegistry = registry;
  return registry;
}

/** A registry where `overrides` replace or extend the default builtins. */
class LayeredRegistry extends BuiltinRegistry {
  readonly #base: BuiltinRegistry;
  readonly #overrides: ReadonlyMap<string, Builtin>;

  constructor(base: BuiltinRegistry, overrides: readonly Builtin[]) {
    super();
    this.#base = base;
    this.#overrides = new Map(overrides.map((b) => [b.name, b]));
  }

  override get(name: string): Builtin | undefined {
    return this.#overrides.get(name) ?? this.#base.get(name);
  }

  override list(): Builtin[] {
    const names = new Set([...this.#base.list().map((b) => b.name), ...this.#overrides.keys()]);
    return [...names].sort().map((n) => this.get(n) as Builtin);
  }
}

/** The default registry with custom builtins layered on top (custom ones win). */
export function createRegistry(overrides: readonly Builtin[]): BuiltinRegistry {
  const base = createDefaultRegistry();
  return overrides.length === 0 ? base : new LayeredRegistry(base, overrides);
}

/** The names of every builtin this engine implements, sorted (for documentation). */
export function capabilities(): string[] {
  return createDefaultRegistry()
    .list()
    .map((b) => b.name);
}
