import type { Context } from 'hono';
import { and, eq, isNull } from 'drizzle-orm';
import type { RouteAuth } from '@wushe/schema';
import type { Database, DatabaseHandle } from '../db/database.js';
import { apiKeys } from '../db/tables/index.js';
import type { Auth } from '../services/context.js';
import { sha256 } from '../services/secrets.js';
import { ApiError } from './errors.js';

export type { Auth };

interface KeyRecord {
  readonly districtCode: string;
  readonly apiKeyId: string;
  readonly kind: 'publishable' | 'secret';
  readonly allowedOrigins: readonly string[];
}

/**
 * Keys are looked up by hash and cached briefly. Every change to `api_keys` is announced on this
 * channel (a trigger, see the migration `processes_share_state`), and every process forgets its
 * cache when it hears it: a key revoked through any process, or the CLI, stops working at once.
 * Were the announcement lost (the listening connection down), the cache still ends after this time.
 */
const KEY_CACHE_MS = 30_000;
export const KEYS_CHANGED_CHANNEL = 'wushe_api_keys';

/** True when `origin` is on the list: exactly, or by a loopback entry with any port (`http://localhost:*`). */
export function originAllowed(origin: string, allowed: readonly string[]): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  return allowed.some((entry) => {
    if (entry === origin) return true;
    if (!entry.endsWith(':*')) return false;
    const base = new URL(entry.slice(0, -2));
    return base.protocol === url.protocol && base.hostname === url.hostname;
  });
}

/**
 * Resolves API keys and answers the two browser questions: may this origin call us (preflight),
 * and may this key be used from this origin. Publishable keys are bound to origins; a secret key
 * sent with an `Origin` header was pasted into a web page and is refused loudly.
 */
export class KeyRing {
  private readonly cache = new Map<string, { record: KeyRecord | null; until: number }>();
  private origins: { list: string[]; until: number } = { list: [], until: 0 };
  /** Counts `clear()`s, so a lookup that was in flight across one does not cache what it read. */
  private generation = 0;
  /** False while `watch` sets its listener up. */
  private caching = true;

  constructor(private readonly db: Database) {}

  /** The caller of a request, or an ApiError: 401 without or with an unknown key, 403 for origin rules. */
  async authenticate(c: Context, required: RouteAuth): Promise<Auth> {
    const header = c.req.header('Authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new ApiError('authentication_required');
    const record = await this.lookup(match[1]!);
    if (!record) throw new ApiError('invalid_api_key');
    const origin = c.req.header('Origin');
    if (record.kind === 'secret' && origin !== undefined)
      throw new ApiError('secret_key_in_browser');
    if (record.kind === 'publishable') {
      if (origin !== undefined && !originAllowed(origin, record.allowedOrigins)) {
        throw new ApiError('origin_not_allowed');
      }
      if (required === 'secret' || required === 'secret_or_signature') {
        throw new ApiError('secret_key_required');
      }
    }
    return {
      districtCode: record.districtCode,
      apiKeyId: record.apiKeyId,
      kind: record.kind,
      via: 'key',
    };
  }

  /** Whether any publishable key allows this origin: what a preflight, which carries no key, can know. */
  async anyKeyAllows(origin: string): Promise<boolean> {
    if (Date.now() > this.origins.until) {
      const generation = this.generation;
      const rows = await this.db
        .select({ origins: apiKeys.allowedOrigins })
        .from(apiKeys)
        .where(and(eq(apiKeys.kind, 'publishable'), isNull(apiKeys.revokedAt)));
      const list = rows.flatMap((row) => row.origins);
      if (generation !== this.generation || !this.caching) return originAllowed(origin, list);
      this.origins = { list, until: Date.now() + KEY_CACHE_MS };
    }
    return originAllowed(origin, this.origins.list);
  }

  /** Forgets cached keys, after keys are created or revoked. */
  clear(): void {
    this.generation++;
    this.cache.clear();
    this.origins.until = 0;
  }

  /**
   * Forgets cached keys whenever any process (or the CLI) changes a key; resolves to a stop.
   * Nothing is cached until the listener is in place, so no change can slip between a lookup
   * and the first announcement heard; should listening fail, keys are cached for the TTL alone.
   */
  async watch(handle: Pick<DatabaseHandle, 'listen'>): Promise<() => Promise<void>> {
    this.caching = false;
    try {
      return await handle.listen(KEYS_CHANGED_CHANNEL, () => {
        this.clear();
      });
    } finally {
      this.clear();
      this.caching = true;
    }
  }

  private async lookup(key: string): Promise<KeyRecord | null> {
    const hash = sha256(key);
    const cached = this.cache.get(hash);
    if (cached && cached.until > Date.now()) return cached.record;
    const generation = this.generation;
    const [row] = await this.db
      .select()
      .from(apiKeys)
      .where(and(eq(apiKeys.keyHash, hash), isNull(apiKeys.revokedAt)))
      .limit(1);
    const record: KeyRecord | null = row
      ? {
          districtCode: row.districtCode,
          apiKeyId: row.id,
          kind: row.kind,
          allowedOrigins: row.allowedOrigins,
        }
      : null;
    if (generation !== this.generation || !this.caching) return record;
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(hash, { record, until: Date.now() + KEY_CACHE_MS });
    return record;
  }
}
