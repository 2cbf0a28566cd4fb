import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { routes } from '@wushe/schema';
import { wholeRowInsert } from '../../db/insert-select.js';
import { communities, needs } from '../../db/tables/index.js';
import type { ServiceContext } from '../context.js';
import { FactCache, type OneStatementWrite } from '../one-statement.js';
import { toNeed } from './present.js';
import { newNeedRow, type NeedPlace } from './resident.js';

type CreateNeedContext = ServiceContext<typeof routes.createNeed>;

/** A community of a district and its street: all a posted need's answer relies on. */
const communityFacts = new FactCache<NeedPlace>();

const factsKey = (ctx: CreateNeedContext) => `${ctx.auth.districtCode}\n${ctx.body.communityId}`;

/** True while the community is still the district's, in the street the answer names. */
const communityStillHolds = (): SQL => sql`exists (select 1 from ${communities}
  where ${communities.code} = ${sql.placeholder('community.code')}::text
    and ${communities.districtCode} = ${sql.placeholder('community.district')}::text
    and ${communities.streetCode} = ${sql.placeholder('community.street')}::text)`;

/**
 * `POST /v1/needs` as one statement with its idempotency record (the binder's `oneStatement`):
 * the row and answer are built from the cached community (`newNeedRow`, as the transaction path
 * builds them) and the statement's guard checks the community is still the district's, in the
 * same street. A community the district does not have is never cached: the transaction path
 * (`createNeed`) answers it with its field error.
 */
export async function createNeedInOneStatement(
  ctx: CreateNeedContext,
): Promise<OneStatementWrite | undefined> {
  const community = await communityFacts.get(ctx.tx, factsKey(ctx), async () => {
    const [row] = await ctx.tx
      .select({ code: communities.code, streetCode: communities.streetCode })
      .from(communities)
      .where(
        and(
          eq(communities.code, ctx.body.communityId),
          eq(communities.districtCode, ctx.auth.districtCode),
        ),
      );
    return row;
  });
  if (!community) return undefined;
  const row = newNeedRow(ctx, ctx.body, community);
  return {
    body: toNeed(row, undefined),
    shape: 'need',
    guard: communityStillHolds,
    ...wholeRowInsert(needs, row, {
      'community.code': community.code,
      'community.district': ctx.auth.districtCode,
      'community.street': community.streetCode,
    }),
    onMiss: () => {
      communityFacts.forget(ctx.tx, factsKey(ctx));
    },
  };
}
