import { and, eq, sql } from 'drizzle-orm';
import type { Donation, RouteDefinition, routes } from '@wushe/schema';
import { donations, funds } from '../../db/tables/index.js';
import { DomainError } from '../errors.js';
import type { Auth, ServiceContext } from '../context.js';
import { toFundProgress } from './fund-view.js';
import { toDonation, type DonationRow } from './ledger.js';

type ConfirmContext = ServiceContext<typeof routes.confirmDonation>;

/** The binder names a signed callback's caller `provider:<channel>`. */
const PROVIDER_PREFIX = 'provider:';

/** The channel whose provider signed this callback, or `undefined` for a staff key. */
function signingChannel(auth: Auth): string | undefined {
  if (auth.via !== 'signature') return undefined;
  return auth.apiKeyId.startsWith(PROVIDER_PREFIX)
    ? auth.apiKeyId.slice(PROVIDER_PREFIX.length)
    : '';
}

/**
 * The donation being confirmed. Staff see their own district's only. A signed callback carries
 * no district, so it finds the donation by id; but a provider speaks only for payments made
 * through it: the sandbox's signature must never settle an offline pledge.
 */
async function findDonation(ctx: ConfirmContext): Promise<DonationRow> {
  const channel = signingChannel(ctx.auth);
  const [row] = await ctx.tx
    .select()
    .from(donations)
    .where(
      channel === undefined
        ? and(eq(donations.id, ctx.params.id), eq(donations.districtCode, ctx.auth.districtCode))
        : and(eq(donations.id, ctx.params.id), eq(donations.channel, channel)),
    );
  if (!row) throw new DomainError('not_found');
  return row;
}

/**
 * Adds a succeeded donation to its fund and announces the new figures. Called only by the
 * transaction that moved the donation out of `pending`, so each donation counts exactly once.
 * The event is scoped by the fund's own district: a signed callback has none of its own.
 */
async function creditFund(ctx: SettleContext, donation: DonationRow): Promise<void> {
  const [fund] = await ctx.tx
    .update(funds)
    .set({
      raisedFen: sql`${funds.raisedFen} + ${donation.amountFen}`,
      donorCount: sql`${funds.donorCount} + 1`,
      updatedAt: ctx.deps.now(),
    })
    .where(eq(funds.id, donation.fundId))
    .returning();
  if (!fund) throw new Error(`donation ${donation.id} names a missing fund ${donation.fundId}`);
  await ctx.deps.events.emit(
    ctx.tx,
    'fund.updated',
    {
      districtCode: fund.districtCode,
      fundId: fund.id,
      communityCode: fund.communityCode,
      streetCode: fund.streetCode,
    },
    toFundProgress(fund),
  );
}

/** What settling a pending donation says: paid or not, the payment's reference, a note. */
export interface Settlement {
  readonly succeeded: boolean;
  readonly providerReference?: string | undefined;
  readonly note?: string | undefined;
}

/** What settling uses of a handler's context. */
export type SettleContext = Pick<ServiceContext<RouteDefinition>, 'tx' | 'auth' | 'deps' | 'audit'>;

/**
 * Settles a pending donation as succeeded or failed. The status guard in the UPDATE is what makes
 * the total move once: of any number of concurrent confirmations, exactly one finds the row still
 * `pending` (PostgreSQL re-checks the condition after waiting on the row lock), and only that one
 * credits the fund. Staff (a secret key or a session) are audited; a provider's callback is not.
 */
export async function settleDonation(
  ctx: SettleContext,
  donation: DonationRow,
  { succeeded, providerReference, note }: Settlement,
): Promise<Donation> {
  const [settled] = await ctx.tx
    .update(donations)
    .set({
      status: succeeded ? 'succeeded' : 'failed',
      // Stamped for failures too: it is when the donation was settled either way.
      confirmedAt: ctx.deps.now(),
      providerReference: providerReference || null,
    })
    .where(and(eq(donations.id, donation.id), eq(donations.status, 'pending')))
    .returning();
  if (!settled) throw new DomainError('donation_not_pending');

  if (succeeded) await creditFund(ctx, settled);
  if (ctx.auth.via !== 'signature') {
    await ctx.audit(succeeded ? 'donation.confirm' : 'donation.fail', 'donation', settled.id, {
      amountFen: settled.amountFen,
      fundId: settled.fundId,
      providerReference: settled.providerReference,
      ...(note ? { note } : {}),
    });
  }
  return toDonation(settled);
}

/** `POST /v1/donations/{id}/confirm`: a secret key or a provider's signed callback settles it. */
export async function confirmDonation(ctx: ConfirmContext): Promise<Donation> {
  return settleDonation(ctx, await findDonation(ctx), ctx.body);
}
