import type { Database } from '../db/database.js';

/** The documented demo keys, fixed so the demo portal and tests are reproducible (SPEC §5). */
export const DEMO_KEYS = {
  publishable: 'pk_test_wushe_demo_panyu_0000000000',
  secret: 'sk_test_wushe_demo_panyu_0000000000',
} as const;

/** Creates the demo district (番禺区 and 长宁区) with every kind of record. Idempotent. */
export async function seedDemo(_db: Database): Promise<void> {
  // Filled in by the demo-seed work.
}
