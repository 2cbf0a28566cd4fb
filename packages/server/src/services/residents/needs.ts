import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { MyNeed, NeedStatus, NeedTimelineEntry } from '@wushe/schema';
import type { Executor } from '../../db/database.js';
import { auditLog, claims, needs } from '../../db/tables/index.js';
import { toNeed } from '../needs/present.js';
import { shownClaims } from '../needs/store.js';
import type { ResidentCaller } from './sessions.js';

type NeedRow = typeof needs.$inferSelect;

/** A need's way, in order: what a timeline shows first when two steps have the same time. */
const WAY_ORDER: readonly NeedStatus[] = [
  'pending_review',
  'open',
  'claimed',
  'fulfilled',
  'rejected',
  'closed',
];

/**
 * Each need's way so far: posted (`pending_review`), then every status staff gave it (from the
 * audit log, with the reason they gave) and every claim (`claimed`), in time order.
 */
async function timelines(tx: Executor, rows: readonly NeedRow[]) {
  const ids = rows.map((row) => row.id);
  const byNeed = new Map<string, NeedTimelineEntry[]>(
    rows.map((row) => [
      row.id,
      [{ status: 'pending_review', at: row.createdAt.toISOString(), reason: null }],
    ]),
  );
  if (ids.length === 0) return byNeed;
  const changes = await tx
    .select({ needId: auditLog.subjectId, detail: auditLog.detail, at: auditLog.createdAt })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.subjectType, 'need'),
        eq(auditLog.action, 'need.update'),
        inArray(auditLog.subjectId, ids),
      ),
    )
    .orderBy(asc(auditLog.id));
  for (const change of changes) {
    const detail = change.detail as { from?: string; to?: NeedStatus; reason?: string | null };
    if (!detail.to || detail.to === detail.from) continue;
    byNeed.get(change.needId)?.push({
      status: detail.to,
      at: change.at.toISOString(),
      reason: detail.reason ?? null,
    });
  }
  const claimed = await tx
    .select({ needId: claims.needId, at: claims.createdAt })
    .from(claims)
    .where(inArray(claims.needId, ids));
  for (const claim of claimed) {
    byNeed.get(claim.needId)?.push({ status: 'claimed', at: claim.at.toISOString(), reason: null });
  }
  // At the same instant (one transaction, a fixed clock), steps keep the order of a need's way.
  const rank = (status: NeedStatus) => WAY_ORDER.indexOf(status);
  for (const entries of byNeed.values()) {
    entries.sort((a, b) => a.at.localeCompare(b.at) || rank(a.status) - rank(b.status));
  }
  return byNeed;
}

/** The needs posted with the resident's mobile as contact, newest first, with their timelines. */
export async function myNeeds(
  tx: Executor,
  caller: Pick<ResidentCaller, 'districtCode' | 'mobile'>,
): Promise<MyNeed[]> {
  const rows = await tx
    .select()
    .from(needs)
    .where(and(eq(needs.districtCode, caller.districtCode), eq(needs.contactMobile, caller.mobile)))
    .orderBy(desc(needs.createdAt), desc(needs.id));
  const claimsShown = await shownClaims(
    tx,
    rows.map((row) => row.id),
  );
  const ways = await timelines(tx, rows);
  return rows.map((row) => ({
    ...toNeed(row, claimsShown.get(row.id)),
    contact:
      row.contactName === null || row.contactMobile === null
        ? null
        : { name: row.contactName, mobile: row.contactMobile },
    timeline: ways.get(row.id) ?? [],
  }));
}
