import { and, desc, eq, isNotNull, sql } from 'drizzle-orm';
import type { Donation, LedgerEntry, Page } from '@wushe/schema';
import type { Executor } from '../../db/database.js';
import { donations } from '../../db/tables/index.js';
import { DomainError } from '../errors.js';
import { decodeCursor, pageOf, pageSize } from '../../routes/pagination.js';
import { ANONYMOUS, maskName } from '../mask.js';

export type DonationRow = typeof donations.$inferSelect;

/**
 * The donor as the public sees them: `张**`, or `匿名` for a donor who gave anonymously or asked
 * not to be named (慈善法 Art. 82). The charity still knows the name, for the receipt; the mobile
 * never appears anywhere public.
 */
export function publicDonorName(
  row: Pick<DonationRow, 'anonymous' | 'publishName' | 'donorName'>,
): string {
  return row.anonymous || !row.publishName ? ANONYMOUS : maskName(row.donorName);
}

export function toDonation(row: DonationRow): Donation {
  return {
    id: row.id,
    fundId: row.fundId,
    needId: row.needId,
    amountFen: row.amountFen,
    status: row.status as Donation['status'],
    channel: row.channel as Donation['channel'],
    donorName: publicDonorName(row),
    receiptRequested: row.receipt !== null,
    createdAt: row.createdAt.toISOString(),
    confirmedAt: row.confirmedAt?.toISOString() ?? null,
  };
}

/**
 * One donation of the district, for the page that made it to learn its status: as the public
 * ledger would show it, so nothing a donor asked to keep private comes back. 404 for another
 * district's, as if it did not exist.
 */
export async function donationOf(
  tx: Executor,
  districtCode: string,
  id: string,
): Promise<Donation> {
  const [row] = await tx
    .select()
    .from(donations)
    .where(and(eq(donations.id, id), eq(donations.districtCode, districtCode)));
  if (!row) throw new DomainError('not_found');
  return toDonation(row);
}

/**
 * A page of the fund's public ledger: succeeded donations, newest confirmation first. The cursor
 * carries the confirmation time as PostgreSQL prints it, to the microsecond: a JavaScript Date
 * keeps only milliseconds, and two donations inside one millisecond would otherwise be skipped or
 * repeated at a page boundary.
 */
export async function ledgerPage(
  tx: Executor,
  fundId: string,
  query: { cursor?: string | undefined; limit?: number | undefined },
): Promise<Page<LedgerEntry>> {
  const limit = pageSize(query.limit);
  const after = decodeCursor(query.cursor, ['string', 'string']);
  const rows = await tx
    .select({
      id: donations.id,
      amountFen: donations.amountFen,
      confirmedAt: donations.confirmedAt,
      exactConfirmedAt: sql<string>`${donations.confirmedAt}::text`,
      donorName: donations.donorName,
      anonymous: donations.anonymous,
      publishName: donations.publishName,
    })
    .from(donations)
    .where(
      and(
        eq(donations.fundId, fundId),
        eq(donations.status, 'succeeded'),
        // Confirmation always stamps the time (confirm.ts); the guard keeps the keyset total.
        isNotNull(donations.confirmedAt),
        after
          ? sql`(${donations.confirmedAt}, ${donations.id}) < (${after[0]}::timestamptz, ${after[1]})`
          : undefined,
      ),
    )
    .orderBy(desc(donations.confirmedAt), desc(donations.id))
    .limit(limit + 1);
  return pageOf(
    rows,
    limit,
    (row) => ({
      donorName: publicDonorName(row),
      amountFen: row.amountFen,
      at: row.confirmedAt!.toISOString(),
    }),
    (row) => [row.exactConfirmedAt, row.id],
  );
}
