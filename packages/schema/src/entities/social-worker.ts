import * as z from 'zod/mini';
import { checked } from '../checked.js';
import { check } from '../issues.js';
import { CommunityCode, prefixedId, StreetCode, text, valuesOf } from '../primitives.js';
import { isWithinDivision } from '../validators/division-code.js';

/** 社会工作者 certificate levels (职业水平证书). */
export const CertificateLevel = {
  /** 助理社工师 */
  assistant: 'assistant_social_worker',
  /** 社工师 */
  intermediate: 'social_worker',
  /** 高级社工师 */
  senior: 'senior_social_worker',
} as const;
export type CertificateLevel = (typeof CertificateLevel)[keyof typeof CertificateLevel];

/**
 * A social worker (社会工作者), employed by an agency (社工机构) or posted to a 社工站
 * (social-work station), serving a community or a whole street. They may be linked to a staff
 * account holding the `social_worker` role, to sign in and record hours and follow-ups.
 */
export const SocialWorker = /* @__PURE__ */ z.object({
  id: prefixedId('sw'),
  name: text(1, 40),
  organizationId: z.nullable(prefixedId('org')),
  /** The 社工站 (station) they work from, when they are posted to one. */
  station: z.nullable(text(1, 80)),
  /** `null`: no certificate (职业水平证书) yet. */
  certificateLevel: z.nullable(z.enum(valuesOf(CertificateLevel))),
  /** Where they serve: a community, or a whole street (`communityId` null). */
  communityId: z.nullable(CommunityCode),
  streetId: z.nullable(StreetCode),
  accountId: z.nullable(prefixedId('acc')),
  active: z.boolean(),
});
export type SocialWorker = z.infer<typeof SocialWorker>;

const socialWorkerFields = {
  name: text(1, 40),
  organizationId: z.optional(z.nullable(prefixedId('org'))),
  station: z.optional(z.nullable(text(1, 80))),
  certificateLevel: z.optional(z.nullable(z.enum(valuesOf(CertificateLevel)))),
  communityId: z.optional(z.nullable(CommunityCode)),
  streetId: z.optional(z.nullable(StreetCode)),
  /** A staff account with the `social_worker` role, or `null` to unlink it. */
  accountId: z.optional(z.nullable(prefixedId('acc'))),
  active: z.optional(z.boolean()),
};

/** The facts of a social worker its rules read, as stored or as a request leaves them. */
export interface SocialWorkerFacts {
  readonly organizationId?: string | null | undefined;
  readonly station?: string | null | undefined;
  readonly communityId?: string | null | undefined;
  readonly streetId?: string | null | undefined;
}

/**
 * The rules of a social worker's record: an organization or a 社工站 (or both), a place served
 * (a community, whose street follows, or else a whole street: named at `communityId` when both
 * are missing), and a community within the street given.
 */
export const SOCIAL_WORKER_RULES = [
  {
    path: ['organizationId'],
    code: 'organization_or_station',
    dependsOn: ['organizationId', 'station'],
    holds: (sw: SocialWorkerFacts) => sw.organizationId != null || sw.station != null,
  },
  {
    path: ['communityId'],
    code: 'required',
    dependsOn: ['communityId', 'streetId'],
    holds: (sw: SocialWorkerFacts) => sw.communityId != null || sw.streetId != null,
  },
  {
    path: ['communityId'],
    code: 'division_not_in_parent',
    dependsOn: ['communityId', 'streetId'],
    holds: (sw: SocialWorkerFacts) =>
      sw.communityId == null ||
      sw.streetId == null ||
      isWithinDivision(sw.communityId, sw.streetId),
  },
] as const;

/** The rules a social worker's facts break, as `{path, code}`. */
export function socialWorkerRuleIssues(sw: SocialWorkerFacts) {
  return SOCIAL_WORKER_RULES.filter((rule) => !rule.holds(sw)).map((rule) => ({
    path: [...rule.path] as (string | number)[],
    code: rule.code,
  }));
}

/** `POST /v1/social-workers`. */
export const CreateSocialWorkerRequest = /* @__PURE__ */ checked(
  z.strictObject(socialWorkerFields),
  ...SOCIAL_WORKER_RULES.map((rule) =>
    check<SocialWorkerFacts>(rule.holds, rule.code, {
      path: [...rule.path],
      dependsOn: [...rule.dependsOn],
    }),
  ),
);
export type CreateSocialWorkerRequest = z.input<typeof CreateSocialWorkerRequest>;

/** `PATCH /v1/social-workers/{id}`: any field; the record afterwards keeps the rules. */
export const UpdateSocialWorkerRequest = /* @__PURE__ */ z.strictObject({
  ...socialWorkerFields,
  name: z.optional(socialWorkerFields.name),
});
export type UpdateSocialWorkerRequest = z.input<typeof UpdateSocialWorkerRequest>;
