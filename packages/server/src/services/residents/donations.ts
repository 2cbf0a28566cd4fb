import { and, desc, eq } from 'drizzle-orm';
import type { MyDonation } from '@wushe/schema';
import type { Executor } from '../../db/database.js';
import { donations, funds } from '../../db/tables/index.js';
import { toDonation } from '../donations/ledger.js';
import type { ResidentCaller } from './sessions.js';

/** The donations given with the resident's mobile, newest first, with the receipts asked for. */
export async function myDonations(
  tx: Executor,
  caller: Pick<ResidentCaller, 'districtCode' | 'mobile'>,
): Promise<MyDonation[]> {
  const rows = await tx
    .select({ donation: donations, fundName: funds.name })
    .from(donations)
    .innerJoin(funds, eq(funds.id, donations.fundId))
    .where(
      and(
        eq(donations.districtCode, caller.districtCode),
        eq(donations.donorMobile, caller.mobile),
      ),
    )
    .orderBy(desc(donations.createdAt), desc(donations.id));
  return rows.map(({ donation, fundName }) => ({
    ...toDonation(donation),
    fundName,
    receipt: donation.receipt
      ? { title: donation.receipt.title, creditCode: donation.receipt.creditCode ?? null }
      : null,
  }));
}
