import { and, eq } from 'drizzle-orm';
import {
  organizationRuleIssues,
  type CreateOrganizationRequest,
  type Organization,
  type UpdateOrganizationRequest,
} from '@wushe/schema';
import { refuseDuplicate } from '../../db/errors.js';
import { organizations } from '../../db/tables/index.js';
import { DomainError } from '../errors.js';
import { newId } from '../ids.js';
import type { DirectoryContext } from './context.js';
import { invalid } from './issues.js';
import { placeAfterEdit, storedPlace } from './places.js';

type Row = typeof organizations.$inferSelect;

export function toOrganization(row: Row): Organization {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as Organization['kind'],
    category: row.category as Organization['category'],
    registration: row.registration as Organization['registration'],
    creditCode: row.creditCode,
    communityId: row.communityCode,
    streetId: row.streetCode,
    ...(row.description ? { description: row.description } : {}),
    publicFundraising: row.publicFundraising,
    active: row.active,
  };
}

const duplicateCreditCode = refuseDuplicate(
  ['organizations_credit_code_idx'],
  'organization_exists',
);

/** `POST /v1/organizations`: registers (登记) or files (备案) an organization where it works. */
export async function createOrganization(
  ctx: DirectoryContext,
  input: CreateOrganizationRequest,
): Promise<Organization> {
  const { tx, auth } = ctx;
  const districtCode = auth.districtCode;
  const place = await storedPlace(tx, districtCode, {
    communityId: input.communityId ?? null,
    streetId: input.streetId ?? null,
  });
  const [row] = await tx
    .insert(organizations)
    .values({
      id: newId('org'),
      districtCode,
      name: input.name,
      kind: input.kind,
      category: input.category ?? null,
      registration: input.registration,
      creditCode: input.creditCode ?? null,
      communityCode: place.communityCode,
      streetCode: place.streetCode,
      description: input.description || null,
      publicFundraising: input.publicFundraising ?? false,
      active: input.active ?? true,
    })
    .returning()
    .catch(duplicateCreditCode);
  const created = toOrganization(row!);
  await ctx.audit('organization.create', 'organization', created.id, { organization: created });
  return created;
}

/**
 * `PATCH /v1/organizations/{id}`: the record as the edit leaves it must keep the rules
 * (`organizationRuleIssues`); a place the district does not have is 404.
 */
export async function updateOrganization(
  ctx: DirectoryContext,
  id: string,
  patch: UpdateOrganizationRequest,
): Promise<Organization> {
  const { tx, auth } = ctx;
  const districtCode = auth.districtCode;
  const [row] = await tx
    .select()
    .from(organizations)
    .where(and(eq(organizations.id, id), eq(organizations.districtCode, districtCode)));
  if (!row) throw new DomainError('not_found');
  const before = toOrganization(row);
  const placeIds = placeAfterEdit(row, patch);
  const after = {
    ...before,
    ...placeIds,
    kind: patch.kind ?? before.kind,
    category: patch.category === undefined ? before.category : patch.category,
    registration: patch.registration ?? before.registration,
    creditCode: patch.creditCode === undefined ? before.creditCode : patch.creditCode,
  };
  const issues = organizationRuleIssues(after);
  if (issues.length > 0) throw invalid(ctx.messages, issues);
  const place = await storedPlace(tx, districtCode, placeIds);
  const [updated] = await tx
    .update(organizations)
    .set({
      name: patch.name ?? row.name,
      kind: after.kind,
      category: after.category,
      registration: after.registration,
      creditCode: after.creditCode,
      communityCode: place.communityCode,
      streetCode: place.streetCode,
      description: patch.description === undefined ? row.description : patch.description || null,
      publicFundraising: patch.publicFundraising ?? row.publicFundraising,
      active: patch.active ?? row.active,
      updatedAt: ctx.deps.now(),
    })
    .where(eq(organizations.id, id))
    .returning()
    .catch(duplicateCreditCode);
  const changed = toOrganization(updated!);
  await ctx.audit('organization.update', 'organization', id, { changes: patch, before });
  return changed;
}
