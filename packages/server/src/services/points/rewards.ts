import { and, asc, eq } from 'drizzle-orm';
import type { Messages, Reward, routes } from '@wushe/schema';
import type { Executor } from '../../db/database.js';
import { communities, organizations, rewards } from '../../db/tables/index.js';
import type { ServiceContext } from '../context.js';
import { DomainError } from '../errors.js';
import { newId } from '../ids.js';

type ListContext = ServiceContext<typeof routes.listRewards>;
type CreateContext = ServiceContext<typeof routes.createReward>;
type UpdateContext = ServiceContext<typeof routes.updateReward>;
type RewardRow = typeof rewards.$inferSelect;

/** The 爱心超市's catalog (SPEC §13): rewards staff keep, partners provide, residents redeem. */

function toReward(row: RewardRow, providerName: string): Reward {
  return {
    id: row.id,
    kind: row.kind as Reward['kind'],
    title: row.title,
    description: row.description,
    pointsPrice: row.pointsPrice,
    stock: row.stock,
    communityId: row.communityCode,
    providerId: row.providerId,
    providerName,
    active: row.active,
    createdAt: row.createdAt.toISOString(),
  };
}

const withProvider = { reward: rewards, providerName: organizations.name };

/** A reward of the district with its provider's name; 404 for one elsewhere or missing. */
export async function findReward(
  tx: Executor,
  districtCode: string,
  id: string,
): Promise<Reward | undefined> {
  const [row] = await tx
    .select(withProvider)
    .from(rewards)
    .innerJoin(organizations, eq(organizations.id, rewards.providerId))
    .where(and(eq(rewards.id, id), eq(rewards.districtCode, districtCode)));
  return row && toReward(row.reward, row.providerName);
}

/** 400 at `providerId` unless it names an active organization of the district. */
async function providerName(
  tx: Executor,
  districtCode: string,
  providerId: string,
  messages: Messages,
): Promise<string> {
  const [row] = await tx
    .select({ name: organizations.name })
    .from(organizations)
    .where(
      and(
        eq(organizations.id, providerId),
        eq(organizations.districtCode, districtCode),
        eq(organizations.active, true),
      ),
    );
  if (!row) {
    throw new DomainError('validation_failed', [
      { path: ['providerId'], code: 'scope_unknown', message: messages.staffIssues.scope_unknown },
    ]);
  }
  return row.name;
}

/** `GET /v1/rewards?community=`: the rewards on offer, out of stock ones too, cheapest first. */
export async function listRewards(ctx: ListContext): Promise<{ data: Reward[] }> {
  const { query, auth, tx } = ctx;
  const rows = await tx
    .select(withProvider)
    .from(rewards)
    .innerJoin(organizations, eq(organizations.id, rewards.providerId))
    .where(
      and(
        eq(rewards.districtCode, auth.districtCode),
        eq(rewards.communityCode, query.community),
        eq(rewards.active, true),
        query.kind ? eq(rewards.kind, query.kind) : undefined,
      ),
    )
    .orderBy(asc(rewards.pointsPrice), asc(rewards.createdAt), asc(rewards.id))
    .limit(200);
  return { data: rows.map((row) => toReward(row.reward, row.providerName)) };
}

/** `POST /v1/rewards` (staff of the community): a new catalog item. */
export async function createReward(ctx: CreateContext): Promise<Reward> {
  const { tx, auth, body, messages } = ctx;
  const [community] = await tx
    .select({ code: communities.code })
    .from(communities)
    .where(
      and(eq(communities.code, body.communityId), eq(communities.districtCode, auth.districtCode)),
    );
  if (!community) throw new DomainError('not_found');
  const name = await providerName(tx, auth.districtCode, body.providerId, messages);
  const [row] = await tx
    .insert(rewards)
    .values({
      id: newId('rwd'),
      districtCode: auth.districtCode,
      communityCode: body.communityId,
      kind: body.kind,
      title: body.title,
      description: body.description ?? '',
      pointsPrice: body.pointsPrice,
      stock: body.stock,
      providerId: body.providerId,
      createdAt: ctx.deps.now(),
    })
    .returning();
  await ctx.audit('reward.create', 'reward', row!.id, {
    communityId: body.communityId,
    pointsPrice: body.pointsPrice,
    stock: body.stock,
  });
  return toReward(row!, name);
}

/** `PATCH /v1/rewards/{id}`: the fields given change (the stock is set, not added to). */
export async function updateReward(ctx: UpdateContext): Promise<Reward> {
  const { tx, auth, body, params, messages } = ctx;
  const current = await findReward(tx, auth.districtCode, params.id);
  if (!current) throw new DomainError('not_found');
  const name =
    body.providerId === undefined
      ? current.providerName
      : await providerName(tx, auth.districtCode, body.providerId, messages);
  const [row] = await tx
    .update(rewards)
    .set({
      ...(body.kind !== undefined ? { kind: body.kind } : {}),
      ...(body.title !== undefined ? { title: body.title } : {}),
      ...(body.description !== undefined ? { description: body.description } : {}),
      ...(body.pointsPrice !== undefined ? { pointsPrice: body.pointsPrice } : {}),
      ...(body.stock !== undefined ? { stock: body.stock } : {}),
      ...(body.providerId !== undefined ? { providerId: body.providerId } : {}),
      ...(body.active !== undefined ? { active: body.active } : {}),
      updatedAt: ctx.deps.now(),
    })
    .where(eq(rewards.id, params.id))
    .returning();
  await ctx.audit('reward.update', 'reward', params.id, { changed: Object.keys(body) });
  return toReward(row!, name);
}
