import { and, eq, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import type { activities, needs, volunteers } from '../../db/tables/index.js';
import { DomainError } from '../errors.js';

/** The tables whose rows belong to one district, and so are looked up within it. */
type DistrictTable = typeof volunteers | typeof activities | typeof needs;

/**
 * Throws 404 `not_found` unless the row exists in the key's district (and meets `also`, when
 * given). Another district's row and a missing one answer alike, so ids from elsewhere reveal
 * nothing.
 */
export async function requireInDistrict(
  tx: Executor,
  table: DistrictTable,
  districtCode: string,
  id: string,
  also?: SQL,
): Promise<void> {
  const found = await tx
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.id, id), eq(table.districtCode, districtCode), also))
    .limit(1);
  if (found.length === 0) throw new DomainError('not_found');
}
