import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { claims, needs, reports } from '../src/db/tables/index.js';
import { useHarness } from './harness.js';
import { CLAIMANT_MOBILE, claimBody, REQUESTER_MOBILE, useNeedHelpers } from './needs-fixtures.js';

/** Claiming and reporting a published need. */

const h = useHarness();
const { asResident, patch, postNeed, openNeed, claimed, eventsOf, listIds } = useNeedHelpers(h);

describe('POST /v1/needs/{id}/claims', () => {
  it('claims an open need: the need is claimed and the change announced', async () => {
    const id = await openNeed();
    const response = await claimed(id, { note: '周六上午可以陪同' });
    expect(response.body).toMatchObject({
      needId: id,
      claimantType: 'volunteer',
      claimantName: '李**',
      status: 'active',
    });
    expect(JSON.stringify(response.body)).not.toContain(CLAIMANT_MOBILE);
    const [claim] = await h.db.select().from(claims).where(eq(claims.needId, id));
    expect(claim).toMatchObject({
      claimantMobile: CLAIMANT_MOBILE,
      consentVersion: '2026-01',
      note: '周六上午可以陪同',
    });
    const [row] = await h.db.select().from(needs).where(eq(needs.id, id));
    expect(row!.status).toBe('claimed');
    expect(row!.claimedAt).toBeInstanceOf(Date);

    const announced = await eventsOf(id);
    expect(announced.map((event) => event.type)).toEqual(['need.created', 'need.updated']);
    expect(announced[1]).toMatchObject({
      districtCode: '440113',
      communityCode: '440113104001',
      streetCode: '440113104',
      payload: { status: 'claimed', claim: { claimantName: '李**' } },
    });
    expect(JSON.stringify(announced)).not.toContain(REQUESTER_MOBILE);
  });

  it('gives ten concurrent claims one winner and nine 409 need_already_claimed', async () => {
    const id = await openNeed();
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        h.request('POST', `/v1/needs/${id}/claims`, {
          body: claimBody({
            claimant: { type: 'volunteer', name: `志愿者${i}`, mobile: CLAIMANT_MOBILE },
          }),
        }),
      ),
    );
    expect(responses.filter((r) => r.status === 201)).toHaveLength(1);
    const refused = responses.filter((r) => r.status === 409);
    expect(refused).toHaveLength(9);
    for (const r of refused) expect(r.body.error.code).toBe('need_already_claimed');
    expect(await h.db.select().from(claims).where(eq(claims.needId, id))).toHaveLength(1);
  });

  it('409 need_already_claimed from the one-active-claim index, too', async () => {
    const id = await openNeed();
    // A claim the lifecycle did not record on the need: only the unique index stops a second.
    await h.db.insert(claims).values({
      id: 'clm_0000000000000001',
      needId: id,
      claimantType: 'donor',
      claimantName: '陈先生',
      claimantMobile: CLAIMANT_MOBILE,
      consentVersion: '2026-01',
    });
    const response = await h.request('POST', `/v1/needs/${id}/claims`, { body: claimBody() });
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe('need_already_claimed');
    expect(await h.db.select().from(claims)).toHaveLength(1);
  });

  it('409 need_not_open for a fulfilled or closed need, or one staff have not published', async () => {
    const fulfilled = await openNeed();
    await claimed(fulfilled);
    await patch(fulfilled, { status: 'fulfilled' });
    const closed = await openNeed();
    await patch(closed, { status: 'closed', reason: '需求人已撤回' });
    const pending = await postNeed();
    for (const [id, key] of [
      [fulfilled, h.keys.pk],
      [closed, h.keys.sk],
      [pending, h.keys.sk],
    ] as const) {
      const response = await h.request('POST', `/v1/needs/${id}/claims`, {
        key,
        body: claimBody(),
      });
      expect(response.status).toBe(409);
      expect(response.body.error.code).toBe('need_not_open');
    }
  });

  it('404 for a need the public may not see, or of another district', async () => {
    const pending = await postNeed();
    const open = await openNeed();
    for (const [id, key] of [
      [pending, h.keys.pk],
      [open, h.keys.otherPk],
      ['need_0000000000000009', h.keys.pk],
    ] as const) {
      const response = await h.request('POST', `/v1/needs/${id}/claims`, {
        key,
        body: claimBody(),
      });
      expect(response.status).toBe(404);
    }
    expect(await h.db.select().from(claims)).toEqual([]);
  });

  it('400 validation_failed for a bad claimant', async () => {
    const id = await openNeed();
    const response = await h.request('POST', `/v1/needs/${id}/claims`, {
      body: claimBody({ claimant: { type: 'robot', name: '', mobile: '110' } }),
    });
    expect(response.status).toBe(400);
    const paths = response.body.error.issues.map((issue: { path: string[] }) =>
      issue.path.join('.'),
    );
    expect(paths).toEqual(
      expect.arrayContaining(['claimant.type', 'claimant.name', 'claimant.mobile']),
    );
  });
});

describe('POST /v1/needs/{id}/reports', () => {
  const report = (id: string, token: string) =>
    asResident('POST', `/v1/needs/${id}/reports`, { reason: 'spam', reporterToken: token });

  it('takes one report per reporter token, storing only a keyed hash of it', async () => {
    const id = await openNeed();
    const first = await report(id, 'token-aaaaaaaaaaaaaaaa');
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ needId: id, reason: 'spam' });
    const again = await report(id, 'token-aaaaaaaaaaaaaaaa');
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('already_reported');
    const rows = await h.db.select().from(reports);
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain('token-aaaaaaaaaaaaaaaa');
    const [row] = await h.db.select().from(needs).where(eq(needs.id, id));
    expect(row).toMatchObject({ reportCount: 1, hidden: false });
  });

  it('hides a need after three reports until staff unhide it', async () => {
    const id = await openNeed();
    for (const token of ['reporter-one-0000001', 'reporter-two-0000002']) {
      expect((await report(id, token)).status).toBe(201);
    }
    expect(await listIds()).toEqual([id]);
    expect((await report(id, 'reporter-three-00003')).status).toBe(201);

    expect(await listIds()).toEqual([]);
    expect((await asResident('GET', `/v1/needs/${id}`)).status).toBe(404);
    expect((await report(id, 'reporter-four-000004')).status).toBe(404);
    const staff = await h.request('GET', `/v1/needs/${id}`, { key: h.keys.sk });
    expect(staff.body).toMatchObject({ hidden: true, reportCount: 3, status: 'open' });
    const before = (await eventsOf(id)).length;

    const unhidden = await patch(id, { unhide: true });
    expect(unhidden.status).toBe(200);
    expect(unhidden.body).toMatchObject({ hidden: false, reportCount: 0, status: 'open' });
    expect(await listIds()).toEqual([id]);
    const announced = await eventsOf(id);
    expect(announced.slice(before).map((event) => event.type)).toEqual(['need.updated']);
    // A reporter who already reported cannot report again; new reporters count from zero.
    expect((await report(id, 'reporter-one-0000001')).status).toBe(409);
  });

  it('404 for a need under review, 400 for a short token', async () => {
    const pending = await postNeed();
    expect((await report(pending, 'reporter-one-0000001')).status).toBe(404);
    const open = await openNeed();
    const short = await report(open, 'abc');
    expect(short.status).toBe(400);
    expect(short.body.error.issues[0].path).toEqual(['reporterToken']);
  });
});
