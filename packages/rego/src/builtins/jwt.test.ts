import { describe, expect, it } from 'vitest';
import { fromJson, toJson, type Value } from '../value.js';
import { register } from './jwt.js';
import { type BuiltinContext, BuiltinRegistry } from './registry.js';

const registry = new BuiltinRegistry();
register(registry);

function createContext(random: () => number = () => 0.5): BuiltinContext {
  return { nowNs: 0n, queryCache: new Map(), print: () => {}, strict: true, random };
}

function call(name: string, args: Value[], context = createContext()): Value | undefined {
  const builtin = registry.get(name);
  if (!builtin) throw new Error(`no builtin ${name}`);
  return builtin.implementation(args, context);
}

const decode = (token: string) => toJson(call('io.jwt.decode', [token]) as Value);
const simple =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIwIiwiaXNzIjoib3BhIn0.XmVoLoHI3pxMtMO_WRONMSJzGUDP9pDjy8Jp0_tdRXY';
const simpleDecoded = [
  { alg: 'HS256', typ: 'JWT' },
  { iss: 'opa', sub: '0' },
  '5e65682e81c8de9c4cb4c3bf59138d3122731940cff690e3cbc269d3fb5d4576',
];

describe('io.jwt.decode', () => {
  it('decodes header, payload and signature hex', () => {
    expect(decode(simple)).toEqual(simpleDecoded);
  });

  it('keeps the last of duplicate claims', () => {
    const token =
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiAiMCIsImlzcyI6ICJub3Qgb3BhIiwgImlzcyI6ICJhbHNvIG5vdCBvcGEiLCAiaXNzIjogIm9wYSJ9.XmVoLoHI3pxMtMO_WRONMSJzGUDP9pDjy8Jp0_tdRXY';
    expect(decode(token)).toEqual(simpleDecoded);
  });

  it('unwraps nested tokens (cty: JWT)', () => {
    const nested =
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCIsImN0eSI6IkpXVCJ9.ImV5SmhiR2NpT2lKSVV6STFOaUlzSW5SNWNDSTZJa3BYVkNKOS5leUp6ZFdJaU9pSXdJaXdpYVhOeklqb2liM0JoSW4wLlhtVm9Mb0hJM3B4TXRNT19XUk9OTVNKekdVRFA5cERqeThKcDBfdGRSWFki.8W0qx4mLxslmZl7wEMUWBxH7tST3XsEuWXxesXqFnRI';
    expect(decode(nested)).toEqual(simpleDecoded);
  });

  it('decodes nested claim values', () => {
    const token =
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIwIiwiaXNzIjoib3BhIiwiZXh0Ijp7ImFiYyI6IjEyMyIsImNiYSI6WzEwLCIxMCJdfX0.IIxF-uJ6i4K5Dj71xNLnUeqB9jmujl6ujTInhii1PxE';
    expect((decode(token) as unknown[])[1]).toEqual({
      ext: { abc: '123', cba: [10, '10'] },
      iss: 'opa',
      sub: '0',
    });
  });

  it.each([
    [
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9eyJzdWIiOiIwIiwiaXNzIjoib3BhIn0XmVoLoHI3pxMtMO_WRONMSJzGUDP9pDjy8Jp0_tdRXY',
      'io.jwt.decode: encoded JWT had no period separators',
    ],
    [
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXV.CJ9eyJzdWIiOiIwIiwiaXNzIjoib3BhIn0XmVoLoHI3pxMtMO_WRONMSJzGUDP9pDjy8Jp0_tdRXY',
      'encoded JWT must have 3 sections, found 2',
    ],
    [
      'eyJhbGciOiJIU^%zI1NiI+sInR5cCI6IkpXVCJ9.eyJzdWIiOiIwIiwiaXNzIjoib3BhIn0.XmVoLoHI3pxMtMO_WRONMSJzGUDP9pDjy8Jp0_tdRXY',
      'JWT header had invalid encoding: illegal base64 data at input byte 13',
    ],
    [
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIwIiwia/XNzIjoib3BhIn0.XmVoLoHI3pxMtMO_WRONMSJzGUDP9pDjy8Jp0_tdRXY',
      'JWT payload had invalid encoding: illegal base64 data at input byte 17',
    ],
  ])('rejects malformed token %#', (token, message) => {
    expect(() => decode(token)).toThrow(message);
  });
});

