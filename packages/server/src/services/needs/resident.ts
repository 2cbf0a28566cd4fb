import { and, eq, sql } from 'drizzle-orm';
import type * as z from 'zod/mini';
import {
  fieldIssue,
  REPORTS_TO_HIDE,
  type Claim,
  type ClaimNeedRequest,
  type CreateNeedRequest,
  type Need,
  type Report,
  type ReportNeedRequest,
} from '@wushe/schema';
import { claims, communities, needs, reports } from '../../db/tables/index.js';
import { DomainError } from '../errors.js';
import { newId } from '../ids.js';
import { keyedHash } from '../secrets.js';
import { announceNeedChange, type NeedContext } from './lifecycle.js';
import { toClaim, toNeed, type NeedRow } from './present.js';
import { needSearchTerms } from './search.js';
import { insertRefusingDuplicate, needFor } from './store.js';

/**
 * A resident posts a need. It starts `pending_review`, which is never public, so nothing is
 * announced yet: staff publishing it is what announces it (see `announceNeedChange`).
 *
 * The community must be one of the key's district. One that is not (another district's, or a
 * code nobody uses) is refused as a bad `communityId`, not as a 404: the resident picked it in a
 * form, and `division_not_in_parent` tells the form which field to fix, where a 404 on
 * `POST /v1/needs` would read as "this endpoint does not exist".
 */
export async function createNeed(
  ctx: NeedContext,
  body: z.output<typeof CreateNeedRequest>,
): Promise<Need> {
  const [community] = await ctx.tx
    .select({ code: communities.code, streetCode: communities.streetCode })
    .from(communities)
    .where(
      and(
        eq(communities.code, body.communityId),
        eq(communities.districtCode, ctx.auth.districtCode),
      ),
    );
  if (!community) {
    throw new DomainError('validation_failed', [
      fieldIssue(['communityId'], 'division_not_in_parent', undefined, ctx.messages),
    ]);
  }
  const [row] = await ctx.tx
    .insert(needs)
    .values(newNeedRow(ctx, body, community))
    .returning();
  return toNeed(row!, undefined);
}

/** Where a posted need is: its community and that community's street. */
export interface NeedPlace {
  readonly code: string;
  readonly streetCode: string;
}

/**
 * The row of a need a resident posts, every column as the database would store it: the one
 * place both ways of posting (the transaction, `createNeed`; one statement,
 * `createNeedInOneStatement`) build it.
 */
export function newNeedRow(
  ctx: Pick<NeedContext, 'auth' | 'deps'>,
  body: z.output<typeof CreateNeedRequest>,
  community: NeedPlace,
): NeedRow {
  const now = ctx.deps.now();
  return {
    id: newId('need'),
    districtCode: ctx.auth.districtCode,
    streetCode: community.streetCode,
    communityCode: community.code,
    kind: body.kind,
    category: body.category,
    title: body.title,
    description: body.description,
    valueFen: body.valueFen ?? null,
    anonymous: body.anonymous,
    contactName: body.contact.name,
    contactMobile: body.contact.mobile,
    contactErasedAt: null,
    consentVersion: body.consent.policyVersion,
    status: 'pending_review',
    reason: null,
    reportCount: 0,
    hidden: false,
    searchTerms: needSearchTerms({
      title: body.title,
      description: body.description,
      community: community.code,
      street: community.streetCode,
    }),
    createdAt: now,
    updatedAt: now,
    claimedAt: null,
    fulfilledAt: null,
  };
}

/**
 * A volunteer, an organization or a donor takes an open need. The need's row lock makes
 * concurrent claims take turns, so the second sees `claimed` and gets `need_already_claimed`; the
 * partial unique index `claims_one_active_per_need` is the backstop that holds even if some other
 * path skipped the lock.
 */
export async function claimNeed(
  ctx: NeedContext,
  needId: string,
  body: z.output<typeof ClaimNeedRequest>,
): Promise<Claim> {
  const row = await needFor(ctx.tx, ctx.auth, needId, { lock: true });
  return takeNeed(ctx, row, {
    claimantType: body.claimant.type,
    claimantName: body.claimant.name,
    claimantMobile: body.claimant.mobile,
    note: body.note || null,
    consentVersion: body.consent.policyVersion,
  });
}

/** Who takes a need: a resident's claim, or an organization claiming as itself (§11). */
export type Claimant = Pick<
  typeof claims.$inferInsert,
  'claimantType' | 'claimantName' | 'claimantMobile' | 'note' | 'consentVersion' | 'organizationId'
>;

/**
 * Takes an open need whose row the caller has locked (`needFor(…, { lock: true })`): the one
 * place a claim is made, whoever makes it.
 */
export async function takeNeed(ctx: NeedContext, row: NeedRow, claimant: Claimant): Promise<Claim> {
  if (row.status === 'claimed') throw new DomainError('need_already_claimed');
  if (row.status !== 'open') throw new DomainError('need_not_open');
  const now = ctx.deps.now();
  const [claim] = await insertRefusingDuplicate(
    ctx.tx
      .insert(claims)
      .values({ id: newId('clm'), needId: row.id, ...claimant, status: 'active', createdAt: now })
      .returning(),
    'claims_one_active_per_need',
    'need_already_claimed',
  );
  const [updated] = await ctx.tx
    .update(needs)
    .set({ status: 'claimed', claimedAt: now, updatedAt: now })
    .where(eq(needs.id, row.id))
    .returning();
  await announceNeedChange(ctx, row, updated!, claim);
  return toClaim(claim!);
}

/**
 * A resident reports a public need. The reporter token is stored only as a keyed hash (it
 * identifies a browser), and one token reports one need once. The report that brings the count
 * to `REPORTS_TO_HIDE` hides the need until staff review it (`PATCH … {unhide: true}`).
 */
export async function reportNeed(
  ctx: NeedContext,
  needId: string,
  body: z.output<typeof ReportNeedRequest>,
): Promise<Report> {
  const row = await needFor(ctx.tx, ctx.auth, needId, { lock: true });
  const [report] = await insertRefusingDuplicate(
    ctx.tx
      .insert(reports)
      .values({
        id: newId('rpt'),
        needId: row.id,
        reason: body.reason,
        note: body.note || null,
        reporterHash: keyedHash(ctx.deps.secrets, body.reporterToken),
        createdAt: ctx.deps.now(),
      })
      .returning(),
    'reports_one_per_reporter',
    'already_reported',
  );
  // `updated_at` stays: what residents see of the need did not change.
  await ctx.tx
    .update(needs)
    .set({
      reportCount: sql`${needs.reportCount} + 1`,
      hidden: sql`${needs.hidden} or ${needs.reportCount} + 1 >= ${REPORTS_TO_HIDE}`,
    })
    .where(eq(needs.id, row.id));
  return {
    id: report!.id,
    needId: row.id,
    reason: report!.reason as Report['reason'],
    createdAt: report!.createdAt.toISOString(),
  };
}
