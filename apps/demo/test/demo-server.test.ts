// The portal's own server: the API under the portal's origin, the way to the console, the back
// office that keeps the secret key on the server, and the headers of the proof pages. Plain HTTP
// from Node, no browser.
import { describe, expect, it } from 'vitest';
import { callApi } from '@wushe/server/testing';
import { DEMO, stack } from './support.js';

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

  it('sends staff to the console wushe-server serves (the footer’s 工作人员入口)', async () => {
    const response = await fetch(`${stack.portal}/console/`, { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe(`${stack.api}/console/`);
    // The old staff desk and its proxy are gone.
    expect((await get('/staff.html')).status).toBe(404);
    expect((await get(`/staff-api/v1/surveys/${DEMO.survey}/follow-ups`)).status).toBe(404);
  });

  it('back office: its own sign-in, then a delegated session minted on the server', async () => {
    const unsigned = await fetch(`${stack.portal}/back-office/`, { redirect: 'manual' });
    expect(unsigned.status).toBe(303);
    expect(unsigned.headers.get('location')).toBe('/back-office/sign-in');
    expect((await get('/back-office/session')).status).toBe(401);

    const signIn = (password: string, headers: Record<string, string> = {}) =>
      fetch(`${stack.portal}/back-office/sign-in`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
        body: new URLSearchParams({ login: 'jinxiu.portal', password }).toString(),
      });
    expect((await signIn('not-the-password')).status).toBe(401);
    // A form posted from another site is refused.
    expect((await signIn('portal-demo-2026', { Origin: 'https://evil.example' })).status).toBe(403);
    const signedIn = await signIn('portal-demo-2026', { Origin: `http://${host}` });
    expect(signedIn.status).toBe(303);
    const cookie = signedIn.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const jar = { Cookie: cookie.split(';')[0]! };

    const page = await get('/back-office/', jar);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await page.text();
    expect(html).toContain('<wushe-follow-ups');
    expect(html).not.toContain(stack.secretKey);

    const answer = await get('/back-office/session', jar);
    expect(answer.status).toBe(200);
    const session = (await answer.json()) as { token: string; expiresAt: string; division: string };
    expect(session.token).toMatch(/^st_/);
    expect(JSON.stringify(session)).not.toContain(stack.secretKey);
    expect(Date.parse(session.expiresAt) - Date.now()).toBeLessThanOrEqual(15 * 60_000);
    // The same session until it nears its end.
    const again = (await (await get('/back-office/session', jar)).json()) as { token: string };
    expect(again.token).toBe(session.token);
    // Another site's page may not read it.
    expect(
      (await get('/back-office/session', { ...jar, Origin: 'https://evil.example' })).status,
    ).toBe(403);
    // It is the worker's own delegated session, which works on the API.
    const me = await callApi<{ account: { login: string }; session: { kind: string } }>(
      stack.api,
      session.token,
      'GET',
      '/v1/staff/me',
    );
    expect(me.body).toMatchObject({
      account: { login: 'jinxiu.staff' },
      session: { kind: 'delegated' },
    });

    const out = await fetch(`${stack.portal}/back-office/sign-out`, {
      method: 'POST',
      redirect: 'manual',
      headers: { ...jar, Origin: `http://${host}` },
    });
    expect(out.status).toBe(303);
    expect((await get('/back-office/session', jar)).status).toBe(401);
  });

  it('answers 502 with a clear error when the API is down', async () => {
    // @ts-expect-error: plain ESM module without type declarations
    const { startDemoServer } = (await import('../server/demo-server.mjs')) as {
      startDemoServer: (options: object) => Promise<{ url: string; close: () => Promise<void> }>;
    };
    const orphan = await startDemoServer({
      root: new URL('../dist', import.meta.url).pathname,
      apiBase: 'http://127.0.0.1:9',
      secretKey: stack.secretKey,
    });
    const response = await fetch(`${orphan.url}/v1/funds`);
    expect(response.status).toBe(502);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
      'api_unreachable',
    );
    await orphan.close();
  });
});
