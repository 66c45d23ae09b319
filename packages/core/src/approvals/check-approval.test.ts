import { describe, expect, it } from 'vitest';
import { digestArgs } from '../canonical/digest.js';
import type { ApprovalGrant, ApprovalRequest } from './approval-types.js';
import { checkApproval } from './check-approval.js';
import { createInMemoryApprovalStore } from './in-memory-approval-store.js';
import { toApprovalGrant } from './to-approval-grant.js';

const args = { path: '/workspace/a.txt', content: 'hello', options: { mode: 'w', append: false } };

function requestFor(callArgs: unknown, expiresAt = 10_000): ApprovalRequest {
  return {
    eventId: 'evt_1',
    callId: 'call_1',
    argsDigest: digestArgs(callArgs),
    reasons: [{ code: 'fs.write', message: 'writes need approval' }],
    approvers: ['role:manager'],
    expiresAt,
  };
}

function grantFor(request: ApprovalRequest, decision: ApprovalGrant['decision']): ApprovalGrant {
  const { eventId, argsDigest } = request;
  return { eventId, argsDigest, approver: 'user:ann', decision, at: 1_000, expiresAt: 5_000 };
}

describe('checkApproval', () => {
  it('is pending with no record, and pending with the request once asked', async () => {
    const store = createInMemoryApprovalStore({ clock: () => 0 });
    expect(await checkApproval({ store, eventId: 'evt_1', args, now: 0 })).toEqual({
      status: 'pending',
    });
    const request = requestFor(args);
    await store.request(request);
    expect(await checkApproval({ store, eventId: 'evt_1', args, now: 0 })).toEqual({
      status: 'pending',
      request,
    });
  });

  it('approves the exact arguments, whatever their key order', async () => {
    const store = createInMemoryApprovalStore({ clock: () => 1_000 });
    const request = requestFor(args);
    await store.request(request);
    await store.resolve(grantFor(request, 'approved'));
    const reordered = { options: { append: false, mode: 'w' }, content: 'hello', path: args.path };
    const status = await checkApproval({ store, eventId: 'evt_1', args: reordered, now: 2_000 });
    expect(status).toEqual({ status: 'approved', grant: grantFor(request, 'approved') });
  });

  it('reports a mismatch when the same event runs with other arguments', async () => {
    const store = createInMemoryApprovalStore({ clock: () => 1_000 });
    const request = requestFor(args);
    await store.request(request);
    await store.resolve(grantFor(request, 'approved'));
    const replay = { ...args, path: '/etc/passwd' };
    const status = await checkApproval({ store, eventId: 'evt_1', args: replay, now: 2_000 });
    expect(status.status).toBe('mismatch');
    expect(status.status === 'mismatch' && status.reason).toContain(request.argsDigest);
  });

  it('expires an approval and an unanswered request with the injected clock', async () => {
    const store = createInMemoryApprovalStore({ clock: () => 1_000 });
    const request = requestFor(args);
    await store.request(request);
    expect(await checkApproval({ store, eventId: 'evt_1', args, now: 10_000 })).toEqual({
      status: 'expired',
    });
    await store.resolve(grantFor(request, 'approved'));
    expect((await checkApproval({ store, eventId: 'evt_1', args, now: 4_999 })).status).toBe(
      'approved',
    );
    expect(await checkApproval({ store, eventId: 'evt_1', args, now: 5_000 })).toEqual({
      status: 'expired',
    });
  });

  it('reports a rejection', async () => {
    const store = createInMemoryApprovalStore({ clock: () => 1_000 });
    const request = requestFor(args);
    await store.request(request);
    await store.resolve(grantFor(request, 'rejected'));
    const status = await checkApproval({ store, eventId: 'evt_1', args, now: 2_000 });
    expect(status).toEqual({ status: 'rejected', grant: grantFor(request, 'rejected') });
  });

  it('records a programmatic verdict bound to the request', async () => {
    const store = createInMemoryApprovalStore({ clock: () => 1_000 });
    const request = requestFor(args);
    await store.request(request);
    const verdict = { approved: true, approver: 'bot:limits', note: 'under threshold' };
    const grant = toApprovalGrant({ request, verdict, now: 1_000, ttlMs: 60_000 });
    expect(grant).toEqual({
      eventId: 'evt_1',
      argsDigest: request.argsDigest,
      approver: 'bot:limits',
      decision: 'approved',
      at: 1_000,
      expiresAt: 61_000,
      note: 'under threshold',
    });
    expect((await store.resolve(grant)).ok).toBe(true);
  });
});

describe('createInMemoryApprovalStore', () => {
  it('re-requests idempotently and refuses a request for other arguments', async () => {
    const store = createInMemoryApprovalStore({ clock: () => 0 });
    expect(await store.request(requestFor(args))).toMatchObject({ ok: true, isNew: true });
    expect(await store.request(requestFor(args))).toMatchObject({ ok: true, isNew: false });
    expect(await store.request(requestFor({ other: 1 }))).toMatchObject({
      ok: false,
      code: 'digest_conflict',
    });
  });

  it('refuses decisions that are unbound, mismatched, late or repeated', async () => {
    let now = 1_000;
    const store = createInMemoryApprovalStore({ clock: () => now });
    const request = requestFor(args);
    expect(await store.resolve(grantFor(request, 'approved'))).toMatchObject({
      code: 'unknown_event',
    });
    await store.request(request);
    const forged = { ...grantFor(request, 'approved'), argsDigest: digestArgs({ x: 1 }) };
    expect(await store.resolve(forged)).toMatchObject({ code: 'digest_mismatch' });
    await store.resolve(grantFor(request, 'rejected'));
    expect(await store.resolve(grantFor(request, 'approved'))).toMatchObject({
      code: 'already_resolved',
    });
    expect((await store.get('evt_1'))?.grant?.decision).toBe('rejected');
    const late = { ...requestFor(args, 2_000), eventId: 'evt_2' };
    await store.request(late);
    now = 2_000;
    expect(await store.resolve({ ...grantFor(late, 'approved') })).toMatchObject({
      code: 'expired',
    });
  });
});
