import { and, asc, eq } from 'drizzle-orm';
import type { IndicatorLevel } from '@wushe/schema';
import type { Executor } from '../../db/database.js';
import { communities, districts, streets } from '../../db/tables/index.js';
import { DomainError } from '../errors.js';

/** A division the index reports on, with the communities it holds (a community: itself). */
export interface IndexedDivision {
  readonly code: string;
  readonly name: string;
  readonly level: IndicatorLevel;
  readonly parentCode: string | null;
  readonly kind: string | null;
  readonly communities: readonly IndexedCommunity[];
}

export interface IndexedCommunity {
  readonly code: string;
  readonly kind: string | null;
  readonly population: number | null;
}

/**
 * The division asked for and every division below it, the asked one first, then each street
 * followed by its communities; `404 not_found` for a code the district does not have.
 */
export async function divisionsBelow(
  tx: Executor,
  districtCode: string,
  code: string,
): Promise<IndexedDivision[]> {
  const [district] = await tx
    .select({ name: districts.name })
    .from(districts)
    .where(eq(districts.code, districtCode));
  const streetRows = await tx
    .select()
    .from(streets)
    .where(
      code.length >= 9
        ? and(eq(streets.districtCode, districtCode), eq(streets.code, code.slice(0, 9)))
        : eq(streets.districtCode, districtCode),
    )
    .orderBy(asc(streets.code));
  const communityRows = await tx
    .select()
    .from(communities)
    .where(
      code.length === 12
        ? eq(communities.code, code)
        : code.length === 9
          ? eq(communities.streetCode, code)
          : eq(communities.districtCode, districtCode),
    )
    .orderBy(asc(communities.code));
  const community = (row: (typeof communityRows)[number]): IndexedCommunity => ({
    code: row.code,
    kind: row.kind,
    population: row.population,
  });

  if (code.length === 12) {
    const row = communityRows[0];
    if (!row || row.districtCode !== districtCode) throw new DomainError('not_found');
    return [
      {
        code,
        name: row.name,
        level: 'community',
        parentCode: row.streetCode,
        kind: row.kind,
        communities: [community(row)],
      },
    ];
  }
  const divisions: IndexedDivision[] = [];
  for (const street of streetRows) {
    const inStreet = communityRows.filter((row) => row.streetCode === street.code);
    divisions.push({
      code: street.code,
      name: street.name,
      level: 'street',
      parentCode: districtCode,
      kind: street.kind,
      communities: inStreet.map(community),
    });
    for (const row of inStreet) {
      divisions.push({
        code: row.code,
        name: row.name,
        level: 'community',
        parentCode: street.code,
        kind: row.kind,
        communities: [community(row)],
      });
    }
  }
  if (code.length === 9) {
    if (streetRows.length === 0) throw new DomainError('not_found');
    return divisions;
  }
  if (!district) throw new DomainError('not_found');
  return [
    {
      code: districtCode,
      name: district.name,
      level: 'district',
      parentCode: null,
      kind: null,
      communities: communityRows.map(community),
    },
    ...divisions,
  ];
}
