import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, volunteers } from '../src/db/tables/index.js';
import { decrypt, keyedHash } from '../src/services/secrets.js';
import { violatedUniqueConstraint } from '../src/db/errors.js';
import { withFreshVolunteerCode } from '../src/services/volunteers/volunteer-code.js';
import { CONSENT, PORTAL_ORIGIN, useHarness } from './harness.js';
import {
  birthDateForAge,
  validIdNumber,
  volunteerBody,
  withWrongCheckChar,
} from './volunteers-fixtures.js';

const h = useHarness();

const register = (body: Record<string, unknown>, init: { key?: string | null } = {}) =>
  h.request('POST', '/v1/volunteers', { body, ...init });

const ADULT_ID = validIdNumber('1990-03-07', '123');
const GUARDIAN = { name: '陈大文', mobile: '13900139000', consent: true };

async function storedVolunteer(id: string) {
  const [row] = await h.db.select().from(volunteers).where(eq(volunteers.id, id));
  return row!;
}

describe('POST /v1/volunteers', () => {
  it('registers an adult under a readable code, the mobile and the ID number masked', async () => {
    const response = await register(volunteerBody({ idNumber: ADULT_ID }));
    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      id: expect.stringMatching(/^vol_\w+$/),
      code: expect.stringMatching(/^PY-\d{6,}$/),
      name: '陈晓明',
      mobile: '138****8000',
      idNumber: `440113********${ADULT_ID.slice(14)}`,
      communityId: '440113104001',
      skills: ['陪诊'],
      serviceAreas: ['elderly_care'],
      availability: ['weekend_daytime'],
      minor: false,
      createdAt: expect.any(String),
    });
    expect(JSON.stringify(response.body)).not.toContain(ADULT_ID);
  });

  it('stores the ID number only encrypted, hashed and masked, never in plain text', async () => {
    const response = await register(volunteerBody({ idNumber: ADULT_ID }));
    const row = await storedVolunteer(response.body.id);
    expect(JSON.stringify(row)).not.toContain(ADULT_ID);
    expect(JSON.stringify(row)).not.toContain(ADULT_ID.slice(6, 14) + ADULT_ID.slice(14));
    expect(decrypt(h.secrets, row.idNumberCipher!)).toBe(ADULT_ID);
    expect(row.idNumberHash).toBe(keyedHash(h.secrets, ADULT_ID));
    expect(row.idNumberMasked).toBe(response.body.idNumber);
    expect(row).toMatchObject({
      birthDate: '1990-03-07',
      mobile: '13800138000',
      consentVersion: CONSENT.policyVersion,
      guardian: null,
      districtCode: '440113',
      code: response.body.code,
    });
  });

  it('normalises what people type: +86 and hyphens in the mobile, a lower-case x', async () => {
    const withX = validIdNumber('1985-11-30', '002');
    const typed = withX.endsWith('X') ? withX.toLowerCase() : withX;
    const response = await register(
      volunteerBody({ mobile: '+86 138-0013-8000', idNumber: typed }),
    );
    expect(response.status).toBe(201);
    expect(response.body.mobile).toBe('138****8000');
    const row = await storedVolunteer(response.body.id);
    expect(decrypt(h.secrets, row.idNumberCipher!)).toBe(withX);
  });

  it('registers without an ID number (PIPL: the minimum), keeping a stated birth date', async () => {
    const response = await register(volunteerBody({ birthDate: '1970-01-15' }));
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ idNumber: null, minor: false });
    const row = await storedVolunteer(response.body.id);
    expect(row).toMatchObject({
      birthDate: '1970-01-15',
      idNumberCipher: null,
      idNumberHash: null,
      idNumberMasked: null,
    });
  });

  it('records a minor’s guardian with the time of consent, and says the volunteer is a minor', async () => {
    const birthDate = birthDateForAge(15);
    const response = await register(volunteerBody({ birthDate, guardian: GUARDIAN }));
    expect(response.status).toBe(201);
    expect(response.body.minor).toBe(true);
    const row = await storedVolunteer(response.body.id);
    expect(row.guardian).toEqual({ ...GUARDIAN, at: expect.any(String) });
    const consentedAt = Date.parse(row.guardian!.at);
    expect(Math.abs(consentedAt - Date.now())).toBeLessThan(60_000);
  });

  it('derives the birth date from the ID number, and with it minority', async () => {
    const birthDate = birthDateForAge(12);
    const idNumber = validIdNumber(birthDate, '246');
    const response = await register(volunteerBody({ idNumber, guardian: GUARDIAN }));
    expect(response.status).toBe(201);
    expect(response.body.minor).toBe(true);
    expect((await storedVolunteer(response.body.id)).birthDate).toBe(birthDate);
  });

  it('keeps no guardian for an adult, who needs none', async () => {
    const response = await register(volunteerBody({ birthDate: '1980-05-05', guardian: GUARDIAN }));
    expect(response.status).toBe(201);
    expect((await storedVolunteer(response.body.id)).guardian).toBeNull();
  });

  it('gives every volunteer a distinct code, also when they register at once', async () => {
    const responses = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        register(volunteerBody({ mobile: `1380013${String(8100 + i)}` })),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(12).fill(201));
    const codes = new Set(responses.map((r) => r.body.code as string));
    expect(codes.size).toBe(12);
  });

  it('replays the first answer for a repeated Idempotency-Key, creating one volunteer', async () => {
    const headers = { 'Idempotency-Key': 'register-once-0001' };
    const body = volunteerBody();
    const first = await h.request('POST', '/v1/volunteers', { body, headers });
    const again = await h.request('POST', '/v1/volunteers', { body, headers });
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(await h.db.select().from(volunteers)).toHaveLength(1);
  });
});

