import { beforeEach, describe, expect, it } from 'vitest';
import { useHarness } from './harness.js';
import { testClock } from './staff-fixtures.js';
import { staffSessions } from './programs-fixtures.js';

const clock = testClock();
const h = useHarness({ now: clock.now });

const JINXIU = '440113104001';
const NANCUN_VILLAGE = '440113104002';
const NANCUN = '440113104';
const RATING = { id: 'overall', type: 'rating', prompt: '总体满意度', required: true };

const tokens: Record<string, string> = {};
beforeEach(async () => {
  clock.reset();
  const people = {
    jinxiu: [{ role: 'community_staff', scope: JINXIU }],
    nancun: [{ role: 'street_staff', scope: NANCUN }],
    worker: [{ role: 'social_worker', scope: JINXIU }],
  } as const;
  Object.assign(tokens, await staffSessions(h, people, clock.now()));
});

const create = async (communityId: string | undefined, title: string) => {
  const response = await h.request('POST', '/v1/surveys', {
    key: h.keys.sk,
    body: {
      ...(communityId ? { communityId } : {}),
      title,
      description: '',
      subjectType: 'community_service',
      questions: [RATING],
      resultsPublic: false,
    },
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body as { id: string };
};
const list = (key: string, query = '') =>
  h.request('GET', `/v1/staff/surveys${query}`, { key }) as Promise<{
    status: number;
    body: { data: { id: string; responses: number; open: boolean }[] };
  }>;
const ids = (answer: { body: { data: { id: string }[] } }) => answer.body.data.map((s) => s.id);

describe('GET /v1/staff/surveys', () => {
  it('lists the surveys within the caller’s scopes, with their responses; the district’s to its admin', async () => {
    const jinxiu = await create(JINXIU, '锦绣香江长者饭堂满意度');
    const village = await create(NANCUN_VILLAGE, '南村村卫生站满意度');
    const district = await create(undefined, '全区社区服务满意度');
    const answered = await h.request('POST', `/v1/surveys/${jinxiu.id}/responses`, {
      body: {
        respondentToken: 'respondent-token-0001',
        subjectId: JINXIU,
        answers: [{ questionId: 'overall', value: 4 }],
      },
    });
    expect(answered.status, JSON.stringify(answered.body)).toBe(201);

    const own = await list(tokens.jinxiu!);
    expect(own.status).toBe(200);
    expect(ids(own)).toContain(jinxiu.id);
    expect(ids(own)).not.toContain(village.id);
    expect(ids(own)).not.toContain(district.id);
    expect(own.body.data.find((s) => s.id === jinxiu.id)?.responses).toBe(1);

    const street = await list(tokens.nancun!);
    expect(ids(street)).toEqual(expect.arrayContaining([jinxiu.id, village.id]));
    expect(ids(street)).not.toContain(district.id);
    expect(street.body.data.find((s) => s.id === village.id)?.responses).toBe(0);
    expect(ids(await list(tokens.nancun!, `?community=${NANCUN_VILLAGE}`))).not.toContain(
      jinxiu.id,
    );

    const admin = await list(h.keys.sk);
    expect(ids(admin)).toEqual(expect.arrayContaining([jinxiu.id, village.id, district.id]));
    expect(ids(await list(h.keys.sk, `?community=${JINXIU}`))).not.toContain(district.id);
  });

  it('refuses a role that runs no survey (403) and a bad place (400 with its field)', async () => {
    expect((await list(tokens.worker!)).status).toBe(403);
    const bad = await h.request('GET', '/v1/staff/surveys?community=12', { key: h.keys.sk });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('community');
  });
});
