import type { WusheError } from '@wushe/sdk';

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

/** Tells the page that a request failed: `wushe-error` from `target`, bubbling out of shadow roots. */
export function reportError(target: EventTarget, error: WusheError): void {
  const { code, status, message, requestId } = error;
  const detail: WusheErrorDetail = { code, status, message, requestId };
  target.dispatchEvent(new CustomEvent('wushe-error', { detail, bubbles: true, composed: true }));
}
