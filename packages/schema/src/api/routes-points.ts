import * as z from 'zod/mini';
import { CommunityCode, prefixedId, valuesOf } from '../primitives.js';
import {
  CreateRewardRequest,
  RedeemPickupCodeRequest,
  RedeemRewardRequest,
  RewardKind,
  UpdateRewardRequest,
} from '../entities/rewards.js';
import { DonatePointsRequest, FamilyTransferRequest } from '../entities/points.js';
import type { RouteDefinition } from './routes.js';
import { BODY_ERRORS, STAFF_ERRORS } from './route-errors.js';
import { residentRoute } from './resident-route.js';

/*
 * 时间银行 and 公益积分 with the 爱心超市 (SPEC §13), as staff, the public and a signed-in resident
 * see them, with a resident's transfers to family (after 南京 and 上海) and donations back to the
 * community pool.
 */

const created = ['idempotency_key_reused', 'idempotency_in_progress'] as const;
/** Who keeps a community's catalog: community staff and above. */
const CATALOG_STAFF = ['district_admin', 'street_staff', 'community_staff'] as const;

/** `GET /v1/rewards`: a community's catalog, rewards on offer (out of stock ones too). */
export const ListRewardsQuery = /* @__PURE__ */ z.strictObject({
  community: CommunityCode,
  kind: z.optional(z.enum(valuesOf(RewardKind))),
});
export type ListRewardsQuery = z.input<typeof ListRewardsQuery>;

export const listRewardsRoute = {
  id: 'listRewards',
  method: 'GET',
  path: '/v1/rewards',
  summary: "A community's 爱心超市 catalog: services and goods for points, with the stock left",
  tag: 'points',
  auth: 'publishable',
  query: ListRewardsQuery,
  status: 200,
  errors: ['validation_failed'],
} as const satisfies RouteDefinition;

export const createRewardRoute = {
  id: 'createReward',
  method: 'POST',
  path: '/v1/rewards',
  summary: "Add a reward to a community's catalog, provided by an organization of the district",
  tag: 'points',
  auth: 'staff',
  permission: {
    roles: CATALOG_STAFF,
    scope: { in: 'body', field: 'communityId', subject: 'division' },
  },
  body: CreateRewardRequest,
  status: 201,
  errors: [...BODY_ERRORS, ...STAFF_ERRORS, ...created, 'not_found'],
  idempotency: 'optional',
} as const satisfies RouteDefinition;

export const updateRewardRoute = {
  id: 'updateReward',
  method: 'PATCH',
  path: '/v1/rewards/{id}',
  summary: 'Edit a reward: its price, stock, provider, or withdraw it from the catalog',
  tag: 'points',
  auth: 'staff',
  permission: { roles: CATALOG_STAFF, scope: { in: 'params', field: 'id', subject: 'reward' } },
  params: z.strictObject({ id: prefixedId('rwd') }),
  body: UpdateRewardRequest,
  status: 200,
  errors: [...BODY_ERRORS, ...STAFF_ERRORS, ...created, 'not_found'],
  idempotency: 'optional',
} as const satisfies RouteDefinition;

export const redeemPickupCodeRoute = {
  id: 'redeemPickupCode',
  method: 'POST',
  path: '/v1/redemptions/redeem',
  summary:
    "Hand over a reward against its single-use pickup code: the community's staff or the provider's members; a second time is 409",
  tag: 'points',
  auth: 'staff',
  permission: {
    roles: [...CATALOG_STAFF, 'org_member'],
    scope: { in: 'body', field: 'code', subject: 'pickup_code' },
  },
  body: RedeemPickupCodeRequest,
  status: 200,
  errors: [...BODY_ERRORS, ...STAFF_ERRORS, ...created, 'not_found', 'already_redeemed'],
  idempotency: 'optional',
} as const satisfies RouteDefinition;

export const getVolunteerPointsRoute = {
  id: 'getVolunteerPoints',
  method: 'GET',
  path: '/v1/volunteers/{id}/points',
  summary: "A volunteer's points: the balance spendable now, what expires next, every movement",
  tag: 'points',
  auth: 'staff',
  permission: {
    roles: ['district_admin', 'street_staff', 'community_staff', 'social_worker'],
    scope: { in: 'params', field: 'id', subject: 'volunteer' },
  },
  params: z.strictObject({ id: prefixedId('vol') }),
  status: 200,
  errors: [...STAFF_ERRORS, 'validation_failed', 'not_found'],
} as const satisfies RouteDefinition;

export const getMyPointsRoute = residentRoute({
  id: 'getMyPoints',
  method: 'GET',
  path: '/v1/residents/me/points',
  summary:
    'My points (by my volunteer registration): the balance, what expires next, every movement',
  tag: 'points',
  errors: ['not_found'],
}) satisfies RouteDefinition;

export const redeemRewardRoute = residentRoute({
  id: 'redeemReward',
  method: 'POST',
  path: '/v1/redemptions',
  summary:
    'Spend my points on a reward of the 爱心超市: a single-use pickup code, never beyond my balance or the stock',
  tag: 'points',
  body: RedeemRewardRequest,
  status: 201,
  errors: [
    ...BODY_ERRORS,
    ...created,
    'not_found',
    'reward_withdrawn',
    'insufficient_points',
    'out_of_stock',
  ],
  idempotency: 'optional',
}) satisfies RouteDefinition;

export const transferMyPointsRoute = residentRoute({
  id: 'transferMyPoints',
  method: 'POST',
  path: '/v1/residents/me/points/transfers',
  summary:
    'Give my points to family aged 60 or over (a spouse, parent or grandparent registered here); they keep their expiry',
  tag: 'points',
  body: FamilyTransferRequest,
  status: 201,
  errors: [
    ...BODY_ERRORS,
    ...created,
    'not_found',
    'points_transfer_disabled',
    'family_member_not_found',
    'family_member_under_age',
    'insufficient_points',
  ],
  idempotency: 'optional',
}) satisfies RouteDefinition;

export const donateMyPointsRoute = residentRoute({
  id: 'donateMyPoints',
  method: 'POST',
  path: '/v1/residents/me/points/donations',
  summary: "Give my points back to my community's pool, where they do not expire",
  tag: 'points',
  body: DonatePointsRequest,
  status: 201,
  errors: [
    ...BODY_ERRORS,
    ...created,
    'not_found',
    'points_donation_disabled',
    'insufficient_points',
  ],
  idempotency: 'optional',
}) satisfies RouteDefinition;

/** The points and 爱心超市 routes, spread into `routes`. */
export const pointsRoutes = {
  listRewards: listRewardsRoute,
  createReward: createRewardRoute,
  updateReward: updateRewardRoute,
  redeemPickupCode: redeemPickupCodeRoute,
  getVolunteerPoints: getVolunteerPointsRoute,
  getMyPoints: getMyPointsRoute,
  redeemReward: redeemRewardRoute,
  transferMyPoints: transferMyPointsRoute,
  donateMyPoints: donateMyPointsRoute,
} as const;
