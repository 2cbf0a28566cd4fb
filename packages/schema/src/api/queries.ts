import * as z from 'zod/mini';
import { CommunityCode, prefixedId, StreetCode, text, valuesOf } from '../primitives.js';
import { NeedCategory, NeedKind, NeedStatus } from '../entities/need.js';
import { OrganizationCategory, OrganizationKind } from '../entities/organization.js';
import { PageQuery } from './pagination.js';

/**
 * A page of a place: one community, or a whole street. Lists extend it (`z.extend` rather than
 * spreading shapes, so a bundle that uses none of these queries can drop them all).
 */
const PlacePage = /* @__PURE__ */ z.extend(PageQuery, {
  community: z.optional(CommunityCode),
  street: z.optional(StreetCode),
});

/**
 * `GET /v1/needs`: newest first. With a publishable key only public statuses are returned, and a
 * `status` of `pending_review` or `rejected` finds nothing; staff (secret key) see every status.
 * `q` searches titles and descriptions; two Chinese characters (助老) are enough.
 */
export const ListNeedsQuery = /* @__PURE__ */ z.extend(PlacePage, {
  kind: z.optional(z.enum(valuesOf(NeedKind))),
  category: z.optional(z.enum(valuesOf(NeedCategory))),
  status: z.optional(z.enum(valuesOf(NeedStatus))),
  q: z.optional(text(1, 50)),
});
export type ListNeedsQuery = z.input<typeof ListNeedsQuery>;

/** Whether to list active organizations (the default), inactive ones, or both. */
export const ActiveFilter = ['true', 'false', 'any'] as const;

export const ListOrganizationsQuery = /* @__PURE__ */ z.extend(PlacePage, {
  kind: z.optional(z.enum(valuesOf(OrganizationKind))),
  category: z.optional(z.enum(valuesOf(OrganizationCategory))),
  active: z.optional(z.enum(ActiveFilter)),
});
export type ListOrganizationsQuery = z.input<typeof ListOrganizationsQuery>;

/** `GET /v1/activities`: upcoming first. */
export const ListActivitiesQuery = PlacePage;
export type ListActivitiesQuery = z.input<typeof ListActivitiesQuery>;

export const ListFundsQuery = PlacePage;
export type ListFundsQuery = z.input<typeof ListFundsQuery>;

export const LedgerQuery = PageQuery;
export type LedgerQuery = z.input<typeof LedgerQuery>;

/** `GET /v1/events`: what to follow; with nothing given, the whole district. */
export const EventsQuery = /* @__PURE__ */ z.strictObject({
  community: z.optional(CommunityCode),
  street: z.optional(StreetCode),
  fund: z.optional(prefixedId('fund')),
});
export type EventsQuery = z.input<typeof EventsQuery>;

/** `GET /v1/surveys/{id}/results`: one subject's results, or the whole survey's. */
export const SurveyResultsQuery = /* @__PURE__ */ z.strictObject({
  subject: z.optional(text(1, 64)),
});
export type SurveyResultsQuery = z.input<typeof SurveyResultsQuery>;
