import { beforeEach, describe, expect, it } from 'vitest';
import { ApiErrorBody, routes, validate, type RouteDefinition } from '@wushe/schema';
import { requestExamples } from '@wushe/schema/examples';
import { useHarness } from './harness.js';

/**
 * The malformed-input sweep: every POST and PATCH route of the contract gets a generated set of
 * bad bodies (wrong types, missing and extra fields, huge strings, deep nesting, `__proto__` keys,
 * invalid JSON, wrong content types). Each must be a 4xx with the error shape — never a 5xx.
 */
const h = useHarness({}, { reset: 'once' });

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

/** Named bad bodies for one route: raw text plus an optional content type. */
function badBodies(
  route: RouteDefinition,
  example: Example,
): [string, { raw: string; type?: string }][] {
  const json = (value: unknown) => ({ raw: JSON.stringify(value) });
  const cases: [string, { raw: string; type?: string }][] = [
    ['invalid JSON', { raw: '{"title": ' }],
    ['an empty body', { raw: '' }],
    ['null', json(null)],
    ['an array', json([example])],
    ['a number', json(42)],
    ['a string', json('body')],
    ['text/plain', { raw: JSON.stringify(example), type: 'text/plain' }],
    ['form encoding', { raw: 'title=x', type: 'application/x-www-form-urlencoded' }],
    ['an extra field', json({ ...example, unexpected: 1 })],
    [
      'a __proto__ key',
      { raw: JSON.stringify(example).replace('{', '{"__proto__":{"polluted":true},') },
    ],
    ['a constructor key', json({ ...example, constructor: { prototype: { polluted: true } } })],
    ['deep nesting (5,000 levels)', { raw: nestedRaw(example, 5_000) }],
    ['deep nesting (30,000 levels, within the size limit)', { raw: nestedRaw(example, 30_000) }],
    [
      'a string over the body limit',
      json({ ...example, [Object.keys(example)[0]!]: 'x'.repeat(70_000) }),
    ],
    [
      'a long string within the limit',
      json(Object.fromEntries(Object.keys(example).map((k) => [k, '长'.repeat(5_000)]))),
    ],
    [
      'a NUL character',
      json(
        Object.fromEntries(
          Object.entries(example).map(([k, v]) => [k, typeof v === 'string' ? `a\u0000b` : v]),
        ),
      ),
    ],
  ];
  for (const [key, value] of Object.entries(example)) {
    const missing = Object.fromEntries(Object.entries(example).filter(([name]) => name !== key));
    cases.push([`without ${key}`, json(missing)]);
    cases.push([`${key} of the wrong type`, json({ ...example, [key]: wrongTypeOf(value) })]);
    cases.push([`${key} as null`, json({ ...example, [key]: null })]);
  }
  // A body the contract accepts (an optional field left out) is not malformed: keep only the rest.
  return cases.filter(([, body]) => {
    if (body.type) return true;
    try {
      return !validate(route.body as Parameters<typeof validate>[0], JSON.parse(body.raw)).success;
    } catch {
      return true;
    }
  });
}

describe.each(writeRoutes)('%s: malformed bodies', (name, route) => {
  const example = requestExamples[name as keyof typeof requestExamples] as unknown as Example;
  const path = route.path.replace('{id}', PLACEHOLDER_IDS[route.path] ?? 'x');
  const key = () => (route.auth === 'publishable' ? h.keys.pk : h.keys.sk);
  let n = 0;

  beforeEach(() => {
    n += 1;
  });

  it.each(badBodies(route, example))('%s → 4xx with the error shape', async (_case, body) => {
    const response = await h.request(route.method, path, {
      key: key(),
      raw: body.raw,
      headers: {
        'Content-Type': body.type ?? 'application/json',
        'Idempotency-Key': `sweep-${name}-${n}-${Math.random().toString(36).slice(2)}`,
      },
    });
    expect(response.status, JSON.stringify(response.body)).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(() => ApiErrorBody.parse(response.body)).not.toThrow();
    expect(JSON.stringify(response.body)).not.toMatch(/at .*\.(ts|js):\d+/);
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
