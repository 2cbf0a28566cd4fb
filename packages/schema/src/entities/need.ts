import * as z from 'zod/mini';
import { checked } from '../checked.js';
import { check } from '../issues.js';
import {
  CommunityCode,
  Consent,
  Contact,
  Mobile,
  fen,
  optionalText,
  prefixedId,
  StreetCode,
  text,
  Timestamp,
  valuesOf,
} from '../primitives.js';
import { MAX_DONATION_FEN } from '../validators/money.js';

/** A service need from the 需求清单, or a 微心愿: a small material wish with a value. */
export const NeedKind = { service: 'service', wish: 'wish' } as const;
export type NeedKind = (typeof NeedKind)[keyof typeof NeedKind];

/** The categories of the 需求清单 (SPEC §2). */
export const NeedCategory = {
  /** 养老服务 */
  elderlyCare: 'elderly_care',
  /** 社会救助 */
  socialAssistance: 'social_assistance',
  /** 儿童福利 */
  childWelfare: 'child_welfare',
  /** 助残服务 */
  disabilitySupport: 'disability_support',
  /** 心理健康 */
  mentalHealth: 'mental_health',
  /** 教育培训 */
  education: 'education',
  /** 文体活动 */
  cultureSports: 'culture_sports',
  /** 社区治理 */
  communityGovernance: 'community_governance',
  /** 环境卫生 */
  sanitation: 'sanitation',
  /** 其他 */
  other: 'other',
} as const;
export type NeedCategory = (typeof NeedCategory)[keyof typeof NeedCategory];

/**
 * `pending_review` → `open` → `claimed` → `fulfilled`; or `rejected` (with a reason) or `closed`
 * (duplicate, withdrawn). `pending_review` and `rejected` are never public.
 */
export const NeedStatus = {
  pendingReview: 'pending_review',
  open: 'open',
  claimed: 'claimed',
  fulfilled: 'fulfilled',
  rejected: 'rejected',
  closed: 'closed',
} as const;
export type NeedStatus = (typeof NeedStatus)[keyof typeof NeedStatus];

/** The statuses anyone may see. */
export const PublicNeedStatus = {
  open: 'open',
  claimed: 'claimed',
  fulfilled: 'fulfilled',
} as const;
export type PublicNeedStatus = (typeof PublicNeedStatus)[keyof typeof PublicNeedStatus];

/** The moves staff may make; anything else is 409 `invalid_status_transition`. */
export const NeedTransitions: Readonly<Record<NeedStatus, readonly NeedStatus[]>> = {
  pending_review: ['open', 'rejected', 'closed'],
  open: ['claimed', 'closed'],
  claimed: ['open', 'fulfilled', 'closed'],
  fulfilled: [],
  rejected: ['open'],
  closed: [],
};

/** Who takes a need: a volunteer, an organization, or a donor (for a 微心愿). */
export const ClaimantType = {
  volunteer: 'volunteer',
  organization: 'organization',
  donor: 'donor',
} as const;
export type ClaimantType = (typeof ClaimantType)[keyof typeof ClaimantType];

/** The largest 微心愿: a wish is small by definition; bigger needs become funded projects. */
export const MAX_WISH_FEN = MAX_DONATION_FEN / 100;

/** The public face of a claim: never the claimant's mobile, the name masked. */
export const ClaimSummary = /* @__PURE__ */ z.object({
  id: prefixedId('clm'),
  claimantType: z.enum(valuesOf(ClaimantType)),
  /** Masked: `张**`, or the organization's name. */
  claimantName: z.string(),
  claimedAt: Timestamp,
});
export type ClaimSummary = z.infer<typeof ClaimSummary>;

