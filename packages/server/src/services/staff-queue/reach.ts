import { inArray, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { StaffRole } from '@wushe/schema';
import type { Auth } from '../context.js';

/**
 * Where a caller's grants of some roles reach, for lists a route lets any staff read and the
 * handler narrows (SPEC §9: scopes nest): the whole district, some streets (and their
 * communities), some communities. A secret key acts as the district_admin.
 */
export interface Reach {
  readonly district: boolean;
  readonly streets: readonly string[];
  readonly communities: readonly string[];
  /** The calls (§11) the grants are scoped to: a reviewer's. */
  readonly calls: readonly string[];
  /** Who asks: the account, or the key, as a reviewer's scores record it. */
  readonly account: string;
}

/** The reach of the caller's grants of `roles` (those that work on divisions). */
export function reachOf(auth: Auth, roles: readonly StaffRole[]): Reach {
  const account = auth.staff?.account.id ?? `key:${auth.apiKeyId}`;
  if (!auth.staff) {
    const admin = auth.kind === 'secret' && roles.includes('district_admin');
    return { district: admin, streets: [], communities: [], calls: [], account };
  }
  const grants = auth.staff.grants.filter((grant) => roles.includes(grant.role));
  const ofLength = (digits: number) =>
    grants.filter((grant) => grant.scope.length === digits && /^\d+$/.test(grant.scope));
  return {
    district: ofLength(6).some((grant) => grant.scope === auth.districtCode),
    streets: ofLength(9).map((grant) => grant.scope),
    communities: ofLength(12).map((grant) => grant.scope),
    calls: grants.filter((grant) => grant.scope.startsWith('call_')).map((grant) => grant.scope),
    account,
  };
}

/** Whether a reach covers nothing at all: the list is empty without asking the database. */
export const reachesNothing = (reach: Reach) =>
  !reach.district &&
  reach.streets.length === 0 &&
  reach.communities.length === 0 &&
  reach.calls.length === 0;

/**
 * The SQL condition that a row placed at `street`/`community` is within reach; `undefined` for
 * the whole district (the query already keeps to the caller's district).
 */
export function withinReach(
  reach: Reach,
  street: SQLWrapper,
  community: SQLWrapper,
): SQL | undefined {
  if (reach.district) return undefined;
  return (
    or(
      reach.streets.length > 0 ? inArray(street, [...reach.streets]) : undefined,
      reach.communities.length > 0 ? inArray(community, [...reach.communities]) : undefined,
    ) ?? sql`false`
  );
}
