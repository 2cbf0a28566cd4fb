import { describe, expect, it } from 'vitest';
import {
  en,
  ErrorCodes,
  fieldIssue,
  IssueCode,
  isRetryable,
  routes,
  statusOf,
  zhCN,
  zhHK,
  type ErrorCode,
  type Messages,
} from '../src/index.js';

const locales = [zhCN, zhHK, en];
/** Every issue's wording in a locale, resident and staff forms' alike. */
const allIssues = (messages: Messages): Partial<Record<IssueCode, string>> => ({
  ...messages.issues,
  ...messages.staffIssues,
});
const placeholders = (template: string) =>
  [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('locale maps', () => {
  it.each(locales)('$locale words every issue code and error code', (messages) => {
    for (const code of Object.values(IssueCode))
      expect(allIssues(messages)[code], code).toBeTruthy();
    for (const code of Object.keys(ErrorCodes))
      expect(messages.errors[code as ErrorCode], code).toBeTruthy();
  });

  it('each translation names the same facts as the zh-CN wording', () => {
    for (const messages of [zhHK, en]) {
      for (const [code, template] of Object.entries(allIssues(zhCN))) {
        expect(
          placeholders(allIssues(messages)[code as IssueCode] ?? ''),
          `${messages.locale} ${code}`,
        ).toEqual(placeholders(template));
      }
    }
  });

  it('zh-HK is written in traditional characters', () => {
    expect(zhHK.issues.id_number_checksum).toContain('號碼');
    expect(zhHK.errors.volunteer_exists).not.toEqual(zhCN.errors.volunteer_exists);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fieldIssue(['title'], 'too_long', { maximum: 60 }).message).toBe('不能超过 60 个字');
    expect(fieldIssue(['title'], 'too_long', undefined, en).message).toBe(
      'Use at most {maximum} characters',
    );
  });
});

describe('error code table', () => {
  it('maps each code to the status SPEC §5 gives it', () => {
    expect(statusOf('validation_failed')).toBe(400);
    expect(statusOf('invalid_api_key')).toBe(401);
    expect(statusOf('origin_not_allowed')).toBe(403);
    expect(statusOf('secret_key_in_browser')).toBe(403);
    expect(statusOf('not_found')).toBe(404);
    for (const code of [
      'need_already_claimed',
      'already_responded',
      'volunteer_exists',
      'fund_uses_platform',
    ] as const) {
      expect(statusOf(code)).toBe(409);
    }
    expect(statusOf('payload_too_large')).toBe(413);
    expect(statusOf('unsupported_media_type')).toBe(415);
    expect(statusOf('idempotency_key_reused')).toBe(422);
    expect(statusOf('rate_limited')).toBe(429);
    expect(statusOf('internal_error')).toBe(500);
  });

  it('marks as retryable only what may be sent again unchanged', () => {
    const retryable = Object.keys(ErrorCodes).filter((code) => isRetryable(code as ErrorCode));
    expect(retryable.sort()).toEqual(
      ['idempotency_in_progress', 'internal_error', 'rate_limited', 'service_unavailable'].sort(),
    );
  });

  it('uses only real HTTP error statuses', () => {
    for (const { status } of Object.values(ErrorCodes)) {
      expect(status).toBeGreaterThanOrEqual(400);
      expect(status).toBeLessThan(600);
    }
  });
});

describe('route table', () => {
  const list = Object.entries(routes);

  it('has each method and path once', () => {
    const keys = list.map(([, route]) => `${route.method} ${route.path}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('covers every endpoint of SPEC §5', () => {
    const keys = new Set(list.map(([, route]) => `${route.method} ${route.path}`));
    for (const key of [
      'GET /v1/divisions',
      'GET /v1/organizations',
      'GET /v1/needs',
      'GET /v1/needs/{id}',
      'POST /v1/needs',
      'POST /v1/needs/{id}/claims',
      'PATCH /v1/needs/{id}',
      'GET /v1/activities',
      'POST /v1/activities/{id}/signups',
      'POST /v1/volunteers',
      'POST /v1/service-records',
      'GET /v1/volunteers/{id}/hours',
      'GET /v1/funds',
      'GET /v1/funds/{id}',
      'GET /v1/funds/{id}/donations',
      'POST /v1/donations',
      'POST /v1/donations/{id}/confirm',
      'GET /v1/surveys/{id}',
      'POST /v1/surveys/{id}/responses',
      'GET /v1/surveys/{id}/results',
      'GET /v1/events',
    ]) {
      expect(keys, key).toContain(key);
    }
  });

  it('names only errors of the table', () => {
    for (const [, route] of list)
      for (const code of route.errors) expect(ErrorCodes).toHaveProperty(code);
  });

  it('has path parameters exactly where the path has placeholders', () => {
    for (const [name, route] of list) {
      const names = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      const params = 'params' in route ? Object.keys(route.params.def.shape) : [];
      expect(params, name).toEqual(names);
    }
  });

  it('lets every creating POST carry an idempotency key, and requires it for donations', () => {
    for (const [name, route] of list) {
      if (route.method === 'POST' && route.status === 201)
        expect('idempotency' in route, name).toBe(true);
    }
    expect(routes.createDonation.idempotency).toBe('required');
  });
});
