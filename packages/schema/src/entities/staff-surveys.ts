import * as z from 'zod/mini';
import { checked } from '../checked.js';
import { CommunityCode, StreetCode } from '../primitives.js';
import { Survey } from './survey.js';

/**
 * `GET /v1/staff/surveys`: narrowed to a community or a street; with neither, every survey the
 * caller runs (a district admin's: the district's own surveys too).
 */
export const ListStaffSurveysQuery = /* @__PURE__ */ z.strictObject({
  community: z.optional(CommunityCode),
  street: z.optional(StreetCode),
});
export type ListStaffSurveysQuery = z.input<typeof ListStaffSurveysQuery>;

/**
 * A survey as its staff edit it: with how many have answered. Answered, its questions are frozen
 * and new questions make a new version (`POST /v1/surveys/{id}/versions`).
 */
export const StaffSurvey = /* @__PURE__ */ z.extend(Survey, {
  responses: checked(z.int(), z.gte(0)),
});
export type StaffSurvey = z.infer<typeof StaffSurvey>;

export const StaffSurveys = /* @__PURE__ */ z.object({ data: z.array(StaffSurvey) });
export type StaffSurveys = z.infer<typeof StaffSurveys>;
