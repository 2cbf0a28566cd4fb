import { beforeEach, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import {
  CertificateLevel,
  checkCreditCode,
  isDivisionCode,
  isPrefixedId,
  MIN_PUBLIC_N,
  NeedCategory,
  NeedStatus,
  OrganizationCategory,
  OrganizationKind,
  parentDivisionCode,
  Question,
  roundToHalfHours,
  valuesOf,
} from '@wushe/schema';
import { queryRows } from '../src/db/database.js';
import { truncateAll } from '../src/db/reset.js';
import * as tables from '../src/db/tables/index.js';
import { DEMO_KEYS, describeDemoKeys, seedDemo } from '../src/seed/demo.js';
import { needSearchTerms } from '../src/services/needs/search.js';
import { useHarness } from './harness.js';
import { seedDemoFixture, sum } from './seed-fixtures.js';

/** The demo seed: idempotent, and every row it writes consistent with the contract. */

const h = useHarness();
beforeEach(() => seedDemoFixture(h));

/** Row counts of every table, to compare the database before and after a second seed. */
async function rowCounts(): Promise<Record<string, number>> {
  const names = await queryRows<{ tablename: string }>(
    h.db,
    sql`select tablename from pg_tables where schemaname = 'public' order by tablename`,
  );
  const counts: Record<string, number> = {};
  for (const { tablename } of names) {
    const [row] = await queryRows<{ n: number }>(
      h.db,
      sql.raw(`select count(*)::int as n from "${tablename}"`),
    );
    counts[tablename] = row!.n;
  }
  return counts;
}

describe('seedDemo', () => {
  it('is idempotent: a second run changes nothing', async () => {
    const before = await rowCounts();
    expect(before.needs).toBeGreaterThan(20);
    expect(await seedDemo(h.db)).toBe(false);
    expect(await rowCounts()).toEqual(before);
  });

  it('seeds once when two processes seed at the same moment', async () => {
    await truncateAll(h.db);
    await seedDemo(h.db);
    const once = await rowCounts();
    await truncateAll(h.db);
    const results = await Promise.all([seedDemo(h.db), seedDemo(h.db)]);
    expect(results.sort()).toEqual([false, true]);
    expect(await rowCounts()).toEqual(once);
  });

  it('seeds an empty database, with a district account marked as a demo', async () => {
    await truncateAll(h.db);
    expect(await seedDemo(h.db)).toBe(true);
    const rows = await h.db.select().from(tables.districts);
    expect(rows.map((row) => row.name).sort()).toEqual(['番禺区', '长宁区']);
    for (const row of rows) {
      expect(row.offlineAccount?.accountNumber).toContain('演示');
      expect(row.offlineAccount?.accountName).toContain('演示');
    }
  });

  it('keeps divisions that exist already, adding the rest beside them', async () => {
    const streets = await h.db.select().from(tables.streets);
    const panyu = streets.filter((street) => street.districtCode === '440113');
    expect(panyu.map((street) => street.name)).toEqual(
      expect.arrayContaining(['南村镇', '市桥街道', '沙湾街道', '大石街道', '小谷围街道']),
    );
    const changning = streets.filter((street) => street.districtCode === '310105');
    expect(changning.map((street) => street.name)).toEqual(
      expect.arrayContaining(['新华路街道', '江苏路街道', '华阳路街道', '仙霞新村街道', '新泾镇']),
    );
    const [jinxiu] = await h.db
      .select()
      .from(tables.communities)
      .where(eq(tables.communities.code, '440113104001'));
    expect(jinxiu).toMatchObject({ name: '锦绣香江社区', streetCode: '440113104' });
  });

  it('lists the demo keys for the CLI to print', () => {
    const text = describeDemoKeys();
    for (const key of [DEMO_KEYS.publishable, DEMO_KEYS.secret, DEMO_KEYS.changning.secret]) {
      expect(text).toContain(key);
    }
    expect(text).toContain('http://127.0.0.1:*');
  });
});

describe('ids', () => {
  it('gives every seeded row an id of its type (prefix_ and 8–32 letters or digits)', async () => {
    const prefixed = [
      [tables.organizations, 'org'],
      [tables.socialWorkers, 'sw'],
      [tables.needs, 'need'],
      [tables.claims, 'clm'],
      [tables.volunteers, 'vol'],
      [tables.activities, 'act'],
      [tables.signups, 'sgn'],
      [tables.serviceRecords, 'srv'],
      [tables.funds, 'fund'],
      [tables.donations, 'don'],
      [tables.disbursements, 'dsb'],
      [tables.projects, 'prj'],
      [tables.surveys, 'svy'],
      [tables.surveyResponses, 'rsp'],
    ] as const;
    for (const [table, prefix] of prefixed) {
      const rows = await h.db.select({ id: table.id }).from(table);
      expect(rows.length, prefix).toBeGreaterThan(0);
      for (const { id } of rows) expect(isPrefixedId(prefix, id), id).toBe(true);
    }
  });
});

describe('divisions and organizations', () => {
  it('gives every division a valid code nested in its parent', async () => {
    const districts = new Set((await h.db.select().from(tables.districts)).map((d) => d.code));
    const streets = await h.db.select().from(tables.streets);
    for (const street of streets) {
      expect(isDivisionCode(street.code, 'street'), street.code).toBe(true);
      expect(parentDivisionCode(street.code)).toBe(street.districtCode);
      expect(districts.has(street.districtCode)).toBe(true);
    }
    const streetCodes = new Set(streets.map((street) => street.code));
    const communities = await h.db.select().from(tables.communities);
    expect(communities.length).toBeGreaterThan(30);
    for (const community of communities) {
      expect(isDivisionCode(community.code, 'community'), community.code).toBe(true);
      expect(parentDivisionCode(community.code)).toBe(community.streetCode);
      expect(streetCodes.has(community.streetCode)).toBe(true);
      expect(community.code.startsWith(community.districtCode)).toBe(true);
    }
    // Every street has a community to choose in a widget.
    for (const code of streetCodes) {
      expect(
        communities.some((community) => community.streetCode === code),
        code,
      ).toBe(true);
    }
  });

  it('gives registered organizations valid credit codes, civil-affairs ones starting with 5', async () => {
    const rows = await h.db.select().from(tables.organizations);
    const registered = rows.filter((row) => row.registration === 'registered');
    expect(registered.length).toBeGreaterThanOrEqual(8);
    for (const row of registered) {
      expect(checkCreditCode(row.creditCode ?? ''), row.name).toBeUndefined();
      expect(row.creditCode!.startsWith('5'), row.name).toBe(row.kind !== 'community_enterprise');
    }
    for (const row of rows.filter((candidate) => candidate.registration === 'filed')) {
      expect(row.creditCode, row.name).toBeNull();
    }
  });

  it("has every kind, the five categories, the seeds' names and certified social workers", async () => {
    const rows = await h.db.select().from(tables.organizations);
    expect(new Set(rows.map((row) => row.kind))).toEqual(new Set(valuesOf(OrganizationKind)));
    const categories = rows.filter((row) => row.kind === 'community_social_org');
    expect(new Set(categories.map((row) => row.category))).toEqual(
      new Set(valuesOf(OrganizationCategory)),
    );
    const jinxiu = rows.filter((row) => row.communityCode === '440113104001').map((r) => r.name);
    expect(jinxiu).toEqual(
      expect.arrayContaining(['锦绣香江长者会', '朗诵歌唱艺术协会', '锦绣香江诗词社']),
    );
    expect(rows.map((row) => row.name)).toContain('广州市番禺区社会组织联合会');
    const workers = await h.db.select().from(tables.socialWorkers);
    expect(new Set(workers.map((worker) => worker.certificateLevel))).toEqual(
      new Set([...valuesOf(CertificateLevel), null]),
    );
  });
});

describe('needs', () => {
  it('covers every category and status, both kinds, indexed for search', async () => {
    const rows = await h.db.select().from(tables.needs);
    expect(new Set(rows.map((row) => row.category))).toEqual(new Set(valuesOf(NeedCategory)));
    expect(new Set(rows.map((row) => row.status))).toEqual(new Set(valuesOf(NeedStatus)));
    expect(new Set(rows.map((row) => row.anonymous))).toEqual(new Set([true, false]));
    for (const row of rows) {
      expect(row.valueFen !== null, row.id).toBe(row.kind === 'wish');
      expect(row.searchTerms).toEqual(
        needSearchTerms({ ...row, community: row.communityCode, street: row.streetCode }),
      );
      expect(row.contactMobile).toMatch(/^1380000\d{4}$/);
      // Everything happened before the seed: nothing is dated in the future.
      expect(row.updatedAt.getTime()).toBeLessThan(Date.now());
      expect(row.createdAt.getTime()).toBeLessThanOrEqual(row.updatedAt.getTime());
      expect(row.streetCode).toBe(row.communityCode.slice(0, 9));
      if (row.status === 'rejected' || row.status === 'closed') expect(row.reason).toBeTruthy();
    }
    const ages = rows.map((row) => (Date.now() - row.createdAt.getTime()) / 86_400_000);
    expect(Math.max(...ages) - Math.min(...ages)).toBeGreaterThan(21);
  });

  it('gives each claimed need an active claim and each fulfilled one a completed claim', async () => {
    const rows = await h.db.select().from(tables.needs);
    const claims = await h.db.select().from(tables.claims);
    for (const need of rows) {
      const own = claims.filter((claim) => claim.needId === need.id);
      const expected =
        need.status === 'claimed' ? ['active'] : need.status === 'fulfilled' ? ['completed'] : [];
      expect(
        own.map((claim) => claim.status),
        need.id,
      ).toEqual(expected);
      expect(need.claimedAt !== null, need.id).toBe(expected.length > 0);
      expect(need.fulfilledAt !== null, need.id).toBe(need.status === 'fulfilled');
    }
  });
});

describe('funds', () => {
  it('totals every fund from its succeeded donations and its disbursements', async () => {
    const funds = await h.db.select().from(tables.funds);
    const donations = await h.db.select().from(tables.donations);
    const disbursements = await h.db.select().from(tables.disbursements);
    for (const fund of funds) {
      const succeeded = donations.filter((d) => d.fundId === fund.id && d.status === 'succeeded');
      expect(fund.raisedFen, fund.name).toBe(sum(succeeded.map((d) => d.amountFen)));
      expect(fund.donorCount, fund.name).toBe(succeeded.length);
      const paid = disbursements.filter((d) => d.fundId === fund.id).map((d) => d.amountFen);
      expect(fund.disbursedFen, fund.name).toBe(sum(paid));
      expect(fund.disbursedFen).toBeLessThanOrEqual(fund.raisedFen);
    }
    const direct = funds.find((fund) => fund.mode === 'direct' && fund.disclosure !== null)!;
    expect(direct.raisedFen).toBeGreaterThan(0);
    expect(direct.disbursedFen).toBeGreaterThan(0);
    const own = donations.filter((d) => d.fundId === direct.id);
    expect(own.some((d) => d.anonymous)).toBe(true);
    expect(own.some((d) => !d.anonymous && !d.publishName)).toBe(true);
    expect(new Set(own.map((d) => d.status))).toEqual(new Set(['succeeded', 'pending', 'failed']));
    // Confirmed in the past; the fund last moved with the latest confirmation.
    const confirmations = own.map((d) => d.confirmedAt?.getTime() ?? 0);
    expect(Math.max(...confirmations)).toBeLessThan(Date.now());
    expect(direct.updatedAt.getTime()).toBe(Math.max(...confirmations));
  });

  it('discloses the fundraiser in both modes, each number marked 演示, and shows one without', async () => {
    const funds = await h.db.select().from(tables.funds);
    const [charity] = await h.db
      .select()
      .from(tables.organizations)
      .where(eq(tables.organizations.kind, 'charity_org'));
    expect(charity!.publicFundraising).toBe(true);
    expect(new Set(funds.map((fund) => fund.mode))).toEqual(new Set(['direct', 'platform']));
    for (const fund of funds.filter((candidate) => candidate.disclosure !== null)) {
      const disclosure = fund.disclosure!;
      expect(fund.holderOrganizationId).toBe(charity!.id);
      expect(disclosure.organizationName).toBe(charity!.name);
      expect(disclosure.creditCode).toBe(charity!.creditCode);
      expect(checkCreditCode(disclosure.creditCode)).toBeUndefined();
      for (const number of [
        disclosure.certificateNumber,
        disclosure.filingNumber,
        disclosure.contact,
      ]) {
        expect(number).toContain('（演示）');
      }
      expect(disclosure.lookupUrl).toBe('https://cszg.mca.gov.cn/');
    }
    const platform = funds.find((fund) => fund.mode === 'platform')!;
    expect(platform).toMatchObject({ platformName: '腾讯公益' });
    expect(platform.platformUrl).toMatch(/^https:\/\//);
    expect(funds.filter((fund) => fund.disclosure === null)).toHaveLength(1);
  });
});

describe('volunteers, activities and the time bank', () => {
  it('balances the time bank: every transfer is a credit and a debit of one record', async () => {
    const [total] = await queryRows<{ total: number; n: number }>(
      h.db,
      sql`select coalesce(sum(half_hours), 0)::int as total, count(*)::int as n from timebank_entries`,
    );
    expect(total).toEqual({ total: 0, n: expect.any(Number) });
    const records = await h.db.select().from(tables.serviceRecords);
    expect(total!.n).toBe(records.length * 2);
    const entries = await h.db.select().from(tables.timebankEntries);
    for (const record of records) {
      expect(record.halfHours).toBe(roundToHalfHours(record.minutes));
      const own = entries.filter((entry) => entry.transferId === record.id);
      expect(own.map(({ account, halfHours }) => ({ account, halfHours }))).toEqual(
        expect.arrayContaining([
          { account: `volunteer:${record.volunteerId}`, halfHours: record.halfHours },
          { account: `district:${record.districtCode}:service`, halfHours: -record.halfHours },
        ]),
      );
    }
  });

  it('counts signups as the activities say, with one full activity and a waitlist', async () => {
    const activities = await h.db.select().from(tables.activities);
    const signups = await h.db.select().from(tables.signups);
    for (const activity of activities) {
      const own = signups.filter((signup) => signup.activityId === activity.id);
      expect(own.filter((s) => s.status === 'confirmed').length, activity.title).toBe(
        activity.signedUp,
      );
      expect(own.filter((s) => s.status === 'waitlisted').length, activity.title).toBe(
        activity.waitlisted,
      );
    }
    const upcoming = activities.filter((activity) => activity.startsAt.getTime() > Date.now());
    expect(upcoming.length).toBeGreaterThanOrEqual(3);
    expect(activities.length - upcoming.length).toBeGreaterThanOrEqual(2);
    expect(
      upcoming.some(
        (activity) => activity.signedUp === activity.capacity && activity.waitlisted > 0,
      ),
    ).toBe(true);
    const volunteers = await h.db.select().from(tables.volunteers);
    for (const volunteer of volunteers) expect(volunteer.mobile).toMatch(/^1380000\d{4}$/);
    expect(volunteers.every((volunteer) => volunteer.idNumberCipher === null)).toBe(true);
  });
});

describe('surveys', () => {
  it('defines every question type and has ≥ 30 responses on one project, < 10 on another', async () => {
    const [survey] = await h.db
      .select()
      .from(tables.surveys)
      .where(eq(tables.surveys.subjectType, 'project'));
    expect(survey!.resultsPublic).toBe(true);
    const questions = (survey!.questions as unknown[]).map((question) => Question.parse(question));
    expect(new Set(questions.map((question) => question.type))).toEqual(
      new Set(['rating', 'nps', 'single', 'multi', 'text']),
    );
    const counts = await queryRows<{ subject_id: string; n: number }>(
      h.db,
      sql`select subject_id, count(*)::int as n from survey_responses
          where survey_id = ${survey!.id} group by subject_id order by n desc`,
    );
    expect(counts).toHaveLength(2);
    expect(counts[0]!.n).toBeGreaterThanOrEqual(30);
    expect(counts[1]!.n).toBeLessThan(MIN_PUBLIC_N);
    const responses = await h.db.select().from(tables.surveyResponses);
    const lowWithContact = responses.filter((response) => {
      const answers = response.answers as { questionId: string; value: unknown }[];
      const overall = answers.find((answer) => answer.questionId === 'overall')?.value;
      return typeof overall === 'number' && overall <= 2 && response.contact !== null;
    });
    expect(lowWithContact.length).toBeGreaterThanOrEqual(2);
  });
});
