import {
  createSurveyRoute,
  createSurveyVersionRoute,
  listStaffSurveysRoute,
  type ListStaffSurveysQuery,
  updateSurveyRoute,
  type CreateSurveyRequest,
  type CreateSurveyVersionRequest,
  type UpdateSurveyRequest,
  getSurveyResultsRoute,
  getSurveyRoute,
  listSurveyFollowUpsRoute,
  respondToSurveyRoute,
  type SurveyResponseRequest,
  type SurveyResultsQuery,
} from '@wushe/schema';
import type { RequestOptions } from '../options.js';
import type { Requester, RouteAnswer } from '../requester.js';

/** Satisfaction surveys (好差评): one response per respondent per subject (一事一评). */
export class SurveysResource {
  constructor(private readonly requester: Requester) {}

  get(params: { id: string }, options?: RequestOptions): RouteAnswer<typeof getSurveyRoute> {
    return this.requester.call(getSurveyRoute, { params }, options);
  }

  /** Answers a survey; a second answer with the same token is a `ConflictError` (`already_responded`). */
  respond(
    { id, ...body }: { id: string } & SurveyResponseRequest,
    options?: RequestOptions,
  ): RouteAnswer<typeof respondToSurveyRoute> {
    return this.requester.call(respondToSurveyRoute, { params: { id }, body }, options);
  }

  /** n, CSAT and NPS with 95% intervals; public results withhold figures from fewer than 10 answers. */
  results(
    { id, ...query }: { id: string } & SurveyResultsQuery,
    options?: RequestOptions,
  ): RouteAnswer<typeof getSurveyResultsRoute> {
    return this.requester.call(getSurveyResultsRoute, { params: { id }, query }, options);
  }

  /** Staff of the survey's place (or the secret key): low ratings to call back (回访). */
  followUps(
    params: { id: string },
    options?: RequestOptions,
  ): RouteAnswer<typeof listSurveyFollowUpsRoute> {
    return this.requester.call(listSurveyFollowUpsRoute, { params }, options);
  }

  /** Staff: creates a survey of a community (without `communityId`: of the district). */
  create(
    body: CreateSurveyRequest,
    options?: RequestOptions,
  ): RouteAnswer<typeof createSurveyRoute> {
    return this.requester.call(createSurveyRoute, { body }, options);
  }

  /**
   * Staff: edits a survey. New `questions` once someone has answered are a `ConflictError`
   * (`survey_questions_frozen`): make a new version with `createVersion` instead.
   */
  update(
    { id, ...body }: { id: string } & UpdateSurveyRequest,
    options?: RequestOptions,
  ): RouteAnswer<typeof updateSurveyRoute> {
    return this.requester.call(updateSurveyRoute, { params: { id }, body }, options);
  }

  /** Staff: a new version with new questions replaces the survey, which closes and points to it. */
  createVersion(
    { id, ...body }: { id: string } & CreateSurveyVersionRequest,
    options?: RequestOptions,
  ): RouteAnswer<typeof createSurveyVersionRoute> {
    return this.requester.call(createSurveyVersionRoute, { params: { id }, body }, options);
  }

  /** Staff: the surveys they run, each with its number of responses, open first. */
  staffList(
    query: ListStaffSurveysQuery = {},
    options?: RequestOptions,
  ): RouteAnswer<typeof listStaffSurveysRoute> {
    return this.requester.call(listStaffSurveysRoute, { query }, options);
  }
}
