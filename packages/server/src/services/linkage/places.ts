import { and, eq, inArray } from 'drizzle-orm';
import { fieldIssue, type Messages } from '@wushe/schema';
import type { Executor } from '../../db/database.js';
import { communities } from '../../db/tables/index.js';
import { DomainError } from '../errors.js';

/** The communities a resource or project serves, and their streets, each once. */
export interface ServedPlaces {
  readonly communityCodes: string[];
  readonly streetCodes: string[];
}

/**
 * The district's communities among `codes`, with their streets. A code the district does not
 * have is `400 validation_failed` at `{field}.{index}` (`division_not_in_parent`).
 */
export async function servedPlaces(
  tx: Executor,
  districtCode: string,
  codes: readonly string[],
  field: string,
  messages: Messages,
): Promise<ServedPlaces> {
  const unique = [...new Set(codes)];
  const found = await tx
    .select({ code: communities.code, streetCode: communities.streetCode })
    .from(communities)
    .where(and(inArray(communities.code, unique), eq(communities.districtCode, districtCode)));
  const known = new Map(found.map((row) => [row.code, row.streetCode]));
  const issues = codes.flatMap((code, index) =>
    known.has(code)
      ? []
      : [fieldIssue([field, index], 'division_not_in_parent', undefined, messages)],
  );
  if (issues.length > 0) throw new DomainError('validation_failed', issues);
  return {
    communityCodes: unique,
    streetCodes: [...new Set(unique.map((code) => known.get(code)!))],
  };
}
