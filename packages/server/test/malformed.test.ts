import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  ApiErrorBody,
  routes,
  statusOf,
  validate,
  type ErrorCode,
  type RouteDefinition,
} from '@wushe/schema';
import { requestExamples } from '@wushe/schema/examples';
import { MAX_BODY_BYTES } from '../src/http/body.js';
import { useHarness } from './harness.js';
import { insertStaff, signInAs } from './staff-fixtures.js';
import { and, eq } from 'drizzle-orm';
import { apiKeys } from '../src/db/tables/index.js';
import { openResidentSession, residentByMobile } from '../src/services/residents/sessions.js';

/**
 * The malformed-input sweep: every POST, PATCH and DELETE route of the contract gets a generated set of
 * bad bodies (wrong types, missing and extra fields, huge strings, deep nesting, `__proto__` keys,
 * invalid JSON, wrong content types). Each must get exactly the error the contract declares for
 * it, with its status and the error shape: `invalid_json`, `unsupported_media_type`,
 * `payload_too_large`, or `validation_failed` whose issues name the bad field (and only fields the
 * case changed) — never another 4xx, never a 5xx.
 */
const h = useHarness({}, { reset: 'once' });

/** A signed-in account, for the routes about one's own session (TOTP enrolment). */
let staffToken = '';
/** A signed-in resident (no origin), for the resident routes. */
let residentToken = '';
beforeAll(async () => {
  const [key] = await h.db
    .select({ id: apiKeys.id })
    .from(apiKeys)
    .where(and(eq(apiKeys.districtCode, '440113'), eq(apiKeys.kind, 'publishable')));
  const resident = await residentByMobile(h.db, '440113', '13800138000', new Date());
  residentToken = (
    await openResidentSession(h.db, {
      residentId: resident.id,
      districtCode: '440113',
      apiKeyId: key!.id,
      boundOrigin: null,
      now: new Date(),
    })
  ).token;
  const staff = await insertStaff(h, {
    login: 'sweep.staff',
    roles: [{ role: 'community_staff', scope: '440113104001' }],
  });
  staffToken = await signInAs(h, staff, new Date());
});

type Example = Record<string, unknown>;
const writeRoutes = (Object.entries(routes) as [string, RouteDefinition][]).filter(
  ([, route]) => route.body,
);
const PLACEHOLDER_IDS: Record<string, string> = {
  '/v1/needs/{id}': 'need_0000000000000000',
  '/v1/needs/{id}/claims': 'need_0000000000000000',
  '/v1/needs/{id}/reports': 'need_0000000000000000',
  '/v1/activities/{id}/signups': 'act_0000000000000000',
  '/v1/donations/{id}/confirm': 'don_0000000000000000',
  '/v1/surveys/{id}/responses': 'svy_0000000000000000',
  '/v1/organizations/{id}': 'org_0000000000000000',
  '/v1/social-workers/{id}': 'sw_0000000000000000',
  '/v1/accounts/{id}': 'acc_0000000000000000',
  '/v1/activities/{id}': 'act_0000000000000000',
  '/v1/surveys/{id}': 'svy_0000000000000000',
  '/v1/surveys/{id}/versions': 'svy_0000000000000000',
  '/v1/funds/{id}': 'fund_0000000000000000',
  '/v1/funds/{id}/disbursements': 'fund_0000000000000000',
  '/v1/donations/{id}/settle': 'don_0000000000000000',
  '/v1/staff/follow-ups/{id}': 'rsp_0000000000000000',
  '/v1/rewards/{id}': 'rwd_0000000000000000',
  '/v1/resources/{id}': 'res_0000000000000000',
  '/v1/needs/{id}/matches': 'need_0000000000000000',
  '/v1/needs/{id}/organization-claims': 'need_0000000000000000',
  '/v1/projects/{id}': 'prj_0000000000000000',
  '/v1/projects/{id}/updates': 'prj_0000000000000000',
  '/v1/calls/{id}/proposals': 'call_0000000000000000',
  '/v1/calls/{id}/scores': 'call_0000000000000000',
  '/v1/calls/{id}/votes': 'call_0000000000000000',
  '/v1/calls/{id}/close': 'call_0000000000000000',
  '/v1/calls/{id}/approvals': 'call_0000000000000000',
  '/v1/residents/me/signups/{id}': 'sgn_0000000000000000',
};

