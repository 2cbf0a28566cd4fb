import { describe, expect, it } from 'vitest';
import { requestExamples } from '@wushe/schema/examples';
import { idempotencyKeys } from '../src/db/tables/index.js';
import { requestHash } from '../src/http/idempotency.js';
import { createHarness, useHarness } from './harness.js';

const h = useHarness({ rateLimit: { burst: 3, perMinute: 6 } });

const need = requestExamples.createNeed;

describe('methods', () => {
  it('405 method_not_allowed with Allow for a real path and the wrong method', async () => {
    const response = await h.request('DELETE', '/v1/needs');
    expect(response.status).toBe(405);
    expect(response.body.error.code).toBe('method_not_allowed');
    expect(response.headers.get('Allow')).toBe('GET, POST');
    const patch = await h.request('PUT', '/v1/needs/need_0000000000000000');
    expect(patch.headers.get('Allow')).toBe('GET, PATCH');
  });
});

describe('an unreachable database', () => {
  it('is a retryable 503 service_unavailable, not a 500', async () => {
    const broken = await createHarness({ logError: () => undefined });
    broken.app.get('/v1/broken', () => {
      throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
        code: 'ECONNREFUSED',
      });
    });
    const response = await broken.request('GET', '/v1/broken');
    await broken.close();
    expect(response.status).toBe(503);
    expect(response.body.error.code).toBe('service_unavailable');
    expect(response.headers.get('Retry-After')).toBe('5');
    expect(JSON.stringify(response.body)).not.toContain('ECONNREFUSED');
  });
});

describe('rate limits on resident writes', () => {
  it('429 rate_limited with Retry-After once the burst is spent, per key and client', async () => {
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 5; i++) {
      const response = await h.request('POST', '/v1/needs', {
        body: { ...need, title: `第${i}个需求标题` },
      });
      statuses.push(response.status);
      if (response.status === 429) {
        retryAfter = response.headers.get('Retry-After');
        expect(response.body.error.code).toBe('rate_limited');
      }
    }
    expect(statuses.slice(0, 3)).toEqual([201, 201, 201]);
    expect(statuses.slice(3)).toEqual([429, 429]);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    // Another district's key has its own bucket; reads are never limited.
    expect((await h.request('GET', '/v1/needs')).status).toBe(200);
    const other = await h.request('POST', '/v1/needs', {
      key: h.keys.otherPk,
      body: { ...need, communityId: '310105002001' },
    });
    expect(other.status).toBe(201);
  });

  it('does not limit staff (secret-key) writes', async () => {
    for (let i = 0; i < 5; i++) {
      const response = await h.request('POST', '/v1/service-records', { key: h.keys.sk, body: {} });
      expect(response.status).toBe(400);
    }
  });
});

describe('idempotency', () => {
  it('replays the first response for the same key and body, and creates one record', async () => {
    const headers = { 'Idempotency-Key': 'need-attempt-0001' };
    const first = await h.request('POST', '/v1/needs', { body: need, headers });
    const second = await h.request('POST', '/v1/needs', { body: need, headers });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
    expect(second.headers.get('Idempotent-Replayed')).toBe('true');
    expect(first.headers.get('Idempotent-Replayed')).toBeNull();
    const rows = await h.db.query.needs.findMany();
    expect(rows).toHaveLength(1);
  });

  it('422 idempotency_key_reused for the same key with another body', async () => {
    const headers = { 'Idempotency-Key': 'need-attempt-0002' };
    await h.request('POST', '/v1/needs', { body: need, headers });
    const other = await h.request('POST', '/v1/needs', {
      body: { ...need, title: '另一个需求的标题' },
      headers,
    });
    expect(other.status).toBe(422);
    expect(other.body.error.code).toBe('idempotency_key_reused');
  });

  it('scopes keys to the API key that sent them', async () => {
    const headers = { 'Idempotency-Key': 'shared-key-0003' };
    const mine = await h.request('POST', '/v1/needs', { body: need, headers });
    const theirs = await h.request('POST', '/v1/needs', {
      key: h.keys.otherPk,
      body: { ...need, communityId: '310105002001' },
      headers,
    });
    expect(theirs.status).toBe(201);
    expect(theirs.body.id).not.toBe(mine.body.id);
  });

  it('409 idempotency_in_progress for a key whose first request left no answer', async () => {
    // Concurrent requests never see this (they wait for the first to commit); a row without an
    // answer could only be left by a writer that failed between insert and answer. It must not be
    // replayed as an empty success: the client is told to retry, which the SDK does.
    const [key] = await h.db.query.apiKeys.findMany({
      where: (keys, { and, eq }) =>
        and(eq(keys.kind, 'publishable'), eq(keys.districtCode, '440113')),
    });
    await h.db.insert(idempotencyKeys).values({
      apiKeyId: key!.id,
      key: 'half-written-0001',
      requestHash: requestHash('POST', '/v1/needs', JSON.stringify(need)),
      responseStatus: 0,
      responseBody: {},
    });
    const response = await h.request('POST', '/v1/needs', {
      body: need,
      headers: { 'Idempotency-Key': 'half-written-0001' },
    });
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe('idempotency_in_progress');
  });

  it('refuses a malformed key, and a key on a read (only writes take one)', async () => {
    const short = await h.request('POST', '/v1/needs', {
      body: need,
      headers: { 'Idempotency-Key': 'abc' },
    });
    expect(short.status).toBe(400);
    expect(short.body.error.issues[0].path).toEqual(['Idempotency-Key']);
    const onRead = await h.request('GET', '/v1/needs', {
      headers: { 'Idempotency-Key': 'read-key-0001' },
    });
    expect(onRead.status).toBe(400);
    expect(onRead.body.error.issues[0].path).toEqual(['Idempotency-Key']);
  });
});
