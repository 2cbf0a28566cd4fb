import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { responses } from '@wushe/schema';
import { DEMO_STAFF_PASSWORD, startTestServer, type TestServer } from '@wushe/server/testing';
import {
  ConflictError,
  createClient,
  NotFoundError,
  PermissionError,
  ValidationError,
} from '../src/index.js';

/** 公益积分 and the 爱心超市 through the SDK, against the running server with the demo seed. */

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ seed: 'demo', staff: true });
});
afterAll(() => server.close());

const JINXIU = '440113104001';
const clientOf = (auth: { secretKey?: string; staffToken?: string; publishableKey?: string }) =>
  createClient({ baseUrl: server.apiBase, responseSchemas: responses, ...auth });

async function staffClient(login: string) {
  const signedIn = await clientOf({}).staff.signIn({ login, password: DEMO_STAFF_PASSWORD });
  return clientOf({ staffToken: signedIn.session.token });
}

describe('rewards', () => {
  it('lists the demo catalog of 锦绣香江 with a publishable key', async () => {
    const catalog = await clientOf({ publishableKey: server.keys.publishable }).rewards.list({
      community: JINXIU,
    });
    expect(catalog.data.map((reward) => reward.title)).toContain('理发');
    expect(catalog.data.some((reward) => reward.stock === 0)).toBe(true);
  });

  it('lets the community’s staff add and edit a reward; another community’s staff are refused', async () => {
    const jinxiu = await staffClient('jinxiu.staff');
    const created = await jinxiu.rewards.create({
      kind: 'goods',
      title: '鸡蛋一盒',
      pointsPrice: 2,
      stock: 30,
      communityId: JINXIU,
      providerId: 'org_pyLinliHui',
    });
    expect(created).toMatchObject({
      title: '鸡蛋一盒',
      stock: 30,
      providerName: expect.any(String),
    });
    const edited = await jinxiu.rewards.update({ id: created.id, stock: 25 });
    expect(edited.stock).toBe(25);
    // A social worker of the street may not keep the catalog; 长宁's staff do not even see it.
    const worker = await staffClient('nancun.sw');
    await expect(worker.rewards.update({ id: created.id, stock: 1 })).rejects.toBeInstanceOf(
      PermissionError,
    );
    const changning = await staffClient('xinhua.staff');
    await expect(changning.rewards.update({ id: created.id, stock: 1 })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(
      jinxiu.rewards.create({
        kind: 'goods',
        title: '鸡蛋一盒',
        pointsPrice: 0,
        stock: 30,
        communityId: JINXIU,
        providerId: 'org_pyLinliHui',
      }),
    ).rejects.toBeInstanceOf(ValidationError);
  });

  it('hands over the demo pickup code once: a second time is ConflictError already_redeemed', async () => {
    const jinxiu = await staffClient('jinxiu.staff');
    const handed = await jinxiu.rewards.redeemCode({ code: 'jxxj 2468' });
    expect(handed.status).toBe('redeemed');
    const again = jinxiu.rewards.redeemCode({ code: 'JXXJ-2468' });
    await expect(again).rejects.toBeInstanceOf(ConflictError);
    await expect(again).rejects.toMatchObject({ code: 'already_redeemed' });
  });
});

describe('points.ofVolunteer', () => {
  it('reads a demo volunteer’s balance and history; staff elsewhere are refused', async () => {
    const jinxiu = await staffClient('jinxiu.staff');
    const points = await jinxiu.points.ofVolunteer({ id: 'vol_pyLiZhiqiang' });
    expect(points.balancePoints).toBeGreaterThan(0);
    expect(points.history.map((movement) => movement.kind)).toContain('redeemed');
    const worker = await staffClient('nancun.sw');
    expect((await worker.points.ofVolunteer({ id: 'vol_pyLiZhiqiang' })).volunteerId).toBe(
      'vol_pyLiZhiqiang',
    );
    const changning = await staffClient('xinhua.staff');
    await expect(changning.points.ofVolunteer({ id: 'vol_pyLiZhiqiang' })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});