describe('io.jwt.verify_hs*', () => {
  const hs256 =
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ1c2VyIjoiYWxpY2UiLCJhenAiOiJhbGljZSIsInN1Ym9yZGluYXRlcyI6W10sImhyIjpmYWxzZX0';
  it('verifies HMAC signatures', () => {
    expect(
      call('io.jwt.verify_hs256', [
        `${hs256}.rz3jTY033z-NrKfwrK89_dcLF7TN4gwCMj-fVBDyLoM`,
        'secret',
      ]),
    ).toBe(true);
    expect(
      call('io.jwt.verify_hs256', [
        `${hs256}.R0NDxM1gHTucWQKwayMDre2PbMNR9K9efmOfygDZWcE`,
        'secret',
      ]),
    ).toBe(false);
    const hs512 =
      'eyJhbGciOiJIUzUxMiJ9.eyJTY29wZXMiOlsiZm9vIiwiYmFyIl0sIm5iZiI6MTQ1MTYwNjQwMH0.F6-xviRhK2OLcJJHFivhQqMN_dgX5boDrwbVKkdo9flQQNk-AaKpH3uYycFvBEd_erVefcsri_PkL4fjLSZ7ZA';
    expect(call('io.jwt.verify_hs512', [hs512, 'secret'])).toBe(true);
    expect(call('io.jwt.verify_hs512', [hs512, 'wrong'])).toBe(false);
    expect(call('io.jwt.verify_hs384', [hs512, 'secret'])).toBe(false);
  });

  it('rejects tokens without three sections', () => {
    expect(() => call('io.jwt.verify_hs256', [hs256, 'secret'])).toThrow(
      'io.jwt.verify_hs256: encoded JWT must have 3 sections, found 2',
    );
  });
});

describe('io.jwt.decode_verify', () => {
  const verify = (token: string, constraints: Record<string, unknown>) => {
    const result = call('io.jwt.decode_verify', [token, fromJson(constraints)]);
    return toJson(result as Value) as [boolean, unknown, unknown];
  };
  const expiring =
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJleHAiOjMwMDAuMiwiaXNzIjoieHh4In0.XUen7GtDmICV3O1ngsoO-tQrjrXtOgJI06oGW0nQSIM';
  const notBefore =
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJ4eHgiLCJuYmYiOjEuNTg5Mzg1NzcwMTIzNGUrMDl9.lvrsV1nam-BZr0SomWwsr4dBfu6BDrR2FzQ1iS_Xnrw';

  it('returns header and payload when the signature and claims hold', () => {
    const token =
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ1c2VyIjoiYWxpY2UiLCJhenAiOiJhbGljZSIsInN1Ym9yZGluYXRlcyI6W10sImhyIjpmYWxzZX0.rz3jTY033z-NrKfwrK89_dcLF7TN4gwCMj-fVBDyLoM';
    expect(verify(token, { secret: 'secret' })).toEqual([
      true,
      { alg: 'HS256', typ: 'JWT' },
      { azp: 'alice', hr: false, subordinates: [], user: 'alice' },
    ]);
    expect(verify(token, { secret: 'wrong' })).toEqual([false, {}, {}]);
    expect(verify(token, { secret: 'secret', alg: 'HS512' })).toEqual([false, {}, {}]);
  });

  it('checks exp and nbf against the time constraint', () => {
    expect(verify(expiring, { secret: 'secret', time: 2000000000000.1 })[0]).toBe(true);
    expect(verify(expiring, { secret: 'secret', time: 4000000000000.1 })[0]).toBe(false);
    expect(verify(notBefore, { secret: 'secret', time: 1589385770023400000 })[0]).toBe(false);
    expect(verify(notBefore, { secret: 'secret', time: 1589385770123400000 })[0]).toBe(true);
  });

  it('checks iss and aud', () => {
    expect(verify(expiring, { secret: 'secret', time: 0, iss: 'xxx' })[0]).toBe(true);
    expect(verify(expiring, { secret: 'secret', time: 0, iss: 'yyy' })[0]).toBe(false);
    expect(verify(expiring, { secret: 'secret', time: 0, aud: 'me' })[0]).toBe(false);
  });

  it('rejects malformed constraints', () => {
    expect(() => verify(expiring, {})).toThrow('no key constraint');
    expect(() => verify(expiring, { secret: 's', cert: 'c' })).toThrow('duplicate key constraints');
    expect(() => verify(expiring, { secret: 's', foo: 1 })).toThrow(
      'unknown token validation constraint: foo',
    );
  });
});
