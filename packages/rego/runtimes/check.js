/**
 * The portable runtime check: compiles one small policy with the built `@kitelogik/rego` and
 * compares what it evaluates with values worked out independently (Python's `zoneinfo`,
 * `hashlib` and `hmac`, and big-integer arithmetic, not this engine). It uses only ECMAScript
 * and the Web APIs every target runtime has, so the same file runs in Node, Deno, Bun, a browser
 * page, a Web Worker and a bare `node:vm` context. The engine module is passed in, because each
 * host loads it differently (a file import, a bundle, a script in a context).
 */

const POLICY = String.raw`package smoke

import rego.v1

# Regex (re2js), with RE2 syntax and capture groups.
regex_match := regex.match("^[a-z]+\\d{2}$", "abc12")
regex_groups := regex.find_all_string_submatch_n("(\\w+)@(\\w+)\\.com", "a@x.com, b@y.com", -1)
regex_replace := regex.replace("2024-01-15", "(\\d+)-(\\d+)-(\\d+)", "$3/$2/$1")

# Globs with OPA's delimiter semantics.
glob_host := glob.match("*.example.com", ["."], "api.example.com")
glob_host_deeper := glob.match("*.example.com", ["."], "a.b.example.com")
glob_super := glob.match("repo/**/secret?", ["/"], "repo/a/b/secret1")

# YAML and JSON.
yaml_doc := yaml.unmarshal("tools:\n  - search\n  - read_file\nlimit: 3\n")
yaml_round_trip := yaml.unmarshal(yaml.marshal({"a": [1, "two", {"b": null}]}))
json_doc := json.unmarshal("{\"a\": [1, 2.5, \"x\"], \"b\": null}")
json_text := json.marshal({"b": [true, null], "a": 1})

# sprintf with Go verbs.
text := sprintf("%s has %d tools, %.2f%% used, %x", ["agent", 3, 12.3456, 255])

# Time, in named zones (Intl) and across a daylight-saving change.
winter := 1700000000000000000
summer := 1688000000000000000
new_york_winter := array.concat(time.date([winter, "America/New_York"]), time.clock([winter, "America/New_York"]))
new_york_summer := array.concat(time.date([summer, "America/New_York"]), time.clock([summer, "America/New_York"]))
kolkata_weekday := time.weekday([winter, "Asia/Kolkata"])
paris_summer := time.format([summer, "Europe/Paris", "2006-01-02T15:04:05Z07:00"])
parsed_ns := time.parse_rfc3339_ns("2023-11-14T17:13:20-05:00")
now_ns := time.now_ns()

# Hashes and HMAC (@noble/hashes).
sha256_abc := crypto.sha256("abc")
hmac_fox := crypto.hmac.sha256("The quick brown fox jumps over the lazy dog", "key")

# Big integers stay exact; in doubles 9007199254740993 would round to ...992.
big_product := (12345678901234567890 * 10) + 1
big_exact := (9007199254740993 + 2) == 9007199254740995

# Sets, objects and comprehensions.
allowed := {"search", "read_file"} | {"write_file"}
common := {"a", "b", "c"} & {"b", "c", "d"}
denied contains name if {
	some name in input.tools
	not name in allowed
}
merged := object.union({"a": 1, "b": {"c": 2}}, {"b": {"d": 3}})
counts := {k: count(v) | some k, v in {"x": [1, 2], "y": [3]}}

# with on input, data and a builtin.
is_admin if input.user.role == "admin"
mocked_hash(_) := "mocked"
with_input if is_admin with input.user.role as "admin"
with_data := x if x := data.config.max with data.config.max as 7
with_builtin := x if x := crypto.sha256("abc") with crypto.sha256 as mocked_hash

# A template string.
greeting := $"hello {input.name}, {count(input.tools)} tools"

# A random UUID (crypto.getRandomValues), checked by shape.
uuid_shape := regex.match("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", uuid.rfc4122("k"))
`;

const INPUT = { name: 'ada', tools: ['search', 'shell', 'write_file'], user: { role: 'viewer' } };
const NOW = 1700000000123456789n;

/** What each rule of {@link POLICY} must evaluate to, as JSON text (bigints as digits). */
const EXPECTED = {
  regex_match: 'true',
  regex_groups: '[["a@x.com","a","x"],["b@y.com","b","y"]]',
  regex_replace: '"15/01/2024"',
  glob_host: 'true',
  glob_host_deeper: 'false',
  glob_super: 'true',
  yaml_doc: '{"limit":3,"tools":["search","read_file"]}',
  yaml_round_trip: '{"a":[1,"two",{"b":null}]}',
  json_doc: '{"a":[1,2.5,"x"],"b":null}',
  json_text: '"{\\"a\\":1,\\"b\\":[true,null]}"',
  text: '"agent has 3 tools, 12.35% used, ff"',
  new_york_winter: '[2023,11,14,17,13,20]',
  new_york_summer: '[2023,6,28,20,53,20]',
  kolkata_weekday: '"Wednesday"',
  paris_summer: '"2023-06-29T02:53:20+02:00"',
  parsed_ns: '1700000000000000000',
  now_ns: '1700000000123456789',
  sha256_abc: '"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"',
  hmac_fox: '"f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8"',
  big_product: '123456789012345678901',
  big_exact: 'true',
  allowed: '["read_file","search","write_file"]',
  common: '["b","c"]',
  denied: '["shell"]',
  merged: '{"a":1,"b":{"c":2,"d":3}}',
  counts: '{"x":2,"y":1}',
  with_input: 'true',
  with_data: '7',
  with_builtin: '"mocked"',
  greeting: '"hello ada, 3 tools"',
  uuid_shape: 'true',
};

