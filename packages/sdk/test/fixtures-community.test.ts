import { describe, expect, it } from 'vitest';
import { zhCN } from '@wushe/schema';
import { requestExamples } from '@wushe/schema/examples';
import { ConflictError, NotFoundError, PermissionError } from '../src/index.js';
import { FixtureIds } from '../src/fixtures/index.js';
import { consent, fixture, all, rejection } from './fixture-support.js';

describe('normal: every resource method answers what the real client accepts', () => {
  it('reads the district tree and its organizations', async () => {
    const { resident } = fixture();
    const tree = await resident.divisions.list();
    expect(tree).toMatchObject({ code: '440113', name: '番禺区' });
    const nancun = tree.streets.find((street) => street.code === FixtureIds.street);
    expect(nancun?.name).toBe('南村镇');
    expect(nancun?.communities).toContainEqual({ code: '440113104001', name: '锦绣香江社区' });
    expect(tree.requestId).toMatch(/^req_/);

    const organizations = await all(resident.organizations.list({ limit: 3 }));
    expect(organizations).toHaveLength(10);
    expect(new Set(organizations.map((org) => org.id)).size).toBe(10);
    expect(organizations.map((org) => org.name)).toContain('锦绣香江长者会');
    const culture = await resident.organizations.list({ category: 'culture' });
    expect(culture.data.map((org) => org.name).sort()).toEqual([
      '先锋社区星光合唱团',
      '锦绣香江诗词社',
    ]);
    expect(culture.nextCursor).toBeNull();
  });

  it('lists public needs newest first, filters and searches them, and hides the rest', async () => {
    const { resident, staff } = fixture();
    const needs = await all(resident.needs.list({ limit: 5 }));
    expect(needs).toHaveLength(12);
    expect(needs.every((need) => ['open', 'claimed', 'fulfilled'].includes(need.status))).toBe(
      true,
    );
    const times = needs.map((need) => need.createdAt);
    expect(times).toEqual([...times].sort().reverse());
    expect(needs.map((need) => need.category)).toEqual(
      expect.arrayContaining(['elderly_care', 'education', 'sanitation']),
    );

    const walker = await resident.needs.get({ id: FixtureIds.openNeed });
    expect(walker).toMatchObject({
      title: '为独居长者添置助行器',
      kind: 'wish',
      valueFen: 26_000,
      requesterName: null,
      status: 'open',
    });
    expect(walker).not.toHaveProperty('contact');

    const search = await all(resident.needs.list({ q: '长者' }));
    expect(search.length).toBeGreaterThan(2);
    expect(search.every((need) => `${need.title}${need.description}`.includes('长者'))).toBe(true);
    const wishes = await all(
      resident.needs.list({ kind: 'wish', community: FixtureIds.community }),
    );
    expect(wishes.map((need) => need.id).sort()).toEqual([
      'need_jxReadingCorner',
      'need_jxWalkerAid',
    ]);
    const claimed = await resident.needs.list({ status: 'claimed' });
    expect(claimed.data.map((need) => need.claim?.claimantName)).toEqual(
      expect.arrayContaining(['锦绣香江爱心义工队', '梁**']),
    );
    expect((await resident.needs.list({ status: 'pending_review' })).data).toEqual([]);

    await expect(resident.needs.get({ id: FixtureIds.pendingNeed })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    const pending = await staff.needs.get({ id: FixtureIds.pendingNeed });
    expect(pending).toMatchObject({ status: 'pending_review', contact: { name: '罗美华' } });
    expect(await all(staff.needs.list({ limit: 100 }))).toHaveLength(15);
  });

  it('posts, publishes, claims and reports a need as the server does', async () => {
    const { resident, staff } = fixture();
    const need = await resident.needs.create(requestExamples.createNeed);
    expect(need).toMatchObject({
      status: 'pending_review',
      streetId: '440113104',
      requesterName: null,
      claim: null,
    });
    expect(need.id).toMatch(/^need_fx\d{6}$/);
    expect((await resident.needs.list()).data.map((each) => each.id)).not.toContain(need.id);

    const published = await staff.needs.update({ id: need.id, ...requestExamples.updateNeed });
    expect(published).toMatchObject({
      status: 'open',
      reason: '已电话核实，需求属实',
      contact: { mobile: '13812345678' },
    });
    expect((await resident.needs.list()).data[0]?.id).toBe(need.id);

    const claim = await resident.needs.claim({ id: need.id, ...requestExamples.claimNeed });
    expect(claim).toMatchObject({
      needId: need.id,
      status: 'active',
      claimantName: '锦绣香江长者会',
    });
    const second = await rejection(
      resident.needs.claim({ id: need.id, ...requestExamples.claimNeed }),
    );
    expect(second).toBeInstanceOf(ConflictError);
    expect(second).toMatchObject({
      code: 'need_already_claimed',
      status: 409,
      message: zhCN.errors.need_already_claimed,
    });
    expect((await resident.needs.get({ id: need.id })).claim?.claimantName).toBe('锦绣香江长者会');

    const fulfilled = await staff.needs.update({ id: need.id, status: 'fulfilled' });
    expect(fulfilled.status).toBe('fulfilled');
    await expect(staff.needs.update({ id: need.id, status: 'open' })).rejects.toMatchObject({
      code: 'invalid_status_transition',
      status: 409,
    });

    for (const token of ['reporter-token-0001', 'reporter-token-0002']) {
      expect(
        (
          await resident.needs.report({
            id: FixtureIds.openNeed,
            reason: 'spam',
            reporterToken: token,
          })
        ).reason,
      ).toBe('spam');
    }
    await expect(
      resident.needs.report({
        id: FixtureIds.openNeed,
        reason: 'spam',
        reporterToken: 'reporter-token-0001',
      }),
    ).rejects.toMatchObject({ code: 'already_reported' });
    await resident.needs.report({
      id: FixtureIds.openNeed,
      reason: 'offensive',
      reporterToken: 'reporter-token-0003',
    });
    // Three reports hide it until staff review it.
    await expect(resident.needs.get({ id: FixtureIds.openNeed })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect((await staff.needs.update({ id: FixtureIds.openNeed, unhide: true })).hidden).toBe(
      false,
    );
    expect((await resident.needs.get({ id: FixtureIds.openNeed })).status).toBe('open');
  });

  it('refuses staff actions with the publishable key', async () => {
    const { resident } = fixture();
    const refused = await rejection(
      resident.needs.update({ id: FixtureIds.openNeed, status: 'closed', reason: '重复' }),
    );
    expect(refused).toBeInstanceOf(PermissionError);
    expect(refused).toMatchObject({ code: 'secret_key_required', status: 403 });
    await expect(resident.volunteers.hours({ id: FixtureIds.volunteer })).rejects.toBeInstanceOf(
      PermissionError,
    );
    await expect(resident.surveys.followUps({ id: FixtureIds.survey })).rejects.toBeInstanceOf(
      PermissionError,
    );
  });

  it('lists upcoming activities and signs up with capacity and a waitlist', async () => {
    const { resident } = fixture();
    const activities = await all(resident.activities.list({ limit: 2 }));
    expect(activities.map((activity) => activity.id)).not.toContain(FixtureIds.pastActivity);
    expect(activities).toHaveLength(6);
    const starts = activities.map((activity) => activity.startsAt);
    expect(starts).toEqual([...starts].sort());
    expect(activities[0]).toMatchObject({ title: '长者健康讲座：冬季防跌倒', open: false });

    const person = { name: '何婉儿', mobile: '13900001234', consent };
    const confirmed = await resident.activities.signup({ id: FixtureIds.activity, ...person });
    expect(confirmed).toMatchObject({ status: 'confirmed', waitlistPosition: null, placesLeft: 6 });
    await expect(
      resident.activities.signup({ id: FixtureIds.activity, ...person }),
    ).rejects.toMatchObject({ code: 'already_signed_up', status: 409 });
    const waiting = await resident.activities.signup({ id: FixtureIds.fullActivity, ...person });
    expect(waiting).toMatchObject({ status: 'waitlisted', waitlistPosition: 3, placesLeft: 0 });
    const full = (await all(resident.activities.list())).find(
      (activity) => activity.id === FixtureIds.fullActivity,
    );
    expect(full).toMatchObject({ signedUp: 6, waitlisted: 3, open: true });

    await expect(
      resident.activities.signup({ id: FixtureIds.pastActivity, ...person }),
    ).rejects.toMatchObject({ code: 'activity_closed' });
    const asVolunteer = { ...requestExamples.signUpForActivity, volunteerId: FixtureIds.volunteer };
    expect(
      (await resident.activities.signup({ id: FixtureIds.activity, ...asVolunteer })).volunteerId,
    ).toBe(FixtureIds.volunteer);
    await expect(
      resident.activities.signup({
        id: FixtureIds.fullActivity,
        ...asVolunteer,
        mobile: '13900009999',
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it('registers volunteers with a code and a masked mobile, and records their hours', async () => {
    const { resident, staff } = fixture();
    const volunteer = await resident.volunteers.register({
      ...requestExamples.registerVolunteer,
      name: '陈嘉欣',
      mobile: '13812345678',
      idNumber: '11010519491231002X',
    });
    expect(volunteer).toMatchObject({
      code: 'PY-000005',
      mobile: '138****5678',
      idNumber: '110105********002X',
      minor: false,
    });
    const again = await rejection(
      resident.volunteers.register({
        ...requestExamples.registerVolunteer,
        name: '陈嘉欣',
        mobile: '13812345678',
        idNumber: undefined,
      }),
    );
    expect(again).toBeInstanceOf(ConflictError);
    expect(again).toMatchObject({ code: 'volunteer_exists', status: 409 });
    // 李志强 of the contract's example is registered already.
    await expect(
      resident.volunteers.register(requestExamples.registerVolunteer),
    ).rejects.toMatchObject({ code: 'volunteer_exists' });

    const record = await staff.serviceRecords.create(requestExamples.createServiceRecord);
    expect(record).toMatchObject({
      minutes: 150,
      halfHours: 5,
      activityId: FixtureIds.pastActivity,
    });
    const hours = await staff.volunteers.hours({ id: FixtureIds.volunteer });
    expect(hours.records.map((each) => each.id)).toEqual([
      record.id,
      'srv_jxHaircut0001',
      'srv_jxWiring0001',
    ]);
    expect(hours).toMatchObject({ servedHalfHours: 13, balanceHalfHours: 13 });
    await expect(
      staff.serviceRecords.create({
        ...requestExamples.createServiceRecord,
        volunteerId: 'vol_unknown000',
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
