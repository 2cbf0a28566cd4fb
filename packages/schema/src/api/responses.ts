import * as z from 'zod/mini';
import { DivisionTree } from '../entities/division.js';
import { Division } from '../entities/division.js';
import { Organization } from '../entities/organization.js';
import { SocialWorker } from '../entities/social-worker.js';
import { Claim, Need, Report, StaffNeed } from '../entities/need.js';
import { Activity, Signup } from '../entities/activity.js';
import { Volunteer } from '../entities/volunteer.js';
import { ServiceRecord, VolunteerHours } from '../entities/service-record.js';
import { Disbursement, Fund, FundDetail, LedgerEntry } from '../entities/fund.js';
import { CreateDonationResponse, Donation } from '../entities/donation.js';
import { FollowUp, Survey, SurveyResponse, SurveyResults } from '../entities/survey.js';
import { StaffSurveys } from '../entities/staff-surveys.js';
import {
  SetStaffPasswordResponse,
  StaffAccount,
  StaffMe,
  StaffSignInResponse,
  StaffSignOutResponse,
} from '../entities/staff.js';
import { AuditEntry } from '../entities/audit.js';
import { AdministeredAccount, GrantableRole, TotpEnrolment } from '../entities/accounts.js';
import { OutboxMessage } from '../entities/outbox.js';
import { StaffFund } from '../entities/fund-admin.js';
import { ApiKey, CreatedApiKey } from '../entities/api-key.js';
import { DistrictSettings } from '../entities/settings.js';
import { QueuePage } from '../entities/staff-queue.js';
import { IndicatorsReport } from '../entities/indicators.js';
import { CheckInList, RecordableActivities } from '../entities/desk.js';
import { FollowUpRecord } from '../entities/follow-up.js';
import { PointsTransfer, VolunteerPoints } from '../entities/points.js';
import { IssuedRedemption, Redemption, Reward } from '../entities/rewards.js';
import {
  ResidentCodeSent,
  ResidentSession,
  ResidentSignedOut,
  Resident,
} from '../entities/resident.js';
import {
  mine,
  MyDonation,
  MyHours,
  MyNeed,
  MySignup,
  MyVolunteer,
  ResidentErased,
  ResidentExport,
  VolunteerConsentWithdrawn,
} from '../entities/resident-data.js';
import { NeedMatch, Resource } from '../entities/resource.js';
import { OrganizationDesk } from '../entities/organization-desk.js';
import { Call, CallDetail, Proposal, ProposalScore, Vote } from '../entities/call.js';
import { Project, ProjectDetail, ProjectSummary, ProjectUpdate } from '../entities/project.js';
import { page } from './pagination.js';
import type { routes } from './routes.js';

/**
 * The success body of each route (`undefined` for the event stream). Apart from the routes, so
 * that a client which does not check responses never bundles the response schemas.
 */
export const responses = {
  listDivisions: DivisionTree,
  listOrganizations: page(Organization),
  listNeeds: page(Need),
  /** Staff (secret key) read a `StaffNeed`, with the contact; everyone else the public `Need`. */
  getNeed: /* @__PURE__ */ z.union([StaffNeed, Need]),
  createNeed: Need,
  claimNeed: Claim,
  reportNeed: Report,
  updateNeed: StaffNeed,
  listActivities: page(Activity),
  getActivity: Activity,
  signUpForActivity: Signup,
  registerVolunteer: Volunteer,
  getVolunteerHours: VolunteerHours,
  createServiceRecord: ServiceRecord,
  listFunds: page(Fund),
  getFund: FundDetail,
  listFundDonations: page(LedgerEntry),
  createDonation: CreateDonationResponse,
  getDonation: Donation,
  confirmDonation: Donation,
  getSurvey: Survey,
  respondToSurvey: SurveyResponse,
  getSurveyResults: SurveyResults,
  listSurveyFollowUps: z.object({ data: z.array(FollowUp) }),
  streamEvents: undefined,
  staffSignIn: StaffSignInResponse,
  setStaffPassword: SetStaffPasswordResponse,
  createDelegatedSession: StaffSignInResponse,
  getStaffMe: StaffMe,
  staffSignOut: StaffSignOutResponse,
  listAudit: page(AuditEntry),
  listAccounts: page(AdministeredAccount),
  listGrantableRoles: /* @__PURE__ */ z.object({ data: z.array(GrantableRole) }),
  createAccount: AdministeredAccount,
  updateAccount: AdministeredAccount,
  enrolTotp: TotpEnrolment,
  confirmTotp: StaffAccount,
  disableTotp: StaffAccount,
  listDevOutbox: page(OutboxMessage),
  createDivision: Division,
  updateDivision: Division,
  createOrganization: Organization,
  updateOrganization: Organization,
  listSocialWorkers: page(SocialWorker),
  createSocialWorker: SocialWorker,
  updateSocialWorker: SocialWorker,
  createActivity: Activity,
  updateActivity: Activity,
  createSurvey: Survey,
  updateSurvey: Survey,
  createSurveyVersion: Survey,
  listStaffSurveys: StaffSurveys,
  listStaffFunds: page(StaffFund),
  createFund: StaffFund,
  updateFund: StaffFund,
  createDisbursement: Disbursement,
  listKeys: /* @__PURE__ */ z.object({ data: z.array(ApiKey) }),
  createKey: CreatedApiKey,
  revokeKey: ApiKey,
  getSettings: DistrictSettings,
  updateSettings: DistrictSettings,
  listStaffQueue: QueuePage,
  getIndicators: IndicatorsReport,
  listActivityCheckIns: CheckInList,
  listRecordableActivities: RecordableActivities,
  settleDonation: Donation,
  recordFollowUp: FollowUpRecord,
  listRewards: /* @__PURE__ */ z.object({ data: z.array(Reward) }),
  createReward: Reward,
  updateReward: Reward,
  redeemPickupCode: Redemption,
  getVolunteerPoints: VolunteerPoints,
  getMyPoints: VolunteerPoints,
  redeemReward: IssuedRedemption,
  transferMyPoints: PointsTransfer,
  donateMyPoints: PointsTransfer,
  requestResidentCode: ResidentCodeSent,
  residentSignIn: ResidentSession,
  residentSignOut: ResidentSignedOut,
  getResidentMe: Resident,
  getMyVolunteer: MyVolunteer,
  updateMyVolunteer: MyVolunteer,
  withdrawVolunteerConsent: VolunteerConsentWithdrawn,
  listMySignups: /* @__PURE__ */ mine(MySignup),
  cancelMySignup: MySignup,
  getMyHours: MyHours,
  listMyNeeds: /* @__PURE__ */ mine(MyNeed),
  listMyDonations: /* @__PURE__ */ mine(MyDonation),
  exportMyData: ResidentExport,
  eraseMyData: ResidentErased,
  listResources: page(Resource),
  getResource: Resource,
  createResource: Resource,
  updateResource: Resource,
  createMatch: NeedMatch,
  claimNeedAsOrganization: Claim,
  listProjects: page(ProjectSummary),
  getProject: ProjectDetail,
  createProjectUpdate: ProjectUpdate,
  updateProject: Project,
  listCalls: page(Call),
  getCall: CallDetail,
  createCall: Call,
  createProposal: Proposal,
  scoreProposal: ProposalScore,
  voteInCall: Vote,
  closeCall: CallDetail,
  approveProposal: Project,
  listNeedMatches: /* @__PURE__ */ z.object({ data: z.array(NeedMatch) }),
  getOrganizationDesk: OrganizationDesk,
} as const satisfies Record<keyof typeof routes, z.ZodMiniType | undefined>;
