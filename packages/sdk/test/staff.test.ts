import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { responses } from '@wushe/schema';
import { DEMO_STAFF_PASSWORD, startTestServer, type TestServer } from '@wushe/server/testing';
import { AuthenticationError, createClient, ValidationError, WusheError } from '../src/index.js';

/* The demo seed's staff: a street officer of 南村镇, with the documented demo password. */
const LOGIN = 'nancun.staff';
const ACCOUNT = 'acc_pyNancunStaff';
const PASSWORD = DEMO_STAFF_PASSWORD;

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ staff: true });
});
afterAll(() => server.close());

/** A client whose requests are recorded (method, path, headers) before they reach the server. */
function recordingClient(options: { secretKey?: string; staffToken?: string } = {}) {
  const sent: { method: string; path: string; headers: Headers }[] = [];
  const client = createClient({
    baseUrl: server.apiBase,
    responseSchemas: responses,
    ...options,
    fetch: (input, init) => {
      const url = new URL(input instanceof Request ? input.url : input.toString());
      sent.push({
        method: init?.method ?? 'GET',
        path: url.pathname,
        headers: new Headers(init?.headers),
      });
      return fetch(input, init);
    },
  });
  return { client, sent };
}

describe('staff', () => {
  it('signs in, reads who it is with the token, and signs out so the token stops working', async () => {
    const { client, sent } = recordingClient();
    const signedIn = await client.staff.signIn({ login: LOGIN, password: PASSWORD });
    expect(signedIn.account.id).toBe(ACCOUNT);
    expect(signedIn.session.token).toMatch(/^st_/);
    // A credential exchange carries no Idempotency-Key: no replay may keep its token.
    expect(sent[0]!.headers.has('Idempotency-Key')).toBe(false);

    const staff = createClient({
      baseUrl: server.apiBase,
      staffToken: signedIn.session.token,
      responseSchemas: responses,
    });
    const me = await staff.staff.me();
    expect(me.account.login).toBe(LOGIN);
    expect(me.roles).toEqual([{ role: 'street_staff', scope: expect.any(String) as string }]);
    expect(me.session.kind).toBe('password');

    expect((await staff.staff.signOut()).signedOut).toBe(true);
    await expect(staff.staff.me()).rejects.toBeInstanceOf(AuthenticationError);
  });

  it('a client with a staff token and no key reads public routes as the session: needs under review too', async () => {
    const { client } = recordingClient();
    const signedIn = await client.staff.signIn({ login: LOGIN, password: PASSWORD });
    const { client: staff, sent } = recordingClient({ staffToken: signedIn.session.token });
    const pending = await staff.needs.list({ status: 'pending_review' });
    expect(sent[0]!.headers.get('Authorization')).toBe(`Bearer ${signedIn.session.token}`);
    expect(pending.data.length).toBeGreaterThan(0);
    expect(pending.data.every((need) => need.status === 'pending_review')).toBe(true);
  });

  it('refuses a wrong password as invalid_credentials', async () => {
    const { client } = recordingClient();
    await expect(
      client.staff.signIn({ login: LOGIN, password: 'not-the-password' }),
    ).rejects.toMatchObject({
      status: 401,
      code: 'invalid_credentials',
    });
  });

  it('opens a delegated session for a portal with the secret key, without an Idempotency-Key', async () => {
    const { client, sent } = recordingClient({ secretKey: server.keys.secret });
    const session = await client.staff.createSession({ accountId: ACCOUNT });
    expect(session.session.token).toMatch(/^st_/);
    expect(sent[0]!.headers.has('Idempotency-Key')).toBe(false);
    const staff = createClient({ baseUrl: server.apiBase, staffToken: session.session.token });
    expect((await staff.staff.me()).session.kind).toBe('delegated');
  });

  it('refuses an unknown setup token for a first password', async () => {
    const { client } = recordingClient();
    await expect(
      client.staff.setPassword({ setupToken: 'no-such-token', password: 'a long enough pass 1' }),
    ).rejects.toMatchObject({ code: 'setup_token_invalid' });
  });

  it('checks the input before sending', async () => {
    const { client, sent } = recordingClient();
    await expect(client.staff.signIn({ login: LOGIN, password: '' })).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(sent).toHaveLength(0);
  });

  it('does not resend a sign-in after a 5xx (it may have run), unlike a keyed write', async () => {
    let attempts = 0;
    const client = createClient({
      baseUrl: 'http://api.test',
      maxRetries: 2,
      fetch: () => {
        attempts++;
        return Promise.resolve(
          new Response(JSON.stringify({ error: { code: 'internal_error', message: 'x' } }), {
            status: 502,
            headers: { 'Content-Type': 'application/json' },
          }),
        );
      },
    });
    await expect(client.staff.signIn({ login: LOGIN, password: PASSWORD })).rejects.toBeInstanceOf(
      WusheError,
    );
    expect(attempts).toBe(1);
  });
});
