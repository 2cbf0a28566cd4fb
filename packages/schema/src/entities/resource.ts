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
import { NeedCategory } from './need.js';

/** Who a resource is for (SPEC §11): 长者, 儿童, 青少年, 残障人士, 困难家庭, 妇女, 全体居民. */
export const TargetGroup = {
  elders: 'elders',
  children: 'children',
  youth: 'youth',
  peopleWithDisabilities: 'people_with_disabilities',
  lowIncomeFamilies: 'low_income_families',
  women: 'women',
  allResidents: 'all_residents',
} as const;
export type TargetGroup = (typeof TargetGroup)[keyof typeof TargetGroup];

/** A resource is listed while `published`; `paused` keeps it off the public list. */
export const ResourceStatus = { published: 'published', paused: 'paused' } as const;
export type ResourceStatus = (typeof ResourceStatus)[keyof typeof ResourceStatus];

/** The organization's public contact for a resource: a desk, never a resident's data. */
export const PublicContact = /* @__PURE__ */ z.strictObject({
  name: text(1, 40),
  /** A landline or a mobile, as the organization publishes it (`020-8478 1234`). */
  phone: text(5, 30),
});
export type PublicContact = z.infer<typeof PublicContact>;

/** A resource as the public list shows it (服务资源 / 资源清单, SPEC §11). */
export const Resource = /* @__PURE__ */ z.object({
  id: prefixedId('res'),
  organizationId: prefixedId('org'),
  organizationName: z.string(),
  title: z.string(),
  description: z.string(),
  category: z.enum(valuesOf(NeedCategory)),
  targetGroups: z.array(z.enum(valuesOf(TargetGroup))),
  communityIds: z.array(CommunityCode),
  capacity: z.nullable(z.string()),
  schedule: z.string(),
  contact: PublicContact,
  status: z.enum(valuesOf(ResourceStatus)),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Resource = z.infer<typeof Resource>;

const TargetGroups = /* @__PURE__ */ checked(
  z.array(z.enum(valuesOf(TargetGroup))),
  z.minLength(1),
  z.maxLength(7),
);
const CommunitiesServed = /* @__PURE__ */ checked(
  z.array(CommunityCode),
  z.minLength(1),
  z.maxLength(50),
);

/**
 * `POST /v1/resources`: an organization (its members, or staff where it works) publishes what it
 * offers. Every community served must be one of the district's.
 */
export const CreateResourceRequest = /* @__PURE__ */ z.strictObject({
  organizationId: prefixedId('org'),
  title: text(2, 60),
  description: text(10, 1000),
  category: z.enum(valuesOf(NeedCategory)),
  targetGroups: TargetGroups,
  communityIds: CommunitiesServed,
  capacity: optionalText(100),
  schedule: text(1, 200),
  contact: PublicContact,
  status: z.optional(z.enum(valuesOf(ResourceStatus))),
});
export type CreateResourceRequest = z.input<typeof CreateResourceRequest>;

/** `PATCH /v1/resources/{id}`: edit, pause (`status: 'paused'`) or publish again. */
export const UpdateResourceRequest = /* @__PURE__ */ z.strictObject({
  title: z.optional(text(2, 60)),
  description: z.optional(text(10, 1000)),
  category: z.optional(z.enum(valuesOf(NeedCategory))),
  targetGroups: z.optional(TargetGroups),
  communityIds: z.optional(CommunitiesServed),
  capacity: z.optional(z.nullable(text(0, 100))),
  schedule: z.optional(text(1, 200)),
  contact: z.optional(PublicContact),
  status: z.optional(z.enum(valuesOf(ResourceStatus))),
});
export type UpdateResourceRequest = z.input<typeof UpdateResourceRequest>;

/** `POST /v1/needs/{id}/matches`: staff link a need to a resource (供需对接). */
export const CreateMatchRequest = /* @__PURE__ */ z.strictObject({
  resourceId: prefixedId('res'),
  note: optionalText(200),
});
export type CreateMatchRequest = z.input<typeof CreateMatchRequest>;

/** A need linked to a resource, and so to the organization that offers it. */
export const NeedMatch = /* @__PURE__ */ z.object({
  id: prefixedId('mtc'),
  needId: prefixedId('need'),
  resourceId: prefixedId('res'),
  organizationId: prefixedId('org'),
  organizationName: z.string(),
  note: z.nullable(z.string()),
  createdAt: Timestamp,
});
export type NeedMatch = z.infer<typeof NeedMatch>;

/** `POST /v1/needs/{id}/organization-claims`: an organization takes a need matched to it. */
export const OrganizationClaimRequest = /* @__PURE__ */ z.strictObject({
  organizationId: prefixedId('org'),
  note: optionalText(200),
});
export type OrganizationClaimRequest = z.input<typeof OrganizationClaimRequest>;
