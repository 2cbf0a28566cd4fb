import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { responses } from '@wushe/schema';
import { startTestServer, type TestServer } from '@wushe/server/testing';
import {
  AuthenticationError,
  createClient,
  RateLimitError,
  ValidationError,
  type WusheClient,
} from '../src/index.js';

/* A resident's own side against the real server (demo seed, `log` notifier, dev outbox on). */

let server: TestServer;
let staff: WusheClient;

beforeAll(async () => {
  server = await startTestServer({ app: { devRoutes: true } });
  staff = createClient({ baseUrl: server.apiBase, secretKey: server.keys.secret });
});
afterAll(() => server.close());

const residentClient = (residentToken?: string) =>
  createClient({
    baseUrl: server.apiBase,
    publishableKey: server.keys.publishable,
    responseSchemas: responses,
    maxRetries: 0,
    ...(residentToken ? { residentToken } : {}),
  });

/** Signs `mobile` in with the code the `log` notifier put in the outbox. */
async function signedIn(mobile: string) {
  const client = residentClient();
  const sent = await client.residents.requestCode({ mobile });
  expect(sent.sent).toBe(true);
  const outbox = await staff.dev.outbox({ to: mobile, limit: 1 });
  const code = (outbox.data[0]!.params as { code: string }).code;
  const session = await client.residents.signIn({ mobile, code });
  expect(session.token).toMatch(/^rt_/);
  return { client, session };
}

describe('residents', () => {
  it('sign in by SMS code; the client then sends the token on resident routes only', async () => {
    const { client, session } = await signedIn('13700000001');
    expect(client.residents.token).toBe(session.token);
    const me = await client.residents.me();
    expect(me).toMatchObject({ id: session.resident.id, mobile: '13700000001' });
    // Public routes still go with the publishable key.
    expect((await client.divisions.list()).streets.length).toBeGreaterThan(0);
    // A page that kept the token resumes with it.
    expect((await residentClient(session.token).residents.me()).id).toBe(me.id);

    await client.residents.signOut();
    expect(client.residents.token).toBeUndefined();
    await expect(residentClient(session.token).residents.me()).rejects.toBeInstanceOf(
      AuthenticationError,
    );
  });

  it('check the code before sending, and surface the server’s refusals as typed errors', async () => {
    const client = residentClient();
    await expect(
      client.residents.signIn({ mobile: '13700000002', code: '12ab56' }),
    ).rejects.toBeInstanceOf(ValidationError);
    for (let i = 0; i < 5; i++) await client.residents.requestCode({ mobile: '13700000002' });
    const flood = await client.residents
      .requestCode({ mobile: '13700000002' })
      .catch((error: unknown) => error);
    expect(flood).toBeInstanceOf(RateLimitError);
    expect(flood).toMatchObject({ code: 'too_many_codes', status: 429 });
    const wrong = await client.residents
      .signIn({ mobile: '13700000002', code: '000000' })
      .catch((error: unknown) => error);
    expect(wrong).toMatchObject({ code: 'code_invalid', status: 400 });
  });

  it('see and correct their registration, cancel a signup, read hours, export and erase', async () => {
    const mobile = '13700000003';
    const visitor = residentClient();
    const volunteer = await visitor.volunteers.register({
      name: '林小红',
      mobile,
      communityId: '440113104001',
      consent: { policyVersion: '2026-01', agreed: true },
    });
    const activities = await visitor.activities.list({});
    const open = activities.data.find((activity) => activity.open)!;
    const signup = await visitor.activities.signup({
      id: open.id,
      name: '林小红',
      mobile,
      consent: { policyVersion: '2026-01', agreed: true },
    });
    await staff.serviceRecords.create({
      volunteerId: volunteer.id,
      servedOn: '2026-11-20',
      minutes: 90,
      content: '长者探访',
    });

    const { client } = await signedIn(mobile);
    expect((await client.residents.volunteer()).id).toBe(volunteer.id);
    expect((await client.residents.updateVolunteer({ skills: ['理发'] })).skills).toEqual(['理发']);
    const mine = await client.residents.signups();
    expect(mine.data.map((each) => each.id)).toEqual([signup.id]);
    const cancelled = await client.residents.cancelSignup({ id: signup.id });
    expect(cancelled.status).toBe('cancelled');
    expect((await client.residents.hours()).servedHalfHours).toBe(3);
    expect((await client.residents.needs()).data).toEqual([]);
    expect((await client.residents.donations()).data).toEqual([]);
    const exported = await client.residents.export();
    expect(exported.volunteer?.id).toBe(volunteer.id);

    const erased = await client.residents.erase();
    expect(erased).toMatchObject({ erased: true, volunteers: 1, signups: 1 });
    expect(client.residents.token).toBeUndefined();
  });
});