function wrongTypeOf(value: unknown): unknown {
  if (typeof value === 'string') return 12345;
  if (typeof value === 'number') return 'twelve';
  if (typeof value === 'boolean') return 'yes';
  if (Array.isArray(value)) return { not: 'an array' };
  if (value && typeof value === 'object') return ['not', 'an', 'object'];
  return { unexpected: true };
}

/** A body whose first field is nested `depth` arrays deep, as raw JSON (JSON.stringify would overflow). */
function nestedRaw(example: Example, depth: number): string {
  const [first] = Object.keys(example);
  const rest = JSON.stringify({ ...example, [first!]: undefined }).slice(1);
  return `{"${first!}":${'['.repeat(depth)}"deep"${']'.repeat(depth)}${rest === '}' ? '}' : `,${rest}`}`;
}

/**
 * What a bad body must get: its error code and, for `validation_failed`, where the issues may
 * point — `root` (the body itself, path []) or the top-level fields the case changed. The answer
 * must have at least one issue, and every issue must start at one of them.
 */
interface Expected {
  readonly code: ErrorCode;
  readonly at?: 'root' | readonly string[];
}
interface BadBody extends Expected {
  readonly raw: string;
  readonly type?: string;
}

/** Named bad bodies for one route, each with the answer it must get. */
function badBodies(route: RouteDefinition, example: Example): [string, BadBody][] {
  const fields = Object.keys(example);
  const first = fields[0]!;
  // As long as every field can be while the body stays under the limit ('长' is 3 bytes in UTF-8).
  const longest = Math.min(5_000, Math.floor((MAX_BODY_BYTES - 1_024) / fields.length / 3));
  const invalid = (value: unknown, at: 'root' | readonly string[]): BadBody => ({
    raw: JSON.stringify(value),
    code: 'validation_failed',
    at,
  });
  const strings = (make: (value: string) => string) =>
    Object.fromEntries(
      Object.entries(example).map(([k, v]) => [k, typeof v === 'string' ? make(v) : v]),
    );
  const cases: [string, BadBody][] = [
    ['invalid JSON', { raw: '{"title": ', code: 'invalid_json' }],
    ['an empty body', { raw: '', code: 'invalid_json' }],
    ['null', invalid(null, 'root')],
    ['an array', invalid([example], 'root')],
    ['a number', invalid(42, 'root')],
    ['a string', invalid('body', 'root')],
    [
      'text/plain',
      { raw: JSON.stringify(example), type: 'text/plain', code: 'unsupported_media_type' },
    ],
    [
      'form encoding',
      {
        raw: 'title=x',
        type: 'application/x-www-form-urlencoded',
        code: 'unsupported_media_type',
      },
    ],
    ['an extra field', invalid({ ...example, unexpected: 1 }, ['unexpected'])],
    [
      'a __proto__ key',
      {
        raw: JSON.stringify(example).replace('{', '{"__proto__":{"polluted":true},'),
        code: 'validation_failed',
        at: ['__proto__'],
      },
    ],
    [
      'a constructor key',
      invalid({ ...example, constructor: { prototype: { polluted: true } } }, ['constructor']),
    ],
    [
      'deep nesting (5,000 levels)',
      { raw: nestedRaw(example, 5_000), code: 'validation_failed', at: [first] },
    ],
    [
      'deep nesting (30,000 levels, within the size limit)',
      { raw: nestedRaw(example, 30_000), code: 'validation_failed', at: [first] },
    ],
    [
      'a string over the body limit',
      {
        raw: JSON.stringify({ ...example, [first]: 'x'.repeat(70_000) }),
        code: 'payload_too_large',
      },
    ],
    [
      'a long string within the limit',
      invalid(Object.fromEntries(fields.map((k) => [k, '长'.repeat(longest)])), fields),
    ],
    [
      'a NUL character',
      invalid(
        strings(() => 'a\u0000b'),
        fields.filter((k) => typeof example[k] === 'string'),
      ),
    ],
  ];
  for (const [key, value] of Object.entries(example)) {
    const missing = Object.fromEntries(Object.entries(example).filter(([name]) => name !== key));
    cases.push([`without ${key}`, invalid(missing, [key])]);
    cases.push([
      `${key} of the wrong type`,
      invalid({ ...example, [key]: wrongTypeOf(value) }, [key]),
    ]);
    cases.push([`${key} as null`, invalid({ ...example, [key]: null }, [key])]);
  }
  // A body the contract accepts (an optional field left out) is not malformed: keep only the rest.
  return cases.filter(([, body]) => {
    if (body.code !== 'validation_failed') return true;
    return !validate(route.body as Parameters<typeof validate>[0], JSON.parse(body.raw)).success;
  });
}

