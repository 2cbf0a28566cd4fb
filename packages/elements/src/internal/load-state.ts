import { html, nothing, type TemplateResult } from 'lit';
import type { WusheError } from '@wushe/sdk';
import type { CommonStrings } from '../locales/types.js';
import { fill } from './locale.js';
import type { RemoteStatus } from './remote.js';

/**
 * The load-state panel every widget that loads data shows, with one vocabulary of parts (each
 * widget documents them with `@csspart`; test/docs-coverage.ts checks it):
 * - `state`: the panel, whatever it shows;
 * - `state-loading`: the loading message;
 * - `state-offline`: the message when the connection is lost;
 * - `state-error`: why loading failed (or why it cannot succeed: no such survey or fund);
 * - `request-id`: the line quoting the failed request's id, for the hotline;
 * - `retry`: the button that loads again;
 * - `state-empty`: the message when there is nothing to show (a list).
 */

/** What the panel reads of a load (a `RemoteController`). */
export interface LoadState {
  readonly status: RemoteStatus;
  readonly error: WusheError | undefined;
  run(): unknown;
}

/** What to tell a resident about some errors (by code), instead of the general message. */
export interface LoadStateMessages {
  /** Errors a retry cannot mend (a survey that does not exist): no retry button. */
  readonly final?: Readonly<Record<string, string>>;
  /** Errors explained in the widget's words, with a retry button still. */
  readonly retryable?: Readonly<Record<string, string>>;
}

/** Loading, or why loading failed (offline, an error with its request id) with a retry button. */
export function renderLoadState(
  load: LoadState,
  strings: CommonStrings,
  { final = {}, retryable = {} }: LoadStateMessages = {},
): TemplateResult {
  const { status, error } = load;
  if (status !== 'error' && status !== 'offline') {
    return html`<div class="state" part="state">
      <p class="state-loading" part="state-loading" role="status">${strings.loading}</p>
    </div>`;
  }
  const known = error && final[error.code];
  if (known) {
    return html`<div class="state" part="state">
      <p class="state-final" part="state-error" role="status">${known}</p>
    </div>`;
  }
  const offline = status === 'offline';
  return html`<div class="state state-failed" part="state" role="alert">
    ${
      offline
        ? html`<p part="state-offline">${strings.offline}</p>`
        : html`<p part="state-error">${(error && retryable[error.code]) ?? strings.errorTitle}</p>`
    }
    ${
      !offline && error?.requestId
        ? html`<p class="request-id" part="request-id">
            ${fill(strings.errorReference, { requestId: error.requestId })}
          </p>`
        : nothing
    }
    <button type="button" part="retry" @click=${() => void load.run()}>${strings.retry}</button>
  </div>`;
}

/** Nothing to show (a list without entries), and what a resident may do about it. */
export function renderEmptyState(strings: CommonStrings, invite?: string): TemplateResult {
  return html`<div class="state" part="state">
    <p part="state-empty">${strings.empty}</p>
    ${invite ? html`<p>${invite}</p>` : nothing}
  </div>`;
}
