import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { responses } from '@wushe/schema';
import { DEMO_STAFF_PASSWORD, startTestServer, type TestServer } from '@wushe/server/testing';
import { createClient, NotFoundError, PermissionError } from '../src/index.js';

let server: TestServer;
let plain: TestServer;

beforeAll(async () => {
  server = await startTestServer({ staff: true, app: { devRoutes: true } });
  plain = await startTestServer({ seed: 'demo' });
});
afterAll(async () => {
  await server.close();
  await plain.close();
});

const clientOf = (on: TestServer, auth: { secretKey?: string; staffToken?: string }) =>
  createClient({ baseUrl: on.apiBase, responseSchemas: responses, ...auth });

describe('dev.outbox', () => {
  it('reads the log notifier’s outbox, one recipient’s with to=', async () => {
    const send = (to: string) =>
      server.app.deps.notifier.send({
        districtCode: '440113',
        channel: 'sms',
        to,
        template: 'staff_invite',
        params: { name: to },
      });
    await send('13800000001');
    await send('13800000002');
    const client = clientOf(server, { secretKey: server.keys.secret });
    const page = await client.dev.outbox({ to: '13800000002' });
    expect(page.data.map((message) => message.to)).toEqual(['13800000002']);
    expect(page.data[0]).toMatchObject({ channel: 'sms', template: 'staff_invite' });
  });

  it('is NotFoundError on a server without --notifier log', async () => {
    const client = clientOf(plain, { secretKey: plain.keys.secret });
    await expect(client.dev.outbox()).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('audit.list', () => {
  it('street staff are refused with PermissionError; the secret key reads that refusal', async () => {
    const signedIn = await clientOf(server, {}).staff.signIn({
      login: 'nancun.staff',
      password: DEMO_STAFF_PASSWORD,
    });
    const staff = clientOf(server, { staffToken: signedIn.session.token });
    await expect(staff.audit.list()).rejects.toBeInstanceOf(PermissionError);

    const admin = clientOf(server, { secretKey: server.keys.secret });
    const page = await admin.audit.list({ action: 'permission.refused' });
    expect(page.data[0]).toMatchObject({
      subjectType: 'route',
      subjectId: 'listAudit',
      accountId: 'acc_pyNancunStaff',
    });
  });
});
