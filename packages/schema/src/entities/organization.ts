import * as z from 'zod/mini';
import { checked } from '../checked.js';
import { check, type IssueCode } from '../issues.js';
import { isWithinDivision } from '../validators/division-code.js';
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

/** The facts of an organization its rules read, as stored or as a request leaves them. */
export interface OrganizationFacts {
  readonly kind: OrganizationKind;
  readonly category?: OrganizationCategory | null | undefined;
  readonly registration: Registration;
  readonly creditCode?: string | null | undefined;
  readonly communityId?: string | null | undefined;
  readonly streetId?: string | null | undefined;
}

/**
 * The rules of an organization's record, one each: a 社区社会组织 has a category; a registered
 * (登记) organization has its credit code and a filed-only (备案) group none; a community lies in
 * its street. A new organization is checked with them in its schema, an edited one (the stored
 * record with the patch applied) with `organizationRuleIssues`.
 */
export const ORGANIZATION_RULES = [
  {
    path: ['category'],
    code: 'required',
    dependsOn: ['kind', 'category'],
    holds: (org: OrganizationFacts) => org.kind !== 'community_social_org' || org.category != null,
  },
  {
    path: ['creditCode'],
    code: 'required',
    dependsOn: ['registration', 'creditCode'],
    holds: (org: OrganizationFacts) => org.registration !== 'registered' || org.creditCode != null,
  },
  {
    path: ['creditCode'],
    code: 'credit_code_not_for_filed',
    dependsOn: ['registration', 'creditCode'],
    holds: (org: OrganizationFacts) => org.registration !== 'filed' || org.creditCode == null,
  },
  {
    path: ['communityId'],
    code: 'division_not_in_parent',
    dependsOn: ['communityId', 'streetId'],
    holds: (org: OrganizationFacts) =>
      org.communityId == null ||
      org.streetId == null ||
      isWithinDivision(org.communityId, org.streetId),
  },
] as const satisfies readonly {
  path: string[];
  code: IssueCode;
  dependsOn: string[];
  holds: (org: OrganizationFacts) => boolean;
}[];

/** The rules an organization's facts break, as `{path, code}`. */
export function organizationRuleIssues(
  org: OrganizationFacts,
): { path: (string | number)[]; code: IssueCode }[] {
  return ORGANIZATION_RULES.filter((rule) => !rule.holds(org)).map((rule) => ({
    path: [...rule.path],
    code: rule.code,
  }));
}

const organizationChecks = /* @__NO_SIDE_EFFECTS__ */ () =>
  ORGANIZATION_RULES.map((rule) =>
    check<OrganizationFacts>(rule.holds, rule.code, {
      path: [...rule.path],
      dependsOn: [...rule.dependsOn],
    }),
  );

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
    /** Whether it is still working; a dissolved or deregistered organization is kept, inactive. */
    active: z.boolean(),
  }),
  ...organizationChecks(),
);
export type Organization = z.infer<typeof Organization>;

const organizationFields = {
  name: text(1, 80),
  kind: z.enum(valuesOf(OrganizationKind)),
  category: z.optional(z.nullable(z.enum(valuesOf(OrganizationCategory)))),
  registration: z.enum(valuesOf(Registration)),
  creditCode: z.optional(z.nullable(CreditCode)),
  /** Where it works: a community (its street follows from the code), a street, or neither. */
  communityId: z.optional(z.nullable(CommunityCode)),
  streetId: z.optional(z.nullable(StreetCode)),
  description: optionalText(500),
  publicFundraising: z.optional(z.boolean()),
  active: z.optional(z.boolean()),
};

/**
 * `POST /v1/organizations`: register (登记, with its 统一社会信用代码) or file (备案, without) an
 * organization. Staff may act only where it works: community staff in their community.
 */
export const CreateOrganizationRequest = /* @__PURE__ */ checked(
  z.strictObject(organizationFields),
  ...organizationChecks(),
);
export type CreateOrganizationRequest = z.input<typeof CreateOrganizationRequest>;

/**
 * `PATCH /v1/organizations/{id}`: any of the fields; the record as it is afterwards must keep the
 * rules (`organizationRuleIssues`). Moving it needs a role that covers both places.
 */
export const UpdateOrganizationRequest = /* @__PURE__ */ z.strictObject({
  name: z.optional(organizationFields.name),
  kind: z.optional(organizationFields.kind),
  category: organizationFields.category,
  registration: z.optional(organizationFields.registration),
  creditCode: organizationFields.creditCode,
  communityId: organizationFields.communityId,
  streetId: organizationFields.streetId,
  description: z.optional(z.nullable(text(0, 500))),
  publicFundraising: organizationFields.publicFundraising,
  active: organizationFields.active,
});
export type UpdateOrganizationRequest = z.input<typeof UpdateOrganizationRequest>;
