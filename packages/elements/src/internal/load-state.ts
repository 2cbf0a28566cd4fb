import { html, nothing, type TemplateResult } from 'lit';
import { ConnectionError, type WusheError } from '@wushe/sdk';
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

/** What to tell a resident about some errors instead of the general message, by error code. */
type Messages = Readonly<Record<string, string>>;

/**
 * Loading, or why loading failed (offline, an error with its request id) with a retry button.
 * `final` names the errors a retry cannot mend (a survey that does not exist), shown without a
 * retry; `explained` the errors told in the widget's own words, with a retry still.
 */
export function renderLoadState(
  load: LoadState,
  strings: CommonStrings,
  final: Messages = {},
  explained: Messages = {},
): TemplateResult {
  const { status, error } = load;
  const failed = status === 'error' || status === 'offline';
  const known = failed && error && final[error.code];
  if (!failed || known) {
    return html`<div class="state" part="state">
      ${
        known
          ? html`<p part="state-error" role="status">${known}</p>`
          : html`<p class="muted" part="state-loading" role="status">${strings.loading}</p>`
      }
    </div>`;
  }
  const offline = status === 'offline';
  return html`<div class="state failed" part="state" role="alert">
    ${
      offline
        ? html`<p part="state-offline">${strings.offline}</p>`
        : html`<p part="state-error">${(error && explained[error.code]) ?? strings.errorTitle}</p>`
    }
    ${
      !offline && error?.requestId
        ? html`<p class="muted" part="request-id">
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

/**
 * A part of a widget fetched on use (`import()`), as a function that fetches it: a chunk that
 * cannot be fetched is a lost connection (`connection_failed`), which the widget shows as offline.
 * `what` names it in the error's message ("Could not load {what}").
 */
export const fetchedPart =
  <T>(load: () => Promise<T>, what: string) =>
  (): Promise<T> =>
    load().catch((cause: unknown) => {
      throw new ConnectionError({
        code: 'connection_failed',
        status: 0,
        message: `Could not load ${what}`,
        cause,
      });
    });
