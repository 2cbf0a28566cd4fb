import { and, desc, eq, gte, lt, lte } from 'drizzle-orm';
import type { AuditEntry, Page, StaffRole } from '@wushe/schema';
import type { Executor } from '../db/database.js';
import { auditLog, staffAccounts } from '../db/tables/index.js';
import { decodeCursor, pageOf, pageSize } from '../routes/pagination.js';

export interface AuditFilter {
  readonly account?: string | undefined;
  readonly action?: string | undefined;
  readonly subjectType?: string | undefined;
  readonly subjectId?: string | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly cursor?: string | undefined;
  readonly limit?: number | undefined;
}

/** A page of one district's audit log, newest first, narrowed by every filter given. */
export async function auditPage(
  tx: Executor,
  districtCode: string,
  filter: AuditFilter,
): Promise<Page<AuditEntry>> {
  const limit = pageSize(filter.limit);
  const after = decodeCursor(filter.cursor, ['number']);
  const rows = await tx
    .select({ entry: auditLog, accountName: staffAccounts.name })
    .from(auditLog)
    .leftJoin(staffAccounts, eq(staffAccounts.id, auditLog.accountId))
    .where(
      and(
        eq(auditLog.districtCode, districtCode),
        filter.account === undefined ? undefined : eq(auditLog.accountId, filter.account),
        filter.action === undefined ? undefined : eq(auditLog.action, filter.action),
        filter.subjectType === undefined ? undefined : eq(auditLog.subjectType, filter.subjectType),
        filter.subjectId === undefined ? undefined : eq(auditLog.subjectId, filter.subjectId),
        filter.from === undefined ? undefined : gte(auditLog.createdAt, new Date(filter.from)),
        filter.to === undefined ? undefined : lte(auditLog.createdAt, new Date(filter.to)),
        after ? lt(auditLog.id, after[0] as number) : undefined,
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(limit + 1);
  return pageOf(
    rows,
    limit,
    ({ entry, accountName }) => ({
      id: String(entry.id),
      at: entry.createdAt.toISOString(),
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId,
      accountId: entry.accountId,
      accountName,
      role: entry.role as StaffRole | null,
      apiKeyId: entry.apiKeyId,
      requestId: entry.requestId,
      detail: (entry.detail ?? null) as Record<string, unknown> | null,
    }),
    ({ entry }) => [entry.id],
  );
}
