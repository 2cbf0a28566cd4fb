import type { RouteHandlers } from '../http/route.js';
import { createActivity, updateActivity } from '../services/programs/activities.js';
import { createSurvey, createSurveyVersion, updateSurvey } from '../services/programs/surveys.js';
import { listStaffSurveys } from '../services/programs/staff-surveys.js';

/** Staff run their programmes: activities and surveys (SPEC §9); the binder checks who may. */
export const programHandlers = {
  createActivity,
  updateActivity,
  createSurvey,
  updateSurvey,
  createSurveyVersion,
  listStaffSurveys,
} satisfies Partial<RouteHandlers>;