/**
 * Renders a value as JSON text with object keys sorted and bigints as plain digits, so that
 * results compare as text whichever runtime produced them.
 *
 * @param {unknown} value
 * @returns {string}
 */
function canonical(value) {
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
  }
  return value === undefined ? 'undefined' : JSON.stringify(value);
}

/**
 * Runs one named step, turning a throw into a failed result instead of ending the check.
 *
 * @param {string} name
 * @param {() => { got: string, want: string }} step
 * @returns {{ name: string, ok: boolean, got: string, want: string }}
 */
function attempt(name, step) {
  try {
    const { got, want } = step();
    return { name, ok: got === want, got, want };
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { name, ok: false, got: `threw ${message}`, want: '(no error)' };
  }
}

/**
 * Says which runtime this is and its version, from the globals each runtime defines.
 *
 * @returns {string}
 */
export function describeRuntime() {
  const g = /** @type {Record<string, any>} */ (globalThis);
  if (g.Deno?.version?.deno) return `deno ${g.Deno.version.deno}`;
  if (g.Bun?.version) return `bun ${g.Bun.version}`;
  if (g.process?.versions?.node) return `node ${g.process.versions.node}`;
  const agent = g.navigator?.userAgent ?? '';
  const chrome = /(?:Headless)?Chrome\/([\d.]+)/.exec(agent);
  const scope = typeof g.WorkerGlobalScope === 'function' ? 'web worker' : 'page';
  if (chrome) return `chromium ${chrome[1]} (${scope})`;
  return agent === '' ? 'unknown runtime' : `${agent} (${scope})`;
}

/**
 * Whether this runtime refuses to compile code from strings (`eval`, `new Function`), as edge
 * workers and a CSP without `'unsafe-eval'` do. When it is `true`, a passing check also proves
 * the engine never needs either.
 *
 * @returns {boolean}
 */
export function isCodeGenerationBlocked() {
  try {
    // biome-ignore lint/security/noGlobalEval: the probe must try to compile code from a string.
    return globalThis.eval('1 + 1') !== 2;
  } catch {
    return true;
  }
}

/**
 * Compiles the smoke policy with the given engine module and compares every rule, a query, a
 * METADATA block (parsed with `yaml`) and a parse error with their expected values.
 *
 * @param {{ compile: Function, parseModule: Function, RegoError: { isInstance(e: unknown): boolean } }} rego the
 *   namespace of `@kitelogik/rego` as the host loaded it.
 * @returns {{ runtime: string, isCodeGenerationBlocked: boolean, ok: boolean,
 *   checks: { name: string, ok: boolean, got: string, want: string }[] }}
 */
export function runCheck(rego) {
  const checks = [];
  let policy;
  const compiled = attempt('compile', () => {
    policy = rego.compile({
      modules: [{ path: 'smoke.rego', source: POLICY }],
      data: { config: { max: 3 } },
    });
    return { got: 'compiled', want: 'compiled' };
  });
  checks.push(compiled);
  if (policy !== undefined) {
    for (const [rule, want] of Object.entries(EXPECTED)) {
      checks.push(
        attempt(rule, () => ({
          got: canonical(policy.evaluate(`data.smoke.${rule}`, { input: INPUT, now: NOW })),
          want,
        })),
      );
    }
    checks.push(
      attempt('query', () => ({
        got: canonical(policy.query('x := data.smoke.denied[_]; y := x', { input: INPUT })),
        want: '[{"x":"shell","y":"shell"}]',
      })),
    );
  }
  checks.push(
    attempt('metadata', () => {
      const source =
        'package meta\n\n# METADATA\n# title: Smoke\n# custom:\n#   owner: sec\nallow := true\n';
      const module = rego.parseModule(source, 'meta.rego');
      const annotations = module.rules[0]?.annotations;
      return {
        got: canonical({ title: annotations?.title, custom: annotations?.custom }),
        want: '{"custom":{"owner":"sec"},"title":"Smoke"}',
      };
    }),
  );
  checks.push(
    attempt('parse error', () => {
      try {
        rego.compile({ modules: [{ path: 'bad.rego', source: 'package bad\n\nx := (1 ]' }] });
        return { got: 'compiled', want: 'rego_parse_error' };
      } catch (error) {
        const code = rego.RegoError.isInstance(error) ? error.code : `not a RegoError: ${error}`;
        return { got: code, want: 'rego_parse_error' };
      }
    }),
  );
  return {
    runtime: describeRuntime(),
    isCodeGenerationBlocked: isCodeGenerationBlocked(),
    ok: checks.every((c) => c.ok),
    checks,
  };
}
