import { and, eq, sql } from 'drizzle-orm';
import { fieldIssue, type Disbursement, type routes } from '@wushe/schema';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { disbursements, funds, needs } from '../../db/tables/index.js';
import type { ServiceContext } from '../context.js';
import { DomainError } from '../errors.js';
import { newId } from '../ids.js';
import { findFund, toDisbursement, toFundProgress } from '../donations/fund-view.js';
import { projectFor } from '../projects/present.js';
import { daysSilent, isQuiet } from '../projects/quiet.js';

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
 * 404 unless the project named is the district's; `409 project_quiet` (at `projectId`) while it is
 * quiet — in progress without a public update for 180 days (SPEC §11, after 广益联募): its fund
 * pays it nothing more until it reports.
 */
async function assertNotQuiet(
  ctx: DisburseContext,
  projectId: string | undefined,
  now: Date,
): Promise<void> {
  if (projectId === undefined) return;
  const { project } = await projectFor(ctx.tx, ctx.auth.districtCode, projectId);
  if (!isQuiet(project, now)) return;
  throw new DomainError('project_quiet', [
    fieldIssue(['projectId'], 'project_quiet', { days: daysSilent(project, now) }, ctx.messages),
  ]);
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
  const now = ctx.deps.now();
  await assertNotQuiet(ctx, body.projectId, now);
  await assertInDistrict(ctx, needs, needs.id, needs.districtCode, body.needId);

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
