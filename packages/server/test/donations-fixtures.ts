import { eq } from 'drizzle-orm';
import { funds } from '../src/db/tables/index.js';
import type { Harness } from './harness.js';
import { idempotency } from './funds-fixtures.js';

/**
 * Helpers shared by the donation tests (donations-create, donations-confirm, sandbox), bound to
 * the file's harness. The rows they start from are in funds-fixtures.ts.
 */
export function donationHelpers(h: Harness) {
  const donate = (body: unknown, headers = idempotency(), key?: string) =>
    h.request('POST', '/v1/donations', { body, headers, ...(key ? { key } : {}) });

  async function fundRow(id: string) {
    const [row] = await h.db.select().from(funds).where(eq(funds.id, id));
    return row!;
  }

  return { donate, fundRow };
}
