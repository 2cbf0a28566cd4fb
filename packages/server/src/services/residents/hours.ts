import { and, desc, eq, inArray } from 'drizzle-orm';
import type { MyActivityHours, MyHours } from '@wushe/schema';
import type { Executor } from '../../db/database.js';
import { activities, serviceRecords } from '../../db/tables/index.js';
import { DomainError } from '../errors.js';
import { toServiceRecord } from '../volunteers/timebank.js';
import type { ResidentCaller } from './sessions.js';
import { myVolunteerRow } from './volunteer.js';

/**
 * `GET /v1/residents/me/hours`: the hours recorded for the resident's volunteer registration,
 * totalled per activity (hours for no activity together, `activityId: null`) and record by record,
 * newest first. 404 without a registration.
 */
export async function myHours(
  tx: Executor,
  caller: Pick<ResidentCaller, 'districtCode' | 'mobile'>,
): Promise<MyHours> {
  const volunteer = await myVolunteerRow(tx, caller);
  if (!volunteer) throw new DomainError('not_found');
  const records = await tx
    .select()
    .from(serviceRecords)
    .where(
      and(
        eq(serviceRecords.volunteerId, volunteer.id),
        eq(serviceRecords.districtCode, caller.districtCode),
      ),
    )
    .orderBy(
      desc(serviceRecords.servedOn),
      desc(serviceRecords.createdAt),
      desc(serviceRecords.id),
    );
  const activityIds = [
    ...new Set(records.flatMap((record) => (record.activityId ? [record.activityId] : []))),
  ];
  const titles = new Map(
    activityIds.length === 0
      ? []
      : (
          await tx
            .select({ id: activities.id, title: activities.title })
            .from(activities)
            .where(inArray(activities.id, activityIds))
        ).map((row) => [row.id, row.title]),
  );
  const byActivity = new Map<string | null, MyActivityHours>();
  for (const record of records) {
    const total = byActivity.get(record.activityId);
    if (total) {
      total.halfHours += record.halfHours;
      total.records += 1;
    } else {
      // Records come newest first: the first seen of an activity is its last service.
      byActivity.set(record.activityId, {
        activityId: record.activityId,
        title: record.activityId ? (titles.get(record.activityId) ?? null) : null,
        halfHours: record.halfHours,
        records: 1,
        lastServedOn: record.servedOn,
      });
    }
  }
  return {
    volunteerId: volunteer.id,
    servedHalfHours: records.reduce((sum, record) => sum + record.halfHours, 0),
    byActivity: [...byActivity.values()],
    records: records.map(toServiceRecord),
  };
}
