import { asc, eq } from 'drizzle-orm';
import { communities, districts, streets } from '../db/tables/index.js';
import { ApiError } from '../http/errors.js';
import type { RouteHandlers } from '../http/route.js';

/** The district tree: its streets and their communities. */
export const divisionHandlers = {
  listDivisions: async ({ tx, auth }) => {
    const [district] = await tx
      .select()
      .from(districts)
      .where(eq(districts.code, auth.districtCode));
    if (!district) throw new ApiError('not_found');
    const streetRows = await tx
      .select()
      .from(streets)
      .where(eq(streets.districtCode, district.code))
      .orderBy(asc(streets.code));
    const communityRows = await tx
      .select()
      .from(communities)
      .where(eq(communities.districtCode, district.code))
      .orderBy(asc(communities.code));
    return {
      code: district.code,
      name: district.name,
      streets: streetRows.map((street) => ({
        code: street.code,
        name: street.name,
        kind: street.kind,
        population: street.population,
        communities: communityRows
          .filter((community) => community.streetCode === street.code)
          .map((community) => ({
            code: community.code,
            name: community.name,
            kind: community.kind,
            population: community.population,
          })),
      })),
    };
  },
} satisfies Partial<RouteHandlers>;
