import { and, asc, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import {
  FundDisclosure,
  isDonatable as isDonatableFund,
  type ListFundsQuery,
  type Page,
  type Disbursement,
  type Fund,
  type FundDetail,
  type FundProgress,
} from '@wushe/schema';
import type { Executor } from '../../db/database.js';
import { communities, disbursements, funds } from '../../db/tables/index.js';
import { DomainError } from '../errors.js';
import { decodeCursor, pageOf, pageSize } from '../../routes/pagination.js';

export type FundRow = typeof funds.$inferSelect;
type DisbursementRow = typeof disbursements.$inferSelect;

/**
 * The fundraiser's Art. 25 disclosure, or `null` when any part of it is missing or malformed: the
 * column is free JSON, and a half-filled disclosure must not pass for a complete one.
 */
export function completeDisclosure(row: FundRow): FundDisclosure | null {
  const parsed = FundDisclosure.safeParse(row.disclosure);
  return parsed.success ? parsed.data : null;
}

/**
 * Whether donations are taken here: the contract's one rule (`isDonatable`: a `direct` fund, 慈善法
 * Art. 27, whose fundraiser disclosed everything, Art. 25), and staff still offer it (`open`).
 */
export function isDonatable(row: FundRow): boolean {
  return isDonatableFund(row);
}

export function toFund(row: FundRow): Fund {
  const disclosure = completeDisclosure(row);
  const onPlatform = row.mode === 'platform';
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    communityId: row.communityCode,
    streetId: row.streetCode,
    mode: row.mode as Fund['mode'],
    targetFen: row.targetFen,
    raisedFen: row.raisedFen,
    donorCount: row.donorCount,
    disbursedFen: row.disbursedFen,
    disclosure,
    donatable: isDonatable(row),
    platformName: onPlatform ? row.platformName : null,
    platformUrl: onPlatform ? row.platformUrl : null,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The live figures sent with `fund.updated`. */
export function toFundProgress(row: FundRow): FundProgress {
  return {
    id: row.id,
    targetFen: row.targetFen,
    raisedFen: row.raisedFen,
    donorCount: row.donorCount,
    disbursedFen: row.disbursedFen,
  };
}

export function toDisbursement(row: DisbursementRow): Disbursement {
  return {
    id: row.id,
    fundId: row.fundId,
    amountFen: row.amountFen,
    purpose: row.purpose,
    recipient: row.recipient,
    projectId: row.projectId,
    needId: row.needId,
    paidAt: row.paidAt.toISOString(),
  };
}

/** A fund of the district, or 404: another district's fund does not exist for this key. */
export async function findFund(tx: Executor, districtCode: string, id: string): Promise<FundRow> {
  const [row] = await tx
    .select()
    .from(funds)
    .where(and(eq(funds.id, id), eq(funds.districtCode, districtCode)));
  if (!row) throw new DomainError('not_found');
  return row;
}

/** The fund with every disbursement, newest first (Art. 42: donors may see how money was used). */
export async function fundDetail(tx: Executor, row: FundRow): Promise<FundDetail> {
  const paid = await tx
    .select()
    .from(disbursements)
    .where(eq(disbursements.fundId, row.id))
    .orderBy(desc(disbursements.paidAt), desc(disbursements.id));
  return { ...toFund(row), disbursements: paid.map(toDisbursement) };
}

/**
 * The district's funds, by name, each as `view` shows it (the public `toFund`, or as staff edit
 * it). `community` finds the funds of that community; `street` those of the street and of its
 * communities, since a community fund serves its street too.
 */
export async function listFunds<T>(
  tx: Executor,
  districtCode: string,
  query: Pick<ListFundsQuery, 'community' | 'street' | 'cursor'> & { limit?: number | undefined },
  view: (row: FundRow) => T,
): Promise<Page<T>> {
  const limit = pageSize(query.limit);
  const after = decodeCursor(query.cursor, ['string', 'string']);
  const where: (SQL | undefined)[] = [
    eq(funds.districtCode, districtCode),
    query.community ? eq(funds.communityCode, query.community) : undefined,
    query.street
      ? or(
          eq(funds.streetCode, query.street),
          inArray(
            funds.communityCode,
            tx
              .select({ code: communities.code })
              .from(communities)
              .where(eq(communities.streetCode, query.street)),
          ),
        )
      : undefined,
    after ? sql`(${funds.name}, ${funds.id}) > (${after[0]}, ${after[1]})` : undefined,
  ];
  const rows = await tx
    .select()
    .from(funds)
    .where(and(...where))
    .orderBy(asc(funds.name), asc(funds.id))
    .limit(limit + 1);
  return pageOf(rows, limit, view, (row) => [row.name, row.id]);
}
