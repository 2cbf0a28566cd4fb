import type { Context } from 'hono';
import { eq } from 'drizzle-orm';
import {
  fieldIssue,
  type RoleGrant,
  type RouteDefinition,
  type RoutePermission,
  type ScopeSource,
  type ScopeSubject,
} from '@wushe/schema';
import type { Executor } from '../db/database.js';
import {
  activities,
  auditLog,
  calls,
  communities,
  donations,
  funds,
  needs,
  organizations,
  redemptions,
  rewards,
  projects,
  resources,
  socialWorkers,
  staffAccounts,
  surveys,
  volunteers,
} from '../db/tables/index.js';
import { placeOfResponse } from '../services/follow-ups/low-ratings.js';
import type { Auth } from './auth.js';
import { ApiError, messagesFor } from './errors.js';
import { grantChecks } from './grants.js';
import { districtSettings } from '../services/settings/settings.js';
import { pickupCodeHash } from '../services/points/pickup-code.js';
import type { AppDeps } from './route.js';

/** Where a subject is: its district and, as far as it has them, street, community, org, call. */
export interface Place {
  readonly districtCode: string;
  readonly streetCode?: string | null;
  readonly communityCode?: string | null;
  readonly organizationId?: string | null;
  readonly callId?: string | null;
  /** A subject that serves several places (a resource, a project): each street and community. */
  readonly streetCodes?: readonly string[];
  readonly communityCodes?: readonly string[];
}

/** Whether `scope` is the place's street or community, or one of those it serves. */
const atStreet = (scope: string, place: Place) =>
  scope === place.streetCode || (place.streetCodes?.includes(scope) ?? false);
const atCommunity = (scope: string, place: Place) =>
  scope === place.communityCode || (place.communityCodes?.includes(scope) ?? false);

/** Whether one grant covers a place. Scopes nest: district ⊃ street ⊃ community. */
export function grantCovers(grant: RoleGrant, place: Place): boolean {
  switch (grant.role) {
    case 'district_admin':
      return grant.scope === place.districtCode;
    case 'street_staff':
      return atStreet(grant.scope, place);
    case 'community_staff':
      return atCommunity(grant.scope, place);
    case 'social_worker':
      return atStreet(grant.scope, place) || atCommunity(grant.scope, place);
    case 'org_member':
      return grant.scope === place.organizationId;
    case 'reviewer':
      return grant.scope === place.callId;
  }
}

/** A subject serving several places, run by an organization (a resource, a project). */
function placeServing(row: {
  districtCode: string;
  organizationId: string;
  streetCodes: string[];
  communityCodes: string[];
}): Place {
  return {
    districtCode: row.districtCode,
    organizationId: row.organizationId,
    streetCodes: row.streetCodes,
    communityCodes: row.communityCodes,
  };
}

/** A subject placed by its community: the community's district, street and code. */
const placeColumns = {
  districtCode: communities.districtCode,
  streetCode: communities.streetCode,
  communityCode: communities.code,
};

type Resolve = (db: Executor, value: string) => Promise<Place | undefined>;

