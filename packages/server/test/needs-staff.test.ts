import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog, claims, needs } from '../src/db/tables/index.js';
import { useHarness } from './harness.js';
import { REQUESTER_MOBILE, useNeedHelpers } from './needs-fixtures.js';

/** Staff review of needs: publishing, rejecting, releasing, fulfilling and closing. */

const h = useHarness();
const { asResident, patch, postNeed, openNeed, claimed, eventsOf } = useNeedHelpers(h);

describe('PATCH /v1/needs/{id}', () => {
  it('publishes a need: audited and announced as need.created, without the contact', async () => {
    const id = await postNeed();
    const response = await patch(id, { status: 'open', reason: '已电话核实' });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      status: 'open',
      reason: '已电话核实',
      contact: { mobile: REQUESTER_MOBILE },
    });
    const [audit] = await h.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.subjectId, id), eq(auditLog.action, 'need.update')));
    expect(audit!.detail).toMatchObject({ from: 'pending_review', to: 'open' });
    const announced = await eventsOf(id);
    expect(announced.map((event) => event.type)).toEqual(['need.created']);
    expect(announced[0]!.payload).toMatchObject({ id, status: 'open', requesterName: '王**' });
    expect(JSON.stringify(announced)).not.toContain(REQUESTER_MOBILE);
  });

  it('rejects with a reason and announces nothing; a reconsidered need is created then', async () => {
    const id = await postNeed();
    const noReason = await patch(id, { status: 'rejected' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.issues[0]).toMatchObject({
      path: ['reason'],
      code: 'reason_required',
    });
    const rejected = await patch(id, { status: 'rejected', reason: '信息不全' });
    expect(rejected.body).toMatchObject({ status: 'rejected', reason: '信息不全' });
    expect(await eventsOf(id)).toEqual([]);
    const reopened = await patch(id, { status: 'open' });
    expect(reopened.body).toMatchObject({ status: 'open', reason: null });
    expect((await eventsOf(id)).map((event) => event.type)).toEqual(['need.created']);
  });

  it('409 invalid_status_transition for moves the lifecycle does not allow', async () => {
    const pending = await postNeed();
    const open = await openNeed();
    const closed = await openNeed();
    await patch(closed, { status: 'closed', reason: '重复' });
    for (const [id, body] of [
      [pending, { status: 'fulfilled' }],
      [open, { status: 'claimed' }],
      [open, { status: 'fulfilled' }],
      [open, { releaseClaim: true }],
      [closed, { status: 'open' }],
    ] as const) {
      const response = await patch(id, body);
      expect(response.status, JSON.stringify(body)).toBe(409);
      expect(response.body.error.code).toBe('invalid_status_transition');
    }
  });

  it('releases a claim: the need reopens and someone else may claim it', async () => {
    const id = await openNeed();
    const first = await claimed(id);
    const released = await patch(id, { releaseClaim: true, reason: '认领人无法前往' });
    expect(released.body).toMatchObject({ status: 'open', claim: null });
    const [claim] = await h.db.select().from(claims).where(eq(claims.id, first.body.id));
    expect(claim!.status).toBe('released');
    const second = await claimed(id);
    expect(second.body.id).not.toBe(first.body.id);
    expect((await eventsOf(id)).map((event) => event.type)).toEqual([
      'need.created',
      'need.updated',
      'need.updated',
      'need.updated',
    ]);
  });

  it('fulfils a claimed need: the claim completes and stays shown', async () => {
    const id = await openNeed();
    await claimed(id);
    const response = await patch(id, { status: 'fulfilled' });
    expect(response.body).toMatchObject({ status: 'fulfilled', claim: { claimantName: '李**' } });
    const [claim] = await h.db.select().from(claims).where(eq(claims.needId, id));
    expect(claim!.status).toBe('completed');
    const [row] = await h.db.select().from(needs).where(eq(needs.id, id));
    expect(row!.fulfilledAt).toBeInstanceOf(Date);
    const shown = await asResident('GET', `/v1/needs/${id}`);
    expect(shown.body).toMatchObject({ status: 'fulfilled', claim: { claimantType: 'volunteer' } });
  });

  it('closing a claimed need releases its claim and announces the closure', async () => {
    const id = await openNeed();
    await claimed(id);
    const response = await patch(id, { status: 'closed', reason: '需求人已搬走' });
    expect(response.body).toMatchObject({ status: 'closed', claim: null });
    const [claim] = await h.db.select().from(claims).where(eq(claims.needId, id));
    expect(claim!.status).toBe('released');
    const announced = await eventsOf(id);
    expect(announced.at(-1)).toMatchObject({ type: 'need.updated', payload: { status: 'closed' } });
  });

  it('answers a patch that changes nothing with the need, audited as a read', async () => {
    const id = await openNeed();
    const response = await patch(id, { status: 'open' });
    expect(response.status).toBe(200);
    expect(response.body.status).toBe('open');
    const actions = (await h.db.select().from(auditLog).where(eq(auditLog.subjectId, id))).map(
      (row) => row.action,
    );
    expect(actions).toEqual(['need.update', 'need.read']);
    expect((await eventsOf(id)).map((event) => event.type)).toEqual(['need.created']);
  });

  it('answers a PATCH sent again with its Idempotency-Key with the first answer, done once', async () => {
    const id = await postNeed();
    const send = (body: object) =>
      h.request('PATCH', `/v1/needs/${id}`, {
        key: h.keys.sk,
        body,
        headers: { 'Idempotency-Key': 'staff-publish-0001' },
      });
    const first = await send({ status: 'open', reason: '已电话核实' });
    expect(first.status).toBe(200);
    expect(first.headers.get('Idempotent-Replayed')).toBeNull();
    // Meanwhile the need moved on: a second publish would now change nothing.
    await patch(id, { status: 'closed', reason: '重复' });
    const again = await send({ status: 'open', reason: '已电话核实' });
    expect(again.status).toBe(200);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
    const updates = await h.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.subjectId, id), eq(auditLog.action, 'need.update')));
    expect(updates).toHaveLength(2); // the publish and the close, not a second publish
    expect((await eventsOf(id)).map((event) => event.type)).toEqual([
      'need.created',
      'need.updated',
    ]);
    const otherBody = await send({ status: 'open' });
    expect(otherBody.status).toBe(422);
    expect(otherBody.body.error.code).toBe('idempotency_key_reused');
  });

  it('403 secret_key_required with a publishable key; 404 for another district', async () => {
    const id = await postNeed();
    const publishable = await patch(id, { status: 'open' }, h.keys.pk);
    expect(publishable.status).toBe(403);
    expect(publishable.body.error.code).toBe('secret_key_required');
    const other = await patch(id, { status: 'open' }, h.keys.otherSk);
    expect(other.status).toBe(404);
    const [row] = await h.db.select().from(needs).where(eq(needs.id, id));
    expect(row!.status).toBe('pending_review');
  });
});
