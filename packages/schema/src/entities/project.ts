import * as z from 'zod/mini';
import {
  CalendarDate,
  CommunityCode,
  fen,
  prefixedId,
  text,
  Timestamp,
  valuesOf,
} from '../primitives.js';

/** How a need becomes a funded project (SPEC §11). */
export const ProjectKind = {
  /** 政府购买服务 */
  governmentPurchase: 'government_purchase',
  /** 公益创投 */
  venture: 'venture',
  /** 微创投 */
  microVenture: 'micro_venture',
  /** 社区营造 */
  communityBuilding: 'community_building',
} as const;
export type ProjectKind = (typeof ProjectKind)[keyof typeof ProjectKind];

/** `proposed → approved → in_progress → completed`, or `rejected` / `cancelled` (SPEC §11). */
export const ProjectStatus = {
  proposed: 'proposed',
  approved: 'approved',
  inProgress: 'in_progress',
  completed: 'completed',
  rejected: 'rejected',
  cancelled: 'cancelled',
} as const;
export type ProjectStatus = (typeof ProjectStatus)[keyof typeof ProjectStatus];

/** The moves a project's status may make (SPEC §11); the last three are final. */
export const ProjectTransitions: Readonly<Record<ProjectStatus, readonly ProjectStatus[]>> = {
  proposed: ['approved', 'rejected', 'cancelled'],
  approved: ['in_progress', 'cancelled'],
  in_progress: ['completed', 'cancelled'],
  completed: [],
  rejected: [],
  cancelled: [],
};

/**
 * After 广益联募's rule: a project in progress with no public update for this many days is quiet,
 * and its fund pays it nothing more until it reports (409 `project_quiet`).
 */
export const QUIET_AFTER_DAYS = 180;

/** A project run by an organization; the subject residents rate in surveys. */
export const Project = /* @__PURE__ */ z.object({
  id: prefixedId('prj'),
  title: z.string(),
  kind: z.enum(valuesOf(ProjectKind)),
  organizationId: prefixedId('org'),
  organizationName: z.string(),
  communityIds: z.array(CommunityCode),
  needIds: z.array(prefixedId('need')),
  budgetFen: fen(),
  fundId: z.nullable(prefixedId('fund')),
  status: z.enum(valuesOf(ProjectStatus)),
  startsOn: CalendarDate,
  endsOn: z.nullable(CalendarDate),
  socialWorkerIds: z.array(prefixedId('sw')),
  /** The last public progress update, or null before the first. */
  lastUpdateAt: z.nullable(Timestamp),
  /** In progress and silent for `QUIET_AFTER_DAYS`: its fund pays it nothing until it reports. */
  quiet: z.boolean(),
});
export type Project = z.infer<typeof Project>;

/** A public progress update, named by who reported it: the organization, or the staff role. */
export const ProjectUpdate = /* @__PURE__ */ z.object({
  id: prefixedId('pup'),
  body: z.string(),
  reportedBy: z.enum(['organization', 'social_worker', 'staff']),
  createdAt: Timestamp,
});
export type ProjectUpdate = z.infer<typeof ProjectUpdate>;

/**
 * A project's money: `raisedFen` is what its fund has raised (null without a fund); `usedFen` what
 * funds have disbursed to the project.
 */
export const ProjectMoney = /* @__PURE__ */ z.object({
  raisedFen: z.nullable(fen()),
  usedFen: fen(),
});
export type ProjectMoney = z.infer<typeof ProjectMoney>;

/** A project as the public list (`GET /v1/projects`) shows it: with its money raised and used. */
export const ProjectSummary = /* @__PURE__ */ z.extend(Project, { money: ProjectMoney });
export type ProjectSummary = z.infer<typeof ProjectSummary>;

/**
 * One project as its public page shows it: progress updates (newest first), money (see
 * `ProjectMoney`), and, once completed, where residents' satisfaction results are
 * (`GET /v1/surveys/{surveyId}/results?subject=`).
 */
export const ProjectDetail = /* @__PURE__ */ z.extend(ProjectSummary, {
  updates: z.array(ProjectUpdate),
  satisfaction: z.nullable(z.object({ surveyId: prefixedId('svy'), resultsPath: z.string() })),
});
export type ProjectDetail = z.infer<typeof ProjectDetail>;

/** `POST /v1/projects/{id}/updates`: a public progress report. */
export const CreateProjectUpdateRequest = /* @__PURE__ */ z.strictObject({
  body: text(5, 2000),
});
export type CreateProjectUpdateRequest = z.input<typeof CreateProjectUpdateRequest>;

/** `PATCH /v1/projects/{id}`: staff move a project through its lifecycle, or set its fund and social workers. */
export const UpdateProjectRequest = /* @__PURE__ */ z.strictObject({
  status: z.optional(z.enum(valuesOf(ProjectStatus))),
  fundId: z.optional(z.nullable(prefixedId('fund'))),
  socialWorkerIds: z.optional(z.array(prefixedId('sw'))),
});
export type UpdateProjectRequest = z.input<typeof UpdateProjectRequest>;
