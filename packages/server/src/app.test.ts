import { beforeEach, describe, expect, it } from 'vitest';
import { ApiErrorBody } from '@wushe/schema';
import { organizations } from './db/tables/index.js';
import { createHarness, PORTAL_ORIGIN, useHarness } from '../test/harness.js';

const h = useHarness();

describe('service routes', () => {
  it('answers /healthz without a key', async () => {
    const response = await h.request('GET', '/healthz', { key: null });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ ok: true });
  });

  it('serves the OpenAPI document generated from the schemas', async () => {
    const response = await h.request('GET', '/v1/openapi.json', { key: null });
    expect(response.status).toBe(200);
    expect(response.body.openapi).toBe('3.1.0');
    expect(response.body.paths).toHaveProperty('/v1/donations');
  });

  it('puts a distinct request id on every response, errors included', async () => {
    const [a, b] = await Promise.all([h.request('GET', '/healthz'), h.request('GET', '/nowhere')]);
    expect(a.headers.get('X-Request-Id')).toMatch(/^req_\w{20}$/);
    expect(b.headers.get('X-Request-Id')).not.toBe(a.headers.get('X-Request-Id'));
    expect(b.body.error.requestId).toBe(b.headers.get('X-Request-Id'));
  });
});

describe('errors', () => {
  it('answers an unknown path with the error shape, in zh-CN by default', async () => {
    const response = await h.request('GET', '/v1/nowhere');
    expect(response.status).toBe(404);
    const body = ApiErrorBody.parse(response.body);
    expect(body.error).toMatchObject({ code: 'not_found', message: '未找到' });
  });

  it('follows Accept-Language', async () => {
    const response = await h.request('GET', '/v1/nowhere', {
      headers: { 'Accept-Language': 'en-GB,en;q=0.9' },
    });
    expect(response.body.error.message).toBe('Not found');
  });

  it('never leaks a stack trace from an unexpected error', async () => {
    const logged: unknown[] = [];
    const failing = await createHarness({ logError: (error) => logged.push(error) });
    failing.app.get('/v1/boom', () => {
      throw new Error('secret database detail');
    });
    const response = await failing.request('GET', '/v1/boom');
    await failing.close();
    expect(response.status).toBe(500);
    expect(JSON.stringify(response.body)).not.toContain('secret database detail');
    expect(response.body).toMatchObject({ error: { code: 'internal_error' } });
    expect(logged).toHaveLength(1);
  });
});

describe('keys', () => {
  it('401 authentication_required without a key', async () => {
    const response = await h.request('GET', '/v1/divisions', { key: null });
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('authentication_required');
  });

  it('401 invalid_api_key for an unknown key', async () => {
    const response = await h.request('GET', '/v1/divisions', { key: 'pk_test_nope' });
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('invalid_api_key');
  });

  it('accepts a publishable key from an allowed origin, and from loopback on any port', async () => {
    for (const origin of [PORTAL_ORIGIN, 'http://localhost:5173', 'http://localhost:61234']) {
      const response = await h.request('GET', '/v1/divisions', { headers: { Origin: origin } });
      expect(response.status, origin).toBe(200);
    }
  });

  it('403 origin_not_allowed for a publishable key from another origin', async () => {
    for (const origin of ['https://evil.example.com', 'http://localhost.evil.com:80', 'null']) {
      const response = await h.request('GET', '/v1/divisions', { headers: { Origin: origin } });
      expect(response.status, origin).toBe(403);
      expect(response.body.error.code).toBe('origin_not_allowed');
    }
  });

  it('403 secret_key_in_browser for a secret key sent with an Origin', async () => {
    const response = await h.request('GET', '/v1/divisions', {
      key: h.keys.sk,
      headers: { Origin: PORTAL_ORIGIN },
    });
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('secret_key_in_browser');
  });

  it('stores only hashes of keys', async () => {
    const rows = await h.db.query.apiKeys.findMany();
    expect(rows.length).toBe(4);
    for (const row of rows) {
      expect(Object.values(row).join(' ')).not.toContain(h.keys.sk);
      expect(Object.values(row).join(' ')).not.toContain(h.keys.pk);
    }
  });
});

