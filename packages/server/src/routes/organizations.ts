import { and, asc, eq, gt, type SQL } from 'drizzle-orm';
import { organizations } from '../db/tables/index.js';
import type { RouteHandlers } from '../http/route.js';
import { toOrganization } from '../services/directory/organizations.js';
import { decodeCursor, pageOf, pageSize } from './pagination.js';

export const organizationHandlers = {
  listOrganizations: async ({ tx, auth, query }) => {
    const limit = pageSize(query.limit);
    const after = decodeCursor(query.cursor, ['string']);
    const where: (SQL | undefined)[] = [
      eq(organizations.districtCode, auth.districtCode),
      query.community ? eq(organizations.communityCode, query.community) : undefined,
      query.street ? eq(organizations.streetCode, query.street) : undefined,
      query.kind ? eq(organizations.kind, query.kind) : undefined,
      query.category ? eq(organizations.category, query.category) : undefined,
      query.active === 'any' ? undefined : eq(organizations.active, query.active !== 'false'),
      after ? gt(organizations.id, after[0] as string) : undefined,
    ];
    const rows = await tx
      .select()
      .from(organizations)
      .where(and(...where))
      .orderBy(asc(organizations.id))
      .limit(limit + 1);
    return pageOf(rows, limit, toOrganization, (row) => [row.id]);
  },
} satisfies Partial<RouteHandlers>;
