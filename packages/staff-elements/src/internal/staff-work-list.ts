import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { WusheError } from '@wushe/sdk';
import { StaffElement } from './staff-element.js';
import { failureMessage, type FailureWords } from './staff-states.js';
import { withEntry } from './with-entry.js';

/**
 * What every staff work list shares (review queue, donation desk, follow-ups, hours recorder): the
 * item a request is being sent for, each item's failure shown on the item itself, the sentence
 * announced after each action, and the focus moved after the next render.
 */
export class StaffWorkList extends StaffElement {
  static override properties = {
    ...StaffElement.properties,
    busy: { state: true },
    failures: { state: true },
    announcement: { state: true },
  };

  /** The item a request is being sent for. */
  declare protected busy: string | undefined;
  /** Why an item's last request failed, by the item's key. */
  declare protected failures: ReadonlyMap<string, WusheError>;
  /** What the live region announced last. */
  declare protected announcement: string;
  /** Where the focus goes after the next render: a selector in the shadow root. */
  protected focusNext: string | undefined;

  constructor() {
    super();
    this.failures = new Map();
    this.announcement = '';
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.focusNext) {
      this.renderRoot.querySelector<HTMLElement>(this.focusNext)?.focus();
      this.focusNext = undefined;
    }
  }

  /** Shows `error` on the item `key`, or clears it. */
  protected setFailure(key: string, error: WusheError | undefined) {
    this.failures = withEntry(this.failures, key, error);
  }

  /** Why the item `key`'s last request failed, as an alert on the item; nothing when it did not. */
  protected renderFailure(key: string, words: FailureWords): TemplateResult | typeof nothing {
    const error = this.failures.get(key);
    if (!error) return nothing;
    return html`<p class="error" part="action-error" role="alert">
      ${failureMessage(error, words, this.strings.offline)}
    </p>`;
  }

  /** The list's frame: its heading (focusable, for after an action), the body, the live region. */
  protected renderFrame(titleId: string, title: unknown, body: unknown): TemplateResult {
    return html`<section class="base" part="base" aria-labelledby=${titleId}>
      <h2 id=${titleId} part="title" tabindex="-1">${title}</h2>
      ${body}
      <p class="visually-hidden" part="announcer" role="status">${this.announcement}</p>
    </section>`;
  }

  /**
   * An item's inline form's buttons: send (`part`, disabled while the item's request is out) and
   * cancel, which closes the form without sending.
   */
  protected renderFormActions(
    key: string,
    send: { readonly part: string; readonly label: string },
    cancel: { readonly label: string; readonly onCancel: () => void },
  ): TemplateResult {
    return html`<div class="actions">
      <button type="submit" part=${send.part} ?disabled=${this.busy === key}>${send.label}</button>
      <button type="button" class="secondary" @click=${cancel.onCancel}>${cancel.label}</button>
    </div>`;
  }

  /**
   * An item's action button (one that acts, or opens the item's inline form), described by the
   * item's heading `describedBy`, disabled while `disabled`.
   */
  protected renderItemAction(action: {
    readonly part: string;
    readonly label: string;
    readonly describedBy: string;
    readonly disabled?: boolean;
    readonly onClick: () => void;
  }): TemplateResult {
    return html`<div class="actions">
      <button
        type="button"
        part=${action.part}
        aria-describedby=${action.describedBy}
        ?disabled=${action.disabled ?? false}
        @click=${action.onClick}
      >
        ${action.label}
      </button>
    </div>`;
  }
}
