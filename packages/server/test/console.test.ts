import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONSOLE_CSP } from '../src/http/console.js';
import { useHarness } from './harness.js';
import { useNeedHelpers } from './needs-fixtures.js';
import { insertStaff, signInAs } from './staff-fixtures.js';

/** A built console's shape: its page and one hashed asset. */
const consoleDir = mkdtempSync(join(tmpdir(), 'wushe-console-'));
mkdirSync(join(consoleDir, 'assets'));
writeFileSync(join(consoleDir, 'index.html'), '<!doctype html><title>console</title>');
writeFileSync(join(consoleDir, 'assets', 'index-abc123.js'), 'export {};');

const h = useHarness({ consoleDir });
const { postNeed } = useNeedHelpers(h);

describe('the console at /console/', () => {
  it('serves its page under a strict CSP, and its assets for good', async () => {
    const page = await h.request('GET', '/console/', { key: null });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('content-security-policy')).toBe(CONSOLE_CSP);
    expect(CONSOLE_CSP).toContain("script-src 'self'");
    expect(CONSOLE_CSP).not.toContain('unsafe');
    const asset = await h.request('GET', '/console/assets/index-abc123.js', { key: null });
    expect(asset.headers.get('content-type')).toContain('text/javascript');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    const zipped = await h.request('GET', '/console/', {
      key: null,
      headers: { 'Accept-Encoding': 'gzip' },
    });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
  });

  it('answers a screen path with its page, a missing file with 404, and never leaves its folder', async () => {
    expect((await h.request('GET', '/console/review', { key: null })).status).toBe(200);
    expect((await h.request('GET', '/console/assets/gone.js', { key: null })).status).toBe(404);
    const escape = await h.request('GET', '/console/..%2f..%2fpackage.json', { key: null });
    expect(escape.status).toBe(404);
    const bare = await h.request('GET', '/console', { key: null });
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe('/console/');
  });
});

describe('a staff session on a public read', () => {
  it('lists the needs under review, by token or by the console cookie, without their contact', async () => {
    const id = await postNeed();
    const worker = await insertStaff(h, {
      login: 'jinxiu.worker',
      roles: [{ role: 'community_staff', scope: '440113104001' }],
    });
    const token = await signInAs(h, worker, new Date());
    const byToken = await h.request('GET', '/v1/needs?status=pending_review', { key: token });
    expect(byToken.status).toBe(200);
    expect(byToken.body.data.map((need: { id: string }) => need.id)).toContain(id);
    const byCookie = await h.request('GET', '/v1/needs?status=pending_review', {
      key: null,
      headers: { Cookie: `wushe_staff=${token}` },
    });
    expect(byCookie.body.data.map((need: { id: string }) => need.id)).toContain(id);
    const one = await h.request('GET', `/v1/needs/${id}`, { key: token });
    expect(one.status).toBe(200);
    expect(one.body.contact).toBeUndefined();
    // The public still finds nothing under review.
    const resident = await h.request('GET', '/v1/needs?status=pending_review');
    expect(resident.body.data).toEqual([]);
  });

  it('refuses a made-up staff token', async () => {
    const made = await h.request('GET', '/v1/needs', { key: 'st_madeup' });
    expect(made.status).toBe(401);
  });
});
