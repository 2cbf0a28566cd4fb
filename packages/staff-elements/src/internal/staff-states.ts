import { html, type TemplateResult } from 'lit';
import type { WusheError } from '@wushe/sdk';
import { fill } from '@wushe/elements/foundation.js';
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
