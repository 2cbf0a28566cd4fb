import { randomInt } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { fieldIssue, type CreateDonationResponse, type routes } from '@wushe/schema';
import { districts, donations, needs } from '../../db/tables/index.js';
import { DomainError } from '../errors.js';
import type { ServiceContext } from '../context.js';
import { newId } from '../ids.js';
import {
  availableProviders,
  providerFor,
  type PaymentDistrict,
  type PaymentProvider,
} from '../payments.js';
import { findFund, isDonatable } from './fund-view.js';
import { toDonation, type DonationRow } from './ledger.js';

export type CreateContext = ServiceContext<typeof routes.createDonation>;
type PendingValues = Omit<DonationRow, 'id' | 'reference' | 'providerReference' | 'confirmedAt'>;

/** Characters a donor can read out and type without confusing them: no 0/O, 1/I/L. */
const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const REFERENCE_RANDOM_LENGTH = 10;
/** Beijing time, so the date in a reference is the date the donor and staff see on the calendar. */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;
/** A reference collision is a ~1 in 10^14 event; a few fresh draws make it a non-event. */
const REFERENCE_ATTEMPTS = 5;

/**
 * The reference a donor quotes with a bank transfer and a provider echoes back: `WS`, the date,
 * and 10 unambiguous random characters (~50 bits), e.g. `WS20261122K7Q9M2XAF3`.
 */
export function newReference(now: Date): string {
  const day = new Date(now.getTime() + CHINA_OFFSET_MS)
    .toISOString()
    .slice(0, 10)
    .replace(/-/g, '');
  let random = '';
  for (let i = 0; i < REFERENCE_RANDOM_LENGTH; i++)
    random += REFERENCE_ALPHABET.charAt(randomInt(REFERENCE_ALPHABET.length));
  return `WS${day}${random}`;
}

/** The district's settings a payment provider reads. */
async function paymentDistrict(ctx: CreateContext): Promise<PaymentDistrict> {
  const [district] = await ctx.tx
    .select({ offlineAccount: districts.offlineAccount })
    .from(districts)
    .where(eq(districts.code, ctx.auth.districtCode));
  return { offlineAccount: district?.offlineAccount ?? null };
}

/** The provider of the donation's channel, or a 400 that lists the channels this district offers. */
function chosenProvider(ctx: CreateContext, district: PaymentDistrict): PaymentProvider {
  const provider = providerFor(ctx.deps.payments, ctx.body.channel, district);
  if (provider) return provider;
  const offered = availableProviders(ctx.deps.payments, district).map((each) => each.channel);
  throw new DomainError('validation_failed', [
    fieldIssue(['channel'], 'invalid_choice', { values: offered }, ctx.messages),
  ]);
}

/** A 微心愿 of the district that is still public and unfulfilled, or 404. */
async function assertFundableWish(ctx: CreateContext, needId: string): Promise<void> {
  const [wish] = await ctx.tx
    .select({ id: needs.id })
    .from(needs)
    .where(
      and(
        eq(needs.id, needId),
        eq(needs.districtCode, ctx.auth.districtCode),
        eq(needs.kind, 'wish'),
        inArray(needs.status, ['open', 'claimed']),
        // A need hidden by residents' reports is not public until staff review it.
        eq(needs.hidden, false),
      ),
    );
  if (!wish) throw new DomainError('not_found');
}

/**
 * Inserts the pending donation under a fresh reference. `on conflict do nothing` rather than
 * catching the unique violation: on PostgreSQL a failed statement would abort the transaction,
 * and with it the idempotency record written before us.
 */
async function insertPending(ctx: CreateContext, values: PendingValues): Promise<DonationRow> {
  for (let attempt = 0; attempt < REFERENCE_ATTEMPTS; attempt++) {
    const [row] = await ctx.tx
      .insert(donations)
      .values({ ...values, id: newId('don'), reference: newReference(ctx.deps.now()) })
      .onConflictDoNothing({ target: donations.reference })
      .returning();
    if (row) return row;
  }
  throw new Error(`no free donation reference after ${REFERENCE_ATTEMPTS} attempts`);
}

/**
 * `POST /v1/donations`: a pending donation and how to pay it. Nothing moves the fund total here;
 * only a confirmation does (confirm.ts). Duplicate submissions are the binder's concern: the
 * Idempotency-Key is required, and the same key replays this response.
 */
export async function createDonation(ctx: CreateContext): Promise<CreateDonationResponse> {
  const fund = await findFund(ctx.tx, ctx.auth.districtCode, ctx.body.fundId);
  if (fund.mode === 'platform') throw new DomainError('fund_uses_platform');
  if (!isDonatable(fund)) throw new DomainError('fund_not_donatable');

  const district = await paymentDistrict(ctx);
  const provider = chosenProvider(ctx, district);
  if (ctx.body.needId !== undefined) await assertFundableWish(ctx, ctx.body.needId);

  const row = await insertPending(ctx, pendingValues(ctx, fund.id));
  return createdDonation(row, { fundName: fund.name, district, provider });
}

/** The columns of the pending donation a request asks for, before its id and reference. */
export function pendingValues(ctx: CreateContext, fundId: string): PendingValues {
  const { body } = ctx;
  const { donor } = body;
  return {
    districtCode: ctx.auth.districtCode,
    fundId,
    needId: body.needId ?? null,
    amountFen: body.amountFen,
    status: 'pending',
    channel: body.channel,
    donorName: donor.name || null,
    donorMobile: donor.mobile ?? null,
    anonymous: donor.anonymous,
    publishName: donor.publishName,
    receipt: body.receipt
      ? {
          title: body.receipt.title,
          ...(body.receipt.creditCode ? { creditCode: body.receipt.creditCode } : {}),
        }
      : null,
    consentVersion: body.consent.policyVersion,
    createdAt: ctx.deps.now(),
  };
}

/** The answer to the donor: the donation as the public sees it, and how to pay it. */
export function createdDonation(
  row: DonationRow,
  how: { fundName: string; district: PaymentDistrict; provider: PaymentProvider },
): CreateDonationResponse {
  const payment = how.provider.instructions({
    donationId: row.id,
    reference: row.reference,
    amountFen: row.amountFen,
    fundName: how.fundName,
    offlineAccount: how.district.offlineAccount,
  });
  return { donation: toDonation(row), payment };
}
