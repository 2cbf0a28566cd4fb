import type * as z from 'zod/mini';
import { ApiErrorBody } from '../errors.js';
import { Division, DivisionTree } from '../entities/division.js';
import { Organization } from '../entities/organization.js';
import { SocialWorker } from '../entities/social-worker.js';
import { Claim, ClaimSummary, Need, Report, StaffNeed } from '../entities/need.js';
import { Volunteer } from '../entities/volunteer.js';
import { Activity, Signup } from '../entities/activity.js';
import { ServiceRecord, VolunteerHours } from '../entities/service-record.js';
import {
  Disbursement,
  Fund,
  FundDetail,
  FundDisclosure,
  FundProgress,
  LedgerEntry,
} from '../entities/fund.js';
import { CreateDonationResponse, Donation, PaymentInstructions } from '../entities/donation.js';
import { Project } from '../entities/project.js';
import {
  Estimate,
  FollowUp,
  Question,
  QuestionResult,
  Survey,
  SurveyResponse,
  SurveyResults,
} from '../entities/survey.js';
import { LiveEvent } from '../entities/events.js';
import { routes } from '../api/routes.js';

/**
 * The schemas the OpenAPI document names under `components.schemas`. Wherever one of them appears
 * inside another, the document refers to it instead of repeating it.
 */
export const namedSchemas: Record<string, [z.ZodMiniType, string]> = {
  ApiError: [
    ApiErrorBody,
    'Every error: a code, a message in the requested language, field issues, the request id',
  ],
  DivisionTree: [DivisionTree, 'A district with its streets and communities'],
  Division: [Division, 'A street or community with its kind and population'],
  Organization: [
    Organization,
    'A social organization, agency, community enterprise, foundation or charity',
  ],
  SocialWorker: [SocialWorker, 'A social worker (社会工作者)'],
  Need: [Need, 'A need as anyone may see it; the requester contact is never included'],
  StaffNeed: [StaffNeed, 'A need as staff see it, with contact and review details'],
  ClaimSummary: [ClaimSummary, 'The public face of a claim'],
  Claim: [Claim, 'A claim on a need'],
  Report: [Report, 'A resident report on a need'],
  Volunteer: [Volunteer, 'A registered volunteer; mobile and ID number masked'],
  Activity: [Activity, 'A volunteer activity with capacity'],
  Signup: [Signup, 'A signup for an activity: confirmed or waitlisted'],
  ServiceRecord: [ServiceRecord, 'Hours a volunteer served, rounded to half hours'],
  VolunteerHours: [VolunteerHours, 'A volunteer time-bank balance'],
  FundDisclosure: [FundDisclosure, "The fundraiser's disclosure required by Charity Law Art. 25"],
  Fund: [Fund, 'A community fund with its progress; money in integer fen'],
  FundDetail: [FundDetail, 'A fund with its disbursements'],
  FundProgress: [FundProgress, 'The live figures of a fund'],
  Disbursement: [Disbursement, 'What fund money was used for'],
  LedgerEntry: [LedgerEntry, 'A line of the public donation ledger'],
  Donation: [Donation, 'A donation; amount in integer fen'],
  PaymentInstructions: [PaymentInstructions, 'How to pay a pending donation'],
  CreateDonationResponse: [CreateDonationResponse, 'A pending donation and how to pay it'],
  Project: [Project, 'A funded project run by an organization'],
  Question: [Question, 'A survey question'],
  Survey: [Survey, 'A satisfaction survey definition'],
  SurveyResponse: [SurveyResponse, 'A recorded survey response'],
  Estimate: [Estimate, 'A percentage or score with its 95% interval'],
  QuestionResult: [QuestionResult, 'Figures for one question'],
  SurveyResults: [SurveyResults, 'Survey results; figures below the minimum n are withheld'],
  FollowUp: [FollowUp, 'A low rating for staff follow-up'],
  LiveEvent: [LiveEvent, 'A Server-Sent Event'],
};

/** Request bodies are named after their route: `CreateNeedRequest` for `createNeed`. */
export const requestSchemaName = (route: string) =>
  `${route[0]!.toUpperCase()}${route.slice(1)}Request`;

export function requestSchemas(): Record<string, [z.ZodMiniType, string]> {
  return Object.fromEntries(
    Object.entries(routes).flatMap(([name, route]) =>
      'body' in route
        ? [[requestSchemaName(name), [route.body, `Body of ${route.method} ${route.path}`]]]
        : [],
    ),
  );
}
