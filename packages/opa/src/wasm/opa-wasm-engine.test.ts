import { PolicyConfigError, PolicyEvaluationError } from '@kitelogik/core';
import { writeTarGz } from '@kitelogik/core/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { assembleOpaAbiModule } from './__fixtures__/opa-abi-module.js';
import type { HostBuiltins } from './host-builtins.js';
import { opaWasmEngine } from './opa-wasm-engine.js';

// The module under test is not built by opa: it is a small WAT program implementing OPA's Wasm
// ABI (see __fixtures__/opa-abi-module.ts), assembled with wabt before the tests run.

const request = (query: string, input?: unknown) => ({ query, input, deadlineMs: 1000 });
const emptyBundle = { modules: [], data: {}, digest: 'sha256:unused' };

const regexMatch: HostBuiltins & { calls: unknown[][] } = {
  calls: [],
  has: (name) => name === 'regex.match',
  call(name, args, context) {
    regexMatch.calls.push([name, args, context.nowNs]);
    return new RegExp(String(args[0])).test(String(args[1]));
  },
};

let wasm: Uint8Array;
let wasmNeedingX509: Uint8Array;

beforeAll(async () => {
  wasm = await assembleOpaAbiModule({ 'time.now_ns': 0, 'regex.match': 1 });
  wasmNeedingX509 = await assembleOpaAbiModule({
    'time.now_ns': 0,
    'regex.match': 1,
    'crypto.x509.parse_certificates': 2,
    sprintf: 3,
  });
});

function bundleOf(files: Record<string, string | Uint8Array>): Uint8Array {
  return writeTarGz({ '/policy.wasm': wasm, ...files });
}

