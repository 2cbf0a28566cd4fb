import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { LiveEvent, LiveEventType } from '@wushe/schema';
import type { Database, DatabaseHandle, Executor } from '../db/database.js';
import { events } from '../db/tables/index.js';

const CHANNEL = 'wushe_events';
/** How many missed events a reconnecting client is sent at most. */
const BACKLOG_LIMIT = 500;

export interface EventScope {
  readonly districtCode: string;
  readonly communityCode?: string | null;
  readonly streetCode?: string | null;
  readonly fundId?: string | null;
}

export interface EventFilter {
  readonly districtCode: string;
  readonly community?: string | undefined;
  readonly street?: string | undefined;
  readonly fund?: string | undefined;
}

type Row = typeof events.$inferSelect;
type Listener = {
  filter: EventFilter;
  lastId: number;
  send: (event: LiveEvent) => void;
  /** Called when the hub shuts down, so a stream can end and its connection close. */
  onClose: () => void;
  pending: Row[] | null;
};

function matches(filter: EventFilter, row: Row): boolean {
  if (row.districtCode !== filter.districtCode) return false;
  if (filter.community && row.communityCode !== filter.community) return false;
  if (filter.street && row.streetCode !== filter.street) return false;
  if (filter.fund && row.fundId !== filter.fund) return false;
  return true;
}

function toEvent(row: Row): LiveEvent {
  return {
    id: String(row.id),
    at: row.createdAt.toISOString(),
    type: row.type,
    data: row.payload,
  } as LiveEvent;
}

/**
 * Live events. `emit` writes the event in the caller's transaction and NOTIFYs, which PostgreSQL
 * delivers only at commit: a rolled-back change never announces itself. Every server process
 * LISTENs and fans the event out to its own SSE clients, so the server scales horizontally; on
 * PGlite the same NOTIFY arrives in process. Events are kept for `Last-Event-ID` resume.
 */
export class EventHub {
  private readonly listeners = new Set<Listener>();
  private stop: (() => Promise<void>) | undefined;

  constructor(
    private readonly db: Database,
    private readonly handle: Pick<DatabaseHandle, 'listen'>,
  ) {}

  async start(): Promise<void> {
    this.stop ??= await this.handle.listen(
      CHANNEL,
      (payload) => void this.deliver(Number(payload)),
    );
  }

  async close(): Promise<void> {
    await this.stop?.();
    this.stop = undefined;
    for (const listener of this.listeners) listener.onClose();
    this.listeners.clear();
  }

  async emit(
    tx: Executor,
    type: LiveEventType,
    scope: EventScope,
    payload: unknown,
  ): Promise<void> {
    const [row] = await tx
      .insert(events)
      .values({
        districtCode: scope.districtCode,
        type,
        communityCode: scope.communityCode ?? null,
        streetCode: scope.streetCode ?? null,
        fundId: scope.fundId ?? null,
        payload: payload,
      })
      .returning({ id: events.id });
    await tx.execute(sql`select pg_notify(${CHANNEL}, ${String(row!.id)})`);
  }

  /**
   * Sends every event matching `filter` to `send`: first those after `afterId` (a reconnecting
   * client's `Last-Event-ID`), then live ones, each once and in order. Returns an unsubscribe.
   */
  async subscribe(
    filter: EventFilter,
    afterId: number | undefined,
    send: (event: LiveEvent) => void,
    onClose: () => void = () => undefined,
  ) {
    await this.start();
    // Live events that arrive while the backlog loads wait in `pending`, so none is lost or reordered.
    const listener: Listener = { filter, lastId: 0, send, onClose, pending: [] };
    this.listeners.add(listener);
    let backlog: Row[] = [];
    if (afterId === undefined) {
      const [latest] = await this.db
        .select({ id: sql<number>`coalesce(max(${events.id}), 0)`.mapWith(Number) })
        .from(events);
      listener.lastId = latest?.id ?? 0;
    } else {
      listener.lastId = afterId;
      backlog = await this.db
        .select()
        .from(events)
        .where(and(eq(events.districtCode, filter.districtCode), gt(events.id, afterId)))
        .orderBy(asc(events.id))
        .limit(BACKLOG_LIMIT);
    }
    const waiting = listener.pending ?? [];
    listener.pending = null;
    for (const row of [...backlog, ...waiting].sort((a, b) => a.id - b.id))
      this.offer(listener, row);
    return () => {
      this.listeners.delete(listener);
    };
  }

  private async deliver(id: number): Promise<void> {
    if (!Number.isSafeInteger(id) || this.listeners.size === 0) return;
    const [row] = await this.db.select().from(events).where(eq(events.id, id));
    if (row) for (const listener of this.listeners) this.offer(listener, row);
  }

  private offer(listener: Listener, row: Row): void {
    if (listener.pending) {
      listener.pending.push(row);
      return;
    }
    if (row.id <= listener.lastId || !matches(listener.filter, row)) return;
    listener.lastId = row.id;
    listener.send(toEvent(row));
  }
}
