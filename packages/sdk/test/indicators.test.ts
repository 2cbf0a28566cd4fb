import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indicatorsCsv, responses } from '@wushe/schema';
import { DEMO_STAFF_PASSWORD, startTestServer, type TestServer } from '@wushe/server/testing';
import { createClient, PermissionError } from '../src/index.js';

/* The linkage index through the SDK, against a running server with the demo seed. */

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ staff: true });
});
afterAll(() => server.close());

const NANCUN_TOWN = '440113104';

const clientOf = (auth: { secretKey?: string; staffToken?: string; publishableKey?: string }) =>
  createClient({ baseUrl: server.apiBase, responseSchemas: responses, maxRetries: 0, ...auth });

describe('indicators.get', () => {
  it('a street worker reads her street and its communities, typed and checked against the contract', async () => {
    const signedIn = await clientOf({}).staff.signIn({
      login: 'nancun.staff',
      password: DEMO_STAFF_PASSWORD,
    });
    const staff = clientOf({ staffToken: signedIn.session.token });
    const report = await staff.indicators.get({ division: NANCUN_TOWN });
    expect(report.division).toBe(NANCUN_TOWN);
    expect(report.divisions[0]).toMatchObject({ code: NANCUN_TOWN, level: 'street' });
    expect(report.divisions.slice(1).every((d) => d.parentCode === NANCUN_TOWN)).toBe(true);
    const posted = report.divisions[0]!.indicators.find((i) => i.id === 'needs_posted');
    expect(posted?.value).toBeGreaterThan(0);
    expect(indicatorsCsv(report).startsWith('\uFEFFdivision_code,')).toBe(true);
    await expect(staff.indicators.get({ division: '440113' })).rejects.toBeInstanceOf(
      PermissionError,
    );
  });

  it('a publishable key reads it only once the district makes the index public', async () => {
    const resident = clientOf({ publishableKey: server.keys.publishable });
    const refused = await resident.indicators.get({ division: '440113' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(PermissionError);
    expect((refused as PermissionError).code).toBe('indicators_not_public');
    await clientOf({ secretKey: server.keys.secret }).settings.update({ publicIndicators: true });
    const report = await resident.indicators.get({ division: '440113', to: '2026-12-01' });
    expect(report).toMatchObject({ division: '440113', to: '2026-12-01', from: '2025-12-02' });
  });

  it('gives the months of the period with series=monthly, on the division asked for', async () => {
    const staff = clientOf({ secretKey: server.keys.secret });
    const report = await staff.indicators.get({
      division: NANCUN_TOWN,
      from: '2026-01-01',
      to: '2026-06-30',
      series: 'monthly',
    });
    expect(report.months).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
    ]);
    const hours = report.divisions[0]!.indicators.find((i) => i.id === 'volunteer_hours')!;
    expect(hours.series?.map((month) => month.month)).toEqual(report.months);
    expect(report.divisions[1]!.indicators[0]!.series).toBeUndefined();
  });
});