describe('opaWasmEngine', () => {
  it('loads an opa build -t wasm bundle: manifest entrypoints, data.json merged by folder', async () => {
    const archive = bundleOf({
      '/.manifest': JSON.stringify({
        revision: 'r7',
        wasm: [{ entrypoint: 'test/echo', module: '/policy.wasm' }],
      }),
      '/data.json': '{"limits":{"max":3}}',
      '/roles/data.json': '{"admin":["alice"]}',
    });
    const prepared = await opaWasmEngine({ bundle: archive, builtins: regexMatch }).prepare(
      emptyBundle,
    );
    const { value } = await prepared.evaluate(request('data.test.echo', { user: 'bob' }));
    expect(value).toEqual({
      input: { user: 'bob' },
      data: { limits: { max: 3 }, roles: { admin: ['alice'] } },
    });
    expect(prepared.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('loads a bare policy.wasm with data, and digests it', async () => {
    const engine = opaWasmEngine({
      bundle: { wasm, data: { tenant: 'acme' } },
      builtins: regexMatch,
    });
    const prepared = await engine.prepare(emptyBundle);
    const { value } = await prepared.evaluate(request('test/echo', 1));
    expect(value).toEqual({ input: 1, data: { tenant: 'acme' } });
    const other = await opaWasmEngine({
      bundle: { wasm, data: { tenant: 'other' } },
      builtins: regexMatch,
    }).prepare(emptyBundle);
    expect(other.digest).not.toBe(prepared.digest);
    expect(engine.name).toBe('opa-wasm');
  });

  it('answers time.now_ns from the injected clock, exactly in nanoseconds', async () => {
    let now = 1_764_115_200_123;
    const prepared = await opaWasmEngine({
      bundle: wasm,
      builtins: regexMatch,
      clock: { now: () => now },
    }).prepare(emptyBundle);
    expect((await prepared.evaluate(request('data.test.now'))).value).toBe(1764115200123000000);
    now += 5;
    expect((await prepared.evaluate(request('data.test.now'))).value).toBe(1764115200128000000);
  });

  it('calls host builtins by name on JSON values, with the evaluation time', async () => {
    regexMatch.calls.length = 0;
    const prepared = await opaWasmEngine({
      bundle: wasm,
      builtins: regexMatch,
      clock: { now: () => 2000 },
    }).prepare(emptyBundle);
    expect((await prepared.evaluate(request('data.test.match', 'abc'))).value).toBe(true);
    expect((await prepared.evaluate(request('data.test.match', 'ABC'))).value).toBe(false);
    expect(regexMatch.calls).toEqual([
      ['regex.match', ['^[a-z]+$', 'abc'], 2_000_000_000n],
      ['regex.match', ['^[a-z]+$', 'ABC'], 2_000_000_000n],
    ]);
  });

  it('refuses at load time a module needing builtins it cannot supply, naming them', async () => {
    const load = opaWasmEngine({ bundle: wasmNeedingX509, builtins: regexMatch }).prepare(
      emptyBundle,
    );
    await expect(load).rejects.toSatisfy(PolicyConfigError.isInstance);
    await expect(load).rejects.toThrow(
      'the Wasm module needs builtins this host cannot supply: crypto.x509.parse_certificates',
    );
  });

  it("takes host builtins from the embedded engine by default, with the request's clock", async () => {
    const prepared = await opaWasmEngine({ bundle: wasm }).prepare(emptyBundle);
    expect((await prepared.evaluate(request('data.test.match', 'abc'))).value).toBe(true);
    expect((await prepared.evaluate(request('data.test.match', 'ABC'))).value).toBe(false);
    const now = await prepared.evaluate({ ...request('data.test.now'), nowMs: 5 });
    expect(now.value).toBe(5_000_000);
    await expect(opaWasmEngine({ bundle: wasmNeedingX509 }).prepare(emptyBundle)).rejects.toThrow(
      /cannot supply: crypto\.x509\.parse_certificates$/,
    );
  });

  it('refuses a manifest naming an entrypoint the module lacks, and a bundle without a module', async () => {
    const archive = bundleOf({
      '/.manifest': JSON.stringify({ wasm: [{ entrypoint: 'kitelogik/main/decision' }] }),
    });
    await expect(
      opaWasmEngine({ bundle: archive, builtins: regexMatch }).prepare(emptyBundle),
    ).rejects.toThrow(
      'the manifest names entrypoints the Wasm module lacks: kitelogik/main/decision',
    );
    await expect(
      opaWasmEngine({ bundle: writeTarGz({ '/data.json': '{}' }) }).prepare(emptyBundle),
    ).rejects.toThrow('the Wasm bundle has no module policy.wasm');
  });

  it('refuses data files that conflict, naming the file and the full data path', async () => {
    const archive = bundleOf({
      '/data.json': '{"roles":{"admin":["bob"]}}',
      '/roles/data.json': '{"admin":["alice"]}',
    });
    await expect(opaWasmEngine({ bundle: archive }).prepare(emptyBundle)).rejects.toThrow(
      'bundle data roles/data.json: data files conflict at data.roles.admin',
    );
    const overwriting = bundleOf({
      '/data.json': '{"roles":"none"}',
      '/roles/data.json': '{"admin":["alice"]}',
    });
    await expect(opaWasmEngine({ bundle: overwriting }).prepare(emptyBundle)).rejects.toSatisfy(
      PolicyConfigError.isInstance,
    );
  });

  it('gives no value for an undefined result, and rejects unknown entrypoints and aborts', async () => {
    const prepared = await opaWasmEngine({ bundle: wasm, builtins: regexMatch }).prepare(
      emptyBundle,
    );
    expect(await prepared.evaluate(request('data.test.undefined'))).toEqual({ value: undefined });
    await expect(prepared.evaluate(request('data.kitelogik.main.decision'))).rejects.toThrow(
      /entrypoint kitelogik\/main\/decision is not in the Wasm module/,
    );
    const aborted = prepared.evaluate(request('data.test.abort'));
    await expect(aborted).rejects.toSatisfy(PolicyEvaluationError.isInstance);
    await expect(aborted).rejects.toThrow('Wasm evaluation failed: boom');
  });

  it('fails the evaluation when a host builtin throws', async () => {
    const throwing: HostBuiltins = {
      has: () => true,
      call: () => {
        throw new Error('regex.match: error parsing regexp');
      },
    };
    const prepared = await opaWasmEngine({ bundle: wasm, builtins: throwing }).prepare(emptyBundle);
    await expect(prepared.evaluate(request('data.test.match', 'x'))).rejects.toThrow(
      /error parsing regexp/,
    );
  });
});
