import { and, eq } from 'drizzle-orm';
import { ActivityStatus, fieldIssue, type Activity, type routes } from '@wushe/schema';
import { activities, communities, organizations } from '../../db/tables/index.js';
import type { ServiceContext } from '../context.js';
import { DomainError } from '../errors.js';
import { newId } from '../ids.js';
import { toActivity } from '../volunteers/activities.js';
import { districtSettings } from '../settings/settings.js';
import { announceActivity, fillFreePlaces, tellPromoted, tellSignups } from './activity-signups.js';

type CreateContext = ServiceContext<typeof routes.createActivity>;
type UpdateContext = ServiceContext<typeof routes.updateActivity>;
type ActivityRow = typeof activities.$inferSelect;

/**
 * `POST /v1/activities`: an activity of a community of the caller's district, run by one of its
 * organizations when `organizationId` is given. The binder has checked the caller's role covers
 * the community (or, for an org_member, the organization); an unknown community or organization is
 * a 400 naming the field.
 */
export async function createActivity(ctx: CreateContext): Promise<Activity> {
  const { tx, auth, body, deps, messages } = ctx;
  const [community] = await tx
    .select({ code: communities.code })
    .from(communities)
    .where(
      and(eq(communities.code, body.communityId), eq(communities.districtCode, auth.districtCode)),
    );
  const organization =
    body.organizationId === undefined
      ? undefined
      : await tx
          .select({ id: organizations.id })
          .from(organizations)
          .where(
            and(
              eq(organizations.id, body.organizationId),
              eq(organizations.districtCode, auth.districtCode),
            ),
          )
          .then((rows) => rows[0]);
  const issues = [
    ...(community ? [] : [fieldIssue(['communityId'], 'invalid', undefined, messages)]),
    ...(body.organizationId !== undefined && !organization
      ? [fieldIssue(['organizationId'], 'invalid', undefined, messages)]
      : []),
  ];
  if (issues.length) throw new DomainError('validation_failed', issues);
  await refuseMultiplierOutOfRange(ctx, body.pointsMultiplier);

  const [row] = await tx
    .insert(activities)
    .values({
      id: newId('act'),
      districtCode: auth.districtCode,
      communityCode: body.communityId,
      organizationId: body.organizationId ?? null,
      title: body.title,
      description: body.description,
      category: body.category,
      location: body.location,
      startsAt: new Date(body.startsAt),
      endsAt: new Date(body.endsAt),
      capacity: body.capacity,
      ...(body.pointsMultiplier !== undefined ? { pointsMultiplier: body.pointsMultiplier } : {}),
    })
    .returning();
  await ctx.audit('activity.create', 'activity', row!.id, {
    communityId: body.communityId,
    organizationId: body.organizationId ?? null,
  });
  return toActivity(row!, deps.now());
}

/**
 * `PATCH /v1/activities/{id}`: edits what the request gives, under the activity's row lock (taken
 * first, so signups wait for the edit and the counts it checks cannot move meanwhile).
 *
 * - A cancelled activity stays as it is: `409 activity_cancelled`.
 * - `capacity` below the confirmed signups is `409 capacity_below_signups` (nobody loses a
 *   confirmed place); raised, the earliest people waiting take the new places and are told.
 * - `status: "cancelled"` cancels for good; every signup, confirmed or waiting, is told.
 * - A new time or place is told to every signup too.
 *
 * Messages go out through the notifier only after the transaction commits.
 */
export async function updateActivity(ctx: UpdateContext): Promise<Activity> {
  const { tx, auth, params, body, deps, messages } = ctx;
  const [current] = await tx
    .select()
    .from(activities)
    .where(and(eq(activities.id, params.id), eq(activities.districtCode, auth.districtCode)))
    .for('update');
  if (!current) throw new DomainError('not_found');
  if (current.status === ActivityStatus.cancelled) throw new DomainError('activity_cancelled');

  const startsAt = body.startsAt === undefined ? current.startsAt : new Date(body.startsAt);
  const endsAt = body.endsAt === undefined ? current.endsAt : new Date(body.endsAt);
  if (endsAt.getTime() < startsAt.getTime()) {
    throw new DomainError('validation_failed', [
      fieldIssue(
        [body.endsAt === undefined ? 'startsAt' : 'endsAt'],
        'ends_before_start',
        undefined,
        messages,
      ),
    ]);
  }
  if (body.capacity !== undefined && body.capacity < current.signedUp) {
    throw new DomainError('capacity_below_signups');
  }
  await refuseMultiplierOutOfRange(ctx, body.pointsMultiplier);

  const cancelling = body.status === ActivityStatus.cancelled;
  const [updated] = await tx
    .update(activities)
    .set({
      ...(body.title !== undefined ? { title: body.title } : {}),
      ...(body.description !== undefined ? { description: body.description } : {}),
      ...(body.category !== undefined ? { category: body.category } : {}),
      ...(body.location !== undefined ? { location: body.location } : {}),
      startsAt,
      endsAt,
      ...(body.capacity !== undefined ? { capacity: body.capacity } : {}),
      ...(body.pointsMultiplier !== undefined ? { pointsMultiplier: body.pointsMultiplier } : {}),
      ...(cancelling
        ? { status: ActivityStatus.cancelled, cancelReason: body.cancelReason || null }
        : {}),
    })
    .where(eq(activities.id, current.id))
    .returning();
  let row: ActivityRow = updated!;

  const filled = cancelling ? { row, promoted: [] } : await fillFreePlaces(tx, row);
  const promoted = filled.promoted;
  row = filled.row;

  const moved =
    startsAt.getTime() !== current.startsAt.getTime() ||
    endsAt.getTime() !== current.endsAt.getTime() ||
    row.location !== current.location;
  const told = cancelling
    ? await tellSignups(ctx, row, 'activity_cancelled')
    : moved
      ? await tellSignups(ctx, row, 'activity_changed')
      : 0;
  tellPromoted(ctx, row, promoted);
  await announceActivity(ctx, row);

  await ctx.audit(cancelling ? 'activity.cancel' : 'activity.update', 'activity', row.id, {
    fields: Object.keys(body),
    told,
    promoted: promoted.length,
  });
  return toActivity(row, deps.now());
}

/** 400 at `pointsMultiplier` when it lies outside the district's range (settings, SPEC §13). */
async function refuseMultiplierOutOfRange(
  ctx: CreateContext | UpdateContext,
  multiplier: number | undefined,
): Promise<void> {
  if (multiplier === undefined) return;
  const { min, max } = (await districtSettings(ctx.tx, ctx.auth.districtCode)).points
    .activityMultiplier;
  if (multiplier < min || multiplier > max) {
    throw new DomainError('validation_failed', [
      multiplier < min
        ? fieldIssue(['pointsMultiplier'], 'too_small', { minimum: min }, ctx.messages)
        : fieldIssue(['pointsMultiplier'], 'too_big', { maximum: max }, ctx.messages),
    ]);
  }
}
