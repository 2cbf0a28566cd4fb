import { and, asc, eq, gt, isNull, or, type SQL } from 'drizzle-orm';
import {
  listSocialWorkersRoute,
  socialWorkerRuleIssues,
  type CreateSocialWorkerRequest,
  type ListSocialWorkersQuery,
  type RoleGrant,
  type SocialWorker,
  type UpdateSocialWorkerRequest,
} from '@wushe/schema';
import { refuseDuplicate } from '../../db/errors.js';
import { organizations, roleGrants, socialWorkers, staffAccounts } from '../../db/tables/index.js';
import { DomainError } from '../errors.js';
import { newId } from '../ids.js';
import type { DirectoryContext } from './context.js';
import { invalid } from './issues.js';
import { placeAfterEdit, storedPlace } from './places.js';

type Row = typeof socialWorkers.$inferSelect;

export function toSocialWorker(row: Row): SocialWorker {
  return {
    id: row.id,
    name: row.name,
    organizationId: row.organizationId,
    station: row.station,
    certificateLevel: row.certificateLevel as SocialWorker['certificateLevel'],
    communityId: row.communityCode,
    streetId: row.streetCode,
    accountId: row.accountId,
    active: row.active,
  };
}

const accountTaken = refuseDuplicate(['social_workers_account_idx'], 'social_worker_account_taken');

/**
 * The organization and staff account a social worker names must be the district's (else 404),
 * and the account must hold the `social_worker` role.
 */
async function checkLinks(
  ctx: DirectoryContext,
  links: { organizationId?: string | null | undefined; accountId?: string | null | undefined },
): Promise<void> {
  const { tx, auth } = ctx;
  if (typeof links.organizationId === 'string') {
    const [org] = await tx
      .select({ id: organizations.id })
      .from(organizations)
      .where(
        and(
          eq(organizations.id, links.organizationId),
          eq(organizations.districtCode, auth.districtCode),
        ),
      );
    if (!org) throw new DomainError('not_found');
  }
  if (typeof links.accountId === 'string') {
    const [account] = await tx
      .select({ id: staffAccounts.id })
      .from(staffAccounts)
      .where(
        and(
          eq(staffAccounts.id, links.accountId),
          eq(staffAccounts.districtCode, auth.districtCode),
        ),
      );
    if (!account) throw new DomainError('not_found');
    const [grant] = await tx
      .select({ role: roleGrants.role })
      .from(roleGrants)
      .where(and(eq(roleGrants.accountId, account.id), eq(roleGrants.role, 'social_worker')));
    if (!grant)
      throw invalid(ctx.messages, [{ path: ['accountId'], code: 'account_not_social_worker' }]);
  }
}

/** `POST /v1/social-workers`. */
export async function createSocialWorker(
  ctx: DirectoryContext,
  input: CreateSocialWorkerRequest,
): Promise<SocialWorker> {
  const { tx, auth } = ctx;
  const place = await storedPlace(tx, auth.districtCode, {
    communityId: input.communityId ?? null,
    streetId: input.streetId ?? null,
  });
  await checkLinks(ctx, input);
  const [row] = await tx
    .insert(socialWorkers)
    .values({
      id: newId('sw'),
      districtCode: auth.districtCode,
      name: input.name,
      organizationId: input.organizationId ?? null,
      station: input.station ?? null,
      certificateLevel: input.certificateLevel ?? null,
      communityCode: place.communityCode,
      streetCode: place.streetCode,
      accountId: input.accountId ?? null,
      active: input.active ?? true,
      createdAt: ctx.deps.now(),
    })
    .returning()
    .catch(accountTaken);
  const created = toSocialWorker(row!);
  await ctx.audit('social_worker.create', 'social_worker', created.id, { socialWorker: created });
  return created;
}

