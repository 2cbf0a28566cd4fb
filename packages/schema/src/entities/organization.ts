import * as z from 'zod/mini';
import { checked } from '../checked.js';
import { check } from '../issues.js';
import {
  CommunityCode,
  CreditCode,
  optionalText,
  prefixedId,
  StreetCode,
  text,
  valuesOf,
} from '../primitives.js';

/** What an organization is (SPEC §2; Panyu's 五社: 社会组织, 社会工作, 社区企业, 社区基金). */
export const OrganizationKind = {
  /** 社区社会组织: the carrier of 五社联动; always has a category. */
  communitySocialOrg: 'community_social_org',
  /** 社工机构 */
  socialWorkAgency: 'social_work_agency',
  /** 社区企业 */
  communityEnterprise: 'community_enterprise',
  /** 基金会 / 社区基金会 */
  foundation: 'foundation',
  /** 慈善组织 */
  charityOrg: 'charity_org',
} as const;
export type OrganizationKind = (typeof OrganizationKind)[keyof typeof OrganizationKind];

/** The five categories of 社区社会组织 used by Panyu and Changning. */
export const OrganizationCategory = {
  /** 公益慈善类 */
  charity: 'charity',
  /** 文娱类 */
  culture: 'culture',
  /** 社区服务类 */
  service: 'service',
  /** 社会事务类 */
  affairs: 'affairs',
  /** 议事协调类 */
  deliberation: 'deliberation',
} as const;
export type OrganizationCategory = (typeof OrganizationCategory)[keyof typeof OrganizationCategory];

/** Registered (登记, with a credit code) or only filed (备案) with the street. */
export const Registration = { registered: 'registered', filed: 'filed' } as const;
export type Registration = (typeof Registration)[keyof typeof Registration];

export const Organization = checked(
  z.object({
    id: prefixedId('org'),
    name: text(1, 80),
    kind: z.enum(valuesOf(OrganizationKind)),
    category: z.nullable(z.enum(valuesOf(OrganizationCategory))),
    registration: z.enum(valuesOf(Registration)),
    /** The 统一社会信用代码; `null` for groups that are only filed (备案) with their street. */
    creditCode: z.nullable(CreditCode),
    /** Where it works: a community, or a whole street, or the whole district (both `null`). */
    communityId: z.nullable(CommunityCode),
    streetId: z.nullable(StreetCode),
    description: optionalText(500),
    /** 公开募捐资格: only such a charity organization may raise funds from the public (慈善法 Art. 22). */
    publicFundraising: z.boolean(),
  }),
  check((org) => org.kind !== 'community_social_org' || org.category !== null, 'required', {
    path: ['category'],
  }),
  check((org) => org.registration !== 'registered' || org.creditCode !== null, 'required', {
    path: ['creditCode'],
  }),
);
export type Organization = z.infer<typeof Organization>;

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

/** A social worker, attached to an agency or a 社工站 (social-work station). */
export const SocialWorker = /* @__PURE__ */ z.object({
  id: prefixedId('sw'),
  name: text(1, 40),
  organizationId: prefixedId('org'),
  /** The 社工站 (station) they work from, when they are posted to one. */
  station: z.nullable(text(1, 80)),
  certificateLevel: z.nullable(z.enum(valuesOf(CertificateLevel))),
});
export type SocialWorker = z.infer<typeof SocialWorker>;
