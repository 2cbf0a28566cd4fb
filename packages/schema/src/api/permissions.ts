import type { StaffRole } from '../entities/staff.js';
import type { ErrorCode } from '../errors.js';
import type { IssueCode } from '../issues.js';

/**
 * What a scope is read from. A `division` field holds a district, street or community code; an
 * `organization` an `org_…` id; a `call` a `call_…` id. The others name a record whose place the
 * server looks up (a need's, an activity's, a survey's or a volunteer's community and street, an
 * activity's organization, a fund's division, a donation's fund's division). An `account` is covered by a grant that could grant
 * every role the account holds (an account without roles: by its district's admins).
 */
export const ScopeSubject = {
  division: 'division',
  organization: 'organization',
  call: 'call',
  need: 'need',
  account: 'account',
  socialWorker: 'social_worker',
  activity: 'activity',
  survey: 'survey',
  volunteer: 'volunteer',
  fund: 'fund',
  donation: 'donation',
  /** A survey response, placed where what it rates is (a follow-up's subject). */
  surveyResponse: 'survey_response',
  reward: 'reward',
  pickupCode: 'pickup_code',
  resource: 'resource',
  project: 'project',
} as const;
export type ScopeSubject = (typeof ScopeSubject)[keyof typeof ScopeSubject];

/** Where in the request the subject of a route's scope is named. */
export interface ScopeSource {
  readonly in: 'params' | 'query' | 'body';
  /**
   * The (validated) field: `id`, `communityId`, `organizationId`, … With several, the first that
   * holds a value names the subject (`['communityId', 'streetId']`: the community, else the street).
   */
  readonly field: string | readonly string[];
  readonly subject: ScopeSubject;
  /**
   * A field (at the same `in`) naming the organization the act is done for, when the request may
   * name one (a new activity run by an organization): an `org_member` of it is then covered too.
   */
  readonly organizationField?: string;
}

/**
 * Permissions as data (after Decidim's permission declarations): each `staff` route states which
 * roles may call it and where the request names what the role must cover. The route binder reads
 * this before the handler runs, and nothing else decides who may act:
 *
 * - the caller must hold one of `roles` within its district (a secret key counts as
 *   `district_admin`, and the audit names the key);
 * - with `scope`, the subject named at `scope.in`/`scope.field` is found (a division code as it
 *   is, a need by its community) and one of the caller's grants of those roles must cover it.
 *   Scopes nest: `district_admin` covers the district, a street role its communities, a
 *   community role its community, `org_member` its organization, `reviewer` its call;
 * - without `scope`, holding the role is enough and the handler narrows what it shows to the
 *   caller's scopes (lists such as the staff queue);
 * - with `grants`, every role the request grants must be grantable by the caller;
 * - a refusal is `403 forbidden` and is audited.
 *
 * The table of routes and roles in the docs is generated from these declarations.
 */
export interface RoutePermission {
  readonly roles: readonly StaffRole[];
  readonly scope?: ScopeSource;
  /**
   * Where an edit moves its subject to: when the request names it (any of the fields present, a
   * `null` one meaning the district itself), a grant of the roles must cover it too, so no one
   * moves a record out of their scope or into another's.
   */
  readonly movesTo?: ScopeSource;
  /**
   * Where the request names roles to grant (`[{role, scope}]`): each must be one the caller may
   * grant — a role at or below its own, within its own scope (see the server's `grantable`).
   */
  readonly grants?: { readonly in: 'body'; readonly field: string };
  /**
   * On a `publishable` route: the district setting that lets a publishable key (no staff role)
   * read it too, as the linkage index's `publicIndicators`. Unset, or the setting off, a key
   * without a staff role is refused with `403 indicators_not_public`.
   */
  readonly publicWhen?: 'publicIndicators';
  /**
   * A refusal in the route's own words instead of `403 forbidden`, when being outside the scope
   * is the route's own bad input (an update by someone outside the project): the code, and the
   * issue named at the scope's field.
   */
  readonly refusal?: { readonly code: ErrorCode; readonly issue: IssueCode };
}

/** Every role but the reviewer's: what "staff" means for the routes about daily work. */
export const STAFF_ROLES = [
  'district_admin',
  'street_staff',
  'community_staff',
  'social_worker',
  'org_member',
] as const satisfies readonly StaffRole[];