describe('POST /v1/volunteers: one registration per person and district', () => {
  it('409 volunteer_exists for the same mobile, revealing nothing of the first', async () => {
    const first = await register(volunteerBody({ idNumber: ADULT_ID }));
    const second = await register(volunteerBody({ name: '李四' }));
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('volunteer_exists');
    expect(Object.keys(second.body.error).sort()).toEqual(['code', 'message', 'requestId']);
    const text = JSON.stringify(second.body);
    for (const secret of [first.body.id, first.body.code, '陈晓明', ADULT_ID.slice(0, 6)]) {
      expect(text).not.toContain(secret);
    }
  });

  it('409 volunteer_exists for the same ID number under another mobile', async () => {
    await register(volunteerBody({ idNumber: ADULT_ID }));
    const second = await register(volunteerBody({ mobile: '13700137000', idNumber: ADULT_ID }));
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('volunteer_exists');
    expect(await h.db.select().from(volunteers)).toHaveLength(1);
  });

  it('409 for the same mobile sent at once: exactly one registration wins', async () => {
    const responses = await Promise.all(Array.from({ length: 6 }, () => register(volunteerBody())));
    expect(responses.filter((r) => r.status === 201)).toHaveLength(1);
    const refused = responses.filter((r) => r.status === 409);
    expect(refused).toHaveLength(5);
    for (const r of refused) expect(r.body.error.code).toBe('volunteer_exists');
  });

  it('says so in English when asked', async () => {
    await register(volunteerBody());
    const second = await h.request('POST', '/v1/volunteers', {
      body: volunteerBody(),
      headers: { 'Accept-Language': 'en' },
    });
    expect(second.body.error.message).toBe(
      'This mobile number is already registered as a volunteer in this district',
    );
  });

  it('lets the same person register in another district (tenancy)', async () => {
    await register(volunteerBody({ idNumber: ADULT_ID }));
    const elsewhere = await register(
      volunteerBody({ idNumber: ADULT_ID, communityId: '310105002001' }),
      { key: h.keys.otherSk },
    );
    expect(elsewhere.status).toBe(201);
    expect(elsewhere.body.code).toMatch(/^CN-\d{6,}$/);
  });
});

