import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { activities, auditLog, organizations, signups } from '../src/db/tables/index.js';
import { logNotifier } from '../src/services/notifier.js';
import { CONSENT, useHarness } from './harness.js';
import { insertStaff, signInAs, testClock } from './staff-fixtures.js';
import { staffSessions } from './programs-fixtures.js';

const clock = testClock();
/** What the activity looked like, read outside the request, as each message went out. */
const seenAtSend: { to: string; status: string | undefined }[] = [];
const h = useHarness({
  now: clock.now,
  devRoutes: true,
  notifier: {
    provider: 'log',
    async send(message) {
      const [row] = await h.db
        .select({ status: activities.status })
        .from(activities)
        .where(eq(activities.id, message.params.activityId ?? ''));
      seenAtSend.push({ to: message.to, status: row?.status });
      await logNotifier(h.db).send(message);
    },
  },
});

const JINXIU = '440113104001';
const NANCUN_VILLAGE = '440113104002';
const XIANFENG = '440113001001';
const ORG = 'org_0000000000000001';
const OTHER_ORG = 'org_0000000000000002';
const HOUR = 3_600_000;
const at = (hours: number) => new Date(clock.now().getTime() + hours * HOUR).toISOString();

const tokens: Record<string, string> = {};
beforeEach(async () => {
  clock.reset();
  seenAtSend.length = 0;
  await h.db.insert(organizations).values(
    [ORG, OTHER_ORG].map((id, i) => ({
      id,
      districtCode: '440113',
      name: `社区组织 ${i}`,
      kind: 'community_social_org',
      registration: 'filed',
      communityCode: JINXIU,
      streetCode: '440113104',
    })),
  );
  const people = {
    jinxiu: [{ role: 'community_staff', scope: JINXIU }],
    nancun: [{ role: 'community_staff', scope: NANCUN_VILLAGE }],
    street: [{ role: 'street_staff', scope: '440113104' }],
    member: [{ role: 'org_member', scope: ORG }],
    worker: [{ role: 'social_worker', scope: JINXIU }],
  } as const;
  Object.assign(tokens, await staffSessions(h, people, clock.now()));
});

const newActivity = (overrides: Record<string, unknown> = {}) => ({
  communityId: JINXIU,
  title: '重阳节长者义剪',
  description: '为长者免费理发',
  category: 'elderly_care',
  location: '锦绣香江社区服务中心',
  startsAt: at(48),
  endsAt: at(51),
  capacity: 2,
  ...overrides,
});
const create = (key: string, body: Record<string, unknown> = newActivity()) =>
  h.request('POST', '/v1/activities', { key, body });
const patch = (key: string, id: string, body: Record<string, unknown>) =>
  h.request('PATCH', `/v1/activities/${id}`, { key, body });
const signUp = (id: string, mobile: string) =>
  h.request('POST', `/v1/activities/${id}/signups`, {
    body: { name: '黄小燕', mobile, consent: CONSENT },
  });
const outbox = async () =>
  (await h.request('GET', '/v1/dev/outbox', { key: h.keys.sk })).body.data as {
    to: string;
    template: string;
    params: Record<string, string>;
  }[];
const refusals = () =>
  h.db.select().from(auditLog).where(eq(auditLog.action, 'permission.refused'));

