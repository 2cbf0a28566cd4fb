import { and, eq } from 'drizzle-orm';
import type { routes, StaffFund } from '@wushe/schema';
import { communities, funds, streets } from '../../db/tables/index.js';
import type { ServiceContext } from '../context.js';
import { DomainError } from '../errors.js';
import { newId } from '../ids.js';
import { findFund, toFundProgress, type FundRow } from '../donations/fund-view.js';
import { assertMayBeDonatable, assertPlatformCampaign, toStaffFund } from './staff-fund.js';

type CreateContext = ServiceContext<typeof routes.createFund>;
type UpdateContext = ServiceContext<typeof routes.updateFund>;

/** The street and community a fund of `divisionId` belongs to; 404 for a division not in the district. */
async function placeOf(
  ctx: CreateContext,
  divisionId: string,
): Promise<{ streetCode: string | null; communityCode: string | null }> {
  const district = ctx.auth.districtCode;
  if (divisionId.length === 6) {
    if (divisionId !== district) throw new DomainError('not_found');
    return { streetCode: null, communityCode: null };
  }
  if (divisionId.length === 9) {
    const [street] = await ctx.tx
      .select({ code: streets.code })
      .from(streets)
      .where(and(eq(streets.code, divisionId), eq(streets.districtCode, district)));
    if (!street) throw new DomainError('not_found');
    return { streetCode: street.code, communityCode: null };
  }
  const [community] = await ctx.tx
    .select({ code: communities.code, streetCode: communities.streetCode })
    .from(communities)
    .where(and(eq(communities.code, divisionId), eq(communities.districtCode, district)));
  if (!community) throw new DomainError('not_found');
  return { streetCode: community.streetCode, communityCode: community.code };
}

/** Tells open pages the fund changed (its target may have). */
async function announce(ctx: CreateContext | UpdateContext, row: FundRow): Promise<void> {
  await ctx.emit(
    'fund.updated',
    { fundId: row.id, communityCode: row.communityCode, streetCode: row.streetCode },
    toFundProgress(row),
  );
}

/** `POST /v1/funds`: a fund, offered for donation only if asked and nothing blocks it. */
export async function createFund(ctx: CreateContext): Promise<StaffFund> {
  const { body } = ctx;
  assertPlatformCampaign(body, ctx.messages);
  if (body.donatable) assertMayBeDonatable(body, ctx.messages);
  const place = await placeOf(ctx, body.divisionId);
  const [row] = await ctx.tx
    .insert(funds)
    .values({
      id: newId('fund'),
      districtCode: ctx.auth.districtCode,
      ...place,
      name: body.name,
      description: body.description,
      mode: body.mode,
      targetFen: body.targetFen,
      disclosure: body.disclosure as FundRow['disclosure'],
      open: body.donatable,
      platformName: body.platformName,
      platformUrl: body.platformUrl,
      updatedAt: ctx.deps.now(),
    })
    .returning();
  await ctx.audit('fund.create', 'fund', row!.id, {
    divisionId: body.divisionId,
    mode: body.mode,
    donatable: body.donatable,
  });
  return toStaffFund(row!);
}

/** The stored disclosure with the fields given replaced, and those given as `null` removed. */
function mergedDisclosure(
  stored: FundRow['disclosure'],
  patch: Record<string, string | null | undefined> | undefined,
): Record<string, string> {
  const merged = new Map(Object.entries(stored ?? {}));
  for (const [field, value] of Object.entries(patch ?? {})) {
    if (value === null) merged.delete(field);
    else if (value !== undefined) merged.set(field, value);
  }
  return Object.fromEntries(merged);
}

/**
 * `PATCH /v1/funds/{id}`: the fields given change. `donatable: true` is refused while anything
 * blocks the fund as it will be after this change; `false` closes it to donations.
 */
export async function updateFund(ctx: UpdateContext): Promise<StaffFund> {
  const { body } = ctx;
  const row = await findFund(ctx.tx, ctx.auth.districtCode, ctx.params.id);
  const next = {
    name: body.name ?? row.name,
    description: body.description ?? row.description,
    mode: body.mode ?? row.mode,
    targetFen: body.targetFen ?? row.targetFen,
    disclosure: mergedDisclosure(row.disclosure, body.disclosure),
    platformName: body.platformName === undefined ? row.platformName : body.platformName,
    platformUrl: body.platformUrl === undefined ? row.platformUrl : body.platformUrl,
    open: body.donatable ?? row.open,
  };
  assertPlatformCampaign(next, ctx.messages);
  if (body.donatable) assertMayBeDonatable(next, ctx.messages);
  const [updated] = await ctx.tx
    .update(funds)
    .set({
      ...next,
      disclosure: next.disclosure as FundRow['disclosure'],
      updatedAt: ctx.deps.now(),
    })
    .where(eq(funds.id, row.id))
    .returning();
  await ctx.audit('fund.update', 'fund', row.id, { fields: Object.keys(body) });
  await announce(ctx, updated!);
  return toStaffFund(updated!);
}