describe.each(writeRoutes)('%s: malformed bodies', (name, route) => {
  const example = requestExamples[name as keyof typeof requestExamples] as unknown as Example;
  const path = route.path
    .replace('{id}', PLACEHOLDER_IDS[route.path] ?? 'x')
    .replace('{code}', '440113104001');
  const key = () =>
    route.auth === 'publishable'
      ? h.keys.pk
      : route.auth === 'staff_session'
        ? staffToken
        : route.auth === 'resident'
          ? residentToken
          : h.keys.sk;
  let n = 0;

  beforeEach(() => {
    n += 1;
  });

  it.each(badBodies(route, example))('%s → its declared error', async (_case, body) => {
    const response = await h.request(route.method, path, {
      key: key(),
      raw: body.raw,
      headers: {
        'Content-Type': body.type ?? 'application/json',
        ...(route.idempotency
          ? { 'Idempotency-Key': `sweep-${name}-${n}-${Math.random().toString(36).slice(2)}` }
          : {}),
      },
    });
    const answer = JSON.stringify(response.body);
    expect(() => ApiErrorBody.parse(response.body), answer).not.toThrow();
    expect(response.body.error.code, answer).toBe(body.code);
    expect(response.status, answer).toBe(statusOf(body.code));
    if (body.code === 'validation_failed') {
      const paths = (response.body.error.issues ?? []).map(
        (issue: { path: (string | number)[] }) => issue.path,
      );
      expect(paths.length, answer).toBeGreaterThan(0);
      for (const issuePath of paths) {
        if (body.at === 'root') expect(issuePath, answer).toEqual([]);
        else expect(body.at, answer).toContain(issuePath[0]);
      }
    } else {
      expect(response.body.error.issues, answer).toBeUndefined();
    }
    expect(answer).not.toMatch(/at .*\.(ts|js):\d+/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('what the sweep relies on', () => {
  it('covers every POST and PATCH route of the contract', () => {
    expect(writeRoutes.map(([name]) => name).sort()).toEqual(Object.keys(requestExamples).sort());
  });

  it('answers the exact codes for body-level faults', async () => {
    const post = (raw: string, type = 'application/json') =>
      h.request('POST', '/v1/needs', { raw, headers: { 'Content-Type': type } });
    expect((await post('{', 'application/json')).body.error.code).toBe('invalid_json');
    expect((await post('{}', 'text/plain')).status).toBe(415);
    expect((await post('{}', 'text/plain')).body.error.code).toBe('unsupported_media_type');
    const huge = await post(JSON.stringify({ title: 'x'.repeat(70_000) }));
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe('payload_too_large');
    const fields = await post(JSON.stringify({ kind: 'wish', extra: true }));
    expect(fields.status).toBe(400);
    expect(fields.body.error.code).toBe('validation_failed');
    expect(fields.body.error.issues).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: ['extra'], code: 'unknown_field' })]),
    );
  });
});
