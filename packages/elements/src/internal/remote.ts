import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ConnectionError, WusheError } from '@wushe/sdk';

export const RemoteStatus = {
  idle: 'idle',
  loading: 'loading',
  ready: 'ready',
  error: 'error',
  offline: 'offline',
} as const;
export type RemoteStatus = (typeof RemoteStatus)[keyof typeof RemoteStatus];

/**
 * Data a widget loads from the API, with the states a resident sees: loading, ready, an error with
 * a retry, or offline — retried by itself when the browser comes back online. A new load aborts
 * the one in flight, and leaving the page aborts it too.
 */
export class RemoteController<T> implements ReactiveController {
  status: RemoteStatus = RemoteStatus.idle;
  value: T | undefined;
  error: WusheError | undefined;
  private controller: AbortController | undefined;
  private readonly onOnline = () => {
    if (this.status === RemoteStatus.offline) void this.run();
  };

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly task: (signal: AbortSignal) => Promise<T>,
    private readonly onError?: (error: WusheError) => void,
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

  async run(): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.status = RemoteStatus.loading;
    this.error = undefined;
    this.host.requestUpdate();
    try {
      const value = await this.task(controller.signal);
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
      this.onError?.(this.error);
    }
    this.host.requestUpdate();
  }
}
