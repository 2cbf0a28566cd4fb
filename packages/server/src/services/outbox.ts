import { and, desc, eq, lt } from 'drizzle-orm';
import type { OutboxMessage, Page } from '@wushe/schema';
import type { Executor } from '../db/database.js';
import { notifierOutbox } from '../db/tables/index.js';
import { decodeCursor, pageOf, pageSize } from '../routes/pagination.js';

/** A page of what the `log` notifier wrote for one district, newest first (`GET /v1/dev/outbox`). */
export async function outboxPage(
  tx: Executor,
  districtCode: string,
  query: { cursor?: string | undefined; limit?: number | undefined; to?: string | undefined },
): Promise<Page<OutboxMessage>> {
  const limit = pageSize(query.limit);
  const after = decodeCursor(query.cursor, ['number']);
  const rows = await tx
    .select()
    .from(notifierOutbox)
    .where(
      and(
        eq(notifierOutbox.districtCode, districtCode),
        query.to === undefined ? undefined : eq(notifierOutbox.to, query.to),
        after ? lt(notifierOutbox.id, after[0] as number) : undefined,
      ),
    )
    .orderBy(desc(notifierOutbox.id))
    .limit(limit + 1);
  return pageOf(
    rows,
    limit,
    (row) => ({
      id: String(row.id),
      channel: row.channel,
      to: row.to,
      template: row.template,
      params: row.params as Record<string, string>,
      createdAt: row.createdAt.toISOString(),
    }),
    (row) => [row.id],
  );
}
