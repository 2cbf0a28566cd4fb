import * as z from 'zod/mini';
import { checked } from '../checked.js';
import {
  CommunityCode,
  optionalText,
  prefixedId,
  text,
  Timestamp,
  valuesOf,
} from '../primitives.js';
import { PointsAmount } from './points.js';

/*
 * The 爱心超市 (SPEC §13): rewards a community's partners offer for points, and their
 * single-use pickup codes.
 */

export const RewardKind = { service: 'service', goods: 'goods' } as const;
export type RewardKind = (typeof RewardKind)[keyof typeof RewardKind];

/** The most of one reward a catalog holds. */
export const MAX_REWARD_STOCK = 100_000;
const Stock = /* @__PURE__ */ checked(z.int(), z.gte(0), z.lte(MAX_REWARD_STOCK));

/** A catalog item: a service (a haircut) or goods (rice), its price in points and stock left. */
export const Reward = /* @__PURE__ */ z.object({
  id: prefixedId('rwd'),
  kind: z.enum(valuesOf(RewardKind)),
  title: z.string(),
  description: z.string(),
  pointsPrice: z.int(),
  /** Left to redeem; `0`: out of stock. */
  stock: checked(z.int(), z.gte(0)),
  communityId: CommunityCode,
  /** The organization that provides it (a partner 社区企业, a 社会组织). */
  providerId: prefixedId('org'),
  providerName: z.string(),
  /** Offered in the catalog; a withdrawn reward is kept for its redemptions. */
  active: z.boolean(),
  createdAt: Timestamp,
});
export type Reward = z.infer<typeof Reward>;

/** `POST /v1/rewards` (staff of the community). */
export const CreateRewardRequest = /* @__PURE__ */ z.strictObject({
  kind: z.enum(valuesOf(RewardKind)),
  title: text(2, 60),
  description: optionalText(300),
  pointsPrice: PointsAmount,
  stock: Stock,
  communityId: CommunityCode,
  providerId: prefixedId('org'),
});
export type CreateRewardRequest = z.input<typeof CreateRewardRequest>;

/** `PATCH /v1/rewards/{id}`: the fields given change; the community does not. */
export const UpdateRewardRequest = /* @__PURE__ */ z.strictObject({
  kind: z.optional(z.enum(valuesOf(RewardKind))),
  title: z.optional(text(2, 60)),
  description: optionalText(300),
  pointsPrice: z.optional(PointsAmount),
  stock: z.optional(Stock),
  providerId: z.optional(prefixedId('org')),
  active: z.optional(z.boolean()),
});
export type UpdateRewardRequest = z.input<typeof UpdateRewardRequest>;

export const RedemptionStatus = { issued: 'issued', redeemed: 'redeemed' } as const;
export type RedemptionStatus = (typeof RedemptionStatus)[keyof typeof RedemptionStatus];

/**
 * A pickup code as a person types it: 8 letters and digits without the look-alikes 0, 1, I, L
 * and O, in two groups of four (`K7QM-4XPD`); lower case, a space or no dash are accepted.
 */
export const PICKUP_CODE_PATTERN = /^[2-9A-HJKMNP-Z]{4}-?[2-9A-HJKMNP-Z]{4}$/;

/** Upper case, spaces dropped, so `k7qm 4xpd` reads as `K7QM-4XPD`. */
export function normalizePickupCode(raw: string): string {
  const compact = raw.toUpperCase().replace(/[\s-]/g, '');
  return compact.length === 8 ? `${compact.slice(0, 4)}-${compact.slice(4)}` : raw.trim();
}

export const PickupCode = /* @__PURE__ */ checked(
  z.string(),
  z.overwrite(normalizePickupCode),
  z.regex(PICKUP_CODE_PATTERN),
);

/** A redemption: the points spent on a reward, and whether the pickup code was used. */
export const Redemption = /* @__PURE__ */ z.object({
  id: prefixedId('rdm'),
  rewardId: prefixedId('rwd'),
  rewardTitle: z.string(),
  volunteerId: prefixedId('vol'),
  points: z.int(),
  status: z.enum(valuesOf(RedemptionStatus)),
  createdAt: Timestamp,
  redeemedAt: z.nullable(Timestamp),
});
export type Redemption = z.infer<typeof Redemption>;

/** A new redemption, with its pickup code: shown once, stored only as a hash. */
export const IssuedRedemption = /* @__PURE__ */ z.object({
  ...Redemption.shape,
  pickupCode: z.string(),
});
export type IssuedRedemption = z.infer<typeof IssuedRedemption>;

/** `POST /v1/redemptions` (a signed-in resident): spend my points on a reward. */
export const RedeemRewardRequest = /* @__PURE__ */ z.strictObject({
  rewardId: prefixedId('rwd'),
});
export type RedeemRewardRequest = z.input<typeof RedeemRewardRequest>;

/** `POST /v1/redemptions/redeem` (staff of the community, or the provider's members). */
export const RedeemPickupCodeRequest = /* @__PURE__ */ z.strictObject({
  code: PickupCode,
});
export type RedeemPickupCodeRequest = z.input<typeof RedeemPickupCodeRequest>;
