import { and, eq } from 'drizzle-orm';
import type { Donation, routes } from '@wushe/schema';
import { donations } from '../../db/tables/index.js';
import type { ServiceContext } from '../context.js';
import { settleDonation } from '../donations/confirm.js';
import { DomainError } from '../errors.js';

type SettleRouteContext = ServiceContext<typeof routes.settleDonation>;

/**
 * `POST /v1/donations/{id}/settle` (staff, within the fund's scope, which the binder checked): the
 * donation desk confirms a pledge with the bank's reference, or marks it failed. The settling
 * itself is the one `confirm` uses, so a fund's total moves exactly once whoever settles.
 */
export async function settlePendingDonation(ctx: SettleRouteContext): Promise<Donation> {
  const [row] = await ctx.tx
    .select()
    .from(donations)
    .where(and(eq(donations.id, ctx.params.id), eq(donations.districtCode, ctx.auth.districtCode)));
  if (!row) throw new DomainError('not_found');
  const { succeeded, providerReference, note } = ctx.body;
  return settleDonation(ctx, row, {
    succeeded,
    providerReference: providerReference?.trim(),
    note,
  });
}
