/** Fixture rows for the fund, donation and sandbox-checkout tests. */
import { randomBytes } from 'node:crypto';
import { disbursements, donations, funds, needs } from '../src/db/tables/index.js';
import { newId } from '../src/services/ids.js';
import type { Harness } from './harness.js';

/** A complete 慈善法 Art. 25 disclosure. */
export const DISCLOSURE = {
  organizationName: '广州市番禺区慈善会',
  creditCode: '53100000500021676K',
  certificateNumber: '粤民慈募证字〔2023〕017号',
  filingNumber: '53440113MJL123456X2026001',
  contact: '020-84800000',
  lookupUrl: 'https://cszg.mca.gov.cn/',
} as const;

type FundInsert = typeof funds.$inferInsert;
type DonationInsert = typeof donations.$inferInsert;

/** A donatable `direct` fund of 番禺区 in 锦绣香江社区, unless `overrides` say otherwise. */
export async function insertFund(h: Harness, overrides: Partial<FundInsert> = {}) {
  const [row] = await h.db
    .insert(funds)
    .values({
      id: newId('fund'),
      districtCode: '440113',
      name: '锦绣香江社区慈善基金',
      description: '用于社区困难家庭帮扶与长者服务。',
      streetCode: '440113104',
      communityCode: '440113104001',
      mode: 'direct',
      targetFen: 5_000_000,
      disclosure: DISCLOSURE,
      ...overrides,
    })
    .returning();
  return row!;
}

/** A donation row written directly, `pending` unless `overrides` say otherwise. */
export async function insertDonation(
  h: Harness,
  fundId: string,
  overrides: Partial<DonationInsert> = {},
) {
  const [row] = await h.db
    .insert(donations)
    .values({
      id: newId('don'),
      districtCode: '440113',
      fundId,
      amountFen: 10_000,
      channel: 'offline',
      reference: `WSTEST${randomBytes(6).toString('hex').toUpperCase()}`,
      donorName: '张三丰',
      donorMobile: '13800138000',
      anonymous: false,
      publishName: true,
      ...overrides,
    })
    .returning();
  return row!;
}

export async function insertDisbursement(
  h: Harness,
  fundId: string,
  overrides: Partial<typeof disbursements.$inferInsert> = {},
) {
  const [row] = await h.db
    .insert(disbursements)
    .values({
      id: newId('dsb'),
      fundId,
      amountFen: 20_000,
      purpose: '重阳节长者慰问',
      recipient: '12 户困难长者家庭',
      paidAt: new Date('2026-10-29T02:00:00Z'),
      ...overrides,
    })
    .returning();
  return row!;
}

/** A need: an `open` 微心愿 of 锦绣香江社区 unless `overrides` say otherwise. */
export async function insertNeed(h: Harness, overrides: Partial<typeof needs.$inferInsert> = {}) {
  const [row] = await h.db
    .insert(needs)
    .values({
      id: newId('need'),
      districtCode: '440113',
      streetCode: '440113104',
      communityCode: '440113104001',
      kind: 'wish',
      category: '儿童福利',
      title: '一套新课桌椅',
      description: '三年级学生想要一套适合写作业的课桌椅。',
      valueFen: 30_000,
      anonymous: true,
      contactName: '李梅',
      contactMobile: '13912345678',
      consentVersion: '2026-01',
      status: 'open',
      searchTerms: [],
      ...overrides,
    })
    .returning();
  return row!;
}

/** The body a donation widget sends. */
export function donationBody(fundId: string, overrides: Record<string, unknown> = {}) {
  return {
    fundId,
    amountFen: 5_000,
    donor: { name: '王小明', anonymous: false, publishName: true, mobile: '13700001111' },
    channel: 'offline',
    consent: { policyVersion: '2026-01', agreed: true },
    ...overrides,
  };
}

/** A fresh, valid Idempotency-Key header. */
export function idempotency(key = `test-${randomBytes(8).toString('hex')}`) {
  return { 'Idempotency-Key': key };
}
