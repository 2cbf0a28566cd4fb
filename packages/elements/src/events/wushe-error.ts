/** What a widget reports when a request fails, for a page's analytics or support tooling. */
export interface WusheErrorDetail {
  readonly code: string;
  readonly status: number;
  readonly message: string;
  readonly requestId: string | undefined;
}

export type WusheErrorEvent = CustomEvent<WusheErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'wushe-error': WusheErrorEvent;
  }
}