/** How each kind of subject is placed; a subject that is not found has no place. */
const PLACES: Record<ScopeSubject, Resolve> = {
  division(_db, code) {
    if (!/^\d{6}(\d{3}){0,2}$/.test(code)) return Promise.resolve(undefined);
    return Promise.resolve({
      districtCode: code.slice(0, 6),
      streetCode: code.length >= 9 ? code.slice(0, 9) : null,
      communityCode: code.length === 12 ? code : null,
    });
  },
  async organization(db, id) {
    const [row] = await db.select().from(organizations).where(eq(organizations.id, id));
    return row && { ...row, organizationId: row.id };
  },
  async need(db, id) {
    const [row] = await db.select().from(needs).where(eq(needs.id, id));
    return row;
  },
  async account(db, id) {
    const [row] = await db.select().from(staffAccounts).where(eq(staffAccounts.id, id));
    return row && { districtCode: row.districtCode };
  },
  async social_worker(db, id) {
    const [row] = await db.select().from(socialWorkers).where(eq(socialWorkers.id, id));
    return row?.districtCode
      ? {
          districtCode: row.districtCode,
          streetCode: row.streetCode,
          communityCode: row.communityCode,
        }
      : undefined;
  },
  async activity(db, id) {
    const [row] = await db
      .select({ ...placeColumns, organizationId: activities.organizationId })
      .from(activities)
      .innerJoin(communities, eq(communities.code, activities.communityCode))
      .where(eq(activities.id, id));
    return row;
  },
  async survey(db, id) {
    // A survey of the whole district has no community: only the district's roles cover it.
    const [row] = await db
      .select({
        districtCode: surveys.districtCode,
        communityCode: surveys.communityCode,
        streetCode: communities.streetCode,
      })
      .from(surveys)
      .leftJoin(communities, eq(communities.code, surveys.communityCode))
      .where(eq(surveys.id, id));
    return row;
  },
  async volunteer(db, id) {
    const [row] = await db
      .select(placeColumns)
      .from(volunteers)
      .innerJoin(communities, eq(communities.code, volunteers.communityCode))
      .where(eq(volunteers.id, id));
    return row;
  },
  async fund(db, id) {
    const [row] = await db.select().from(funds).where(eq(funds.id, id));
    return row;
  },
  /** A donation is where its fund is. */
  async donation(db, id) {
    const [row] = await db
      .select({
        districtCode: funds.districtCode,
        streetCode: funds.streetCode,
        communityCode: funds.communityCode,
      })
      .from(donations)
      .innerJoin(funds, eq(funds.id, donations.fundId))
      .where(eq(donations.id, id));
    return row;
  },
  survey_response: placeOfResponse,
  async reward(db, id) {
    const [row] = await db
      .select({ ...placeColumns, organizationId: rewards.providerId })
      .from(rewards)
      .innerJoin(communities, eq(communities.code, rewards.communityCode))
      .where(eq(rewards.id, id));
    return row;
  },
  // A pickup code is placed by its reward: the community's staff and the provider's members.
  async pickup_code(db, code) {
    const [row] = await db
      .select({ ...placeColumns, organizationId: rewards.providerId })
      .from(redemptions)
      .innerJoin(rewards, eq(rewards.id, redemptions.rewardId))
      .innerJoin(communities, eq(communities.code, rewards.communityCode))
      .where(eq(redemptions.codeHash, pickupCodeHash(code)));
    return row;
  },
  async resource(db, id) {
    const [row] = await db.select().from(resources).where(eq(resources.id, id));
    return row && placeServing(row);
  },
  async project(db, id) {
    const [row] = await db.select().from(projects).where(eq(projects.id, id));
    return row && placeServing(row);
  },
  /** A call is placed where it was opened: its street, or the district; a reviewer by its id. */
  async call(db, id) {
    const [row] = await db.select().from(calls).where(eq(calls.id, id));
    return (
      row && {
        districtCode: row.districtCode,
        streetCode: row.divisionCode.length === 9 ? row.divisionCode : null,
        callId: row.id,
      }
    );
  },
};

/**
 * What a scope source names in the request: the first of its fields that holds a string, and
 * whether any of them was given at all (a `null` names "no narrower place": the district).
 */
function namedSubject(
  source: ScopeSource,
  request: { params: unknown; query: unknown; body: unknown },
): { named: boolean; value: string | null } {
  const values = request[source.in] as Record<string, unknown> | undefined;
  const fields = typeof source.field === 'string' ? [source.field] : source.field;
  const given = fields.map((field) => values?.[field]).filter((value) => value !== undefined);
  const value = given.find((candidate) => typeof candidate === 'string');
  return { named: given.length > 0, value: typeof value === 'string' ? value : null };
}

/**
 * The route binder's permission check (SPEC §9), from the route's `permission` declaration: the
 * caller must hold one of the roles, and with a declared scope, a grant of one of them must cover
 * the subject the request names. A secret key acts as `district_admin` of its district. Returns the
 * caller with the role it acts in; a refusal is audited and answered `403 forbidden`. A subject of
 * another district is `404 not_found`, as if it did not exist.
 */
