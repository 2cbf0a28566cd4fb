import { html, type TemplateResult } from 'lit';

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
