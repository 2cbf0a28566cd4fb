import { expect } from 'vitest';
import { PORTAL_ORIGIN, type Harness } from './harness.js';

/** Fixtures of the residents' tests: sign-in through the real routes and the `log` outbox. */

export const RESIDENT_MOBILE = '13800138000';
export const OTHER_ORIGIN = 'https://evil.example.com';

export function residentHelpers(h: Harness) {
  /** `POST /v1/residents/codes` from the portal's page. */
  const requestCode = (mobile = RESIDENT_MOBILE, headers: Record<string, string> = {}) =>
    h.request('POST', '/v1/residents/codes', {
      body: { mobile },
      headers: { Origin: PORTAL_ORIGIN, ...headers },
    });

  /** The code last sent to `mobile`, read from the outbox as a developer would (secret key). */
  async function lastCode(mobile = RESIDENT_MOBILE): Promise<string> {
    const outbox = await h.request('GET', `/v1/dev/outbox?to=${mobile}&limit=1`, {
      key: h.keys.sk,
    });
    const message = outbox.body.data[0] as { template: string; params: { code: string } };
    expect(message.template).toBe('resident_code');
    return message.params.code;
  }

  /** `POST /v1/residents/sessions` from `origin` (the portal's unless given; `null`: none). */
  const submitCode = (
    code: string,
    mobile = RESIDENT_MOBILE,
    origin: string | null = PORTAL_ORIGIN,
  ) =>
    h.request('POST', '/v1/residents/sessions', {
      body: { mobile, code },
      headers: origin === null ? {} : { Origin: origin },
    });

  /** Signs the mobile in from the portal and returns the resident token. */
  async function signIn(mobile = RESIDENT_MOBILE): Promise<string> {
    expect((await requestCode(mobile)).status).toBe(200);
    const response = await submitCode(await lastCode(mobile), mobile);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return response.body.token as string;
  }

  /** A request with the resident token from the portal's page (or `origin`). */
  const asResident = (
    token: string,
    method: string,
    path: string,
    init: { body?: unknown; origin?: string | null; headers?: Record<string, string> } = {},
  ) =>
    h.request(method, path, {
      key: token,
      body: init.body,
      headers: {
        ...(init.origin === null ? {} : { Origin: init.origin ?? PORTAL_ORIGIN }),
        ...init.headers,
      },
    });

  return { requestCode, lastCode, submitCode, signIn, asResident };
}

/** A code that is not `code` (for wrong tries). */
export const wrongCode = (code: string) => (code === '000000' ? '111111' : '000000');
