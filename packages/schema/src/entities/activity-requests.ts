import * as z from 'zod/mini';
import { checked } from '../checked.js';
import { check } from '../issues.js';
import {
  CommunityCode,
  optionalText,
  prefixedId,
  text,
  Timestamp,
  valuesOf,
} from '../primitives.js';
import { NeedCategory } from './need.js';

/* Staff writes on activities (SPEC §9): create, edit, cancel. */

const ActivityCapacity = /* @__PURE__ */ checked(z.int(), z.gte(1), z.lte(10_000));
/**
 * The points multiplier of the activity's 信用时 (SPEC §13; e.g. 1–3 for difficulty), within the
 * district's `settings.points.activityMultiplier` range (the server checks the range).
 */
const PointsMultiplier = /* @__PURE__ */ checked(z.number(), z.gt(0), z.lte(10));

/** The end must not come before the start, checked where a request gives both. */
const endsAfterStart = /* @__NO_SIDE_EFFECTS__ */ () =>
  check(
    (activity: { startsAt?: string | undefined; endsAt?: string | undefined }) =>
      activity.startsAt === undefined ||
      activity.endsAt === undefined ||
      Date.parse(activity.endsAt) >= Date.parse(activity.startsAt),
    'ends_before_start',
    { path: ['endsAt'], dependsOn: ['startsAt', 'endsAt'] },
  );

/**
 * `POST /v1/activities`: community staff (and above) create an activity of their community; an
 * org_member one run by its organization (`organizationId`), in any community of the district.
 */
export const CreateActivityRequest = checked(
  z.strictObject({
    communityId: CommunityCode,
    organizationId: z.optional(prefixedId('org')),
    title: text(1, 80),
    description: text(0, 2000),
    category: z.enum(valuesOf(NeedCategory)),
    location: text(1, 120),
    startsAt: Timestamp,
    endsAt: Timestamp,
    capacity: ActivityCapacity,
    pointsMultiplier: z.optional(PointsMultiplier),
  }),
  endsAfterStart(),
);
export type CreateActivityRequest = z.input<typeof CreateActivityRequest>;

/**
 * `PATCH /v1/activities/{id}`: any of the fields below; what is left out stays. The community and
 * the organization do not move (the route's scope is read from them). `capacity` may not drop below
 * the confirmed signups (`409 capacity_below_signups`); raised, it promotes people waiting, who are
 * told. `status: "cancelled"` cancels for good: every signup is told, with `cancelReason`.
 */
export const UpdateActivityRequest = checked(
  z.strictObject({
    title: z.optional(text(1, 80)),
    description: z.optional(text(0, 2000)),
    category: z.optional(z.enum(valuesOf(NeedCategory))),
    location: z.optional(text(1, 120)),
    startsAt: z.optional(Timestamp),
    endsAt: z.optional(Timestamp),
    capacity: z.optional(ActivityCapacity),
    pointsMultiplier: z.optional(PointsMultiplier),
    status: z.optional(z.literal('cancelled')),
    cancelReason: optionalText(200),
  }),
  endsAfterStart(),
  check((patch) => patch.cancelReason === undefined || patch.status === 'cancelled', 'invalid', {
    path: ['cancelReason'],
    dependsOn: ['status', 'cancelReason'],
  }),
);
export type UpdateActivityRequest = z.input<typeof UpdateActivityRequest>;
