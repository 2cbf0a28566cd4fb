import { eq } from 'drizzle-orm';
import { isDivisionCode } from '@wushe/schema';
import type { Database } from '../db/database.js';
import { communities, districts, streets } from '../db/tables/index.js';
import { parseCsv } from './csv.js';
import { CliError } from './errors.js';

export const DIVISIONS_HEADER = ['code', 'name', 'parentCode', 'kind', 'population'] as const;

const STREET_KINDS = ['street', 'town'] as const;
const COMMUNITY_KINDS = ['urban_community', 'rural_village'] as const;

interface StreetRow {
  code: string;
  name: string;
  kind: (typeof STREET_KINDS)[number];
  population: number | null;
}
interface CommunityRow {
  code: string;
  streetCode: string;
  name: string;
  kind: (typeof COMMUNITY_KINDS)[number];
  population: number | null;
}

/**
 * `wushe-server divisions import`: upserts a district's streets and communities from CSV
 * (`code,name,parentCode,kind,population`). Codes must nest: a street's 9 digits extend the
 * district's 6, a community's 12 extend its street's 9 (a street in the file or already stored).
 * Every bad line is reported with its number and then nothing is imported; a good file is
 * imported in one transaction, and importing it again changes nothing.
 */
export async function importDivisions(db: Database, districtCode: string, csv: string) {
  const [district] = await db
    .select({ code: districts.code })
    .from(districts)
    .where(eq(districts.code, districtCode));
  if (!district) throw new CliError(`district ${districtCode} does not exist: run init first`);

  const rows = parseCsv(csv);
  const header = rows.shift();
  if (!header || header.fields.map((f) => f.trim()).join(',') !== DIVISIONS_HEADER.join(',')) {
    throw new CliError(`line 1: the header must be ${DIVISIONS_HEADER.join(',')}`);
  }
  const stored = await db
    .select({ code: streets.code })
    .from(streets)
    .where(eq(streets.districtCode, districtCode));
  const streetCodes = new Set(stored.map((row) => row.code));
  for (const row of rows) {
    const [code = '', , , kind = ''] = row.fields.map((f) => f.trim());
    if ((STREET_KINDS as readonly string[]).includes(kind)) streetCodes.add(code);
  }

  const problems: string[] = [];
  const seen = new Map<string, number>();
  const streetRows: StreetRow[] = [];
  const communityRows: CommunityRow[] = [];
  for (const { line, fields } of rows) {
    const bad = (message: string) => problems.push(`line ${line}: ${message}`);
    if (fields.length !== DIVISIONS_HEADER.length) {
      bad(`expected ${DIVISIONS_HEADER.length} fields, found ${fields.length}`);
      continue;
    }
    const [code, name, parentCode, kind, populationText] = fields.map((f) => f.trim()) as [
      string,
      string,
      string,
      string,
      string,
    ];
    const before = seen.get(code);
    if (before !== undefined) bad(`code ${code} appears already on line ${before}`);
    seen.set(code, line);
    if (name.length < 1 || name.length > 60) bad('name needs 1–60 characters');
    let population: number | null = null;
    if (populationText !== '') {
      if (!/^\d{1,9}$/.test(populationText))
        bad(`population "${populationText}" is not a whole number`);
      else population = Number(populationText);
    }
    if ((STREET_KINDS as readonly string[]).includes(kind)) {
      if (!isDivisionCode(code, 'street')) bad(`code "${code}" is not a street's 9 digits`);
      else if (parentCode !== districtCode || !code.startsWith(districtCode))
        bad(`street ${code} must have parentCode ${districtCode} and start with it`);
      streetRows.push({ code, name, kind: kind as StreetRow['kind'], population });
    } else if ((COMMUNITY_KINDS as readonly string[]).includes(kind)) {
      if (!isDivisionCode(code, 'community')) bad(`code "${code}" is not a community's 12 digits`);
      else if (!code.startsWith(parentCode) || parentCode.length !== 9)
        bad(`community ${code} must start with its street's code (parentCode ${parentCode})`);
      else if (!streetCodes.has(parentCode))
        bad(`parentCode ${parentCode} is no street of district ${districtCode}`);
      communityRows.push({
        code,
        streetCode: parentCode,
        name,
        kind: kind as CommunityRow['kind'],
        population,
      });
    } else {
      bad(`kind "${kind}" is none of ${[...STREET_KINDS, ...COMMUNITY_KINDS].join(', ')}`);
    }
  }
  if (problems.length > 0) {
    const lines = new Set(problems.map((problem) => problem.split(':')[0]));
    throw new CliError(`nothing imported: ${lines.size} bad line(s)`, problems);
  }

  await db.transaction(async (tx) => {
    for (const row of streetRows) {
      await tx
        .insert(streets)
        .values({ ...row, districtCode })
        .onConflictDoUpdate({
          target: streets.code,
          set: { name: row.name, kind: row.kind, population: row.population },
        });
    }
    for (const row of communityRows) {
      await tx
        .insert(communities)
        .values({ ...row, districtCode })
        .onConflictDoUpdate({
          target: communities.code,
          set: { name: row.name, kind: row.kind, population: row.population },
        });
    }
  });
  return { streets: streetRows.length, communities: communityRows.length };
}
