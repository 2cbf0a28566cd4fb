import { describe, expect, it } from 'vitest';
import { type QuestionResult } from '@wushe/schema';
import { requestExamples } from '@wushe/schema/examples';
import { ConflictError, NotFoundError } from '../src/index.js';
import { FixtureIds } from '../src/fixtures/index.js';
import { fixture, all, rejection } from './fixture-support.js';

describe('normal: every resource method answers what the real client accepts', () => {
  it('shows the three funds, their disclosure, disbursements and masked ledger', async () => {
    const { resident } = fixture();
    const funds = await all(resident.funds.list({ street: FixtureIds.street }));
    expect(funds.map((fund) => fund.id).sort()).toEqual(
      [FixtureIds.directFund, FixtureIds.platformFund].sort(),
    );
    const everyFund = (await resident.funds.list()).data;
    const byId = Object.fromEntries(everyFund.map((fund) => [fund.id, fund]));
    expect(byId[FixtureIds.directFund]).toMatchObject({
      mode: 'direct',
      donatable: true,
      raisedFen: 756_600,
      donorCount: 11,
    });
    expect(byId[FixtureIds.directFund]?.disclosure?.certificateNumber).toContain('（演示）');
    expect(byId[FixtureIds.directFund]?.disclosure?.filingNumber).toContain('（演示）');
    expect(byId[FixtureIds.platformFund]).toMatchObject({
      mode: 'platform',
      donatable: false,
      platformName: '腾讯公益',
    });
    expect(byId[FixtureIds.undisclosedFund]).toMatchObject({ disclosure: null, donatable: false });

    const detail = await resident.funds.get({ id: FixtureIds.directFund });
    expect(detail.disbursements.map((each) => each.amountFen)).toEqual([250_000, 60_000, 38_000]);
    expect(detail.disbursedFen).toBe(348_000);
    const ledger = await all(resident.funds.ledger({ id: FixtureIds.directFund, limit: 4 }));
    expect(ledger).toHaveLength(11);
    expect(ledger.reduce((sum, entry) => sum + entry.amountFen, 0)).toBe(detail.raisedFen);
    expect(ledger.map((entry) => entry.donorName)).toEqual(
      expect.arrayContaining(['梁**', '匿名', '邓**']),
    );
    // 黄伟明 asked not to be named: the charity knows, the public does not.
    expect(ledger.map((entry) => entry.donorName)).not.toContain('黄**');
    await expect(resident.funds.get({ id: 'fund_doesNotExist' })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it('takes donations only where the Charity Law allows, and confirms them once', async () => {
    const { resident, staff } = fixture();
    const created = await resident.donations.create(requestExamples.createDonation);
    expect(created.donation).toMatchObject({
      status: 'pending',
      amountFen: 20_000,
      donorName: '匿名',
      receiptRequested: true,
    });
    expect(created.payment).toMatchObject({
      channel: 'offline',
      accountName: '广州市番禺区慈善会（演示）',
    });
    const platform = await rejection(
      resident.donations.create({
        ...requestExamples.createDonation,
        fundId: FixtureIds.platformFund,
      }),
    );
    expect(platform).toBeInstanceOf(ConflictError);
    expect(platform).toMatchObject({ code: 'fund_uses_platform', status: 409 });
    await expect(
      resident.donations.create({
        ...requestExamples.createDonation,
        fundId: FixtureIds.undisclosedFund,
      }),
    ).rejects.toMatchObject({ code: 'fund_not_donatable', status: 409 });
    const sandbox = await resident.donations.create({
      ...requestExamples.createDonation,
      channel: 'sandbox',
    });
    expect(sandbox.payment).toMatchObject({
      channel: 'sandbox',
      checkoutUrl: expect.stringContaining(sandbox.payment.reference),
    });

    const confirmed = await staff.donations.confirm({
      id: created.donation.id,
      ...requestExamples.confirmDonation,
    });
    expect(confirmed).toMatchObject({ status: 'succeeded', confirmedAt: expect.any(String) });
    // The donor's page learns the outcome by the donation's id.
    expect(await resident.donations.get({ id: created.donation.id })).toEqual(confirmed);
    expect(await resident.donations.get({ id: sandbox.donation.id })).toMatchObject({
      status: 'pending',
    });
    await expect(resident.donations.get({ id: 'don_doesNotExist' })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(await resident.funds.get({ id: FixtureIds.directFund })).toMatchObject({
      raisedFen: 776_600,
      donorCount: 12,
    });
    await expect(staff.donations.confirm({ id: created.donation.id })).rejects.toMatchObject({
      code: 'donation_not_pending',
    });
    await expect(
      staff.donations.confirm({ id: FixtureIds.pendingDonation, succeeded: false }),
    ).resolves.toMatchObject({ status: 'failed' });
    expect((await resident.funds.get({ id: FixtureIds.directFund })).raisedFen).toBe(776_600);
  });

  it('serves the survey, one response per token and subject, results and follow-ups', async () => {
    const { resident, staff } = fixture();
    const survey = await resident.surveys.get({ id: FixtureIds.survey });
    expect(survey.questions.map((question) => question.type)).toEqual([
      'rating',
      'nps',
      'single',
      'multi',
      'text',
    ]);

    const results = await resident.surveys.results({
      id: FixtureIds.survey,
      subject: FixtureIds.surveySubject,
    });
    expect(results).toMatchObject({ n: 24, suppressed: false, minimumN: 10 });
    const count = (question: QuestionResult | undefined, values: number[]) =>
      (question?.distribution ?? [])
        .filter((each) => values.includes(Number(each.value)))
        .reduce((sum, each) => sum + each.count, 0);
    const [overall, recommend] = results.questions;
    expect(overall?.n).toBe(24);
    expect(results.csat?.value).toBeCloseTo((count(overall, [4, 5]) / 24) * 100, 1);
    expect(results.nps?.value).toBeCloseTo(
      ((count(recommend, [9, 10]) - count(recommend, [0, 1, 2, 3, 4, 5, 6])) / 24) * 100,
      1,
    );
    expect(results.csat!.low).toBeLessThan(results.csat!.value);
    expect(results.csat!.high).toBeGreaterThan(results.csat!.value);

    const small = await resident.surveys.results({
      id: FixtureIds.survey,
      subject: FixtureIds.smallSurveySubject,
    });
    expect(small).toMatchObject({ n: 6, suppressed: true, csat: null, nps: null });
    expect(small.questions.every((question) => question.distribution === null)).toBe(true);
    const smallForStaff = await staff.surveys.results({
      id: FixtureIds.survey,
      subject: FixtureIds.smallSurveySubject,
    });
    expect(smallForStaff).toMatchObject({ n: 6, suppressed: false, csat: { value: 83.3 } });

    const response = await resident.surveys.respond({
      id: FixtureIds.survey,
      ...requestExamples.respondToSurvey,
    });
    expect(response).toMatchObject({
      surveyId: FixtureIds.survey,
      subjectId: FixtureIds.surveySubject,
    });
    const second = await rejection(
      resident.surveys.respond({ id: FixtureIds.survey, ...requestExamples.respondToSurvey }),
    );
    expect(second).toBeInstanceOf(ConflictError);
    expect(second).toMatchObject({ code: 'already_responded', status: 409 });
    expect(
      (await resident.surveys.results({ id: FixtureIds.survey, subject: FixtureIds.surveySubject }))
        .n,
    ).toBe(25);

    const followUps = await staff.surveys.followUps({ id: FixtureIds.survey });
    expect(followUps.data.map((each) => each.rating).sort()).toEqual([1, 2]);
    expect(followUps.data.every((each) => each.contact !== null && each.comment !== null)).toBe(
      true,
    );
  });
});