export async function permit(
  c: Context,
  deps: AppDeps,
  route: RouteDefinition,
  auth: Auth,
  request: { params: unknown; query: unknown; body: unknown },
): Promise<Auth> {
  const permission = route.permission;
  if (!permission) return auth;
  const grants: readonly RoleGrant[] = auth.staff
    ? auth.staff.grants.filter((grant) => permission.roles.includes(grant.role))
    : auth.kind === 'secret' && auth.via === 'key' && permission.roles.includes('district_admin')
      ? [{ role: 'district_admin', scope: auth.districtCode }]
      : [];

  let place: Place | undefined;
  if (permission.scope) {
    const { named, value } = namedSubject(permission.scope, request);
    if (typeof value === 'string') place = await PLACES[permission.scope.subject](deps.db, value);
    place ??= {
      districtCode: auth.districtCode,
      callId: permission.scope.subject === 'call' && named ? value : null,
    };
    const organization = permission.scope.organizationField
      ? (request[permission.scope.in] as Record<string, unknown> | undefined)?.[
          permission.scope.organizationField
        ]
      : undefined;
    if (typeof organization === 'string') place = { ...place, organizationId: organization };
  }
  // Where an edit moves its subject, when the request says: a grant must cover there too.
  let target: Place | undefined;
  if (permission.movesTo) {
    const { named, value } = namedSubject(permission.movesTo, request);
    if (named) {
      target = (typeof value === 'string'
        ? await PLACES[permission.movesTo.subject](deps.db, value)
        : undefined) ?? { districtCode: auth.districtCode };
    }
  }
  // What belongs to another district does not exist for this caller: 404, as the handler says.
  if (place && place.districtCode !== auth.districtCode) throw new ApiError('not_found');
  if (target && target.districtCode !== auth.districtCode) throw new ApiError('not_found');
  // A publishable key holds no role: it reads only what the district's settings made public.
  if (auth.kind === 'publishable' && !auth.staff) {
    if (!permission.publicWhen) throw new ApiError('forbidden');
    const settings = await districtSettings(deps.db, auth.districtCode);
    if (settings[permission.publicWhen]) return auth;
    throw new ApiError('indicators_not_public');
  }
  // An account is covered by what the caller may grant (see `grantChecks`), not by a place.
  const byPlace = permission.scope?.subject === 'account' ? undefined : place;
  const checks = await grantChecks(deps.db, permission, request, auth.districtCode);
  const used = grants.find(
    (grant) =>
      (!byPlace || grantCovers(grant, byPlace)) &&
      (!target || grantCovers(grant, target)) &&
      checks.every((check) => check.allows(grant)),
  );
  if (used) return { ...auth, role: used.role };

  await deps.db.insert(auditLog).values({
    districtCode: auth.districtCode,
    apiKeyId: auth.apiKeyId,
    accountId: auth.staff?.account.id ?? null,
    role: null,
    action: 'permission.refused',
    subjectType: 'route',
    subjectId: route.id,
    requestId: (c.get('requestId') as string | undefined) ?? 'req_unknown',
    detail: {
      roles: permission.roles,
      ...(place ? { place } : {}),
      ...(target ? { target } : {}),
      ...Object.assign({}, ...checks.map((check) => check.detail)),
    },
  });
  throw refusalOf(c, permission);
}

/** `403 forbidden`, or the route's own refusal named at its scope's field (see `refusal`). */
function refusalOf(c: Context, permission: RoutePermission): ApiError {
  const refusal = permission.refusal;
  if (!refusal || !permission.scope) return new ApiError('forbidden');
  const fields = permission.scope.field;
  const field = typeof fields === 'string' ? fields : fields[0]!;
  const messages = messagesFor(c.req.header('Accept-Language'));
  return new ApiError(refusal.code, [fieldIssue([field], refusal.issue, undefined, messages)]);
}
