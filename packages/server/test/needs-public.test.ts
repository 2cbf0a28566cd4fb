import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditLog, needs } from '../src/db/tables/index.js';
import { useHarness } from './harness.js';
import { CLAIMANT_MOBILE, needBody, REQUESTER_MOBILE, useNeedHelpers } from './needs-fixtures.js';

/** Posting and reading needs as residents and staff see them, and the requester's privacy. */

const h = useHarness();
const { publicBodies, asResident, patch, postNeed, openNeed, claimed, eventsOf, listIds } =
  useNeedHelpers(h);

describe('POST /v1/needs', () => {
  it('records a pending need with the street of its community, the contact and the consent', async () => {
    const response = await asResident('POST', '/v1/needs', needBody());
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      communityId: '440113104001',
      streetId: '440113104',
      status: 'pending_review',
      requesterName: '王**',
      valueFen: null,
      claim: null,
    });
    expect(response.body).not.toHaveProperty('contact');
    const [row] = await h.db.select().from(needs).where(eq(needs.id, response.body.id));
    expect(row).toMatchObject({
      contactName: '王秀英',
      contactMobile: REQUESTER_MOBILE,
      consentVersion: '2026-01',
      districtCode: '440113',
    });
    expect(row!.searchTerms).toEqual(expect.arrayContaining(['助老', '陪诊', '复诊', '药']));
    // Under review, it is not public: nothing is announced yet.
    expect(await eventsOf(response.body.id)).toEqual([]);
  });

  it('keeps an anonymous requester unnamed and takes a wish with its value', async () => {
    const response = await asResident(
      'POST',
      '/v1/needs',
      needBody({ anonymous: true, kind: 'wish', category: 'child_welfare', valueFen: 8_800 }),
    );
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ requesterName: null, kind: 'wish', valueFen: 8_800 });
  });

  it('400 validation_failed on communityId for a community outside the key’s district', async () => {
    for (const communityId of ['310105002001', '440113104999']) {
      const response = await asResident('POST', '/v1/needs', needBody({ communityId }));
      expect(response.status, communityId).toBe(400);
      expect(response.body.error.code).toBe('validation_failed');
      expect(response.body.error.issues).toEqual([
        expect.objectContaining({ path: ['communityId'], code: 'division_not_in_parent' }),
      ]);
    }
    expect(await h.db.select().from(needs)).toEqual([]);
  });

  it('400 validation_failed naming each bad field', async () => {
    const response = await asResident(
      'POST',
      '/v1/needs',
      needBody({ kind: 'wish', contact: { name: '王秀英', mobile: '12345' } }),
    );
    expect(response.status).toBe(400);
    const paths = response.body.error.issues.map((issue: { path: string[] }) => issue.path);
    expect(paths).toEqual(expect.arrayContaining([['valueFen'], ['contact', 'mobile']]));
  });

  it('401 without a key', async () => {
    const response = await h.request('POST', '/v1/needs', { key: null, body: needBody() });
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('authentication_required');
  });

  it('creates one need for one Idempotency-Key', async () => {
    const send = () =>
      h.request('POST', '/v1/needs', {
        body: needBody(),
        headers: { 'Idempotency-Key': 'need-post-0001' },
      });
    const [first, second] = [await send(), await send()];
    expect(second.body.id).toBe(first.body.id);
    expect(second.headers.get('Idempotent-Replayed')).toBe('true');
    expect(await h.db.select().from(needs)).toHaveLength(1);
  });
});

describe('GET /v1/needs/{id}', () => {
  it('hides a need under review from the public, and shows staff its contact, audited', async () => {
    const id = await postNeed();
    const hidden = await asResident('GET', `/v1/needs/${id}`);
    expect(hidden.status).toBe(404);
    expect(hidden.body.error.code).toBe('not_found');

    const staff = await h.request('GET', `/v1/needs/${id}`, { key: h.keys.sk });
    expect(staff.status).toBe(200);
    expect(staff.body).toMatchObject({
      status: 'pending_review',
      contact: { name: '王秀英', mobile: REQUESTER_MOBILE },
      anonymous: false,
      reportCount: 0,
      hidden: false,
    });
    const audits = await h.db.select().from(auditLog).where(eq(auditLog.subjectId, id));
    expect(audits.map((row) => row.action)).toEqual(['need.read']);
  });

  it('shows a published need to the public without the contact', async () => {
    const id = await openNeed();
    const response = await asResident('GET', `/v1/needs/${id}`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ id, status: 'open', requesterName: '王**' });
    expect(response.body).not.toHaveProperty('contact');
    expect(response.body).not.toHaveProperty('reportCount');
  });

  it('404 for rejected and closed needs in public', async () => {
    const rejected = await postNeed();
    await patch(rejected, { status: 'rejected', reason: '不属于社区服务范围' });
    const closed = await openNeed();
    await patch(closed, { status: 'closed', reason: '重复提交' });
    for (const id of [rejected, closed]) {
      expect((await asResident('GET', `/v1/needs/${id}`)).status).toBe(404);
    }
    expect((await listIds()).length).toBe(0);
  });

  it("404 for another district's need, with either key", async () => {
    const id = await openNeed();
    for (const key of [h.keys.otherPk, h.keys.otherSk]) {
      const response = await h.request('GET', `/v1/needs/${id}`, { key });
      expect(response.status).toBe(404);
      expect(response.body.error.code).toBe('not_found');
    }
  });

  it('400 validation_failed for a malformed id, 404 for an unknown one', async () => {
    const malformed = await h.request('GET', '/v1/needs/fund_0000000000000001');
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.issues[0].path).toEqual(['id']);
    expect((await h.request('GET', '/v1/needs/need_0000000000000001')).status).toBe(404);
  });
});

