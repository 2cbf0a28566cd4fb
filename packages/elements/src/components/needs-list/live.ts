import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { EventsQuery, ListNeedsQuery, Need } from '@wushe/schema';
import type { ConnectionStatus, Requester } from '@wushe/sdk';
import type { LiveChange } from './live-stream.js';

/** What the live stream needs of its list; every value is read when an event comes. */
export interface LiveSource {
  readonly requester: Requester;
  /** The community or street followed; `undefined` follows nothing. */
  readonly scope: EventsQuery | undefined;
  /** Whether the list has loaded (events before that are in its first page). */
  readonly ready: boolean;
  readonly needs: readonly Need[];
  /** The request the list was loaded with: a new need is shown only if it fits. */
  readonly query: ListNeedsQuery;
  /** An event changed the list: `needs` is the new list, `need` the one that changed. */
  changed(needs: Need[], change: LiveChange, need: Need): void;
}

/**
 * Follows the live stream (`GET /v1/events`) of the list's community or street, from the first
 * load until the list leaves the page, and again when it comes back; the SDK reconnects by
 * itself and resumes from the last event seen. The stream's code (live-stream.ts) is loaded
 * after the first render: nothing live can happen before the list is shown.
 */
export class LiveController implements ReactiveController {
  /** The stream's state; `reconnecting` shows a notice that changes may be late. */
  status: ConnectionStatus | 'idle' = 'idle';
  private stop: (() => void) | undefined;
  private started = false;
  private generation = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly source: LiveSource,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.started) this.follow();
  }

  hostDisconnected(): void {
    this.end();
  }

  /** (Re)subscribes for the scope in force. */
  follow(): void {
    this.end();
    this.started = true;
    const scope = this.source.scope;
    if (!scope || !this.host.isConnected) return;
    const generation = this.generation;
    void import('./live-stream.js').then(({ follow }) => {
      // Unsubscribed, or subscribed again, while the code loaded.
      if (generation !== this.generation) return;
      this.stop = follow(this.source, scope, (status) => {
        this.status = status;
        this.host.requestUpdate();
      });
    });
  }

  private end(): void {
    this.generation += 1;
    this.stop?.();
    this.stop = undefined;
    this.status = 'idle';
  }
}
