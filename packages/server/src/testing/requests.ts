import { randomUUID } from 'node:crypto';
import { routes, type RouteDefinition } from '@wushe/schema';

/**
 * Whether the route at `method path` takes an Idempotency-Key (the server refuses one elsewhere,
 * including on the credential exchanges declared `idempotency: 'none'`).
 */
export function takesIdempotencyKey(method: string, path: string): boolean {
  const bare = path.split('?')[0] ?? '';
  return Object.values<RouteDefinition>(routes).some(
    (route) =>
      route.idempotency !== undefined &&
      route.idempotency !== 'none' &&
      route.method === method &&
      new RegExp(`^${route.path.replace(/\{\w+\}/g, '[^/]+')}$`).test(bare),
  );
}

/** Where a test call goes: a server's base URL (over HTTP), or a Hono app (in process). */
export type CallTarget =
  string | { request(path: string, init: RequestInit): Response | Promise<Response> };

export interface CallAnswer<T> {
  readonly status: number;
  readonly body: T;
}

/**
 * One API call as a test's setup or check makes it: with `key` as the bearer, a JSON body, and a
 * fresh Idempotency-Key where the route takes one. The answer's body is parsed JSON (or null).
 */
export async function callApi<T = unknown>(
  target: CallTarget,
  key: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<CallAnswer<T>> {
  const headers: Record<string, string> = { Authorization: `Bearer ${key}` };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (takesIdempotencyKey(method, path)) headers['Idempotency-Key'] = randomUUID();
  const init: RequestInit = {
    method,
    headers,
    body: body === undefined ? null : JSON.stringify(body),
  };
  const response =
    typeof target === 'string'
      ? await fetch(`${target}${path}`, init)
      : await target.request(path, init);
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
}
