import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../db/database.js';
import { needs } from '../../db/tables/index.js';

/** A closed need's contact is kept this long after its last change, then erased (SPEC §13). */
export const CONTACT_RETENTION_DAYS = 180;
const DAY_MS = 24 * 60 * 60 * 1000;
/** The statuses a need ends in. */
const CLOSED = ['fulfilled', 'closed', 'rejected'];

/**
 * Erases the requester's contact of every need closed (fulfilled, closed or rejected) for more
 * than 180 days; returns how many. A batch at a time, each one statement that takes its rows with
 * `FOR UPDATE SKIP LOCKED`: several server processes running the job at once share the work,
 * none waits on another and no need is counted twice.
 */
export async function eraseStaleNeedContacts(
  db: Executor,
  now: Date,
  batchSize = 500,
): Promise<number> {
  const cutoff = new Date(now.getTime() - CONTACT_RETENTION_DAYS * DAY_MS).toISOString();
  let erased = 0;
  for (;;) {
    const rows = await queryRows<{ id: string }>(
      db,
      sql`with due as (
          select id from ${needs}
          where status in (${sql.join(
            CLOSED.map((status) => sql`${status}`),
            sql`, `,
          )})
            and updated_at < ${cutoff}::timestamptz
            and contact_erased_at is null
          order by updated_at
          limit ${batchSize}
          for update skip locked
        )
        update ${needs} set contact_name = null, contact_mobile = null,
          contact_erased_at = ${now.toISOString()}::timestamptz
        from due where ${needs}.id = due.id
        returning ${needs}.id`,
    );
    erased += rows.length;
    if (rows.length < batchSize) return erased;
  }
}

/** How often each server process runs the job. */
export const CONTACT_RETENTION_EVERY_MS = 60 * 60 * 1000;

/** The first run after a start waits this long, so a burst of restarts does not run it each time. */
const FIRST_RUN_AFTER_MS = 60 * 1000;

/**
 * Runs `eraseStaleNeedContacts` a minute after start and then every hour in this process; returns
 * the stop. A failure is reported and the next run tries again.
 */
export function scheduleContactRetention(
  db: Executor,
  now: () => Date,
  report: (error: unknown) => void,
): () => void {
  const run = () => void eraseStaleNeedContacts(db, now()).catch(report);
  const first = setTimeout(run, FIRST_RUN_AFTER_MS);
  const timer = setInterval(run, CONTACT_RETENTION_EVERY_MS);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