describe('GET /v1/needs', () => {
  it('lists public needs only; staff see every status and hidden needs', async () => {
    const pending = await postNeed();
    const open = await openNeed();
    const wasClaimed = await openNeed();
    await claimed(wasClaimed);
    const rejected = await postNeed();
    await patch(rejected, { status: 'rejected', reason: '信息不实' });
    const hidden = await openNeed();
    await h.db.update(needs).set({ hidden: true }).where(eq(needs.id, hidden));

    expect(new Set(await listIds())).toEqual(new Set([open, wasClaimed]));
    expect(await listIds('?status=pending_review')).toEqual([]);
    expect(new Set(await listIds('', h.keys.sk))).toEqual(
      new Set([pending, open, wasClaimed, rejected, hidden]),
    );
    expect(await listIds('?status=pending_review', h.keys.sk)).toEqual([pending]);
  });

  it('shows the claim: a masked volunteer, an organization by its name', async () => {
    const byVolunteer = await openNeed();
    await claimed(byVolunteer);
    const byOrganization = await openNeed();
    await claimed(byOrganization, {
      claimant: { type: 'organization', name: '锦绣香江长者会', mobile: CLAIMANT_MOBILE },
    });
    const response = await asResident('GET', '/v1/needs?status=claimed');
    const claimOf = (id: string): unknown =>
      response.body.data.find((need: { id: string }) => need.id === id).claim;
    expect(claimOf(byVolunteer)).toMatchObject({ claimantType: 'volunteer', claimantName: '李**' });
    expect(claimOf(byOrganization)).toMatchObject({
      claimantType: 'organization',
      claimantName: '锦绣香江长者会',
    });
    expect(JSON.stringify(response.body)).not.toContain(CLAIMANT_MOBILE);
  });

  it('filters by community, street, kind, category and status', async () => {
    const a = await openNeed();
    const b = await openNeed({ communityId: '440113104002', category: 'sanitation' });
    const c = await openNeed({
      communityId: '440113001001',
      kind: 'wish',
      category: 'child_welfare',
      valueFen: 5_000,
    });
    await claimed(c);
    expect(await listIds('?community=440113104002')).toEqual([b]);
    expect(await listIds('?street=440113104')).toEqual([b, a]);
    expect(await listIds('?kind=wish')).toEqual([c]);
    expect(await listIds('?category=elderly_care')).toEqual([a]);
    expect(await listIds('?status=claimed')).toEqual([c]);
    expect(await listIds('?street=440113104&category=sanitation&status=open')).toEqual([b]);
  });

  it("never shows another district's needs", async () => {
    await openNeed();
    expect(await listIds('', h.keys.otherPk)).toEqual([]);
    expect(await listIds('', h.keys.otherSk)).toEqual([]);
  });

  it('400 validation_failed for a bad filter, a page too large or a forged cursor', async () => {
    const forged = Buffer.from(JSON.stringify(['yesterday', 'need_0000000000000001'])).toString(
      'base64url',
    );
    for (const query of ['?kind=gift', '?limit=101', '?cursor=abc', `?cursor=${forged}`]) {
      const response = await h.request('GET', `/v1/needs${query}`);
      expect(response.status, query).toBe(400);
      expect(response.body.error.code).toBe('validation_failed');
    }
  });
});

describe('privacy', () => {
  it('never puts the requester’s mobile in a public response', async () => {
    const id = await openNeed();
    await asResident('GET', `/v1/needs/${id}`);
    await listIds();
    await listIds(`?q=${encodeURIComponent('助老')}`);
    await claimed(id);
    await asResident('GET', `/v1/needs/${id}`);
    await patch(id, { status: 'fulfilled' });
    await asResident('GET', `/v1/needs/${id}`);
    await listIds('?status=fulfilled');
    expect(publicBodies.length).toBeGreaterThanOrEqual(8);
    const text = JSON.stringify(publicBodies);
    expect(text).toContain(id);
    expect(text).not.toContain(REQUESTER_MOBILE);
    expect(text).not.toContain('王秀英');
  });
});
