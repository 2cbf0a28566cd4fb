import type { RouteName } from '@wushe/schema';
import type { ClientOptions } from './options.js';
import { Requester } from './requester.js';
import { AccountsResource } from './resources/accounts-resource.js';
import { ActivitiesResource } from './resources/activities-resource.js';
import { AuditResource } from './resources/audit-resource.js';
import { DevResource } from './resources/dev-resource.js';
import { KeysResource } from './resources/keys-resource.js';
import { QueueResource } from './resources/queue-resource.js';
import { IndicatorsResource } from './resources/indicators-resource.js';
import { DeskResource } from './resources/desk-resource.js';
import { FollowUpsResource } from './resources/follow-ups-resource.js';
import { PointsResource } from './resources/points-resource.js';
import { RewardsResource } from './resources/rewards-resource.js';
import { ResidentsResource } from './resources/residents-resource.js';
import { SettingsResource } from './resources/settings-resource.js';
import { StaffFundsResource } from './resources/staff-funds-resource.js';
import { DivisionsResource } from './resources/divisions-resource.js';
import { DonationsResource } from './resources/donations-resource.js';
import { EventsResource } from './resources/events-resource.js';
import { FundsResource } from './resources/funds-resource.js';
import { NeedsResource } from './resources/needs-resource.js';
import { OrganizationsResource } from './resources/organizations-resource.js';
import { ServiceRecordsResource } from './resources/service-records-resource.js';
import { SocialWorkersResource } from './resources/social-workers-resource.js';
import { StaffResource } from './resources/staff-resource.js';
import { SurveysResource } from './resources/surveys-resource.js';
import { VolunteersResource } from './resources/volunteers-resource.js';
import { ResourcesResource } from './resources/resources-resource.js';
import { LinkageResource } from './resources/linkage-resource.js';
import { ProjectsResource } from './resources/projects-resource.js';
import { CallsResource } from './resources/calls-resource.js';
import { OrganizationDeskResource } from './resources/organization-desk-resource.js';

/**
 * A client with every resource. Each method is `method(params, options?)`, validates its input
 * with the contract before sending, and resolves to the typed result with its `requestId`.
 *
 * A bundle that uses only some resources can build just those on a `Requester`:
 * `new NeedsResource(new Requester(options))` carries only the needs schemas.
 */
export class WusheClient {
  readonly requester: Requester;
  readonly divisions: DivisionsResource;
  readonly organizations: OrganizationsResource;
  readonly needs: NeedsResource;
  readonly activities: ActivitiesResource;
  readonly volunteers: VolunteersResource;
  readonly serviceRecords: ServiceRecordsResource;
  readonly funds: FundsResource;
  readonly donations: DonationsResource;
  readonly surveys: SurveysResource;
  readonly events: EventsResource;
  readonly staff: StaffResource;
  readonly audit: AuditResource;
  readonly accounts: AccountsResource;
  readonly dev: DevResource;
  readonly socialWorkers: SocialWorkersResource;
  readonly staffFunds: StaffFundsResource;
  readonly keys: KeysResource;
  readonly settings: SettingsResource;
  readonly queue: QueueResource;
  readonly indicators: IndicatorsResource;
  readonly desk: DeskResource;
  readonly followUps: FollowUpsResource;
  readonly points: PointsResource;
  readonly rewards: RewardsResource;
  readonly residents: ResidentsResource;
  readonly resources: ResourcesResource;
  readonly linkage: LinkageResource;
  readonly projects: ProjectsResource;
  readonly calls: CallsResource;
  readonly organizationDesk: OrganizationDeskResource;

  constructor(options: ClientOptions) {
    const requester = new Requester(options);
    this.requester = requester;
    this.divisions = new DivisionsResource(requester);
    this.organizations = new OrganizationsResource(requester);
    this.needs = new NeedsResource(requester);
    this.activities = new ActivitiesResource(requester);
    this.volunteers = new VolunteersResource(requester);
    this.serviceRecords = new ServiceRecordsResource(requester);
    this.funds = new FundsResource(requester);
    this.donations = new DonationsResource(requester);
    this.surveys = new SurveysResource(requester);
    this.events = new EventsResource(requester);
    this.staff = new StaffResource(requester);
    this.audit = new AuditResource(requester);
    this.accounts = new AccountsResource(requester);
    this.dev = new DevResource(requester);
    this.socialWorkers = new SocialWorkersResource(requester);
    this.staffFunds = new StaffFundsResource(requester);
    this.keys = new KeysResource(requester);
    this.settings = new SettingsResource(requester);
    this.queue = new QueueResource(requester);
    this.indicators = new IndicatorsResource(requester);
    this.desk = new DeskResource(requester);
    this.followUps = new FollowUpsResource(requester);
    this.points = new PointsResource(requester);
    this.rewards = new RewardsResource(requester);
    this.residents = new ResidentsResource(requester);
    this.resources = new ResourcesResource(requester);
    this.linkage = new LinkageResource(requester);
    this.projects = new ProjectsResource(requester);
    this.calls = new CallsResource(requester);
    this.organizationDesk = new OrganizationDeskResource(requester);
  }
}

type Resources = Omit<WusheClient, 'requester'>;
/** `resource.method` for every method of every resource of the client. */
type ResourceMethod = {
  [K in keyof Resources]: `${K}.${Extract<keyof Resources[K], string>}`;
}[keyof Resources];

