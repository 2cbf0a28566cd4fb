import { eq } from 'drizzle-orm';
import {
  StaffRole,
  valuesOf,
  type GrantableRole,
  type RoleGrant,
  type RoutePermission,
} from '@wushe/schema';
import type { Executor } from '../db/database.js';
import { calls, organizations, roleGrants } from '../db/tables/index.js';
import type { Place } from './permissions.js';

/**
 * Who may grant what (SPEC §9), the one place this is decided: a caller grants only roles below
 * its own, only within its own scope.
 *
 * - `district_admin` grants every role anywhere in its district: divisions of the district,
 *   organizations registered there, calls (which are placed in the caller's district); it alone
 *   grants `district_admin` and `street_staff`, and `reviewer`.
 * - `street_staff` grants `community_staff` for a community of its street, `social_worker` for the
 *   street or one of its communities, and `org_member` for an organization of its street.
 * - Nobody else grants anything.
 */
export function grantable(caller: RoleGrant, grant: RoleGrant, place: Place): boolean {
  if (!GRANTED_BY[caller.role].includes(grant.role)) return false;
  switch (caller.role) {
    case 'district_admin':
      return place.districtCode === caller.scope;
    case 'street_staff':
      return place.streetCode === caller.scope;
    default:
      return false;
  }
}

/** The roles each role may grant, within its own scope (the rules above, as data). */
const GRANTED_BY: Readonly<Record<StaffRole, readonly StaffRole[]>> = {
  district_admin: valuesOf(StaffRole),
  street_staff: ['community_staff', 'social_worker', 'org_member'],
  community_staff: [],
  social_worker: [],
  org_member: [],
  reviewer: [],
};

/**
 * What `callers` may grant, each role with the scope it may be granted within (a division code):
 * what an invite form offers. The same table `grantable` checks, so the two cannot disagree.
 */
export function grantableRoles(callers: readonly RoleGrant[]): GrantableRole[] {
  return callers.flatMap((caller) =>
    GRANTED_BY[caller.role].map((role) => ({ role, within: caller.scope })),
  );
}

/** A grant and where its scope is. */
interface PlacedGrant {
  readonly grant: RoleGrant;
  readonly place: Place;
}

/** Where a grant's scope lies: a division by its code, an organization by its record. */
async function placeGrant(
  db: Executor,
  grant: RoleGrant,
  districtCode: string,
): Promise<PlacedGrant> {
  const scope = grant.scope;
  if (grant.role === 'org_member') {
    const [row] = await db.select().from(organizations).where(eq(organizations.id, scope));
    // An organization that does not exist is placed in the caller's district at no street: only
    // its admin gets past here, to be told by the service that there is no such organization.
    return { grant, place: row ? { ...row, organizationId: row.id } : { districtCode } };
  }
  if (grant.role === 'reviewer') {
    const [row] = await db.select().from(calls).where(eq(calls.id, scope));
    // As an organization: a call that does not exist is placed in the caller's district, for
    // the service to say there is no such call.
    return { grant, place: { districtCode: row?.districtCode ?? districtCode, callId: scope } };
  }
  return {
    grant,
    place: {
      districtCode: scope.slice(0, 6),
      streetCode: scope.length >= 9 ? scope.slice(0, 9) : null,
      communityCode: scope.length === 12 ? scope : null,
    },
  };
}

const mayGrantAll = (caller: RoleGrant, placed: readonly PlacedGrant[]) =>
  placed.every(({ grant, place }) => grantable(caller, grant, place));

/**
 * Whether `caller` administers an account holding `placed`: it could grant every one of them (an
 * account holding none, only a `district_admin` of its district).
 */
function administers(caller: RoleGrant, placed: readonly PlacedGrant[], districtCode: string) {
  return placed.length === 0
    ? caller.role === 'district_admin' && caller.scope === districtCode
    : mayGrantAll(caller, placed);
}

/** Whether one of `callers` administers an account holding `held` (lists narrow with this). */
export async function administeredBy(
  db: Executor,
  callers: readonly RoleGrant[],
  held: readonly RoleGrant[],
  districtCode: string,
): Promise<boolean> {
  const placed = await Promise.all(held.map((grant) => placeGrant(db, grant, districtCode)));
  return callers.some((caller) => administers(caller, placed, districtCode));
}

/** What the checks below saw, for the audit row of a refusal. */
export interface GrantCheck {
  readonly allows: (caller: RoleGrant) => boolean;
  readonly detail: Record<string, unknown>;
}

/**
 * The grant rules a route declares, as checks on each of the caller's grants:
 * - an `account` subject is covered by a grant that could grant every role the account holds
 *   (an account that holds none, by a `district_admin` of its district): street staff administer
 *   the accounts of their communities and nobody above them;
 * - `permission.grants` names the roles the request grants: each must be grantable.
 */
export async function grantChecks(
  db: Executor,
  permission: RoutePermission,
  request: { params: unknown; query: unknown; body: unknown },
  districtCode: string,
): Promise<GrantCheck[]> {
  const checks: GrantCheck[] = [];
  const field = (source: unknown, name: string) =>
    (source as Record<string, unknown> | undefined)?.[name];

  if (permission.scope?.subject === 'account') {
    const source = request[permission.scope.in];
    const id = [permission.scope.field]
      .flat()
      .map((name) => field(source, name))
      .find((value) => value !== undefined);
    if (typeof id === 'string') {
      const held = (await db
        .select({ role: roleGrants.role, scope: roleGrants.scope })
        .from(roleGrants)
        .where(eq(roleGrants.accountId, id))) as RoleGrant[];
      const placed = await Promise.all(held.map((grant) => placeGrant(db, grant, districtCode)));
      checks.push({
        allows: (caller) => administers(caller, placed, districtCode),
        detail: { accountRoles: held },
      });
    }
  }

  if (permission.grants) {
    const requested = field(request[permission.grants.in], permission.grants.field);
    if (Array.isArray(requested)) {
      const placed = await Promise.all(
        (requested as RoleGrant[]).map((grant) => placeGrant(db, grant, districtCode)),
      );
      checks.push({
        allows: (caller) => mayGrantAll(caller, placed),
        detail: { granting: requested },
      });
    }
  }
  return checks;
}
