import { html, nothing, type TemplateResult } from 'lit';
import type { MySignup } from '@wushe/schema';
import { fill } from '../../internal/locale.js';
import type { Formats } from './format.js';
import type { MyVolunteeringViewStrings } from './strings/view-zh-CN.js';

/** What the signups section reads of the widget, and what its buttons do. */
export interface SignupsView {
  readonly text: MyVolunteeringViewStrings;
  readonly formats: Formats;
  readonly signups: readonly MySignup[];
  /** The signup whose cancellation waits for a "yes". */
  readonly confirming: string | undefined;
  readonly busy: boolean;
  readonly ask: (id: string) => void;
  readonly keep: () => void;
  readonly cancel: (id: string) => void;
}

/** My signups, the latest activity first, each cancellable while the server says it may be. */
export function renderSignups(view: SignupsView): TemplateResult {
  const { text } = view;
  return html`<section part="signups" aria-labelledby="signups-title">
    <h3 id="signups-title">${text.signups}</h3>
    ${
      view.signups.length === 0
        ? html`<p part="state-empty">${text.noSignups}</p>`
        : html`<ul class="cards">
            ${view.signups.map((signup) => renderSignup(view, signup))}
          </ul>`
    }
  </section>`;
}

function renderSignup(view: SignupsView, signup: MySignup): TemplateResult {
  const { text, formats } = view;
  const { activity } = signup;
  const confirming = view.confirming === signup.id;
  return html`<li class="card" part="signup" data-signup=${signup.id}>
    <p class="card-title">${activity.title}</p>
    <p class="muted">${formats.dateTime(activity.startsAt)} · ${activity.location}</p>
    <p>
      <span class="badge ${signup.status}" part="badge">${text.status[signup.status]}</span>
      ${
        activity.status === 'cancelled'
          ? html`<span class="badge cancelled" part="badge">${text.activityCancelled}</span>`
          : nothing
      }
    </p>
    ${
      signup.status === 'waitlisted' && signup.waitlistPosition !== null
        ? html`<p>${fill(text.waitlistPosition, { position: signup.waitlistPosition })}</p>`
        : nothing
    }
    ${signup.cancellable ? renderCancel(view, signup, confirming) : nothing}
  </li>`;
}

function renderCancel(view: SignupsView, signup: MySignup, confirming: boolean): TemplateResult {
  const { text } = view;
  if (!confirming) {
    return html`<p class="actions">
      <button
        type="button"
        class="secondary"
        part="cancel-signup"
        ?disabled=${view.busy}
        @click=${() => {
          view.ask(signup.id);
        }}
      >
        ${text.cancelSignup}
      </button>
    </p>`;
  }
  const question = `cancel-${signup.id}`;
  return html`<div class="confirm" part="confirm" role="group" aria-labelledby=${question}>
    <p id=${question}>${fill(text.cancelConfirm, { title: signup.activity.title })}</p>
    <p class="actions">
      <button
        type="button"
        class="danger"
        part="cancel-confirm"
        ?disabled=${view.busy}
        @click=${() => {
          view.cancel(signup.id);
        }}
      >
        ${text.cancelYes}
      </button>
      <button type="button" class="secondary" ?disabled=${view.busy} @click=${view.keep}>
        ${text.keep}
      </button>
    </p>
  </div>`;
}
