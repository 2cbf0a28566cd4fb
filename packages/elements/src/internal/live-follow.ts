import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What a widget follows live now: a key that names it, and how to start following it. */
export interface LiveFollow {
  /** Another key (another API, resident, activity) follows anew. */
  readonly key: string;
  /** Starts following; resolves to the function that stops. */
  readonly start: () => Promise<() => void>;
}

/**
 * Follows something live (`GET /v1/events`) while the widget is on the page: after each update
 * `what()` says what to follow (`undefined`: nothing); a new key stops the old stream and starts
 * the new one, and leaving the page stops it. A stream that fails to start is left alone (the
 * widget still shows what it loaded).
 */
export class LiveFollowController implements ReactiveController {
  private followed: string | undefined;
  private stop: (() => void) | undefined;
  private runs = 0;

  constructor(
    host: ReactiveControllerHost,
    private readonly what: () => LiveFollow | undefined,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const next = this.what();
    if (next?.key === this.followed) return;
    this.end();
    this.followed = next?.key;
    if (!next) return;
    const run = this.runs;
    void next
      .start()
      .then((stop) => {
        // Stopped, or followed anew, while the stream's code loaded.
        if (run === this.runs) this.stop = stop;
        else stop();
      })
      .catch(() => undefined);
  }

  hostDisconnected(): void {
    this.end();
    this.followed = undefined;
  }

  private end(): void {
    this.runs += 1;
    this.stop?.();
    this.stop = undefined;
  }
}
