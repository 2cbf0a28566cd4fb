import { html, type TemplateResult } from 'lit';
import type { WusheError } from '@wushe/sdk';
import {
  fill,
  renderEmptyState,
  renderLoadState,
  type CommonStrings,
  type LoadState,
} from '@wushe/elements/foundation.js';
import { isForbidden, isSignedOut } from './staff-element.js';

/**
 * The states only a staff widget has, beside the shared load states: the person may not do this
 * here (403, part `state-forbidden`), or the session has ended (401, part `state-signed-out`).
 * Neither has a retry: another account, or signing in again, is the way on.
 */
export function renderForbiddenState(message: string): TemplateResult {
  return html`<div class="state failed" part="state" role="alert">
    <p part="state-forbidden">${message}</p>
  </div>`;
}

export function renderSignedOutState(message: string): TemplateResult {
  return html`<div class="state failed" part="state" role="alert">
    <p part="state-signed-out">${message}</p>
  </div>`;
}

/** The words a failed action is told with: refused here, signed out, or another failure. */
export interface FailureWords {
  readonly forbidden: string;
  readonly signedOut: string;
  /** `{message}`: the server's message, or the offline sentence. */
  readonly actionFailed: string;
}

/** Why an action on one item did not go through, in the reader's words. */
export function failureMessage(error: WusheError, words: FailureWords, offline: string): string {
  if (isForbidden(error)) return words.forbidden;
  if (isSignedOut(error)) return words.signedOut;
  return fill(words.actionFailed, { message: error.status === 0 ? offline : error.message });
}

/** A staff list's load: a `RemoteController` of the widget. */
interface StaffLoad<V> extends LoadState {
  readonly value: V | undefined;
}

/** What a staff list's states are told with; `empty` when it has no items. */
export interface StaffListWords {
  readonly forbidden: string;
  readonly signedOut: string;
  readonly empty: string;
}

/**
 * A staff list in the one order every list shows its states: refused here (403), signed out
 * (401), loading or failed (with its retry), empty, and only then `ready` with its items and the
 * loaded value. Each widget says only what its items look like.
 */
export function renderStaffList<V, T>(
  load: StaffLoad<V>,
  strings: CommonStrings,
  words: StaffListWords,
  itemsOf: (value: V) => readonly T[],
  ready: (items: readonly T[], value: V) => unknown,
): unknown {
  const { status, error, value } = load;
  if (status === 'error' && isForbidden(error)) return renderForbiddenState(words.forbidden);
  if (status === 'error' && isSignedOut(error)) return renderSignedOutState(words.signedOut);
  if (status !== 'ready' || !value) return renderLoadState(load, strings);
  const items = itemsOf(value);
  if (items.length === 0) return renderEmptyState({ ...strings, empty: words.empty });
  return ready(items, value);
}
