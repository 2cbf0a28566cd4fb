import { expect } from 'vitest';
import { seedDemo } from '../src/seed/demo.js';
import type { Harness } from './harness.js';

/** Fixtures shared by the demo seed tests (seed-data.test.ts, seed-api.test.ts). */

/** Seeds the demo into the database `useHarness` has just reset: the state every test starts from. */
export async function seedDemoFixture(h: Harness) {
  expect(await seedDemo(h.db)).toBe(true);
}

export const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
