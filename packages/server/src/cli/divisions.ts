import { eq } from 'drizzle-orm';
import { CreateDivisionRequest, en, fieldIssue, validate, type FieldIssue } from '@wushe/schema';
import type { Database } from '../db/database.js';
import { districts } from '../db/tables/index.js';
import {
  placementIssues,
  storedStreetCodes,
  upsertDivision,
  type DivisionInput,
} from '../services/directory/divisions.js';
import { parseCsv } from './csv.js';
import { CliError } from './errors.js';

export const DIVISIONS_HEADER = ['code', 'name', 'parentCode', 'kind', 'population'] as const;

/** A CSV line as the request `POST /v1/divisions` takes: population a number when it is one. */
function lineAsRequest(fields: readonly string[]) {
  const [code, name, parentCode, kind, population] = fields.map((field) => field.trim()) as [
    string,
    string,
    string,
    string,
    string,
  ];
  return {
    code,
    name,
    parentCode,
    kind,
    population:
      population === '' ? null : /^\d+$/.test(population) ? Number(population) : population,
  };
}

/**
 * `wushe-server divisions import`: upserts a district's streets and communities from CSV
 * (`code,name,parentCode,kind,population`), line by line under the rules of
 * `POST /v1/divisions` (the same schema and placement check): codes must nest, a street's 9
 * digits extending the district's 6, a community's 12 extending its street's 9 (a street in the
 * file or already stored). Every bad line is reported with its number and field, and then
 * nothing is imported; a good file is imported in one transaction, and importing it again
 * changes nothing.
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
  const streetCodes = await storedStreetCodes(db, districtCode);
  for (const row of rows) {
    const [code = '', , , kind = ''] = row.fields.map((f) => f.trim());
    if (kind === 'street' || kind === 'town') streetCodes.add(code);
  }

  const problems: string[] = [];
  const seen = new Map<string, number>();
  const good: DivisionInput[] = [];
  for (const { line, fields } of rows) {
    const bad = (message: string) => problems.push(`line ${line}: ${message}`);
    if (fields.length !== DIVISIONS_HEADER.length) {
      bad(`expected ${DIVISIONS_HEADER.length} fields, found ${fields.length}`);
      continue;
    }
    const request = lineAsRequest(fields);
    const before = seen.get(request.code);
    if (before !== undefined) bad(`code ${request.code} appears already on line ${before}`);
    seen.set(request.code, line);
    // `parentCode "310105": This community is not in…`: the field, what the line has, the rule.
    const badField = (issue: FieldIssue) => {
      const field = issue.path[0] as keyof typeof request;
      bad(`${issue.path.join('.')} "${String(request[field] ?? '')}": ${issue.message}`);
    };
    const parsed = validate(CreateDivisionRequest, request, en);
    if (!parsed.success) {
      parsed.issues.forEach(badField);
      continue;
    }
    const placement = placementIssues(parsed.data, districtCode, streetCodes);
    for (const issue of placement) badField(fieldIssue([...issue.path], issue.code, undefined, en));
    if (placement.length === 0) good.push(parsed.data);
  }
  if (problems.length > 0) {
    const lines = new Set(problems.map((problem) => problem.split(':')[0]));
    throw new CliError(`nothing imported: ${lines.size} bad line(s)`, problems);
  }

  await db.transaction(async (tx) => {
    for (const division of good) await upsertDivision(tx, districtCode, division);
  });
  return {
    streets: good.filter((division) => division.code.length === 9).length,
    communities: good.filter((division) => division.code.length === 12).length,
  };
}
