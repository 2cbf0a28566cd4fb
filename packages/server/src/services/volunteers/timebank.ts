import { and, desc, eq, sql } from 'drizzle-orm';
import {
  roundToHalfHours,
  ServiceRecordSource,
  type routes,
  type ServiceRecord,
  type VolunteerHours,
} from '@wushe/schema';
import type { Executor } from '../../db/database.js';
import {
  activities,
  needs,
  serviceRecords,
  timebankEntries,
  volunteers,
} from '../../db/tables/index.js';
import type { ServiceContext } from '../context.js';
import { newId } from '../ids.js';
import { earnPoints } from '../points/earn.js';
import { districtSettings } from '../settings/settings.js';
import { chinaToday, refuseFutureDate } from './dates.js';
import { requireInDistrict } from './lookups.js';

type RecordContext = ServiceContext<typeof routes.createServiceRecord>;
type HoursContext = ServiceContext<typeof routes.getVolunteerHours>;
type ServiceRecordRow = typeof serviceRecords.$inferSelect;

/** The time-bank account a volunteer's service is credited to. */
export const volunteerAccount = (volunteerId: string) => `volunteer:${volunteerId}`;
/** The district's account that every credit for service is drawn from. */
export const districtServiceAccount = (districtCode: string) => `district:${districtCode}:service`;

export function toServiceRecord(row: ServiceRecordRow): ServiceRecord {
  return {
    id: row.id,
    volunteerId: row.volunteerId,
    activityId: row.activityId,
    needId: row.needId,
    servedOn: row.servedOn,
    minutes: row.minutes,
    halfHours: row.halfHours,
    content: row.content,
    source: row.source as ServiceRecordSource,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * `POST /v1/service-records` (staff): records service and credits it to the time bank, rounded
 * to half hours, as one double-entry transfer whose id is the record's.
 */
export async function createServiceRecord(ctx: RecordContext): Promise<ServiceRecord> {
  const { tx, auth, body, deps, messages } = ctx;
  const now = deps.now();
  // 志愿服务条例 asks for accurate records: service cannot be recorded before it happens.
  refuseFutureDate(['servedOn'], body.servedOn, chinaToday(now), messages);
  await requireInDistrict(tx, volunteers, auth.districtCode, body.volunteerId);
  if (body.activityId !== undefined) {
    await requireInDistrict(tx, activities, auth.districtCode, body.activityId);
  }
  if (body.needId !== undefined) {
    await requireInDistrict(tx, needs, auth.districtCode, body.needId);
  }

  const [row] = await tx
    .insert(serviceRecords)
    .values({
      id: newId('srv'),
      districtCode: auth.districtCode,
      volunteerId: body.volunteerId,
      activityId: body.activityId ?? null,
      needId: body.needId ?? null,
      servedOn: body.servedOn,
      minutes: body.minutes,
      halfHours: roundToHalfHours(body.minutes),
      content: body.content,
      note: body.note || null,
      source: body.source,
      recordedBy: auth.apiKeyId,
      createdAt: now,
    })
    .returning();
  const record = row!;
  await transfer(tx, {
    id: record.id,
    from: districtServiceAccount(auth.districtCode),
    to: volunteerAccount(record.volunteerId),
    halfHours: record.halfHours,
    at: now,
  });
  // Only 信用时 (from an activity's check-in list) earn points (SPEC §13), in this transaction.
  if (record.source === ServiceRecordSource.checkIn) {
    const rules = (await districtSettings(tx, auth.districtCode)).points;
    await earnPoints(tx, record, rules, now);
  }
  await ctx.audit('service_record.create', 'volunteer', record.volunteerId, {
    serviceRecordId: record.id,
    minutes: record.minutes,
    halfHours: record.halfHours,
    source: record.source,
  });
  return toServiceRecord(record);
}

/**
 * Moves half hours between two accounts: a debit and a credit of the same size, so the bank as a
 * whole always sums to zero. Fifteen minutes or less round to nothing, and a transfer of nothing
 * is left out rather than written as two empty entries.
 */
async function transfer(
  tx: Executor,
  move: { id: string; from: string; to: string; halfHours: number; at: Date },
): Promise<void> {
  if (move.halfHours === 0) return;
  await tx.insert(timebankEntries).values([
    { transferId: move.id, account: move.to, halfHours: move.halfHours, createdAt: move.at },
    { transferId: move.id, account: move.from, halfHours: -move.halfHours, createdAt: move.at },
  ]);
}

/**
 * `GET /v1/volunteers/{id}/hours` (staff): the balance, the hours served and every record, newest
 * first. Service records are personal data not disclosed without consent (志愿服务条例), so only
 * staff read them, and each read is audited.
 */
export async function volunteerHours(ctx: HoursContext): Promise<VolunteerHours> {
  const { tx, auth, params } = ctx;
  await requireInDistrict(tx, volunteers, auth.districtCode, params.id);
  const [balance] = await tx
    .select({ halfHours: sql<number>`coalesce(sum(${timebankEntries.halfHours}), 0)::int` })
    .from(timebankEntries)
    .where(eq(timebankEntries.account, volunteerAccount(params.id)));
  const records = await tx
    .select()
    .from(serviceRecords)
    .where(
      and(
        eq(serviceRecords.volunteerId, params.id),
        eq(serviceRecords.districtCode, auth.districtCode),
      ),
    )
    .orderBy(
      desc(serviceRecords.servedOn),
      desc(serviceRecords.createdAt),
      desc(serviceRecords.id),
    );
  await ctx.audit('volunteer_hours.read', 'volunteer', params.id, { records: records.length });
  return {
    volunteerId: params.id,
    balanceHalfHours: balance!.halfHours,
    servedHalfHours: records.reduce((sum, record) => sum + record.halfHours, 0),
    records: records.map(toServiceRecord),
  };
}
