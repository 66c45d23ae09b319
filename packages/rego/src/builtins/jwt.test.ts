import { describe, expect, it } from 'vitest';
import { fromJson, RegoObject, RegoSet, toJson, type Value } from '../value.js';
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

describe('io.jwt.encode_sign and io.jwt.encode_sign_raw', () => {
  const jwk = {
    k: 'AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow',
    kty: 'oct',
  };
  const jwkText = `{\n"kty":"oct",\n"k":"${jwk.k}"\n}`;

  it('signs RFC 7515 appendix A.1 with sorted, compact JSON (sets as arrays)', () => {
    const claims = {
      exp: 1300819380,
      'http://example.com/is_root': true,
      iss: 'joe',
      privateParams: { private_one: 'one', private_two: 'two' },
    };
    const want =
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJhdWQiOlsiYm9iIiwic2F1bCJdLCJleHAiOjEzMDA4MTkzODAsImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlLCJpc3MiOiJqb2UiLCJwcml2YXRlUGFyYW1zIjp7InByaXZhdGVfb25lIjoib25lIiwicHJpdmF0ZV90d28iOiJ0d28ifX0.-Or2eol8bzly-Ztb0v7_7UkcKBkN_aNNpK33HK0MeOY';
    const header = fromJson({ typ: 'JWT', alg: 'HS256' });
    const withList = fromJson({ ...claims, aud: ['bob', 'saul'] });
    expect(call('io.jwt.encode_sign', [header, withList, fromJson(jwk)])).toBe(want);
    const withSet = new RegoObject([
      ...(withList as RegoObject).entries(),
      ['aud', new RegoSet(['saul', 'bob'])],
    ]);
    expect(call('io.jwt.encode_sign', [header, withSet, fromJson(jwk)])).toBe(want);
  });

  it('signs the given text as it is', () => {
    const header = '{"typ":"JWT",\r\n "alg":"HS256"}';
    const payload = '{"iss":"joe",\r\n "exp":1300819380,\r\n "http://example.com/is_root":true}';
    expect(call('io.jwt.encode_sign_raw', [header, payload, jwkText])).toBe(
      'eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk',
    );
    const plain = '{"typ":"text/plain",\r\n "alg":"HS256"}';
    expect(call('io.jwt.encode_sign_raw', [plain, 'e', jwkText])).toBe(
      'eyJ0eXAiOiJ0ZXh0L3BsYWluIiwNCiAiYWxnIjoiSFMyNTYifQ.ZQ.oO8Vnc4Jv7-J231a1bEcQrgXfKbNW-kEvVY7BP1v5rM',
    );
  });

  it('round-trips through io.jwt.decode_verify', () => {
    const key = fromJson({ kty: 'oct', k: 'NDI' });
    const token = call('io.jwt.encode_sign', [
      fromJson({ alg: 'HS256' }),
      fromJson({ iss: 'me' }),
      key,
    ]);
    const verified = toJson(
      call('io.jwt.decode_verify', [token as Value, fromJson({ secret: '42' })]) as Value,
    );
    expect(verified).toEqual([true, { alg: 'HS256' }, { iss: 'me' }]);
    const bad = call('io.jwt.encode_sign', [
      fromJson({ alg: 'HS256' }),
      fromJson({ exp: null }),
      key,
    ]);
    expect(() => call('io.jwt.decode_verify', [bad as Value, fromJson({ secret: '42' })])).toThrow(
      'exp value must be a number',
    );
  });

  it.each([
    ['{"typ:"JWT",\r\n "alg":"HS256"}', '{}', "missing or invalid 'alg' header: cannot parse JSON"],
    ['{}', '{}', 'missing or invalid \'alg\' header: jwsbb: header "alg" not found'],
    ['e', '{}', 'missing or invalid \'alg\' header: jwsbb: header "alg" not found'],
    ['{"alg":"dummy"}', '{}', 'unknown JWS algorithm: dummy'],
    ['{"typ":"JWT","alg":"HS256"}', '', 'type is JWT but payload is not JSON'],
  ])('rejects header %j', (header, payload, message) => {
    expect(() => call('io.jwt.encode_sign_raw', [header, payload, jwkText])).toThrow(message);
  });
});
