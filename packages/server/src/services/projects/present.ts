import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Project, ProjectDetail, ProjectMoney, ProjectUpdate } from '@wushe/schema';
import type { Executor } from '../../db/database.js';
import {
  disbursements,
  funds,
  organizations,
  projects,
  projectUpdates,
  surveyResponses,
  surveys,
} from '../../db/tables/index.js';
import { DomainError } from '../errors.js';
import { isQuiet } from './quiet.js';

export type ProjectRow = typeof projects.$inferSelect;
export type ProjectWithOrganization = { project: ProjectRow; organizationName: string };
type UpdateRow = typeof projectUpdates.$inferSelect;

export function toProject(
  { project: row, organizationName }: ProjectWithOrganization,
  now: Date,
): Project {
  return {
    id: row.id,
    title: row.title,
    kind: row.kind as Project['kind'],
    organizationId: row.organizationId,
    organizationName,
    communityIds: row.communityCodes,
    needIds: row.needIds,
    budgetFen: row.budgetFen,
    fundId: row.fundId,
    status: row.status as Project['status'],
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    socialWorkerIds: row.socialWorkerIds,
    lastUpdateAt: row.lastReportedAt?.toISOString() ?? null,
    quiet: isQuiet(row, now),
  };
}

/** Who reported an update, in public: the organization, a social worker, or staff. */
function reportedBy(role: string | null): ProjectUpdate['reportedBy'] {
  if (role === 'org_member') return 'organization';
  if (role === 'social_worker') return 'social_worker';
  return 'staff';
}

export function toProjectUpdate(row: UpdateRow): ProjectUpdate {
  return {
    id: row.id,
    body: row.body,
    reportedBy: reportedBy(row.role),
    createdAt: row.createdAt.toISOString(),
  };
}

export function projectsWithOrganization(tx: Executor) {
  return tx
    .select({ project: projects, organizationName: organizations.name })
    .from(projects)
    .innerJoin(organizations, eq(organizations.id, projects.organizationId));
}

/** The district's project, or 404. */
export async function projectFor(
  tx: Executor,
  districtCode: string,
  id: string,
): Promise<ProjectWithOrganization> {
  const [found] = await projectsWithOrganization(tx).where(
    and(eq(projects.id, id), eq(projects.districtCode, districtCode)),
  );
  if (!found) throw new DomainError('not_found');
  return found;
}

/**
 * The survey residents rate a completed project with (一事一评): the one answered about it, else
 * the district's newest survey of projects. None before the project is completed.
 */
async function satisfactionOf(
  tx: Executor,
  row: ProjectRow,
): Promise<ProjectDetail['satisfaction']> {
  if (row.status !== 'completed') return null;
  const [answered] = await tx
    .select({ id: surveyResponses.surveyId })
    .from(surveyResponses)
    .where(eq(surveyResponses.subjectId, row.id))
    .limit(1);
  const [survey] = answered
    ? [answered]
    : await tx
        .select({ id: surveys.id })
        .from(surveys)
        .where(and(eq(surveys.districtCode, row.districtCode), eq(surveys.subjectType, 'project')))
        .orderBy(desc(surveys.id))
        .limit(1);
  if (!survey) return null;
  return {
    surveyId: survey.id,
    resultsPath: `/v1/surveys/${survey.id}/results?subject=${row.id}`,
  };
}

/**
 * The money of each project of `rows`, by id: what its fund raised (null without a fund) and what
 * funds disbursed to it. The one place the list and the project's page take it from.
 */
export async function moneyOf(
  tx: Executor,
  rows: readonly ProjectRow[],
): Promise<Map<string, ProjectMoney>> {
  const ids = rows.map((row) => row.id);
  const fundIds = [...new Set(rows.flatMap((row) => (row.fundId ? [row.fundId] : [])))];
  const used = ids.length
    ? await tx
        .select({
          projectId: disbursements.projectId,
          fen: sql<string>`coalesce(sum(${disbursements.amountFen}), 0)`,
        })
        .from(disbursements)
        .where(inArray(disbursements.projectId, ids))
        .groupBy(disbursements.projectId)
    : [];
  const raised = fundIds.length
    ? await tx
        .select({ id: funds.id, raisedFen: funds.raisedFen })
        .from(funds)
        .where(inArray(funds.id, fundIds))
    : [];
  const usedBy = new Map(used.map((each) => [each.projectId, Number(each.fen)]));
  const raisedBy = new Map(raised.map((each) => [each.id, each.raisedFen]));
  return new Map(
    rows.map((row) => [
      row.id,
      {
        raisedFen: row.fundId ? (raisedBy.get(row.fundId) ?? null) : null,
        usedFen: usedBy.get(row.id) ?? 0,
      },
    ]),
  );
}

/**
 * `GET /v1/projects/{id}`: the project with its public updates (newest first), its money — what
 * its fund raised and what funds disbursed to it — and its satisfaction results once completed.
 */
export async function projectDetail(
  tx: Executor,
  districtCode: string,
  id: string,
  now: Date,
): Promise<ProjectDetail> {
  const found = await projectFor(tx, districtCode, id);
  const row = found.project;
  const updates = await tx
    .select()
    .from(projectUpdates)
    .where(eq(projectUpdates.projectId, row.id))
    .orderBy(desc(projectUpdates.createdAt), desc(projectUpdates.id));
  const money = await moneyOf(tx, [row]);
  return {
    ...toProject(found, now),
    updates: updates.map(toProjectUpdate),
    money: money.get(row.id)!,
    satisfaction: await satisfactionOf(tx, row),
  };
}
