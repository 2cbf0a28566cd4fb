import { timestamp } from 'drizzle-orm/pg-core';

/** A timestamp column with its time zone: every time is stored as an instant, shown as ISO UTC. */
export const at = (name: string) => timestamp(name, { withTimezone: true });