/**
 * Which client method serves each route of the contract. Complete by construction: a route added
 * to `routes` without a method here does not compile (and a test calls each one against the server).
 */
export const ROUTE_METHODS = {
  listDivisions: 'divisions.list',
  listOrganizations: 'organizations.list',
  listNeeds: 'needs.list',
  getNeed: 'needs.get',
  createNeed: 'needs.create',
  claimNeed: 'needs.claim',
  reportNeed: 'needs.report',
  updateNeed: 'needs.update',
  listActivities: 'activities.list',
  getActivity: 'activities.get',
  signUpForActivity: 'activities.signup',
  registerVolunteer: 'volunteers.register',
  getVolunteerHours: 'volunteers.hours',
  createServiceRecord: 'serviceRecords.create',
  listFunds: 'funds.list',
  getFund: 'funds.get',
  listFundDonations: 'funds.ledger',
  createDonation: 'donations.create',
  getDonation: 'donations.get',
  confirmDonation: 'donations.confirm',
  getSurvey: 'surveys.get',
  respondToSurvey: 'surveys.respond',
  getSurveyResults: 'surveys.results',
  listSurveyFollowUps: 'surveys.followUps',
  streamEvents: 'events.subscribe',
  staffSignIn: 'staff.signIn',
  setStaffPassword: 'staff.setPassword',
  createDelegatedSession: 'staff.createSession',
  getStaffMe: 'staff.me',
  staffSignOut: 'staff.signOut',
  listAudit: 'audit.list',
  listAccounts: 'accounts.list',
  listGrantableRoles: 'accounts.grantable',
  createAccount: 'accounts.create',
  updateAccount: 'accounts.update',
  enrolTotp: 'staff.enrolTotp',
  confirmTotp: 'staff.confirmTotp',
  disableTotp: 'staff.disableTotp',
  listDevOutbox: 'dev.outbox',
  createDivision: 'divisions.create',
  updateDivision: 'divisions.update',
  createOrganization: 'organizations.create',
  updateOrganization: 'organizations.update',
  listSocialWorkers: 'socialWorkers.list',
  createSocialWorker: 'socialWorkers.create',
  updateSocialWorker: 'socialWorkers.update',
  createActivity: 'activities.create',
  updateActivity: 'activities.update',
  createSurvey: 'surveys.create',
  updateSurvey: 'surveys.update',
  createSurveyVersion: 'surveys.createVersion',
  listStaffSurveys: 'surveys.staffList',
  listStaffFunds: 'staffFunds.list',
  createFund: 'staffFunds.create',
  updateFund: 'staffFunds.update',
  createDisbursement: 'staffFunds.disburse',
  listKeys: 'keys.list',
  createKey: 'keys.create',
  revokeKey: 'keys.revoke',
  getSettings: 'settings.get',
  updateSettings: 'settings.update',
  listStaffQueue: 'queue.list',
  getIndicators: 'indicators.get',
  listActivityCheckIns: 'desk.checkIns',
  listRecordableActivities: 'desk.recordableActivities',
  settleDonation: 'desk.settleDonation',
  recordFollowUp: 'followUps.record',
  listRewards: 'rewards.list',
  createReward: 'rewards.create',
  updateReward: 'rewards.update',
  redeemPickupCode: 'rewards.redeemCode',
  getVolunteerPoints: 'points.ofVolunteer',
  getMyPoints: 'residents.points',
  redeemReward: 'residents.redeem',
  transferMyPoints: 'residents.transferPoints',
  donateMyPoints: 'residents.donatePoints',
  requestResidentCode: 'residents.requestCode',
  residentSignIn: 'residents.signIn',
  residentSignOut: 'residents.signOut',
  getResidentMe: 'residents.me',
  getMyVolunteer: 'residents.volunteer',
  updateMyVolunteer: 'residents.updateVolunteer',
  withdrawVolunteerConsent: 'residents.withdrawConsent',
  listMySignups: 'residents.signups',
  cancelMySignup: 'residents.cancelSignup',
  getMyHours: 'residents.hours',
  listMyNeeds: 'residents.needs',
  listMyDonations: 'residents.donations',
  exportMyData: 'residents.export',
  eraseMyData: 'residents.erase',
  listResources: 'resources.list',
  getResource: 'resources.get',
  createResource: 'resources.create',
  updateResource: 'resources.update',
  createMatch: 'linkage.match',
  claimNeedAsOrganization: 'linkage.claimAsOrganization',
  listProjects: 'projects.list',
  getProject: 'projects.get',
  createProjectUpdate: 'projects.postUpdate',
  updateProject: 'projects.update',
  listCalls: 'calls.list',
  getCall: 'calls.get',
  createCall: 'calls.create',
  createProposal: 'calls.propose',
  scoreProposal: 'calls.score',
  voteInCall: 'calls.vote',
  closeCall: 'calls.close',
  approveProposal: 'calls.approve',
  listNeedMatches: 'linkage.matches',
  getOrganizationDesk: 'organizationDesk.get',
} as const satisfies Record<RouteName, ResourceMethod>;

export function createClient(options: ClientOptions): WusheClient {
  return new WusheClient(options);
}
