import { type FieldIssue } from '@wushe/schema';
import {
  createFixtureClient,
  createFixtureFetch,
  FIXTURE_BASE_URL,
  FIXTURE_PUBLISHABLE_KEY,
  type FixtureOptions,
} from '../src/fixtures/index.js';

export const consent = { policyVersion: '2026-01', agreed: true } as const;
/** Node's timers count whole milliseconds from a cached loop time: allow them that much. */
export const TIMER_SLACK_MS = 10;

/** A resident's and a staff client on one fixture backend, and its raw `fetch`. */
export function fixture(options: FixtureOptions = {}) {
  const transport = createFixtureFetch(options);
  return {
    transport,
    resident: createFixtureClient({ transport }),
    staff: createFixtureClient({ transport, staff: true }),
  };
}

/** What the fixture answers: an error body, or a success body (compared whole). */
export interface RawJson {
  readonly error: { code: string; message: string; requestId: string; issues?: FieldIssue[] };
}

export interface RawOptions {
  readonly body?: unknown;
  readonly key?: string | null;
  readonly headers?: Record<string, string>;
}

/** One request straight to the fixture `fetch`, past the SDK's own checks. */
export async function raw(
  transport: typeof fetch,
  method: string,
  path: string,
  options: RawOptions = {},
) {
  const { body, key = FIXTURE_PUBLISHABLE_KEY } = options;
  const headers: Record<string, string> = { ...options.headers };
  if (key !== null) headers.Authorization = `Bearer ${key}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await transport(`${FIXTURE_BASE_URL}${path}`, {
    method,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return {
    status: response.status,
    headers: response.headers,
    json: (await response.json()) as RawJson,
  };
}

export async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const found: T[] = [];
  for await (const item of items) found.push(item);
  return found;
}

export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (error: unknown) => error,
  );
}