/** `PATCH /v1/social-workers/{id}`: the record as the edit leaves it keeps the rules. */
export async function updateSocialWorker(
  ctx: DirectoryContext,
  id: string,
  patch: UpdateSocialWorkerRequest,
): Promise<SocialWorker> {
  const { tx, auth } = ctx;
  const [row] = await tx
    .select()
    .from(socialWorkers)
    .where(and(eq(socialWorkers.id, id), eq(socialWorkers.districtCode, auth.districtCode)));
  if (!row) throw new DomainError('not_found');
  const placeIds = placeAfterEdit(row, patch);
  const facts = {
    ...placeIds,
    organizationId: patch.organizationId === undefined ? row.organizationId : patch.organizationId,
    station: patch.station === undefined ? row.station : patch.station,
  };
  const issues = socialWorkerRuleIssues(facts);
  if (issues.length > 0) throw invalid(ctx.messages, issues);
  const place = await storedPlace(tx, auth.districtCode, placeIds);
  await checkLinks(ctx, patch);
  const [updated] = await tx
    .update(socialWorkers)
    .set({
      name: patch.name ?? row.name,
      organizationId: facts.organizationId,
      station: facts.station,
      certificateLevel:
        patch.certificateLevel === undefined ? row.certificateLevel : patch.certificateLevel,
      communityCode: place.communityCode,
      streetCode: place.streetCode,
      accountId: patch.accountId === undefined ? row.accountId : patch.accountId,
      active: patch.active ?? row.active,
      updatedAt: ctx.deps.now(),
    })
    .where(eq(socialWorkers.id, id))
    .returning()
    .catch(accountTaken);
  await ctx.audit('social_worker.update', 'social_worker', id, {
    changes: patch,
    before: toSocialWorker(row),
  });
  return toSocialWorker(updated!);
}

/**
 * Where a grant lets its holder see social workers: the district's admin all of them; street
 * staff and a street's social workers those serving the street or any of its communities;
 * community staff and a community's social workers those serving the community or its whole street.
 */
function visibleTo(grant: RoleGrant): SQL | undefined {
  if (grant.role === 'district_admin') return eq(socialWorkers.districtCode, grant.scope);
  if (grant.scope.length === 9) return eq(socialWorkers.streetCode, grant.scope);
  if (grant.scope.length === 12)
    return or(
      eq(socialWorkers.communityCode, grant.scope),
      and(
        isNull(socialWorkers.communityCode),
        eq(socialWorkers.streetCode, grant.scope.slice(0, 9)),
      ),
    );
  return undefined;
}

/** `GET /v1/social-workers`: those the caller's grants reach, by id, with the query's filters. */
export async function listSocialWorkers(
  ctx: DirectoryContext,
  query: ListSocialWorkersQuery,
  page: { limit: number; after: string | undefined },
): Promise<Row[]> {
  const { tx, auth } = ctx;
  const grants: readonly RoleGrant[] = auth.staff
    ? auth.staff.grants.filter((grant) =>
        listSocialWorkersRoute.permission.roles.some((role) => role === grant.role),
      )
    : [{ role: 'district_admin', scope: auth.districtCode }];
  const reach = grants.map(visibleTo).filter((clause) => clause !== undefined);
  if (reach.length === 0) return [];
  const active = query.active ?? 'true';
  const where: (SQL | undefined)[] = [
    eq(socialWorkers.districtCode, auth.districtCode),
    or(...reach),
    query.community ? eq(socialWorkers.communityCode, query.community) : undefined,
    query.street ? eq(socialWorkers.streetCode, query.street) : undefined,
    query.organization ? eq(socialWorkers.organizationId, query.organization) : undefined,
    active === 'any' ? undefined : eq(socialWorkers.active, active === 'true'),
    page.after ? gt(socialWorkers.id, page.after) : undefined,
  ];
  return tx
    .select()
    .from(socialWorkers)
    .where(and(...where))
    .orderBy(asc(socialWorkers.id))
    .limit(page.limit + 1);
}
