import type { RouteHandlers } from '../http/route.js';
import { eq } from 'drizzle-orm';
import { apiKeys } from '../db/tables/index.js';
import { DomainError } from '../services/errors.js';
import { districtKeys, issueKey, revokeKey, toApiKey } from '../services/keys.js';

/**
 * The district's API keys (SPEC §9), through the same service as the CLI's `keys` commands. A
 * created key is answered once and never again; a revoked one stops working at once on this
 * server (its key cache is cleared when the revocation commits).
 */
export const keyHandlers = {
  listKeys: async ({ tx, auth }) => ({ data: await districtKeys(tx, auth.districtCode) }),

  createKey: async (ctx) => {
    const { tx, auth, body, after, deps } = ctx;
    const issued = await issueKey(tx, {
      districtCode: auth.districtCode,
      kind: body.kind,
      mode: body.mode,
      allowedOrigins: body.origins,
      now: deps.now(),
    });
    const [row] = await tx.select().from(apiKeys).where(eq(apiKeys.id, issued.id));
    await ctx.audit('key.create', 'api_key', issued.id, { kind: body.kind, origins: body.origins });
    // A new publishable key's origins pass preflight at once.
    after.onCommit(() => {
      deps.keys.clear();
      return Promise.resolve();
    });
    return { ...toApiKey(row!), key: issued.key };
  },

  revokeKey: async (ctx) => {
    const { tx, auth, params, after, deps } = ctx;
    const revoked = await revokeKey(tx, params.id, deps.now(), auth.districtCode);
    if (!revoked) throw new DomainError('not_found');
    await ctx.audit('key.revoke', 'api_key', revoked.id, { kind: revoked.kind });
    after.onCommit(() => {
      deps.keys.clear();
      return Promise.resolve();
    });
    return revoked;
  },
} satisfies Partial<RouteHandlers>;
