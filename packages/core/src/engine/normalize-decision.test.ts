import { describe, expect, it } from 'vitest';
import { normalizeDecision } from './normalize-decision.js';

const codes = (raw: unknown): string[] => normalizeDecision(raw).reasons.map((r) => r.code);

describe('normalizeDecision', () => {
  it('passes a well-formed decision through', () => {
    const raw = {
      effect: 'require_approval',
      reasons: [{ code: 'email.external', message: 'external mail', policy: 'p.email' }],
      obligations: { approval: { approvers: ['role:manager'], ttl_s: 60 } },
    };
    expect(normalizeDecision(raw)).toEqual(raw);
  });

  it('maps no result to a deny "decision.missing"', () => {
    expect(normalizeDecision(undefined)).toMatchObject({ effect: 'deny' });
    expect(codes(undefined)).toEqual(['decision.missing']);
  });

  it('maps non-objects and bad reasons to a deny "decision.malformed"', () => {
    for (const raw of [null, 'allow', true, 7, ['allow']]) {
      expect(normalizeDecision(raw).effect).toBe('deny');
      expect(codes(raw)).toEqual(['decision.malformed']);
    }
    expect(codes({ effect: 'allow', reasons: 'fine' })).toEqual(['decision.malformed']);
    expect(codes({ effect: 'allow', reasons: [{ code: 'x' }] })).toEqual(['decision.malformed']);
    expect(codes({ effect: 'allow', obligations: [] })).toEqual(['decision.malformed']);
    expect(codes({ reasons: [] })).toEqual(['decision.malformed']);
  });

  it('maps an unknown effect to a deny "decision.unknown_effect"', () => {
    for (const effect of ['permit', 'ALLOW', 'toString', 1]) {
      expect(normalizeDecision({ effect, reasons: [] }).effect).toBe('deny');
      expect(codes({ effect, reasons: [] })).toEqual(['decision.unknown_effect']);
    }
  });

  it('lets a non-empty deny collection win over a stated allow', () => {
    const decision = normalizeDecision({
      effect: 'allow',
      reasons: [],
      deny: [{ code: 'fs.outside', message: 'outside the workspace' }],
    });
    expect(decision).toEqual({
      effect: 'deny',
      reasons: [{ code: 'fs.outside', message: 'outside the workspace' }],
    });
  });

  it('lets require_approval win over allow, and deny over both', () => {
    expect(normalizeDecision({ effect: 'allow', require_approval: ['needs a human'] })).toEqual({
      effect: 'require_approval',
      reasons: [{ code: 'policy.rule', message: 'needs a human' }],
    });
    expect(
      normalizeDecision({ effect: 'require_approval', deny: ['no'], require_approval: ['ask'] })
        .effect,
    ).toBe('deny');
    expect(normalizeDecision({ allow: [true], require_approval: new Set(['ask']) }).effect).toBe(
      'require_approval',
    );
  });

  it('treats an allow carrying deny reasons as a deny', () => {
    const decision = normalizeDecision({
      effect: 'allow',
      reasons: [{ code: 'x', message: 'bad', effect: 'deny' }],
    });
    expect(decision.effect).toBe('deny');
  });

  it('allows only with an explicit allow', () => {
    expect(normalizeDecision({ allow: ['ok'] }).effect).toBe('allow');
    expect(normalizeDecision({ allow: [] }).effect).toBe('deny');
    expect(normalizeDecision({ deny: [], require_approval: [] }).effect).toBe('deny');
  });

  it('ignores empty stricter collections', () => {
    expect(
      normalizeDecision({ effect: 'allow', reasons: [], deny: [], require_approval: {} }),
    ).toEqual({
      effect: 'allow',
      reasons: [],
    });
  });
});
