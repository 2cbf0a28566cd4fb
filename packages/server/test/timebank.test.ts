import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, needs, serviceRecords, timebankEntries } from '../src/db/tables/index.js';
import { queryRows } from '../src/db/database.js';
import { useHarness } from './harness.js';
import { insertActivity, registerVolunteer } from './volunteers-fixtures.js';

const h = useHarness();

const recordService = (body: Record<string, unknown>, key: string | null = h.keys.sk) =>
  h.request('POST', '/v1/service-records', {
    key,
    body: { servedOn: '2026-01-10', minutes: 90, content: '陪同长者复诊', ...body },
  });

const readHours = (volunteerId: string, key: string | null = h.keys.sk) =>
  h.request('GET', `/v1/volunteers/${volunteerId}/hours`, { key });

/** The whole bank's balance: double entry keeps it at zero, whatever was recorded. */
async function bankTotal(): Promise<number> {
  const [row] = await queryRows<{ total: number }>(
    h.db,
    sql`select coalesce(sum(half_hours), 0)::int as total from timebank_entries`,
  );
  return row!.total;
}

async function insertNeed(id: string, districtCode: string) {
  const place =
    districtCode === '440113'
      ? { streetCode: '440113104', communityCode: '440113104001' }
      : { streetCode: '310105002', communityCode: '310105002001' };
  await h.db.insert(needs).values({
    id,
    districtCode,
    ...place,
    kind: 'service',
    category: 'elderly_care',
    title: '陪同复诊',
    description: '独居长者需要有人陪同去医院复诊',
    anonymous: false,
    contactName: '梁伯',
    contactMobile: '13500135000',
    consentVersion: '2026-01',
    status: 'open',
    searchTerms: [],
  });
}

describe('POST /v1/service-records', () => {
  it('records service and credits the rounded hours as one double-entry transfer', async () => {
    const volunteerId = await registerVolunteer(h);
    const activityId = await insertActivity(h);
    const response = await recordService({ volunteerId, activityId, minutes: 100, note: '顺利' });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      id: expect.stringMatching(/^srv_\w+$/),
      volunteerId,
      activityId,
      needId: null,
      servedOn: '2026-01-10',
      minutes: 100,
      halfHours: 3,
      content: '陪同长者复诊',
      source: 'manual',
      createdAt: expect.any(String),
    });
    const entries = await h.db
      .select()
      .from(timebankEntries)
      .where(eq(timebankEntries.transferId, response.body.id));
    const legs = entries.map(({ account, halfHours }) => ({ account, halfHours }));
    expect(legs.sort((a, b) => a.account.localeCompare(b.account))).toEqual([
      { account: 'district:440113:service', halfHours: -3 },
      { account: `volunteer:${volunteerId}`, halfHours: 3 },
    ]);
    const [row] = await h.db.select().from(serviceRecords);
    expect(row).toMatchObject({ districtCode: '440113', note: '顺利', halfHours: 3 });
    expect(row!.recordedBy).toMatch(/^key_/);
  });

  it('rounds to half hours per started hour as SPEC §2 says', async () => {
    const volunteerId = await registerVolunteer(h);
    const expected: [minutes: number, halfHours: number][] = [
      [1, 0],
      [15, 0],
      [16, 1],
      [45, 1],
      [46, 2],
      [60, 2],
      [75, 2],
      [76, 3],
      [105, 3],
      [106, 4],
      [120, 4],
      [1440, 48],
    ];
    for (const [minutes, halfHours] of expected) {
      const response = await recordService({ volunteerId, minutes });
      expect(response.status, `${minutes} min`).toBe(201);
      expect(response.body.halfHours, `${minutes} min`).toBe(halfHours);
    }
    const total = expected.reduce((sum, [, halfHours]) => sum + halfHours, 0);
    const hours = await readHours(volunteerId);
    expect(hours.body.balanceHalfHours).toBe(total);
    expect(await bankTotal()).toBe(0);
  });

  it('keeps a record that rounds to nothing, with no empty transfer', async () => {
    const volunteerId = await registerVolunteer(h);
    const response = await recordService({ volunteerId, minutes: 10 });
    expect(response.body.halfHours).toBe(0);
    expect(await h.db.select().from(serviceRecords)).toHaveLength(1);
    expect(await h.db.select().from(timebankEntries)).toHaveLength(0);
  });

  it('keeps the bank at zero through concurrent records, each transfer balanced', async () => {
    const first = await registerVolunteer(h, { mobile: '13800138001' });
    const second = await registerVolunteer(h, { mobile: '13800138002' });
    const responses = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        recordService({ volunteerId: i % 2 ? first : second, minutes: 20 + i * 37 }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(16).fill(201));
    expect(await bankTotal()).toBe(0);
    const transfers = await queryRows<{ transfer_id: string; total: number; legs: number }>(
      h.db,
      sql`select transfer_id, sum(half_hours)::int as total, count(*)::int as legs
          from timebank_entries group by transfer_id`,
    );
    expect(transfers).toHaveLength(16);
    for (const transfer of transfers) expect(transfer).toMatchObject({ total: 0, legs: 2 });
  });

  it('links a need of the district', async () => {
    const volunteerId = await registerVolunteer(h);
    await insertNeed('need_panyu00000001', '440113');
    const response = await recordService({ volunteerId, needId: 'need_panyu00000001' });
    expect(response.status).toBe(201);
    expect(response.body.needId).toBe('need_panyu00000001');
  });

  it('audits the staff action', async () => {
    const volunteerId = await registerVolunteer(h);
    const response = await recordService({ volunteerId, minutes: 60 });
    const entries = await h.db.select().from(auditLog);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      districtCode: '440113',
      action: 'service_record.create',
      subjectType: 'volunteer',
      subjectId: volunteerId,
      requestId: response.headers.get('X-Request-Id'),
      detail: { serviceRecordId: response.body.id, minutes: 60, halfHours: 2 },
    });
  });

  it("404 for an unknown volunteer, activity or need, or another district's", async () => {
    const volunteerId = await registerVolunteer(h);
    const changningVolunteer = await registerVolunteer(
      h,
      { communityId: '310105002001' },
      h.keys.otherSk,
    );
    const changningActivity = await insertActivity(h, {
      districtCode: '310105',
      communityCode: '310105002001',
    });
    await insertNeed('need_changning0001', '310105');
    for (const body of [
      { volunteerId: 'vol_doesnotexist01' },
      { volunteerId: changningVolunteer },
      { volunteerId, activityId: 'act_doesnotexist01' },
      { volunteerId, activityId: changningActivity },
      { volunteerId, needId: 'need_doesnotexist1' },
      { volunteerId, needId: 'need_changning0001' },
    ]) {
      const response = await recordService(body);
      expect(response.status, JSON.stringify(body)).toBe(404);
      expect(response.body.error.code).toBe('not_found');
    }
    expect(await h.db.select().from(serviceRecords)).toHaveLength(0);
    expect(await h.db.select().from(auditLog)).toHaveLength(0);
  });

  it('400 at each bad field, and at servedOn for a day still to come', async () => {
    const volunteerId = await registerVolunteer(h);
    const bad = await recordService({ volunteerId: 'act_0000000001', minutes: 0, content: 'x' });
    expect(bad.status).toBe(400);
    const paths = bad.body.error.issues.map((i: { path: string[] }) => i.path[0]);
    expect(paths.sort()).toEqual(['content', 'minutes', 'volunteerId']);
    const tooLong = await recordService({ volunteerId, minutes: 1441 });
    expect(tooLong.body.error.issues[0]).toMatchObject({ path: ['minutes'], code: 'too_big' });
    const future = await recordService({ volunteerId, servedOn: '2999-12-31' });
    expect(future.status).toBe(400);
    expect(future.body.error.issues).toEqual([
      expect.objectContaining({ path: ['servedOn'], code: 'too_big' }),
    ]);
  });

  it('403 secret_key_required with a publishable key; 401 without a key', async () => {
    const volunteerId = await registerVolunteer(h);
    const resident = await recordService({ volunteerId }, h.keys.pk);
    expect(resident.status).toBe(403);
    expect(resident.body.error.code).toBe('secret_key_required');
    const anonymous = await recordService({ volunteerId }, null);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error.code).toBe('authentication_required');
    expect(await h.db.select().from(serviceRecords)).toHaveLength(0);
  });
});

