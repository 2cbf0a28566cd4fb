import { describe, expect, it } from 'vitest';
import {
  Fund,
  LiveEvent,
  NeedTransitions,
  Organization,
  Question,
  roundToHalfHours,
  SurveyResults,
  validate,
} from '../src/index.js';

const org = {
  id: 'org_Jx3Kd8Lq2P',
  name: '锦绣香江长者会',
  kind: 'community_social_org',
  category: 'service',
  registration: 'filed',
  creditCode: null,
  communityId: '440113104001',
  streetId: '440113104',
  publicFundraising: false,
  active: true,
} as const;

const codes = (result: ReturnType<typeof validate>) =>
  result.success ? [] : result.issues.map((issue) => `${issue.path.join('.')}:${issue.code}`);

describe('Organization', () => {
  it('accepts a filed community group without a credit code', () => {
    expect(validate(Organization, org).success).toBe(true);
  });

  it('requires a category of a 社区社会组织', () => {
    expect(codes(validate(Organization, { ...org, category: null }))).toEqual([
      'category:required',
    ]);
  });

  it('requires a credit code of a registered organization', () => {
    expect(codes(validate(Organization, { ...org, registration: 'registered' }))).toEqual([
      'creditCode:required',
    ]);
    expect(
      validate(Organization, {
        ...org,
        registration: 'registered',
        creditCode: '53100000500021676K',
      }).success,
    ).toBe(true);
  });

  it('takes only the five categories of the seeds', () => {
    expect(codes(validate(Organization, { ...org, category: 'sports' }))).toEqual([
      'category:invalid_choice',
    ]);
  });
});

describe('Fund', () => {
  const fund = {
    id: 'fund_Nc4Ps8Yd2M',
    name: '锦绣香江社区慈善基金',
    description: '（演示数据）',
    communityId: '440113104001',
    streetId: '440113104',
    mode: 'direct',
    targetFen: 50_000_000,
    raisedFen: 12_345_600,
    donorCount: 321,
    disbursedFen: 2_000_000,
    disclosure: {
      organizationName: '广州市番禺区慈善会（演示）',
      creditCode: '53100000500021676K',
      certificateNumber: '（演示）番民慈募证字〔2026〕001号',
      filingNumber: '（演示）53440113MJL000000A26001',
      contact: '020-0000 0000（演示）',
      lookupUrl: 'https://cszg.mca.gov.cn/',
    },
    donatable: true,
    platformName: null,
    platformUrl: null,
    updatedAt: '2026-11-22T08:00:00Z',
  };

  it('accepts a direct fund with its Art. 25 disclosure', () => {
    expect(validate(Fund, fund).success).toBe(true);
  });

  it('refuses a disclosure whose credit code has a typo', () => {
    const bad = { ...fund, disclosure: { ...fund.disclosure, creditCode: '53100000500021676L' } };
    expect(codes(validate(Fund, bad))).toEqual(['disclosure.creditCode:credit_code_checksum']);
  });

  it('refuses money that is not integer fen', () => {
    expect(codes(validate(Fund, { ...fund, raisedFen: 123.45 }))).toEqual(['raisedFen:money_fen']);
  });
});

describe('Question', () => {
  it('tells the five types apart by `type`', () => {
    const rating = { id: 'overall', type: 'rating', prompt: '总体满意度', required: true };
    expect(validate(Question, rating).success).toBe(true);
    expect(codes(validate(Question, { ...rating, type: 'stars' }))).toEqual([
      'type:invalid_choice',
    ]);
    expect(
      codes(validate(Question, { id: 'comment', type: 'text', prompt: '意见', required: false })),
    ).toEqual(['maxLength:required']);
  });
});

describe('SurveyResults', () => {
  it('holds withheld figures as null', () => {
    const withheld = {
      surveyId: 'svy_Qm2Rt7Vb4X',
      subjectId: null,
      n: 4,
      minimumN: 10,
      suppressed: true,
      csat: null,
      nps: null,
      questions: [{ questionId: 'overall', type: 'rating', n: 4, mean: null, distribution: null }],
    };
    expect(validate(SurveyResults, withheld).success).toBe(true);
  });
});

describe('LiveEvent', () => {
  it('carries fund progress on fund.updated', () => {
    const event = {
      id: '42',
      at: '2026-11-22T08:00:00Z',
      type: 'fund.updated',
      data: {
        id: 'fund_Nc4Ps8Yd2M',
        targetFen: 100,
        raisedFen: 50,
        donorCount: 1,
        disbursedFen: 0,
      },
    };
    expect(validate(LiveEvent, event).success).toBe(true);
    expect(validate(LiveEvent, { ...event, type: 'need.created' }).success).toBe(false);
  });
});

describe('roundToHalfHours (SPEC §2)', () => {
  it.each([
    [1, 0],
    [15, 0],
    [16, 1],
    [45, 1],
    [46, 2],
    [60, 2],
    [75, 2],
    [76, 3],
    [150, 5],
    [1440, 48],
  ])('%i minutes count %i half hours', (minutes, halfHours) => {
    expect(roundToHalfHours(minutes)).toBe(halfHours);
  });
});

describe('need statuses', () => {
  it('never leaves fulfilled or closed, and reopens a released claim', () => {
    expect(NeedTransitions.fulfilled).toEqual([]);
    expect(NeedTransitions.closed).toEqual([]);
    expect(NeedTransitions.claimed).toContain('open');
    expect(NeedTransitions.pending_review).toEqual(['open', 'rejected', 'closed']);
  });
});
