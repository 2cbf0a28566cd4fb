// The portal's own server: the API under the portal's origin, the staff proxy that holds the
// secret key, and the headers of the proof pages. Plain HTTP from Node, no browser.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEMO, publicCall, stack } from './support.js';

const host = new URL(stack.portal).host;
const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${stack.portal}${path}`, { headers });

describe('the demo portal server', () => {
  it('serves the strict-CSP page with exactly the policy, and the others without one', async () => {
    const strict = await get('/embed/csp.html');
    expect(strict.status).toBe(200);
    expect(strict.headers.get('content-security-policy')).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'",
    );
    expect((await get('/')).headers.get('content-security-policy')).toBeNull();
    expect((await get('/wushe/wushe.js')).headers.get('content-type')).toContain('javascript');
    expect((await get('/../package.json')).status).not.toBe(200);
    expect((await get('/nope.html')).status).toBe(404);
  });

  it('passes the API through on its own origin, keys and origin checks included', async () => {
    const withKey = await get(`/v1/funds/${DEMO.fund}`, {
      Authorization: `Bearer ${stack.publishableKey}`,
    });
    expect(withKey.status).toBe(200);
    expect(((await withKey.json()) as { id: string }).id).toBe(DEMO.fund);
    expect((await get(`/v1/funds/${DEMO.fund}`)).status).toBe(401);
    // The API still refuses a page on an origin its key does not allow.
    const foreign = await get(`/v1/funds/${DEMO.fund}`, {
      Authorization: `Bearer ${stack.publishableKey}`,
      Origin: 'https://portal.example.org',
    });
    expect(foreign.status).toBe(403);
  });

  it('streams live events through', async () => {
    const controller = new AbortController();
    const response = await fetch(`${stack.portal}/v1/events?community=${DEMO.community}`, {
      headers: { Authorization: `Bearer ${stack.publishableKey}`, Accept: 'text/event-stream' },
      signal: controller.signal,
    });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = response.body!.getReader();
    const first = await reader.read();
    expect(first.done).toBe(false);
    controller.abort();
  });

  it('answers staff calls with the secret key, which never leaves the server', async () => {
    const response = await get(
      `/staff-api/v1/needs?community=${DEMO.community}&status=pending_review`,
    );
    expect(response.status).toBe(200);
    expect(JSON.stringify(await response.json())).not.toContain(stack.secretKey);
    // A staff-only route: the key was added.
    expect((await get(`/staff-api/v1/surveys/${DEMO.survey}/follow-ups`)).status).toBe(200);
    expect((await get(`/v1/surveys/${DEMO.survey}/follow-ups`)).status).toBe(401);
    // Only /v1 lies behind it.
    expect((await get('/staff-api/healthz')).status).toBe(404);
  });

  it('refuses staff calls from other sites, other hosts and non-JSON writes', async () => {
    const path = `/staff-api/v1/surveys/${DEMO.survey}/follow-ups`;
    const refused = async (headers: Record<string, string>, init: RequestInit = {}) => {
      const response = await fetch(`${stack.portal}${path}`, { ...init, headers });
      return response.status;
    };
    expect(await refused({ Origin: 'https://evil.example' })).toBe(403);
    expect(await refused({ 'Sec-Fetch-Site': 'cross-site' })).toBe(403);
    expect(await refused({ Origin: `http://${host}`, 'Sec-Fetch-Site': 'same-origin' })).toBe(200);
    // A cross-site form post cannot set a JSON content type without a preflight.
    expect(
      await refused(
        { 'Content-Type': 'application/x-www-form-urlencoded' },
        { method: 'POST', body: 'succeeded=true' },
      ),
    ).toBe(403);
    // DNS rebinding: the right port under another name.
    const rebound = await new Promise<number>((resolve, reject) => {
      void import('node:http').then(({ request }) => {
        const call = request(
          `${stack.portal}${path}`,
          { headers: { Host: `evil.example:${new URL(stack.portal).port}` } },
          (response) => {
            response.resume();
            resolve(response.statusCode ?? 0);
          },
        );
        call.on('error', reject);
        call.end();
      });
    });
    expect(rebound).toBe(403);
  });

  it('lists pledges and registrations made through the portal for staff, and their outcome', async () => {
    const created = await fetch(`${stack.portal}/v1/donations`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${stack.publishableKey}`,
        'Content-Type': 'application/json',
        'Idempotency-Key': randomUUID(),
      },
      body: JSON.stringify({
        fundId: DEMO.fund,
        amountFen: 12_300,
        donor: { name: '莫慧敏', anonymous: false, publishName: true },
        channel: 'offline',
        consent: { policyVersion: '2026-01', agreed: true },
      }),
    });
    expect(created.status).toBe(201);
    const { donation } = (await created.json()) as { donation: { id: string } };
    type Recent = {
      data: { id: string; type: string; status: string; reference: string; code: string }[];
    };
    const listed = async () =>
      ((await (await get('/staff-portal/recent')).json()) as Recent).data.find(
        (entry) => entry.id === donation.id,
      );
    expect(await listed()).toMatchObject({ type: 'donation', status: 'pending' });
    expect((await listed())?.reference).toMatch(/\S/);
    // Refused to other sites like every staff path.
    expect((await get('/staff-portal/recent', { Origin: 'https://evil.example' })).status).toBe(
      403,
    );

    const confirmed = await fetch(`${stack.portal}/staff-api/v1/donations/${donation.id}/confirm`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      // Marked failed, not paid: the donation flow's test, running beside this file, checks that
      // the same fund moves by exactly its own pledge.
      body: JSON.stringify({ providerReference: 'DEMO-BANK-E2E', succeeded: false }),
    });
    expect(confirmed.status).toBe(200);
    expect((await listed())?.status).toBe('failed');
    // A volunteer registered on the portal is listed too, for recording hours.
    const registered = await fetch(`${stack.portal}/v1/volunteers`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${stack.publishableKey}`,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({
        name: '邓家豪',
        mobile: '13900139123',
        communityId: DEMO.community,
        skills: ['维修家电'],
        serviceAreas: ['elderly_care'],
        availability: ['weekend_daytime'],
        consent: { policyVersion: '2026-01', agreed: true },
      }),
    });
    expect(registered.status).toBe(201);
    const volunteer = (await registered.json()) as { id: string; code: string };
    const recent = ((await (await get('/staff-portal/recent')).json()) as Recent).data;
    expect(recent.find((entry) => entry.id === volunteer.id)).toMatchObject({
      type: 'volunteer',
      code: volunteer.code,
    });
    // What the API itself says.
    const { body } = await publicCall<{ status: string }>('GET', `/v1/donations/${donation.id}`);
    expect(body.status).toBe('failed');
  });

  it('answers 502 with a clear error when the API is down', async () => {
    // @ts-expect-error: plain ESM module without type declarations
    const { startDemoServer } = (await import('../server/demo-server.mjs')) as {
      startDemoServer: (options: object) => Promise<{ url: string; close: () => Promise<void> }>;
    };
    const orphan = await startDemoServer({
      root: new URL('../dist', import.meta.url).pathname,
      apiBase: 'http://127.0.0.1:9',
      staffKey: stack.secretKey,
    });
    const response = await fetch(`${orphan.url}/v1/funds`);
    expect(response.status).toBe(502);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
      'api_unreachable',
    );
    await orphan.close();
  });
});
