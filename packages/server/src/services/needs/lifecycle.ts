import { and, eq } from 'drizzle-orm';
import type * as z from 'zod/mini';
import {
  NeedTransitions,
  type ClaimStatus,
  type NeedStatus,
  type RouteDefinition,
  type UpdateNeedRequest,
} from '@wushe/schema';
import { claims, needs } from '../../db/tables/index.js';
import { DomainError } from '../errors.js';
import type { ServiceContext } from '../context.js';
import { isPublicNeed, isPublicStatus, toNeed, type ClaimRow, type NeedRow } from './present.js';
import { shownClaim } from './store.js';

/** What the need helpers use of a handler's context. */
export type NeedContext = Pick<
  ServiceContext<RouteDefinition>,
  'tx' | 'auth' | 'deps' | 'emit' | 'audit' | 'messages'
>;

type UpdateNeedPatch = z.output<typeof UpdateNeedRequest>;

/** Statuses a need is in before residents ever saw it: leaving them to `open` is its debut. */
const NEVER_PUBLISHED: readonly string[] = ['pending_review', 'rejected'];

/**
 * Announces a change on the live feed (`GET /v1/events`), which anyone with a publishable key
 * may follow, so only what residents may see is announced:
 * - a need under review or rejected is never public: nothing is announced when it is posted or
 *   rejected. `need.created` is sent when staff publish it (its first move to `open`), since that
 *   is when it appears on the public wall; every later change is `need.updated`;
 * - a public need that leaves the public statuses (`closed`) is announced once more, so open
 *   pages drop it;
 * - a hidden need is never announced: reports hid it, and broadcasting it would spread exactly
 *   what was reported. (The event shape has no `hidden` field to tell pages to drop it; they
 *   stop seeing it on their next fetch.)
 */
export async function announceNeedChange(
  ctx: NeedContext,
  before: Pick<NeedRow, 'status' | 'hidden'>,
  after: NeedRow,
  claim: ClaimRow | undefined,
): Promise<void> {
  if (after.hidden) return;
  if (!isPublicStatus(after.status) && !isPublicNeed(before)) return;
  const type =
    isPublicStatus(after.status) && NEVER_PUBLISHED.includes(before.status)
      ? 'need.created'
      : 'need.updated';
  await ctx.emit(
    type,
    { communityCode: after.communityCode, streetCode: after.streetCode },
    toNeed(after, claim),
  );
}

/** A staff update reduced to its effects. */
export interface NeedUpdatePlan {
  readonly from: NeedStatus;
  readonly to: NeedStatus;
  /** What becomes of the active claim when the need leaves `claimed`. */
  readonly claimOutcome: Exclude<ClaimStatus, 'active'> | undefined;
  readonly reason: string | null;
  readonly unhide: boolean;
  /** Staff reviewed the reports and hide the need (or keep it hidden): the reports are settled. */
  readonly hide: boolean;
}

const invalidTransition = () => new DomainError('invalid_status_transition');

/**
 * Checks a staff update against the lifecycle (`NeedTransitions`) and works out its effects;
 * `null` when it changes nothing.
 *
 * - `releaseClaim` frees a claimed need: without a `status` it goes back to `open`; with `closed`
 *   it is released and closed. A need that is not claimed has no claim to release: 409.
 * - A need leaving `claimed` takes its claim along: `fulfilled` completes it, any other move
 *   releases it, so a reopened need is never left with an active claim that blocks the next one.
 * - Staff cannot set `claimed` directly: a claim names who took the need. A claim staff took by
 *   phone is recorded with `POST /v1/needs/{id}/claims` and the secret key.
 * - The current status again is not a move, so repeating a PATCH is harmless.
 * - The reason describes the latest status change: a new status without one clears the old (a
 *   reopened need keeps no rejection reason); a reason alone amends the current one.
 */
export function planNeedUpdate(row: NeedRow, patch: UpdateNeedPatch): NeedUpdatePlan | null {
  const from = row.status as NeedStatus;
  const releasing = patch.releaseClaim === true;
  const to = patch.status ?? (releasing ? 'open' : from);
  const reason = patch.reason || undefined;
  const unhide = patch.unhide === true;
  const hide = patch.hide === true;
  if (to !== from && (to === 'claimed' || !NeedTransitions[from].includes(to))) {
    throw invalidTransition();
  }
  const leavesClaim = from === 'claimed' && to !== 'claimed';
  if (releasing && (!leavesClaim || to === 'fulfilled')) throw invalidTransition();
  if (to === from && !unhide && !hide && reason === undefined) return null;
  return {
    from,
    to,
    claimOutcome: leavesClaim ? (to === 'fulfilled' ? 'completed' : 'released') : undefined,
    reason: reason ?? (to === from ? row.reason : null),
    unhide,
    hide,
  };
}

/** Applies a plan in the caller's transaction; audits and announces it. */
export async function applyNeedUpdate(
  ctx: NeedContext,
  row: NeedRow,
  plan: NeedUpdatePlan,
): Promise<{ row: NeedRow; claim: ClaimRow | undefined }> {
  const now = ctx.deps.now();
  if (plan.claimOutcome) {
    await ctx.tx
      .update(claims)
      .set({ status: plan.claimOutcome })
      .where(and(eq(claims.needId, row.id), eq(claims.status, 'active')));
  }
  const [updated] = await ctx.tx
    .update(needs)
    .set({
      status: plan.to,
      reason: plan.reason,
      updatedAt: now,
      ...(plan.claimOutcome === 'released' ? { claimedAt: null } : {}),
      ...(plan.to === 'fulfilled' && plan.from !== 'fulfilled' ? { fulfilledAt: now } : {}),
      // Reviewed: the reports so far are settled, and three new ones are needed to hide it again.
      ...(plan.unhide ? { hidden: false, reportCount: 0 } : {}),
      ...(plan.hide ? { hidden: true, reportCount: 0 } : {}),
    })
    .where(eq(needs.id, row.id))
    .returning();
  await ctx.audit('need.update', 'need', row.id, {
    from: plan.from,
    to: plan.to,
    reason: plan.reason,
    ...(plan.claimOutcome ? { claim: plan.claimOutcome } : {}),
    ...(plan.unhide ? { unhide: true, reportsCleared: row.reportCount } : {}),
    ...(plan.hide ? { hide: true, reportsCleared: row.reportCount } : {}),
  });
  const claim = await shownClaim(ctx.tx, row.id);
  await announceNeedChange(ctx, row, updated!, claim);
  return { row: updated!, claim };
}
