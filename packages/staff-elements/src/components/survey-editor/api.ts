import {
  createSurveyRoute,
  createSurveyVersionRoute,
  listDivisionsRoute,
  listStaffSurveysRoute,
  updateSurveyRoute,
  type CreateSurveyRequest,
  type CreateSurveyVersionRequest,
  type DivisionTree,
  type StaffSurvey,
  type UpdateSurveyRequest,
} from '@wushe/schema';
import type { Requester } from '@wushe/sdk';
import { placeOf } from '../../internal/divisions.js';

export interface SurveysData {
  readonly surveys: readonly StaffSurvey[];
  readonly tree: DivisionTree;
}

/** The surveys the person runs in `division` (a whole district: its own too), and the divisions. */
export async function loadSurveys(
  requester: Requester,
  division: string,
  signal: AbortSignal,
): Promise<SurveysData> {
  const [page, tree] = await Promise.all([
    requester.call(listStaffSurveysRoute, { query: placeOf(division) }, { signal }),
    requester.call(listDivisionsRoute, {}, { signal }),
  ]);
  return { surveys: page.data, tree };
}

export const createSurvey = (requester: Requester, body: CreateSurveyRequest) =>
  requester.call(createSurveyRoute, { body });

export const updateSurvey = (requester: Requester, id: string, body: UpdateSurveyRequest) =>
  requester.call(updateSurveyRoute, { params: { id }, body });

/** New questions for an answered survey: a new version replaces it, and it closes. */
export const publishVersion = (
  requester: Requester,
  id: string,
  body: CreateSurveyVersionRequest,
) => requester.call(createSurveyVersionRoute, { params: { id }, body });