describe('GET /v1/volunteers/{id}/hours', () => {
  it('returns the balance, the hours served and the records, newest first', async () => {
    const volunteerId = await registerVolunteer(h);
    const other = await registerVolunteer(h, { mobile: '13900139000' });
    const older = await recordService({ volunteerId, servedOn: '2026-01-05', minutes: 50 });
    const newer = await recordService({ volunteerId, servedOn: '2026-01-20', minutes: 120 });
    const nothing = await recordService({ volunteerId, servedOn: '2026-01-12', minutes: 5 });
    await recordService({ volunteerId: other, minutes: 600 });
    const response = await readHours(volunteerId);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      volunteerId,
      balanceHalfHours: 6,
      servedHalfHours: 6,
    });
    expect(response.body.records.map((r: { id: string }) => r.id)).toEqual([
      newer.body.id,
      nothing.body.id,
      older.body.id,
    ]);
    expect(response.body.records[0]).toEqual(newer.body);
  });

  it('answers a volunteer with no service with zeros', async () => {
    const volunteerId = await registerVolunteer(h);
    const response = await readHours(volunteerId);
    expect(response.body).toEqual({
      volunteerId,
      balanceHalfHours: 0,
      servedHalfHours: 0,
      records: [],
    });
  });

  it('audits the read of personal data (志愿服务条例)', async () => {
    const volunteerId = await registerVolunteer(h);
    await recordService({ volunteerId });
    const response = await readHours(volunteerId);
    const reads = await h.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'volunteer_hours.read'));
    expect(reads).toEqual([
      expect.objectContaining({
        subjectType: 'volunteer',
        subjectId: volunteerId,
        requestId: response.headers.get('X-Request-Id'),
        detail: { records: 1 },
      }),
    ]);
  });

  it("404 for an unknown volunteer or another district's, and no audit entry", async () => {
    const volunteerId = await registerVolunteer(h);
    await recordService({ volunteerId });
    const elsewhere = await readHours(volunteerId, h.keys.otherSk);
    expect(elsewhere.status).toBe(404);
    expect(elsewhere.body.error.code).toBe('not_found');
    expect(JSON.stringify(elsewhere.body)).not.toContain('陪同长者复诊');
    const unknown = await readHours('vol_doesnotexist01');
    expect(unknown.status).toBe(404);
    const reads = await h.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'volunteer_hours.read'));
    expect(reads).toHaveLength(0);
  });

  it('403 secret_key_required with a publishable key; 401 without; 400 for a bad id', async () => {
    const volunteerId = await registerVolunteer(h);
    const resident = await readHours(volunteerId, h.keys.pk);
    expect(resident.status).toBe(403);
    expect(resident.body.error.code).toBe('secret_key_required');
    expect((await readHours(volunteerId, null)).status).toBe(401);
    const badId = await readHours('act_0000000001');
    expect(badId.status).toBe(400);
    expect(badId.body.error.issues[0]).toMatchObject({ path: ['id'], code: 'prefixed_id' });
  });
});
