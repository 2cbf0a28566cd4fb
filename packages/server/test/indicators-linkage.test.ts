import { describe, expect, it } from 'vitest';
import { needMatches, projects, resources } from '../src/db/tables/index.js';
import { newId } from '../src/services/ids.js';
import { useHarness } from './harness.js';
import {
  CHOIR,
  ELDERS,
  insertOrganizations,
  JINXIU,
  NANCUN,
  NANCUN_VILLAGE,
  PANYU,
  SHIQIAO,
  XIANFENG,
} from './linkage-fixtures.js';
import { useNeedHelpers } from './needs-fixtures.js';
import { testClock } from './staff-fixtures.js';

/**
 * The linkage index's 资源清单 and 供需对接 figures (SPEC §12), each built from known resource and
 * match rows and read back from `GET /v1/indicators`.
 */

// Sunday 2026-12-06, 09:00 in Beijing: the default period is 2025-12-07 to 2026-12-06.
const clock = testClock(new Date('2026-12-06T01:00:00Z'));
const h = useHarness({ now: clock.now });
const { postNeed } = useNeedHelpers(h);

async function values(id: string): Promise<Record<string, number | null | undefined>> {
  const response = await h.request('GET', `/v1/indicators?division=${PANYU}`, { key: h.keys.sk });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return Object.fromEntries(
    (
      response.body.divisions as { code: string; indicators: { id: string; value: number }[] }[]
    ).map((d) => [d.code, d.indicators.find((i) => i.id === id)?.value]),
  );
}

const at = (day: string) => new Date(`${day}T12:00:00+08:00`);

async function resource(
  places: { communityCodes?: string[]; streetCodes?: string[] },
  createdOn: string,
  status = 'published',
) {
  const id = newId('res');
  await h.db.insert(resources).values({
    id,
    districtCode: PANYU,
    organizationId: ELDERS,
    title: '长者助餐',
    description: '每周三次送餐。',
    category: 'elderly_care',
    targetGroups: ['elders'],
    communityCodes: places.communityCodes ?? [],
    streetCodes: places.streetCodes ?? [],
    schedule: '每周一、三、五',
    contactName: '陈姑娘',
    contactPhone: '020-8478 1234',
    status,
    searchTerms: [],
    createdAt: at(createdOn),
  });
  return id;
}

async function match(needId: string, resourceId: string, on: string) {
  await h.db.insert(needMatches).values({
    id: newId('mtc'),
    districtCode: PANYU,
    needId,
    resourceId,
    organizationId: CHOIR,
    createdAt: at(on),
  });
}