describe('POST /v1/volunteers: refusals', () => {
  it('400 at idNumber for a wrong check character', async () => {
    const response = await register(volunteerBody({ idNumber: withWrongCheckChar(ADULT_ID) }));
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('validation_failed');
    expect(response.body.error.issues).toEqual([
      expect.objectContaining({ path: ['idNumber'], code: 'id_number_checksum' }),
    ]);
  });

  it('400 naming every bad field at once', async () => {
    const response = await register({
      ...volunteerBody({ mobile: '12345', availability: ['sometimes'] }),
      consent: { policyVersion: '2026-01', agreed: false },
    });
    expect(response.status).toBe(400);
    const issues = response.body.error.issues as { path: (string | number)[]; code: string }[];
    expect(issues.map((issue) => [issue.path.join('.'), issue.code]).sort()).toEqual([
      ['availability.0', 'invalid_choice'],
      ['consent.agreed', 'consent_required'],
      ['mobile', 'mobile_format'],
    ]);
  });

  it('400 at guardian for a minor without one, and at birthDate when it contradicts the ID', async () => {
    const minor = await register(volunteerBody({ birthDate: birthDateForAge(13) }));
    expect(minor.status).toBe(400);
    expect(minor.body.error.issues[0]).toMatchObject({
      path: ['guardian'],
      code: 'guardian_required',
    });
    const mismatch = await register(volunteerBody({ idNumber: ADULT_ID, birthDate: '1991-03-07' }));
    expect(mismatch.body.error.issues[0]).toMatchObject({
      path: ['birthDate'],
      code: 'birth_date_mismatch',
    });
  });

  it('400 at birthDate for a date that has not come yet', async () => {
    // With a guardian, so the schema's minor rule passes and the date itself is what is refused.
    const response = await register(volunteerBody({ birthDate: '2999-01-01', guardian: GUARDIAN }));
    expect(response.status).toBe(400);
    expect(response.body.error.issues).toEqual([
      expect.objectContaining({ path: ['birthDate'], code: 'too_big' }),
    ]);
  });

  it("400 at communityId for a community outside the key's district", async () => {
    for (const communityId of ['310105002001', '440113999999']) {
      const response = await register(volunteerBody({ communityId }));
      expect(response.status, communityId).toBe(400);
      expect(response.body.error.issues).toEqual([
        expect.objectContaining({ path: ['communityId'], code: 'division_not_in_parent' }),
      ]);
    }
    expect(await h.db.select().from(volunteers)).toHaveLength(0);
  });

  it('401 without a key or with an unknown one', async () => {
    const none = await register(volunteerBody(), { key: null });
    expect(none.status).toBe(401);
    expect(none.body.error.code).toBe('authentication_required');
    const unknown = await register(volunteerBody(), { key: 'pk_test_unknown' });
    expect(unknown.status).toBe(401);
    expect(unknown.body.error.code).toBe('invalid_api_key');
  });

  it('403 for a page on an origin the key does not allow; accepted from the portal', async () => {
    const evil = await h.request('POST', '/v1/volunteers', {
      body: volunteerBody(),
      headers: { Origin: 'https://evil.example.com' },
    });
    expect(evil.status).toBe(403);
    expect(evil.body.error.code).toBe('origin_not_allowed');
    const portal = await h.request('POST', '/v1/volunteers', {
      body: volunteerBody(),
      headers: { Origin: PORTAL_ORIGIN },
    });
    expect(portal.status).toBe(201);
  });

  it('records no audit entry for a resident registering', async () => {
    await register(volunteerBody());
    expect(await h.db.select().from(auditLog)).toHaveLength(0);
  });
});

describe('volunteer codes', () => {
  const insertWithCode = (draws: number[]) => {
    const asked: number[] = [];
    const run = h.db.transaction((tx) =>
      withFreshVolunteerCode(
        tx,
        'PY',
        async (savepoint, code) => {
          const [row] = await savepoint
            .insert(volunteers)
            .values({
              id: `vol_codetest${String(asked.length).padStart(4, '0')}`,
              districtCode: '440113',
              code,
              name: '王五',
              mobile: '13600136000',
              communityCode: '440113104001',
              skills: [],
              serviceAreas: [],
              availability: [],
              consentVersion: '2026-01',
            })
            .returning();
          return row!;
        },
        (attempt) => {
          asked.push(attempt);
          return draws[Math.min(attempt, draws.length - 1)]!;
        },
      ),
    );
    return { run, asked };
  };

  it('draws another number when a code is taken, in the same transaction', async () => {
    await register(volunteerBody());
    const [taken] = await h.db.select().from(volunteers);
    const takenNumber = Number(taken!.code.slice(3));
    const { run, asked } = insertWithCode([takenNumber, takenNumber, 456]);
    const row = await run;
    expect(row.code).toBe('PY-000456');
    expect(asked).toEqual([0, 1, 2]);
  });

  it('gives up with an error after eight collisions rather than looping', async () => {
    await register(volunteerBody());
    const [taken] = await h.db.select().from(volunteers);
    const { run, asked } = insertWithCode([Number(taken!.code.slice(3))]);
    await expect(run).rejects.toThrow(/No free volunteer code/);
    expect(asked).toHaveLength(8);
  });

  it('passes other violations through for the caller to map', async () => {
    await register(volunteerBody({ mobile: '13600136000' }));
    const { run, asked } = insertWithCode([777]);
    const error: unknown = await run.catch((caught: unknown) => caught);
    expect(violatedUniqueConstraint(error)).toBe('volunteers_mobile_per_district');
    expect(asked).toEqual([0]);
  });
});
