import { afterAll, beforeAll, beforeEach } from 'vitest';
import { communities, districts, streets } from '../src/db/tables/index.js';
import type { DatabaseHandle } from '../src/db/database.js';
import { openTestDatabase } from '../src/testing/database.js';
import { truncateAll } from '../src/db/reset.js';
import { createApp, type AppOptions } from '../src/app.js';
import { deriveSecrets } from '../src/services/secrets.js';
import { issueKey } from '../src/services/keys.js';

/** The portal the fixture's publishable key is bound to. */
export const PORTAL_ORIGIN = 'https://portal.panyu.example.gov.cn';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read bodies freely
export interface TestResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export interface RequestOptions {
  key?: string | null;
  body?: unknown;
  /** A raw body string, sent as it is (malformed-input tests). */
  raw?: string;
  headers?: Record<string, string>;
}

/**
 * One database per test file (PGlite in memory; with `WUSHE_TEST_DB=postgres`, a fresh database
 * on the server at `WUSHE_TEST_DATABASE_URL`, so parallel files never share tables), and `reset()`
 * before each test: empty tables plus a fixture of two districts with their keys.
 */
export async function createHarness(options: Partial<AppOptions> = {}) {
  const opened = await openTestDatabase({
    engine: process.env.WUSHE_TEST_DB === 'postgres' ? 'postgres' : 'pglite',
    poolSize: 20,
  });
  const database: DatabaseHandle = opened.handle;
  const secrets = deriveSecrets('test-master-secret');
  const app = createApp({
    database,
    secrets,
    checkResponses: true,
    logError: (error) => {
      throw error;
    },
    rateLimit: { burst: 10_000, perMinute: 60_000 },
    ...options,
  });
  const keys = { pk: '', sk: '', otherPk: '', otherSk: '' };

  async function reset() {
    await truncateAll(database.db);
    app.deps.keys.clear();
    const db = database.db;
    await db.insert(districts).values([
      {
        code: '440113',
        name: '番禺区',
        volunteerCodePrefix: 'PY',
        offlineAccount: {
          accountName: '广州市番禺区慈善会',
          bankName: '中国工商银行广州番禺支行',
          accountNumber: '3602 0000 0000 0000 000',
        },
      },
      { code: '310105', name: '长宁区', volunteerCodePrefix: 'CN', offlineAccount: null },
    ]);
    await db.insert(streets).values([
      { code: '440113104', districtCode: '440113', name: '南村镇' },
      { code: '440113001', districtCode: '440113', name: '市桥街道' },
      { code: '310105002', districtCode: '310105', name: '新华路街道' },
    ]);
    await db.insert(communities).values([
      {
        code: '440113104001',
        streetCode: '440113104',
        districtCode: '440113',
        name: '锦绣香江社区',
      },
      { code: '440113104002', streetCode: '440113104', districtCode: '440113', name: '南村村' },
      { code: '440113001001', streetCode: '440113001', districtCode: '440113', name: '先锋社区' },
      {
        code: '310105002001',
        streetCode: '310105002',
        districtCode: '310105',
        name: '番禺路居委会',
      },
    ]);
    keys.pk = (
      await issueKey(db, {
        districtCode: '440113',
        kind: 'publishable',
        allowedOrigins: [PORTAL_ORIGIN, 'http://localhost:*'],
      })
    ).key;
    keys.sk = (await issueKey(db, { districtCode: '440113', kind: 'secret' })).key;
    keys.otherPk = (
      await issueKey(db, {
        districtCode: '310105',
        kind: 'publishable',
        allowedOrigins: ['https://www.changning.example.gov.cn'],
      })
    ).key;
    keys.otherSk = (await issueKey(db, { districtCode: '310105', kind: 'secret' })).key;
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
  async function request<T = any>(
    method: string,
    path: string,
    init: RequestOptions = {},
  ): Promise<TestResponse<T>> {
    const headers: Record<string, string> = { ...init.headers };
    const key = init.key === undefined ? keys.pk : init.key;
    if (key) headers.Authorization = `Bearer ${key}`;
    let body: string | undefined;
    if (init.raw !== undefined) body = init.raw;
    else if (init.body !== undefined) body = JSON.stringify(init.body);
    if (
      body !== undefined &&
      !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')
    ) {
      headers['Content-Type'] = 'application/json';
    }
    const response = await app.request(path, {
      method,
      headers,
      ...(body !== undefined ? { body } : {}),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body: parsed as T, headers: response.headers };
  }

  async function close() {
    await app.close();
    await opened.close();
  }

  return {
    app,
    database,
    db: database.db,
    secrets,
    keys,
    request,
    reset,
    close,
    kind: database.kind,
    /** The PostgreSQL URL of this file's database (undefined on PGlite). */
    url: opened.url,
  };
}

export type Harness = Awaited<ReturnType<typeof createHarness>>;

export interface UseHarnessOptions {
  /** `each` (the default): `reset()` before every test; `once`: a single `reset()` after opening. */
  reset?: 'each' | 'once';
}

/**
 * The lifecycle every test file repeats: opens a harness before the file's tests (`createHarness`
 * with `options`), closes it after them, and resets it before each test (or once, with
 * `{ reset: 'once' }`). Call it at the top of a test file, before registering other hooks, so the
 * reset runs before them.
 *
 * Returns a stand-in for the harness that forwards every property to the one opened for the file,
 * so tests and fixtures use it as a `Harness` (`h.request(…)`, `h.db`, `h.keys.pk`, `insertFund(h)`)
 * from within hooks and tests; reading it at module scope, before the harness opens, throws.
 */
export function useHarness(
  options: Partial<AppOptions> = {},
  { reset = 'each' }: UseHarnessOptions = {},
): Harness {
  let current: Harness | undefined;
  beforeAll(async () => {
    current = await createHarness(options);
    if (reset === 'once') await current.reset();
  });
  afterAll(() => current?.close());
  if (reset === 'each') beforeEach(() => current!.reset());
  return new Proxy({} as Harness, {
    get(_target, property) {
      if (!current) {
        throw new Error(`harness.${String(property)} read before the harness opened (beforeAll)`);
      }
      const value: unknown = Reflect.get(current, property);
      return value;
    },
  });
}

/** A consent as a widget sends it. */
export const CONSENT = { policyVersion: '2026-01', agreed: true } as const;
