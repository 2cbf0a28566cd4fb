import { randomInt } from 'node:crypto';
import type { Executor } from '../../db/database.js';
import { violatedUniqueConstraint } from '../../db/errors.js';

/** The unique constraint on `volunteers.code`, as drizzle-kit named it in the migration. */
export const VOLUNTEER_CODE_CONSTRAINT = 'volunteers_code_unique';

/** Draws the number of a volunteer code for the given attempt (0, 1, …); tests pass their own. */
export type DrawCodeNumber = (attempt: number) => number;

const MAX_ATTEMPTS = 8;
const SHORT_ATTEMPTS = 4;

/**
 * Six random digits, short enough to read out on the phone; a district so crowded that four
 * draws in a row collide gets eight digits instead of failing. Random rather than sequential,
 * so concurrent registrations rarely contend and a code does not reveal how many people joined.
 */
export const drawCodeNumber: DrawCodeNumber = (attempt) =>
  randomInt(1, attempt < SHORT_ATTEMPTS ? 1_000_000 : 100_000_000);

/** `PY-000123`: the district's prefix and a number of at least six digits. */
export function formatVolunteerCode(prefix: string, number: number): string {
  return `${prefix}-${String(number).padStart(6, '0')}`;
}

/**
 * Runs `insert` with a fresh volunteer code, drawing another when the code is taken. Each attempt
 * runs in a savepoint: on PostgreSQL a failed statement aborts the whole transaction, and only
 * rolling back to a savepoint lets the registration try again. Any other error (the same mobile
 * registered twice, say) is the caller's to map.
 */
export async function withFreshVolunteerCode<T>(
  tx: Executor,
  prefix: string,
  insert: (savepoint: Executor, code: string) => Promise<T>,
  draw: DrawCodeNumber = drawCodeNumber,
): Promise<T> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const code = formatVolunteerCode(prefix, draw(attempt));
    try {
      return await tx.transaction((savepoint) => insert(savepoint, code));
    } catch (error) {
      if (violatedUniqueConstraint(error) !== VOLUNTEER_CODE_CONSTRAINT) throw error;
    }
  }
  throw new Error(`No free volunteer code with prefix ${prefix} after ${MAX_ATTEMPTS} draws`);
}
