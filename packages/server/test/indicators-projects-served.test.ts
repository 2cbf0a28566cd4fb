import { describe, expect, it } from 'vitest';
import { projects, socialWorkers } from '../src/db/tables/index.js';
import { useHarness } from './harness.js';
import {
  ELDERS,
  insertOrganizations,
  JINXIU,
  NANCUN,
  NANCUN_VILLAGE,
  PANYU,
  SHIQIAO,
  XIANFENG,
} from './linkage-fixtures.js';
import { testClock } from './staff-fixtures.js';

/**
 * `projects_served` (SPEC §12, 社会工作者): built from known project and social-worker rows,
 * counted here from those rows, and compared with `GET /v1/indicators`.
 */

const clock = testClock(new Date('2026-12-06T01:00:00Z'));
const h = useHarness({ now: clock.now });

const at = (day: string) => new Date(`${day}T12:00:00+08:00`);

const ACTIVE = 'sw_servedActive01';
const RETIRED = 'sw_servedRetired1';
const ELSEWHERE = 'sw_servedOtherDis';

type ProjectRow = typeof projects.$inferInsert;

const project = (id: string, created: string, values: Partial<ProjectRow>): ProjectRow => ({
  id,
  districtCode: PANYU,
  title: '长者助餐微创投',
  kind: 'micro_venture',
  organizationId: ELDERS,
  communityCodes: [JINXIU],
  streetCodes: [NANCUN],
  socialWorkerIds: [ACTIVE],
  budgetFen: 1_000_000,
  startsOn: '2026-01-01',
  status: 'in_progress',
  createdAt: at(created),
  ...values,
});

const rows: ProjectRow[] = [
  project('prj_servedRun0001', '2026-03-01', {}),
  project('prj_servedDone001', '2026-04-01', {
    status: 'completed',
    socialWorkerIds: [RETIRED, ACTIVE],
  }),
  project('prj_servedTwoPlac', '2026-05-01', {
    status: 'proposed',
    communityCodes: [XIANFENG, NANCUN_VILLAGE],
    streetCodes: [],
  }),
  project('prj_servedStreet1', '2026-05-02', { communityCodes: [], streetCodes: [SHIQIAO] }),
  // Not counted: rejected, cancelled, no active social worker of the district, after the period.
  project('prj_servedRejectd', '2026-03-01', { status: 'rejected' }),
  project('prj_servedCancel1', '2026-03-01', { status: 'cancelled' }),
  project('prj_servedRetired', '2026-03-01', { socialWorkerIds: [RETIRED] }),
  project('prj_servedOtherSw', '2026-03-01', { socialWorkerIds: [ELSEWHERE] }),
  project('prj_servedNobody1', '2026-03-01', { socialWorkerIds: [] }),
  project('prj_servedTooLate', '2026-07-15', {}),
];

/** The expected figure, counted from the rows above: each place a project serves, and the district. */
function expectedServed(end: Date): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const row of rows) {
    const served =
      row.createdAt! < end &&
      row.status !== 'rejected' &&
      row.status !== 'cancelled' &&
      (row.socialWorkerIds ?? []).includes(ACTIVE);
    if (!served) continue;
    const communities = row.communityCodes ?? [];
    const places = new Set([
      PANYU,
      ...(row.streetCodes ?? []),
      ...communities,
      ...communities.map((code) => code.slice(0, 9)),
    ]);
    for (const code of places) counts[code] = (counts[code] ?? 0) + 1;
  }
  return counts;
}

describe('GET /v1/indicators: projects served by social workers', () => {
  it('counts projects not rejected or cancelled with an active social worker, where they serve', async () => {
    await insertOrganizations(h);
    await h.db.insert(socialWorkers).values([
      { id: ACTIVE, districtCode: PANYU, name: '社工甲', communityCode: JINXIU },
      { id: RETIRED, districtCode: PANYU, name: '社工乙', communityCode: JINXIU, active: false },
      { id: ELSEWHERE, districtCode: '310105', name: '社工丙' },
    ]);
    await h.db.insert(projects).values(rows);

    const response = await h.request(
      'GET',
      `/v1/indicators?division=${PANYU}&from=2026-01-01&to=2026-06-30`,
      { key: h.keys.sk },
    );
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const served = Object.fromEntries(
      (
        response.body.divisions as {
          code: string;
          indicators: { id: string; value: number; available: boolean; target: unknown }[];
        }[]
      ).map((d) => [d.code, d.indicators.find((i) => i.id === 'projects_served')!]),
    );
    const expected = expectedServed(new Date('2026-06-30T16:00:00Z'));
    // The rows hold every case: the district sees four projects, 南村镇 three, 市桥街道 two.
    expect(expected).toEqual({
      [PANYU]: 4,
      [NANCUN]: 3,
      [JINXIU]: 2,
      [NANCUN_VILLAGE]: 1,
      [SHIQIAO]: 2,
      [XIANFENG]: 1,
    });
    for (const [code, figure] of Object.entries(served)) {
      expect(figure, code).toMatchObject({
        available: true,
        value: expected[code] ?? 0,
        target: null,
      });
    }
  });
});
