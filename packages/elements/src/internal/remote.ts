import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ConnectionError, WusheError } from '@wushe/sdk';
import { reportError } from '../events/wushe-error.js';

export const RemoteStatus = {
  idle: 'idle',
  loading: 'loading',
  ready: 'ready',
  error: 'error',
  offline: 'offline',
} as const;
export type RemoteStatus = (typeof RemoteStatus)[keyof typeof RemoteStatus];

/** How a widget's data is loaded, after `@lit/task`'s `Task`. */
export interface RemoteOptions<A extends readonly unknown[], T> {
  /**
   * Loads the data for `args`. `signal` aborts when the arguments change before it is done, when
   * the resident retries, or when the widget leaves the page.
   */
  readonly task: (args: A, options: { readonly signal: AbortSignal }) => Promise<T>;
  /**
   * What the data depends on (the configuration in force, the widget's attributes), read on every
   * update: the task runs again whenever one of them changes (compared with `Object.is`, so pass
   * values, not objects built anew on each call). `undefined`: nothing to load yet
   * (a survey without a subject).
   */
  readonly args: () => A | undefined;
}

/** Whether the arguments are the same, one by one (`Object.is`, as `@lit/task` compares them). */
export const sameArgs = (a: readonly unknown[] | undefined, b: readonly unknown[]) =>
  a?.length === b.length && a.every((value, i) => Object.is(value, b[i]));

/**
 * Data a widget loads from the API, with the states a resident sees: loading, ready, an error with
 * a retry, or offline — retried by itself when the browser comes back online. It runs when its
 * `args` change (as `@lit/task` does); a new run aborts the one in flight, and leaving the page
 * aborts it too. A failure is reported as a `wushe-error` event from the host.
 */
export class RemoteController<
  T,
  A extends readonly unknown[] = readonly unknown[],
> implements ReactiveController {
  status: RemoteStatus = RemoteStatus.idle;
  value: T | undefined;
  error: WusheError | undefined;
  private controller: AbortController | undefined;
  /** The arguments of the latest run. */
  private lastArgs: A | undefined;
  private readonly onOnline = () => {
    if (this.status === RemoteStatus.offline) void this.run();
  };

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly options: RemoteOptions<A, T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('online', this.onOnline);
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.onOnline);
    this.controller?.abort();
  }

  /** Runs the task when its arguments changed since the last run. */
  hostUpdate(): void {
    const args = this.options.args();
    if (args && !sameArgs(this.lastArgs, args)) void this.run(args);
  }

  /** Runs the task again (the retry button), with `args` or the current arguments. */
  async run(args: A | undefined = this.options.args()): Promise<void> {
    if (!args) return;
    this.lastArgs = args;
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.status = RemoteStatus.loading;
    this.error = undefined;
    this.host.requestUpdate();
    try {
      const value = await this.options.task(args, { signal: controller.signal });
      if (controller.signal.aborted) return;
      this.value = value;
      this.status = RemoteStatus.ready;
    } catch (error) {
      if (controller.signal.aborted) return;
      this.error =
        error instanceof WusheError
          ? error
          : new WusheError({ code: 'unknown_error', status: 0, message: String(error) });
      // Any lost connection is "offline" to a resident, whether the phone or the network dropped it;
      // the `online` event or the retry button brings the data back.
      this.status = error instanceof ConnectionError ? RemoteStatus.offline : RemoteStatus.error;
      reportError(this.host, this.error);
    }
    this.host.requestUpdate();
  }
}
