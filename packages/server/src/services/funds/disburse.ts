import { and, eq, sql } from 'drizzle-orm';
import { fieldIssue, type Disbursement, type routes } from '@wushe/schema';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { disbursements, funds, needs, projects } from '../../db/tables/index.js';
import type { ServiceContext } from '../context.js';
import { DomainError } from '../errors.js';
import { newId } from '../ids.js';
import { findFund, toDisbursement, toFundProgress } from '../donations/fund-view.js';

type DisburseContext = ServiceContext<typeof routes.createDisbursement>;

/** 404 unless the project or need the disbursement names is the district's. */
async function assertInDistrict(
  ctx: DisburseContext,
  table: PgTable,
  id: PgColumn,
  district: PgColumn,
  value: string | undefined,
): Promise<void> {
  if (value === undefined) return;
  const found = await ctx.tx
    .select({ id })
    .from(table)
    .where(and(eq(id, value), eq(district, ctx.auth.districtCode)))
    .limit(1);
  if (found.length === 0) throw new DomainError('not_found');
}

/**
 * `POST /v1/funds/{id}/disbursements`: pays money out of a fund, publicly (慈善法 Art. 42).
 *
 * A fund never pays out more than it holds (raised minus disbursed). The guard is in the UPDATE
 * itself: PostgreSQL re-checks its condition after waiting on the row lock, so of two
 * disbursements racing for the last of the money, the second sees the first's total and finds
 * nothing to update, and is refused 409 `insufficient_fund_balance`.
 */
export async function createDisbursement(ctx: DisburseContext): Promise<Disbursement> {
  const { body } = ctx;
  const fund = await findFund(ctx.tx, ctx.auth.districtCode, ctx.params.id);
  await assertInDistrict(ctx, projects, projects.id, projects.districtCode, body.projectId);
  await assertInDistrict(ctx, needs, needs.id, needs.districtCode, body.needId);

  const now = ctx.deps.now();
  const [paidFrom] = await ctx.tx
    .update(funds)
    .set({ disbursedFen: sql`${funds.disbursedFen} + ${body.amountFen}`, updatedAt: now })
    .where(
      and(
        eq(funds.id, fund.id),
        sql`${funds.raisedFen} - ${funds.disbursedFen} >= ${body.amountFen}`,
      ),
    )
    .returning();
  if (!paidFrom) {
    const current = await findFund(ctx.tx, fund.districtCode, fund.id);
    const available = Math.max(0, current.raisedFen - current.disbursedFen);
    throw new DomainError('insufficient_fund_balance', [
      fieldIssue(['amountFen'], 'too_big', { maximum: available }, ctx.messages),
    ]);
  }

  const [row] = await ctx.tx
    .insert(disbursements)
    .values({
      id: newId('dsb'),
      fundId: fund.id,
      amountFen: body.amountFen,
      purpose: body.purpose,
      recipient: body.recipient,
      projectId: body.projectId ?? null,
      needId: body.needId ?? null,
      paidAt: body.paidAt ? new Date(body.paidAt) : now,
      createdAt: now,
    })
    .returning();
  await ctx.audit('fund.disburse', 'fund', fund.id, {
    disbursementId: row!.id,
    amountFen: body.amountFen,
    ...(body.note ? { note: body.note } : {}),
  });
  await ctx.emit(
    'fund.updated',
    { fundId: fund.id, communityCode: fund.communityCode, streetCode: fund.streetCode },
    toFundProgress(paidFrom),
  );
  return toDisbursement(row!);
}
