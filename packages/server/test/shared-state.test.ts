import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import pg from 'pg';
import { createApp } from '../src/app.js';
import { openDatabase, queryRows } from '../src/db/database.js';
import { truncateAll } from '../src/db/reset.js';
import { apiKeys, districts, rateLimitBuckets } from '../src/db/tables/index.js';
import { RateLimiter } from '../src/http/rate-limit.js';
import { deriveSecrets } from '../src/services/secrets.js';
import { issueKey } from '../src/services/keys.js';
import { openTestDatabase, type TestDatabase } from '../src/testing/database.js';

// What several server processes on one database share, with two limiters or two apps on one
// database standing in for two processes (the three-process test runs them for real).
let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase({
    engine: process.env.WUSHE_TEST_DB === 'postgres' ? 'postgres' : 'pglite',
  });
});
afterAll(() => database.close());
beforeEach(() => truncateAll(database.handle.db));

const at = (seconds: number) => new Date(Date.UTC(2026, 11, 6, 9, 0, seconds));

describe('the rate limit in the database', () => {
  it('gives a burst, then one token per refill interval, with the seconds to wait', async () => {
    const limiter = new RateLimiter(database.handle.db, { burst: 3, perMinute: 6 });
    const waits = [];
    for (let i = 0; i < 5; i++) waits.push(await limiter.take('pk|203.0.113.7', at(0)));
    expect(waits).toEqual([0, 0, 0, 10, 10]);
    expect(await limiter.take('pk|203.0.113.7', at(4))).toBe(6);
    expect(await limiter.take('pk|203.0.113.7', at(10))).toBe(0);
    expect(await limiter.take('pk|203.0.113.7', at(10))).toBe(10);
    // Another client has a bucket of its own.
    expect(await limiter.take('pk|198.51.100.2', at(10))).toBe(0);
    limiter.close();
  });

  it('is one limit for two processes, counted one by one under concurrency', async () => {
    const limits = { burst: 20, perMinute: 60 };
    const first = new RateLimiter(database.handle.db, limits);
    const second = new RateLimiter(database.handle.db, limits);
    const waits = await Promise.all(
      Array.from({ length: 36 }, (_, i) => (i % 2 ? first : second).take('pk|client', at(0))),
    );
    expect(waits.filter((wait) => wait === 0)).toHaveLength(20);
    expect(waits.filter((wait) => wait > 0)).toHaveLength(16);
    first.close();
    second.close();
  });

  it('sweeps only buckets idle long enough to be full again', async () => {
    const limiter = new RateLimiter(database.handle.db, { burst: 10, perMinute: 60 });
    await limiter.take('idle', at(0));
    await limiter.take('recent', at(5));
    await limiter.sweep(at(12));
    const left = await database.handle.db.select().from(rateLimitBuckets);
    expect(left.map((bucket) => bucket.key)).toEqual(['recent']);
    limiter.close();
  });

  it('touches nothing when off', async () => {
    const limiter = new RateLimiter(database.handle.db, false);
    for (let i = 0; i < 3; i++) expect(await limiter.take('pk|client')).toBe(0);
    expect(await database.handle.db.select().from(rateLimitBuckets)).toEqual([]);
  });

  it('is an UNLOGGED table: taking a token writes no write-ahead log', async () => {
    const [table] = await queryRows<{ persistence: string }>(
      database.handle.db,
      sql`select relpersistence as persistence from pg_class where relname = 'rate_limit_buckets'`,
    );
    expect(table?.persistence).toBe('u');
  });
});

describe('API keys cached by each process', () => {
  it('stop working in every process at once when one revokes them', async () => {
    const db = database.handle.db;
    await db
      .insert(districts)
      .values({ code: '440113', name: '番禺区', volunteerCodePrefix: 'PY' });
    const secrets = deriveSecrets('test-master-secret');
    const [one, two] = [1, 2].map(() => createApp({ database: database.handle, secrets }));
    const secret = await issueKey(db, { districtCode: '440113', kind: 'secret' });
    const read = (app: typeof one) =>
      app!.request('/v1/funds', { headers: { Authorization: `Bearer ${secret.key}` } });
    // Both processes have the key in their caches.
    expect((await read(one)).status).toBe(200);
    expect((await read(two)).status).toBe(200);
    await db.update(apiKeys).set({ revokedAt: new Date() }).where(eq(apiKeys.id, secret.id));
    // The announcement arrives after the revocation commits: within a moment, not 30 seconds.
    for (const app of [one, two]) {
      await expect.poll(async () => (await read(app)).status, { timeout: 3_000 }).toBe(401);
    }
    await Promise.all([one!.close(), two!.close()]);
  });
});

describe.skipIf(process.env.WUSHE_TEST_DB !== 'postgres')(
  'processes starting at once on a new PostgreSQL database (PostgreSQL lane only)',
  () => {
    it('migrate one after another: all three open it, the migrations applied once', async () => {
      const admin = process.env.WUSHE_TEST_DATABASE_URL!;
      const name = `wushe_test_start_${randomBytes(6).toString('hex')}`;
      const run = async (statement: string) => {
        const client = new pg.Client({ connectionString: admin });
        await client.connect();
        await client.query(statement).finally(() => client.end());
      };
      await run(`create database ${name}`);
      const url = new URL(admin);
      url.pathname = `/${name}`;
      try {
        const handles = await Promise.all(
          [1, 2, 3].map(() => openDatabase({ url: url.toString(), poolSize: 2 })),
        );
        const [applied] = await queryRows<{ n: number }>(
          handles[0]!.db,
          sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
        );
        const journal = await import('../drizzle/meta/_journal.json', { with: { type: 'json' } });
        expect(applied?.n).toBe(journal.default.entries.length);
        await Promise.all(handles.map((handle) => handle.close()));
      } finally {
        await run(`drop database if exists ${name} with (force)`);
      }
    });
  },
);
