import * as z from 'zod/mini';
import { checked } from '../checked.js';
import { CalendarDate, Mobile, prefixedId, Timestamp, valuesOf } from '../primitives.js';

/*
 * 公益积分 (SPEC §13): points earned by 信用时, on one double-entry ledger whose whole sums to zero.
 * The ledger counts hundredths of a point, so an hour at any rate and multiplier adds up exactly;
 * amounts a person moves (a transfer, a donation, a price) are whole points.
 */

/** The most points one transfer, donation or price may move. */
export const MAX_POINTS_AMOUNT = 100_000;

/** A whole, positive number of points: what a person may move. */
export const PointsAmount = /* @__PURE__ */ checked(z.int(), z.gte(1), z.lte(MAX_POINTS_AMOUNT));

/** What moved points on a volunteer's account. */
export const PointsMovementKind = {
  /** Earned by 信用时 (a check-in record), at the district's rate and the activity's multiplier. */
  earned: 'earned',
  /** Given to a family member aged 60 or over. */
  transferredOut: 'transferred_out',
  /** Received from a family member. */
  transferredIn: 'transferred_in',
  /** Given back to the community pool. */
  donated: 'donated',
  /** Spent on a reward of the 爱心超市. */
  redeemed: 'redeemed',
  /** Past their expiry (hours never expire; points do, after the district's years). */
  expired: 'expired',
} as const;
export type PointsMovementKind = (typeof PointsMovementKind)[keyof typeof PointsMovementKind];

/** One movement on a volunteer's account: positive in, negative out, in points (two decimals). */
export const PointsMovement = /* @__PURE__ */ z.object({
  transferId: z.string(),
  kind: z.enum(valuesOf(PointsMovementKind)),
  points: z.number(),
  /** The service record that earned them, for `earned`. */
  serviceRecordId: z.nullable(prefixedId('srv')),
  /** The redemption that spent them, for `redeemed`. */
  redemptionId: z.nullable(prefixedId('rdm')),
  at: Timestamp,
});
export type PointsMovement = z.infer<typeof PointsMovement>;

/** A volunteer's points: the balance spendable now, what expires next, and every movement. */
export const VolunteerPoints = /* @__PURE__ */ z.object({
  volunteerId: prefixedId('vol'),
  /** Spendable now, in points (two decimals): points past their expiry are not counted. */
  balancePoints: checked(z.number(), z.gte(0)),
  /** Hours of 信用时 that earned points this calendar year, in half hours, against the cap. */
  earningHalfHoursThisYear: checked(z.int(), z.gte(0)),
  annualCapHours: z.int(),
  /** The next points to expire and when; `null` when none will. */
  nextExpiry: z.nullable(z.object({ points: z.number(), on: CalendarDate })),
  /** Newest first. */
  history: z.array(PointsMovement),
});
export type VolunteerPoints = z.infer<typeof VolunteerPoints>;

/** Whom a volunteer may give points to (after 南京 and 上海): family aged 60 or over. */
export const FamilyRelation = {
  spouse: 'spouse',
  parent: 'parent',
  grandparent: 'grandparent',
} as const;
export type FamilyRelation = (typeof FamilyRelation)[keyof typeof FamilyRelation];

/**
 * A transfer of points to a family member, who is a registered volunteer of the same district
 * (found by mobile) whose birth date makes them at least the district's minimum age (60).
 */
export const FamilyTransferRequest = /* @__PURE__ */ z.strictObject({
  toMobile: Mobile,
  relation: z.enum(valuesOf(FamilyRelation)),
  points: PointsAmount,
});
export type FamilyTransferRequest = z.input<typeof FamilyTransferRequest>;

/** Points given back to the volunteer's community pool. */
export const DonatePointsRequest = /* @__PURE__ */ z.strictObject({
  points: PointsAmount,
});
export type DonatePointsRequest = z.input<typeof DonatePointsRequest>;

/** The outcome of a transfer or a donation: the points moved and the balance left. */
export const PointsTransfer = /* @__PURE__ */ z.object({
  transferId: z.string(),
  points: z.int(),
  balancePoints: z.number(),
});
export type PointsTransfer = z.infer<typeof PointsTransfer>;
