import { and, eq } from 'drizzle-orm';
import type { FollowUpRecord, routes } from '@wushe/schema';
import { followUpRecords } from '../../db/tables/index.js';
import type { ServiceContext } from '../context.js';
import { DomainError } from '../errors.js';
import { newId } from '../ids.js';
import { responseAwaitingFollowUp } from './low-ratings.js';

type RecordContext = ServiceContext<typeof routes.recordFollowUp>;

/**
 * `POST /v1/staff/follow-ups/{id}`: a follow-up (回访) done on a low rating, with its outcome and
 * notes, the person and the role they acted in (the binder checked the role covers the community
 * of what the response rates). Recorded once: the response then leaves the `follow_ups` list. A
 * response that is not a low rating awaiting its follow-up is `not_found`; one already followed
 * up is `follow_up_already_recorded`, even when two workers record it at the same moment.
 */
export async function recordFollowUp(ctx: RecordContext): Promise<FollowUpRecord> {
  const { tx, auth, params, body } = ctx;
  const response = await responseAwaitingFollowUp(tx, auth.districtCode, params.id);
  if (!response) {
    const [recorded] = await tx
      .select({ id: followUpRecords.id })
      .from(followUpRecords)
      .where(
        and(
          eq(followUpRecords.responseId, params.id),
          eq(followUpRecords.districtCode, auth.districtCode),
        ),
      );
    throw new DomainError(recorded ? 'follow_up_already_recorded' : 'not_found');
  }
  const role = auth.role ?? 'district_admin';
  const [row] = await tx
    .insert(followUpRecords)
    .values({
      id: newId('fup'),
      districtCode: auth.districtCode,
      responseId: params.id,
      outcome: body.outcome,
      notes: body.notes,
      accountId: auth.staff?.account.id ?? null,
      apiKeyId: auth.apiKeyId,
      role,
      recordedAt: ctx.deps.now(),
    })
    .onConflictDoNothing({ target: followUpRecords.responseId })
    .returning();
  if (!row) throw new DomainError('follow_up_already_recorded');
  await ctx.audit('follow_up.record', 'survey_response', params.id, {
    followUpId: row.id,
    outcome: row.outcome,
  });
  return {
    id: row.id,
    responseId: row.responseId,
    outcome: body.outcome,
    notes: row.notes,
    recordedBy: {
      accountId: row.accountId,
      name: auth.staff?.account.name ?? null,
      role,
    },
    recordedAt: row.recordedAt.toISOString(),
  };
}