describe('POST /v1/activities', () => {
  it('community staff create an activity of their community, open for signups, audited', async () => {
    const response = await create(tokens.jinxiu!);
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(response.body).toMatchObject({
      communityId: JINXIU,
      organizationId: null,
      capacity: 2,
      signedUp: 0,
      open: true,
      status: 'scheduled',
      cancelReason: null,
    });
    expect(response.body.id).toMatch(/^act_/);
    expect((await h.request('GET', `/v1/activities/${response.body.id}`)).body.title).toBe(
      '重阳节长者义剪',
    );
    const [audit] = await h.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'activity.create'));
    expect(audit).toMatchObject({ subjectId: response.body.id, role: 'community_staff' });
  });

  it('street staff create in every community of their street; a secret key anywhere', async () => {
    expect(
      (await create(tokens.street!, newActivity({ communityId: NANCUN_VILLAGE }))).status,
    ).toBe(201);
    expect((await create(h.keys.sk, newActivity({ communityId: XIANFENG }))).status).toBe(201);
  });

  it('staff of another community are refused 403, audited, and nothing is created', async () => {
    const response = await create(tokens.nancun!);
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('forbidden');
    expect(await refusals()).toEqual([
      expect.objectContaining({
        subjectId: 'createActivity',
        requestId: response.body.error.requestId,
      }),
    ]);
    expect(await h.db.select().from(activities)).toEqual([]);
  });

  it('an org_member creates for its organization, in any community, and not for another', async () => {
    const own = await create(
      tokens.member!,
      newActivity({ organizationId: ORG, communityId: XIANFENG }),
    );
    expect(own.status).toBe(201);
    expect(own.body.organizationId).toBe(ORG);
    expect((await create(tokens.member!, newActivity({ organizationId: OTHER_ORG }))).status).toBe(
      403,
    );
    expect((await create(tokens.member!, newActivity())).status).toBe(403);
    expect(await refusals()).toHaveLength(2);
  });

  it('social workers and publishable keys may not create activities', async () => {
    expect((await create(tokens.worker!)).status).toBe(403);
    expect((await create(h.keys.pk)).body.error.code).toBe('secret_key_required');
  });

  it('400 naming each bad field, the end before the start, and an unknown organization', async () => {
    const bad = await create(
      tokens.jinxiu!,
      newActivity({ title: '', capacity: 0, startsAt: at(10), endsAt: at(9), extra: 1 }),
    );
    expect(bad.status).toBe(400);
    const paths = bad.body.error.issues.map((issue: { path: string[] }) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['title', 'capacity', 'extra']));
    const reversed = await create(tokens.jinxiu!, newActivity({ startsAt: at(10), endsAt: at(9) }));
    expect(reversed.body.error.issues).toEqual([
      expect.objectContaining({ path: ['endsAt'], code: 'ends_before_start' }),
    ]);
    const unknown = await create(
      h.keys.sk,
      newActivity({ organizationId: 'org_0000000000000009' }),
    );
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.issues).toEqual([
      expect.objectContaining({ path: ['organizationId'], code: 'invalid' }),
    ]);
  });

  it("another district's community is not found", async () => {
    const response = await create(tokens.jinxiu!, newActivity({ communityId: '310105002001' }));
    expect(response.status).toBe(404);
  });
});

