import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { responses } from '@wushe/schema';
import { DEMO_STAFF_PASSWORD, startTestServer, type TestServer } from '@wushe/server/testing';
import { ConflictError, createClient, PermissionError, ValidationError } from '../src/index.js';

/* Staff run activities and surveys through the SDK, against the demo seed's staff. */

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ staff: true, app: { devRoutes: true } });
});
afterAll(() => server.close());

const JINXIU = '440113104001';
const XIANFENG = '440113001001';
const client = (options: { staffToken?: string; secretKey?: string; publishableKey?: string }) =>
  createClient({ baseUrl: server.apiBase, responseSchemas: responses, ...options });

async function staffClient(login: string) {
  const { session } = await client({}).staff.signIn({ login, password: DEMO_STAFF_PASSWORD });
  return client({ staffToken: session.token });
}

const soon = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

describe('client.activities as staff', () => {
  it('creates, edits and cancels an activity; signups are told and refused after', async () => {
    const staff = await staffClient('jinxiu.staff');
    const created = await staff.activities.create({
      communityId: JINXIU,
      title: '社区义剪',
      description: '为长者理发',
      category: 'elderly_care',
      location: '锦绣香江社区服务中心',
      startsAt: soon(48),
      endsAt: soon(50),
      capacity: 5,
    });
    expect(created).toMatchObject({ status: 'scheduled', open: true, capacity: 5 });

    const resident = client({ publishableKey: server.keys.publishable });
    await resident.activities.signup({
      id: created.id,
      name: '黄小燕',
      mobile: '13800138111',
      consent: { policyVersion: '2026-01', agreed: true },
    });
    const edited = await staff.activities.update({ id: created.id, capacity: 6 });
    expect(edited.capacity).toBe(6);
    await expect(staff.activities.update({ id: created.id, capacity: 0 })).rejects.toBeInstanceOf(
      ValidationError,
    );

    const cancelled = await staff.activities.update({
      id: created.id,
      status: 'cancelled',
      cancelReason: '暴雨',
    });
    expect(cancelled).toMatchObject({ status: 'cancelled', open: false });
    const outbox = await client({ secretKey: server.keys.secret }).dev.outbox({
      to: '13800138111',
    });
    expect(outbox.data.map((message) => message.template)).toEqual(['activity_cancelled']);
    await expect(
      resident.activities.signup({
        id: created.id,
        name: '李明',
        mobile: '13800138112',
        consent: { policyVersion: '2026-01', agreed: true },
      }),
    ).rejects.toMatchObject({ code: 'activity_cancelled' });
  });

  it('community staff cannot act in another community: PermissionError', async () => {
    const staff = await staffClient('jinxiu.staff');
    const error = await staff.activities
      .create({
        communityId: XIANFENG,
        title: '不是我的社区',
        description: '',
        category: 'other',
        location: '先锋社区',
        startsAt: soon(48),
        endsAt: soon(50),
        capacity: 5,
      })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PermissionError);
  });
});

describe('client.surveys as staff', () => {
  it('freezes questions at the first response and makes a new version instead', async () => {
    const staff = await staffClient('jinxiu.staff');
    const rating = { id: 'overall', type: 'rating', prompt: '总体评价', required: true } as const;
    const survey = await staff.surveys.create({
      communityId: JINXIU,
      title: '社区服务满意度',
      description: '',
      subjectType: 'community_service',
      questions: [rating],
      resultsPublic: false,
    });
    const resident = client({ publishableKey: server.keys.publishable });
    await resident.surveys.respond({
      id: survey.id,
      respondentToken: 'sdk-programs-token-01',
      subjectId: JINXIU,
      answers: [{ questionId: 'overall', value: 4 }],
    });
    const frozen = await staff.surveys
      .update({ id: survey.id, questions: [rating, { ...rating, id: 'staff' }] })
      .catch((caught: unknown) => caught);
    expect(frozen).toBeInstanceOf(ConflictError);
    expect(frozen).toMatchObject({ code: 'survey_questions_frozen' });
    expect((await staff.surveys.update({ id: survey.id, title: '新标题' })).title).toBe('新标题');

    const next = await staff.surveys.createVersion({
      id: survey.id,
      questions: [rating, { ...rating, id: 'staff' }],
    });
    expect(next).toMatchObject({ version: 2, previousVersionId: survey.id, open: true });
    expect(await resident.surveys.get({ id: survey.id })).toMatchObject({
      open: false,
      replacedById: next.id,
    });
  });
});
