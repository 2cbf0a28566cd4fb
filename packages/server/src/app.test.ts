import { describe, expect, it } from 'vitest';
import { ApiErrorBody } from '@wushe/schema';
import { createApp } from './app.js';

const app = createApp({ logError: () => undefined });

describe('service routes', () => {
  it('answers /healthz', async () => {
    const response = await app.request('/healthz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });

  it('serves the OpenAPI document generated from the schemas', async () => {
    const response = await app.request('/v1/openapi.json');
    expect(response.status).toBe(200);
    const document = (await response.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toBe('3.1.0');
    expect(document.paths).toHaveProperty('/v1/donations');
  });

  it('puts a request id on every response', async () => {
    const [a, b] = await Promise.all([app.request('/healthz'), app.request('/nowhere')]);
    expect(a.headers.get('X-Request-Id')).toMatch(/^req_\w{20}$/);
    expect(b.headers.get('X-Request-Id')).not.toBe(a.headers.get('X-Request-Id'));
  });
});

describe('errors', () => {
  it('answers an unknown path with the error shape, in zh-CN by default', async () => {
    const response = await app.request('/v1/nowhere');
    expect(response.status).toBe(404);
    const body = ApiErrorBody.parse(await response.json());
    expect(body.error).toMatchObject({ code: 'not_found', message: '未找到' });
    expect(body.error.requestId).toBe(response.headers.get('X-Request-Id'));
  });

  it('follows Accept-Language', async () => {
    const response = await app.request('/v1/nowhere', {
      headers: { 'Accept-Language': 'en-GB,en;q=0.9' },
    });
    expect(((await response.json()) as ApiErrorBody).error.message).toBe('Not found');
  });

  it('never leaks a stack trace from an unexpected error', async () => {
    const logged: unknown[] = [];
    const failing = createApp({ logError: (error) => logged.push(error) });
    failing.get('/boom', () => {
      throw new Error('secret database detail');
    });
    const response = await failing.request('/boom');
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toContain('secret database detail');
    expect(JSON.parse(text)).toMatchObject({ error: { code: 'internal_error' } });
    expect(logged).toHaveLength(1);
  });
});