describe('CORS', () => {
  it('answers a preflight from an allowed origin, varying by Origin', async () => {
    const response = await h.app.request('/v1/needs', {
      method: 'OPTIONS',
      headers: { Origin: PORTAL_ORIGIN, 'Access-Control-Request-Method': 'POST' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe(PORTAL_ORIGIN);
    expect(response.headers.get('Access-Control-Allow-Headers')).toContain('Idempotency-Key');
    expect(response.headers.get('Vary')).toContain('Origin');
  });

  it('refuses a preflight from an origin no key allows', async () => {
    const response = await h.app.request('/v1/needs', {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example.com', 'Access-Control-Request-Method': 'POST' },
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });

  it('lets an allowed page read responses and the request id', async () => {
    const response = await h.request('GET', '/v1/divisions', {
      headers: { Origin: PORTAL_ORIGIN },
    });
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe(PORTAL_ORIGIN);
    expect(response.headers.get('Access-Control-Expose-Headers')).toContain('X-Request-Id');
    expect(response.headers.get('Vary')).toContain('Origin');
  });

  it('gives an unknown origin no CORS headers at all', async () => {
    const response = await h.request('GET', '/v1/divisions', {
      headers: { Origin: 'https://evil.example.com' },
    });
    expect(response.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });
});

describe('GET /v1/divisions', () => {
  it("returns the key's district tree", async () => {
    const response = await h.request('GET', '/v1/divisions');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      code: '440113',
      name: '番禺区',
      streets: [
        {
          code: '440113001',
          name: '市桥街道',
          communities: [{ code: '440113001001', name: '先锋社区' }],
        },
        {
          code: '440113104',
          name: '南村镇',
          communities: [{ name: '锦绣香江社区' }, { name: '南村村' }],
        },
      ],
    });
  });

  it("never shows another district's divisions", async () => {
    const response = await h.request('GET', '/v1/divisions', { key: h.keys.otherPk });
    expect(response.body.code).toBe('310105');
    expect(JSON.stringify(response.body)).not.toContain('南村镇');
  });
});

describe('GET /v1/organizations', () => {
  beforeEach(async () => {
    await h.db.insert(organizations).values([
      {
        id: 'org_0000000000000001',
        districtCode: '440113',
        name: '锦绣香江长者会',
        kind: 'community_social_org',
        category: 'service',
        registration: 'filed',
        communityCode: '440113104001',
        streetCode: '440113104',
      },
      {
        id: 'org_0000000000000002',
        districtCode: '440113',
        name: '锦绣香江诗词社',
        kind: 'community_social_org',
        category: 'culture',
        registration: 'filed',
        communityCode: '440113104001',
        streetCode: '440113104',
      },
      {
        id: 'org_0000000000000003',
        districtCode: '440113',
        name: '番禺区社会组织联合会',
        kind: 'charity_org',
        registration: 'registered',
        creditCode: '53100000500021676K',
        publicFundraising: true,
      },
      {
        id: 'org_0000000000000004',
        districtCode: '310105',
        name: '长宁区某社工机构',
        kind: 'social_work_agency',
        registration: 'registered',
        creditCode: '53100000500021676K',
      },
    ]);
  });

  it('filters by community, kind and category within the district', async () => {
    const all = await h.request('GET', '/v1/organizations');
    expect(all.body.data).toHaveLength(3);
    const culture = await h.request(
      'GET',
      '/v1/organizations?community=440113104001&category=culture',
    );
    expect(culture.body.data.map((org: { name: string }) => org.name)).toEqual(['锦绣香江诗词社']);
    const charities = await h.request('GET', '/v1/organizations?kind=charity_org');
    expect(charities.body.data[0]).toMatchObject({
      publicFundraising: true,
      creditCode: '53100000500021676K',
    });
  });

  it('pages with a cursor', async () => {
    const first = await h.request('GET', '/v1/organizations?limit=2');
    expect(first.body.data).toHaveLength(2);
    const second = await h.request(
      'GET',
      `/v1/organizations?limit=2&cursor=${first.body.nextCursor as string}`,
    );
    expect(second.body.data).toHaveLength(1);
    expect(second.body.nextCursor).toBeNull();
  });

  it('400 validation_failed for a bad filter, naming the field', async () => {
    const response = await h.request('GET', '/v1/organizations?category=sports&limit=0');
    expect(response.status).toBe(400);
    expect(
      response.body.error.issues.map((issue: { path: string[] }) => issue.path[0]).sort(),
    ).toEqual(['category', 'limit']);
  });

  it('400 for a forged cursor', async () => {
    const response = await h.request('GET', '/v1/organizations?cursor=bm9wZQ');
    expect(response.status).toBe(400);
    expect(response.body.error.issues[0].path).toEqual(['cursor']);
  });
});
