import { and, eq } from 'drizzle-orm';
import { parentDivisionCode } from '@wushe/schema';
import type { Executor } from '../../db/database.js';
import { communities, streets } from '../../db/tables/index.js';
import { DomainError } from '../errors.js';

/** Where a record works: a community (and its street), a street, or the whole district. */
export interface StoredPlace {
  readonly communityCode: string | null;
  readonly streetCode: string | null;
}

/**
 * The place a request names, checked against the district's tree: a community or street the
 * district does not have is `404 not_found`. A community's street follows from its code.
 */
export async function storedPlace(
  tx: Executor,
  districtCode: string,
  place: { communityId: string | null; streetId: string | null },
): Promise<StoredPlace> {
  if (place.communityId !== null) {
    const [row] = await tx
      .select({ code: communities.code })
      .from(communities)
      .where(
        and(eq(communities.code, place.communityId), eq(communities.districtCode, districtCode)),
      );
    if (!row) throw new DomainError('not_found');
    return { communityCode: row.code, streetCode: parentDivisionCode(row.code) ?? null };
  }
  if (place.streetId !== null) {
    const [row] = await tx
      .select({ code: streets.code })
      .from(streets)
      .where(and(eq(streets.code, place.streetId), eq(streets.districtCode, districtCode)));
    if (!row) throw new DomainError('not_found');
    return { communityCode: null, streetCode: row.code };
  }
  return { communityCode: null, streetCode: null };
}

/**
 * The place after an edit: a new community brings its street along unless the edit names one;
 * fields the edit leaves out keep their stored value.
 */
export function placeAfterEdit(
  stored: StoredPlace,
  patch: { communityId?: string | null | undefined; streetId?: string | null | undefined },
): { communityId: string | null; streetId: string | null } {
  const communityId = patch.communityId === undefined ? stored.communityCode : patch.communityId;
  const streetId =
    patch.streetId !== undefined
      ? patch.streetId
      : typeof patch.communityId === 'string'
        ? (parentDivisionCode(patch.communityId) ?? null)
        : stored.streetCode;
  return { communityId, streetId };
}
