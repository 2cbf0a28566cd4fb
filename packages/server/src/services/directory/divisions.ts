import { and, eq } from 'drizzle-orm';
import type * as z from 'zod/mini';
import {
  divisionLevelOf,
  kindFitsDivisionCode,
  type CreateDivisionRequest,
  type Division,
  type Messages,
  type UpdateDivisionRequest,
} from '@wushe/schema';
import type { Executor } from '../../db/database.js';
import { communities, streets } from '../../db/tables/index.js';
import { DomainError } from '../errors.js';
import { invalid, type RuleIssue } from './issues.js';

/** A street or community as the schema has parsed it (`POST /v1/divisions`, an imported line). */
export type DivisionInput = z.output<typeof CreateDivisionRequest>;

/**
 * Where a division may go, beyond its shape (which `CreateDivisionRequest` checks): a street lies
 * in the district that adds it, a community under a street the district has (stored, or added in
 * the same import). Both the API and `divisions import` ask this.
 */
export function placementIssues(
  input: Pick<DivisionInput, 'code' | 'parentCode'>,
  districtCode: string,
  streetCodes: ReadonlySet<string>,
): RuleIssue[] {
  const level = divisionLevelOf(input.code);
  if (level === 'street' && input.parentCode !== districtCode)
    return [{ path: ['parentCode'], code: 'division_not_in_parent' }];
  if (level === 'community' && !streetCodes.has(input.parentCode))
    return [{ path: ['parentCode'], code: 'division_parent_missing' }];
  return [];
}

/** The codes of a district's stored streets. */
export async function storedStreetCodes(tx: Executor, districtCode: string): Promise<Set<string>> {
  const rows = await tx
    .select({ code: streets.code })
    .from(streets)
    .where(eq(streets.districtCode, districtCode));
  return new Set(rows.map((row) => row.code));
}

type StreetRow = typeof streets.$inferSelect;
type CommunityRow = typeof communities.$inferSelect;

function toDivision(row: StreetRow | CommunityRow): Division {
  return {
    code: row.code,
    parentCode: 'streetCode' in row ? row.streetCode : row.districtCode,
    name: row.name,
    kind: row.kind,
    population: row.population,
  };
}

/** The stored street or community with this code in the district, or `undefined`. */
export async function findDivision(
  tx: Executor,
  districtCode: string,
  code: string,
): Promise<StreetRow | CommunityRow | undefined> {
  const table = divisionLevelOf(code) === 'street' ? streets : communities;
  const [row] = await tx
    .select()
    .from(table)
    .where(and(eq(table.code, code), eq(table.districtCode, districtCode)));
  return row;
}

/**
 * Writes one street or community, replacing name, kind and population of a stored one: the
 * import's upsert. The caller has checked its shape and placement.
 */
export async function upsertDivision(
  tx: Executor,
  districtCode: string,
  input: DivisionInput,
): Promise<Division> {
  const values = {
    code: input.code,
    districtCode,
    name: input.name,
    population: input.population ?? null,
  };
  const set = { name: input.name, population: input.population ?? null };
  if (divisionLevelOf(input.code) === 'street') {
    const kind = input.kind as 'street' | 'town';
    const [row] = await tx
      .insert(streets)
      .values({ ...values, kind })
      .onConflictDoUpdate({ target: streets.code, set: { ...set, kind } })
      .returning();
    return toDivision(row!);
  }
  const kind = input.kind as 'urban_community' | 'rural_village';
  const [row] = await tx
    .insert(communities)
    .values({ ...values, kind, streetCode: input.parentCode })
    .onConflictDoUpdate({ target: communities.code, set: { ...set, kind } })
    .returning();
  return toDivision(row!);
}

/** `POST /v1/divisions`: a new street or community; its code taken already is 409. */
export async function createDivision(
  tx: Executor,
  districtCode: string,
  input: DivisionInput,
  messages: Messages,
): Promise<Division> {
  if (await findDivision(tx, districtCode, input.code)) throw new DomainError('division_exists');
  const issues = placementIssues(input, districtCode, await storedStreetCodes(tx, districtCode));
  if (issues.length > 0) throw invalid(messages, issues);
  return upsertDivision(tx, districtCode, input);
}

/** `PATCH /v1/divisions/{code}`: name, kind (fitting the code's level) and population. */
export async function updateDivision(
  tx: Executor,
  districtCode: string,
  code: string,
  patch: UpdateDivisionRequest,
  messages: Messages,
): Promise<{ before: Division; after: Division }> {
  const row = await findDivision(tx, districtCode, code);
  if (!row) throw new DomainError('not_found');
  if (patch.kind !== undefined && !kindFitsDivisionCode(patch.kind, code))
    throw invalid(messages, [{ path: ['kind'], code: 'division_kind_level' }]);
  const before = toDivision(row);
  const set = {
    ...(patch.name !== undefined ? { name: patch.name } : {}),
    ...(patch.population !== undefined ? { population: patch.population } : {}),
  };
  if (Object.keys(set).length === 0 && patch.kind === undefined) return { before, after: before };
  const [updated] =
    'streetCode' in row
      ? await tx
          .update(communities)
          .set({ ...set, ...(patch.kind ? { kind: patch.kind as CommunityRow['kind'] } : {}) })
          .where(eq(communities.code, code))
          .returning()
      : await tx
          .update(streets)
          .set({ ...set, ...(patch.kind ? { kind: patch.kind as StreetRow['kind'] } : {}) })
          .where(eq(streets.code, code))
          .returning();
  return { before, after: toDivision(updated!) };
}