/** A need as anyone may see it: the requester's contact is never here. */
export const Need = /* @__PURE__ */ z.object({
  id: prefixedId('need'),
  communityId: CommunityCode,
  streetId: StreetCode,
  kind: z.enum(valuesOf(NeedKind)),
  category: z.enum(valuesOf(NeedCategory)),
  title: z.string(),
  description: z.string(),
  /** For a 微心愿, what it is worth in fen; `null` for a service need. */
  valueFen: z.nullable(fen()),
  /** Masked (`王**`), or `null` when the requester chose to stay anonymous. */
  requesterName: z.nullable(z.string()),
  status: z.enum(valuesOf(NeedStatus)),
  claim: z.nullable(ClaimSummary),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Need = z.infer<typeof Need>;

/** What staff see besides: the contact, the review, the reports. Audited on every read. */
export const StaffNeed = /* @__PURE__ */ z.extend(Need, {
  /** `null` once erased: on the requester's request, or 180 days after the need closed. */
  contact: z.nullable(Contact),
  anonymous: z.boolean(),
  reason: z.nullable(z.string()),
  reportCount: z.number(),
  hidden: z.boolean(),
});
export type StaffNeed = z.infer<typeof StaffNeed>;

/** `POST /v1/needs`: a resident posts a need; it starts `pending_review`. */
export const CreateNeedRequest = checked(
  z.strictObject({
    communityId: CommunityCode,
    kind: z.enum(valuesOf(NeedKind)),
    category: z.enum(valuesOf(NeedCategory)),
    title: text(4, 60),
    description: text(10, 1000),
    /** Required for a 微心愿, in fen; not allowed for a service need. */
    valueFen: z.optional(fen(100, MAX_WISH_FEN)),
    /** Stay anonymous in public: the name is never shown, staff still see the contact. */
    anonymous: z._default(z.boolean(), false),
    contact: Contact,
    consent: Consent,
  }),
  check((need) => need.kind !== 'wish' || need.valueFen !== undefined, 'value_required_for_wish', {
    path: ['valueFen'],
    dependsOn: ['kind', 'valueFen'],
  }),
  check((need) => need.kind !== 'service' || need.valueFen === undefined, 'value_only_for_wish', {
    path: ['valueFen'],
    dependsOn: ['kind', 'valueFen'],
  }),
);
export type CreateNeedRequest = z.input<typeof CreateNeedRequest>;

/** `POST /v1/needs/{id}/claims`: take an open need. */
export const ClaimNeedRequest = /* @__PURE__ */ z.strictObject({
  claimant: z.strictObject({
    type: z.enum(valuesOf(ClaimantType)),
    name: text(1, 80),
    mobile: Mobile,
  }),
  note: optionalText(200),
  consent: Consent,
});
export type ClaimNeedRequest = z.input<typeof ClaimNeedRequest>;

export const ClaimStatus = {
  active: 'active',
  released: 'released',
  completed: 'completed',
} as const;
export type ClaimStatus = (typeof ClaimStatus)[keyof typeof ClaimStatus];

export const Claim = /* @__PURE__ */ z.object({
  id: prefixedId('clm'),
  needId: prefixedId('need'),
  claimantType: z.enum(valuesOf(ClaimantType)),
  claimantName: z.string(),
  status: z.enum(valuesOf(ClaimStatus)),
  createdAt: Timestamp,
});
export type Claim = z.infer<typeof Claim>;

/** Why a resident reports a need; after 3 reports it is hidden until staff review it. */
export const ReportReason = {
  spam: 'spam',
  offensive: 'offensive',
  doesNotBelong: 'does_not_belong',
  other: 'other',
} as const;
export type ReportReason = (typeof ReportReason)[keyof typeof ReportReason];
export const REPORTS_TO_HIDE = 3;

/** `POST /v1/needs/{id}/reports`. The reporter token lets one browser report a need only once. */
export const ReportNeedRequest = /* @__PURE__ */ z.strictObject({
  reason: z.enum(valuesOf(ReportReason)),
  note: optionalText(200),
  reporterToken: text(16, 64),
});
export type ReportNeedRequest = z.input<typeof ReportNeedRequest>;

export const Report = /* @__PURE__ */ z.object({
  id: prefixedId('rpt'),
  needId: prefixedId('need'),
  reason: z.enum(valuesOf(ReportReason)),
  createdAt: Timestamp,
});
export type Report = z.infer<typeof Report>;

/**
 * `PATCH /v1/needs/{id}` (staff): review and status changes. Rejecting or closing needs a reason,
 * which the requester is told; `releaseClaim` frees a claimed need for someone else.
 */
export const UpdateNeedRequest = checked(
  z.strictObject({
    status: z.optional(z.enum(valuesOf(NeedStatus))),
    reason: optionalText(200),
    releaseClaim: z.optional(z.boolean()),
    /** Staff reviewed the reports and the need stays visible. */
    unhide: z.optional(z.boolean()),
    /** Staff reviewed the reports and hide the need from residents (the reports are settled). */
    hide: z.optional(z.boolean()),
  }),
  check(
    (patch) => (patch.status !== 'rejected' && patch.status !== 'closed') || Boolean(patch.reason),
    'reason_required',
    { path: ['reason'], dependsOn: ['status', 'reason'] },
  ),
  check((patch) => !(patch.hide === true && patch.unhide === true), 'invalid', {
    path: ['hide'],
    dependsOn: ['hide', 'unhide'],
  }),
);
export type UpdateNeedRequest = z.input<typeof UpdateNeedRequest>;
