import {
  getSurveyResultsRoute,
  getSurveyRoute,
  listSurveyFollowUpsRoute,
  listDivisionsRoute,
  listOrganizationsRoute,
  respondToSurveyRoute,
  type DivisionTree,
  type FollowUp,
  type ListOrganizationsQuery,
  type Organization,
  type Page,
  type Survey,
  type SurveyResponse,
  type SurveyResponseRequest,
  type SurveyResults,
  type SurveyResultsQuery,
} from '@wushe/schema';
import type { RequestOptions } from '../options.js';
import { paginate, type PagePromise } from '../pagination.js';
import type { Requester, WithRequestId } from '../requester.js';

/** Satisfaction surveys (好差评): one response per respondent per subject (一事一评). */
export class SurveysResource {
  constructor(private readonly requester: Requester) {}

  get(params: { id: string }, options?: RequestOptions): Promise<WithRequestId<Survey>> {
    return this.requester.call(getSurveyRoute, { params }, options);
  }

  /** Answers a survey; a second answer with the same token is a `ConflictError` (`already_responded`). */
  respond(
    { id, ...body }: { id: string } & SurveyResponseRequest,
    options?: RequestOptions,
  ): Promise<WithRequestId<SurveyResponse>> {
    return this.requester.call(respondToSurveyRoute, { params: { id }, body }, options);
  }

  /** n, CSAT and NPS with 95% intervals; public results withhold figures from fewer than 10 answers. */
  results(
    { id, ...query }: { id: string } & SurveyResultsQuery,
    options?: RequestOptions,
  ): Promise<WithRequestId<SurveyResults>> {
    return this.requester.call(getSurveyResultsRoute, { params: { id }, query }, options);
  }

  /** Staff (secret key): low ratings to call back (回访). */
  followUps(
    params: { id: string },
    options?: RequestOptions,
  ): Promise<WithRequestId<{ data: FollowUp[] }>> {
    return this.requester.call(listSurveyFollowUpsRoute, { params }, options);
  }
}

/** The district tree: streets and communities. */
export class DivisionsResource {
  constructor(private readonly requester: Requester) {}

  list(
    params: Record<string, never> = {},
    options?: RequestOptions,
  ): Promise<WithRequestId<DivisionTree>> {
    return this.requester.call(listDivisionsRoute, { query: params }, options);
  }
}

/** Organizations of the district: social organizations, agencies, enterprises, foundations, charities. */
export class OrganizationsResource {
  constructor(private readonly requester: Requester) {}

  list(params: ListOrganizationsQuery = {}, options?: RequestOptions): PagePromise<Organization> {
    return paginate((cursor) =>
      this.requester.call<Page<Organization>>(
        listOrganizationsRoute,
        { query: cursor ? { ...params, cursor } : params },
        options,
      ),
    );
  }
}
