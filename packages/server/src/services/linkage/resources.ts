import { and, arrayContains, desc, eq, lt, or, type SQL } from 'drizzle-orm';
import type {
  CreateResourceRequest,
  ListResourcesQuery,
  Page,
  Resource,
  UpdateResourceRequest,
} from '@wushe/schema';
import type * as z from 'zod/mini';
import type { Executor } from '../../db/database.js';
import { organizations, resources } from '../../db/tables/index.js';
import { decodeCursor, invalidCursor, pageOf, pageSize } from '../../routes/pagination.js';
import type { DirectoryContext } from '../directory/context.js';
import { DomainError } from '../errors.js';
import { newId } from '../ids.js';
import { placeTermsOf, searchCondition, searchTermsOf } from '../needs/search.js';
import { servedPlaces, type ServedPlaces } from './places.js';

type Row = typeof resources.$inferSelect;
type ResourceWithOrganization = { resource: Row; organizationName: string };

const RESOURCE_SEARCH = {
  searchTerms: resources.searchTerms,
  texts: [resources.title, resources.description],
};

export function toResource({
  resource: row,
  organizationName,
}: ResourceWithOrganization): Resource {
  return {
    id: row.id,
    organizationId: row.organizationId,
    organizationName,
    title: row.title,
    description: row.description,
    category: row.category as Resource['category'],
    targetGroups: row.targetGroups as Resource['targetGroups'],
    communityIds: row.communityCodes,
    capacity: row.capacity,
    schedule: row.schedule,
    contact: { name: row.contactName, phone: row.contactPhone },
    status: row.status as Resource['status'],
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** A resource's search terms: its words, and every community and street it serves. */
export function resourceSearchTerms(
  text: { title: string; description: string },
  places: ServedPlaces,
) {
  return [
    ...searchTermsOf(text.title, text.description),
    ...places.communityCodes.flatMap((community) => placeTermsOf({ community })),
    ...places.streetCodes.flatMap((street) => placeTermsOf({ street })),
  ];
}

function withOrganization(tx: Executor) {
  return tx
    .select({ resource: resources, organizationName: organizations.name })
    .from(resources)
    .innerJoin(organizations, eq(organizations.id, resources.organizationId));
}

/** The district's resource by id (any status), or 404. */
export async function resourceFor(
  tx: Executor,
  districtCode: string,
  id: string,
): Promise<ResourceWithOrganization> {
  const [found] = await withOrganization(tx).where(
    and(eq(resources.id, id), eq(resources.districtCode, districtCode)),
  );
  if (!found) throw new DomainError('not_found');
  return found;
}

/** `POST /v1/resources`: an organization of the district publishes what it offers. */
export async function createResource(
  ctx: DirectoryContext,
  body: z.output<typeof CreateResourceRequest>,
): Promise<Resource> {
  const { tx, auth } = ctx;
  const [organization] = await tx
    .select({ name: organizations.name })
    .from(organizations)
    .where(
      and(
        eq(organizations.id, body.organizationId),
        eq(organizations.districtCode, auth.districtCode),
      ),
    );
  if (!organization) throw new DomainError('not_found');
  const places = await servedPlaces(
    tx,
    auth.districtCode,
    body.communityIds,
    'communityIds',
    ctx.messages,
  );
  const now = ctx.deps.now();
  const [row] = await tx
    .insert(resources)
    .values({
      id: newId('res'),
      districtCode: auth.districtCode,
      organizationId: body.organizationId,
      title: body.title,
      description: body.description,
      category: body.category,
      targetGroups: [...new Set(body.targetGroups)],
      ...places,
      capacity: body.capacity || null,
      schedule: body.schedule,
      contactName: body.contact.name,
      contactPhone: body.contact.phone,
      status: body.status ?? 'published',
      searchTerms: resourceSearchTerms(body, places),
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  const created = toResource({ resource: row!, organizationName: organization.name });
  await ctx.audit('resource.create', 'resource', created.id, { resource: created });
  return created;
}

/** `PATCH /v1/resources/{id}`: edit, pause or publish again. */
export async function updateResource(
  ctx: DirectoryContext,
  id: string,
  patch: z.output<typeof UpdateResourceRequest>,
): Promise<Resource> {
  const { tx, auth } = ctx;
  const current = await resourceFor(tx, auth.districtCode, id);
  const row = current.resource;
  const places = patch.communityIds
    ? await servedPlaces(tx, auth.districtCode, patch.communityIds, 'communityIds', ctx.messages)
    : { communityCodes: row.communityCodes, streetCodes: row.streetCodes };
  const text = {
    title: patch.title ?? row.title,
    description: patch.description ?? row.description,
  };
  const [updated] = await tx
    .update(resources)
    .set({
      ...text,
      category: patch.category ?? row.category,
      targetGroups: patch.targetGroups ? [...new Set(patch.targetGroups)] : row.targetGroups,
      ...places,
      capacity: patch.capacity === undefined ? row.capacity : patch.capacity || null,
      schedule: patch.schedule ?? row.schedule,
      contactName: patch.contact?.name ?? row.contactName,
      contactPhone: patch.contact?.phone ?? row.contactPhone,
      status: patch.status ?? row.status,
      searchTerms: resourceSearchTerms(text, places),
      updatedAt: ctx.deps.now(),
    })
    .where(eq(resources.id, id))
    .returning();
  await ctx.audit('resource.update', 'resource', id, {
    changes: patch,
    before: toResource(current),
  });
  return toResource({ resource: updated!, organizationName: current.organizationName });
}

/**
 * `GET /v1/resources`: published resources, newest first. The place, when given, is a search
 * term (every resource is stored with the places it serves), so "this community's resources"
 * and "助老 in this community" are both one containment on the GIN index, through the needs'
 * own search (`searchCondition`).
 */
export async function listResources(
  tx: Executor,
  districtCode: string,
  query: z.output<typeof ListResourcesQuery>,
): Promise<Page<Resource>> {
  const limit = pageSize(query.limit);
  const after = afterCursor(query.cursor);
  const place = { community: query.community, street: query.street };
  const search =
    query.q === undefined ? undefined : searchCondition(query.q, place, RESOURCE_SEARCH);
  if (search === null) return { data: [], nextCursor: null };
  const placeTerms = placeTermsOf(place);
  const where: (SQL | undefined)[] = [
    eq(resources.districtCode, districtCode),
    eq(resources.status, 'published'),
    search ??
      (placeTerms.length > 0 ? arrayContains(resources.searchTerms, placeTerms) : undefined),
    query.category ? eq(resources.category, query.category) : undefined,
    query.group ? arrayContains(resources.targetGroups, [query.group]) : undefined,
    after
      ? or(
          lt(resources.createdAt, after.at),
          and(eq(resources.createdAt, after.at), lt(resources.id, after.id)),
        )
      : undefined,
  ];
  const rows = await withOrganization(tx)
    .where(and(...where))
    .orderBy(desc(resources.createdAt), desc(resources.id))
    .limit(limit + 1);
  return pageOf(rows, limit, toResource, ({ resource }) => [
    resource.createdAt.toISOString(),
    resource.id,
  ]);
}

/** Where a page ends: the last resource's creation (stored to the millisecond) and id. */
function afterCursor(cursor: string | undefined): { at: Date; id: string } | undefined {
  const parts = decodeCursor(cursor, ['string', 'string']);
  if (!parts) return undefined;
  const at = new Date(parts[0] as string);
  if (Number.isNaN(at.getTime())) throw invalidCursor();
  return { at, id: parts[1] as string };
}

/** `GET /v1/resources/{id}`: a published resource; a paused one is not public (404). */
export async function getPublishedResource(
  tx: Executor,
  districtCode: string,
  id: string,
): Promise<Resource> {
  const found = await resourceFor(tx, districtCode, id);
  if (found.resource.status !== 'published') throw new DomainError('not_found');
  return toResource(found);
}