describe('PATCH /v1/activities/{id}', () => {
  async function activityWithSignups(mobiles: string[], capacity = 2) {
    const id = (await create(h.keys.sk, newActivity({ capacity, organizationId: ORG }))).body
      .id as string;
    for (const mobile of mobiles) expect((await signUp(id, mobile)).status).toBe(201);
    return id;
  }

  it('edits what is given; a new time or place is told to every signup after commit', async () => {
    const id = await activityWithSignups(['13800000001', '13800000002', '13800000003']);
    const response = await patch(tokens.jinxiu!, id, {
      title: '重阳节长者义剪（改期）',
      startsAt: at(72),
      endsAt: at(75),
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body).toMatchObject({ title: '重阳节长者义剪（改期）', startsAt: at(72) });
    const sent = await outbox();
    expect(sent.map((m) => [m.to, m.template]).sort()).toEqual([
      ['13800000001', 'activity_changed'],
      ['13800000002', 'activity_changed'],
      ['13800000003', 'activity_changed'],
    ]);
    expect(sent[0]!.params).toMatchObject({ activityId: id, startsAt: at(72) });
  });

  it('a title alone tells nobody', async () => {
    const id = await activityWithSignups(['13800000001']);
    expect((await patch(tokens.jinxiu!, id, { title: '新标题' })).status).toBe(200);
    expect(await outbox()).toEqual([]);
  });

  it('cancels: every signup is told once the cancellation is committed, and signups are refused', async () => {
    const id = await activityWithSignups(['13800000001', '13800000002', '13800000003']);
    const response = await patch(tokens.jinxiu!, id, {
      status: 'cancelled',
      cancelReason: '台风预警',
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      status: 'cancelled',
      cancelReason: '台风预警',
      open: false,
    });

    const sent = await outbox();
    expect(sent).toHaveLength(3);
    expect(
      sent.every((m) => m.template === 'activity_cancelled' && m.params.reason === '台风预警'),
    ).toBe(true);
    // Read outside the request's transaction as each message went out: already cancelled.
    expect(seenAtSend.map((seen) => seen.status)).toEqual(['cancelled', 'cancelled', 'cancelled']);

    const late = await signUp(id, '13800000009');
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('activity_cancelled');
    const again = await patch(tokens.jinxiu!, id, { title: '再改' });
    expect(again.body.error.code).toBe('activity_cancelled');
    const [audit] = await h.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'activity.cancel'));
    expect(audit).toMatchObject({
      subjectId: id,
      role: 'community_staff',
      detail: expect.objectContaining({ told: 3 }),
    });
  });

  it('capacity cannot drop below the confirmed signups; raised, the earliest waiting are promoted and told', async () => {
    const id = await activityWithSignups([
      '13800000001',
      '13800000002',
      '13800000003',
      '13800000004',
    ]);
    const lower = await patch(tokens.jinxiu!, id, { capacity: 1 });
    expect(lower.status).toBe(409);
    expect(lower.body.error.code).toBe('capacity_below_signups');

    const raised = await patch(tokens.jinxiu!, id, { capacity: 3 });
    expect(raised.body).toMatchObject({ capacity: 3, signedUp: 3, waitlisted: 1 });
    const sent = await outbox();
    expect(sent.map((m) => [m.to, m.template])).toEqual([
      ['13800000003', 'activity_waitlist_promoted'],
    ]);
    const statuses = await h.db
      .select({ mobile: signups.mobile, status: signups.status })
      .from(signups)
      .where(and(eq(signups.activityId, id)));
    expect(Object.fromEntries(statuses.map((s) => [s.mobile, s.status]))).toEqual({
      '13800000001': 'confirmed',
      '13800000002': 'confirmed',
      '13800000003': 'confirmed',
      '13800000004': 'waitlisted',
    });
  });

  it('scope: other community staff 403 (audited); the org_member of its organization may, another may not', async () => {
    const id = await activityWithSignups([]);
    expect((await patch(tokens.nancun!, id, { title: 'x' })).status).toBe(403);
    expect((await patch(tokens.member!, id, { title: '组织改的标题' })).status).toBe(200);
    const other = await insertStaff(h, {
      login: 'other.member',
      roles: [{ role: 'org_member', scope: OTHER_ORG }],
    });
    expect((await patch(await signInAs(h, other, clock.now()), id, { title: 'x' })).status).toBe(
      403,
    );
    expect(await refusals()).toHaveLength(2);
  });

  it('400 with the field for bad input; an end before the stored start; unknown ids 404', async () => {
    const id = await activityWithSignups([]);
    const bad = await patch(tokens.jinxiu!, id, { capacity: 'many', communityId: XIANFENG });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues.map((i: { path: string[] }) => i.path[0]).sort()).toEqual([
      'capacity',
      'communityId',
    ]);
    const early = await patch(tokens.jinxiu!, id, { endsAt: at(1) });
    expect(early.body.error.issues).toEqual([
      expect.objectContaining({ path: ['endsAt'], code: 'ends_before_start' }),
    ]);
    const reason = await patch(tokens.jinxiu!, id, { cancelReason: '无' });
    expect(reason.body.error.issues[0].path).toEqual(['cancelReason']);
    expect((await patch(h.keys.sk, 'act_0000000000000009', { title: 'x' })).status).toBe(404);
    expect(await outbox()).toEqual([]);
  });
});