describe('GET /v1/indicators: resources and matches', () => {
  it('resources published in the period, once in each place they serve', async () => {
    await insertOrganizations(h);
    await resource(
      { communityCodes: [JINXIU, NANCUN_VILLAGE], streetCodes: [NANCUN] },
      '2026-10-01',
    );
    await resource({ streetCodes: [NANCUN] }, '2026-11-01'); // the whole street
    await resource({ communityCodes: [XIANFENG] }, '2026-12-06');
    await resource({ communityCodes: [JINXIU] }, '2025-12-01'); // before the period
    await resource({ communityCodes: [JINXIU] }, '2026-10-01', 'withdrawn');

    expect(await values('resources_published')).toMatchObject({
      [PANYU]: 3,
      [NANCUN]: 2,
      [JINXIU]: 1,
      [NANCUN_VILLAGE]: 1,
      [XIANFENG]: 1,
    });
  });

  it('needs first matched to a resource in the period, where the need is', async () => {
    await insertOrganizations(h);
    const offer = await resource({ communityCodes: [JINXIU] }, '2025-01-01');
    const other = await resource({ communityCodes: [XIANFENG] }, '2025-01-01');
    const [twice, once, early, elsewhere] = [
      await postNeed(),
      await postNeed({ title: '独居老人上门理发' }),
      await postNeed({ title: '独居老人助浴' }),
      await postNeed({ communityId: XIANFENG }),
    ];
    await match(twice, offer, '2026-10-01');
    await match(twice, other, '2026-11-01'); // the same need again: counted once
    await match(once, offer, '2026-12-06');
    await match(early, offer, '2025-11-01'); // first matched before the period
    await match(early, other, '2026-10-01');
    await match(elsewhere, other, '2026-10-01');

    expect(await values('needs_matched')).toMatchObject({
      [PANYU]: 3,
      [NANCUN]: 2,
      [JINXIU]: 2,
      [NANCUN_VILLAGE]: 0,
      [XIANFENG]: 1,
    });
  });

  it('projects quiet now: in progress with no public update for 180 days', async () => {
    await insertOrganizations(h);
    const project = (id: string, values: Partial<typeof projects.$inferInsert>) => ({
      id,
      districtCode: PANYU,
      title: '长者助餐微创投',
      kind: 'micro_venture',
      organizationId: ELDERS,
      communityCodes: [JINXIU],
      streetCodes: [NANCUN],
      budgetFen: 1_000_000,
      startsOn: '2026-01-01',
      status: 'in_progress',
      ...values,
    });
    await h.db.insert(projects).values([
      project('prj_quietNever001', {}), // never reported since 2026-01-01: quiet
      project('prj_quietRecent01', { lastReportedAt: at('2026-11-01') }), // reported lately
      project('prj_quietDone0001', { status: 'completed' }), // not in progress
      project('prj_quietNew00001', { startsOn: '2026-11-01' }), // started lately
      project('prj_quietLong0001', {
        communityCodes: [XIANFENG, NANCUN_VILLAGE],
        streetCodes: [],
        lastReportedAt: at('2026-05-01'), // 219 days ago: quiet
      }),
    ]);
    expect(await values('quiet_projects')).toMatchObject({
      [PANYU]: 2,
      [NANCUN]: 2,
      [JINXIU]: 1,
      [NANCUN_VILLAGE]: 1,
      [SHIQIAO]: 1,
      [XIANFENG]: 1,
    });
  });

  it('projects created by the end of the period, by kind and status, once where they serve', async () => {
    await insertOrganizations(h);
    const project = (
      id: string,
      created: string,
      values: Partial<typeof projects.$inferInsert>,
    ) => ({
      id,
      districtCode: PANYU,
      title: '长者助餐微创投',
      kind: 'micro_venture',
      organizationId: ELDERS,
      communityCodes: [JINXIU],
      streetCodes: [NANCUN],
      budgetFen: 1_000_000,
      startsOn: '2026-01-01',
      status: 'in_progress',
      createdAt: at(created),
      ...values,
    });
    await h.db.insert(projects).values([
      project('prj_kindMicroRun1', '2026-03-01', {}),
      project('prj_kindMicroDone', '2026-04-01', { status: 'completed', streetCodes: [] }),
      project('prj_kindVenture01', '2026-05-01', {
        kind: 'venture',
        communityCodes: [XIANFENG, NANCUN_VILLAGE],
        streetCodes: [],
      }),
      // Created after the period: not counted.
      project('prj_kindTooLate01', '2026-07-15', { kind: 'venture', status: 'approved' }),
    ]);
    const response = await h.request(
      'GET',
      `/v1/indicators?division=${PANYU}&from=2026-01-01&to=2026-06-30`,
      { key: h.keys.sk },
    );
    const byKind = Object.fromEntries(
      (
        response.body.divisions as {
          code: string;
          indicators: { id: string; value: number; breakdown?: unknown }[];
        }[]
      ).map((d) => [d.code, d.indicators.find((i) => i.id === 'projects_by_kind_status')!]),
    );
    expect(byKind[PANYU]).toMatchObject({
      available: true,
      value: 3,
      breakdown: [
        { kind: 'micro_venture', status: 'completed', count: 1 },
        { kind: 'micro_venture', status: 'in_progress', count: 1 },
        { kind: 'venture', status: 'in_progress', count: 1 },
      ],
    });
    expect(byKind[JINXIU]!.value).toBe(2);
    expect(byKind[NANCUN]!.value).toBe(3);
    expect(byKind[SHIQIAO]).toMatchObject({
      value: 1,
      breakdown: [{ kind: 'venture', status: 'in_progress', count: 1 }],
    });
    expect(byKind[XIANFENG]!.value).toBe(1);
  });
});
