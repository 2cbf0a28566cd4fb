import { css, html, nothing } from 'lit';
import type { WusheClient } from '@wushe/sdk';
import '../donation/donation.js';
import type { DonateButtonStrings } from './strings/index.js';

/*
 * The dialog `<wushe-donate-button>` opens, loaded with its first click together with
 * `<wushe-donation>`: a native modal `<dialog>` in the button's own shadow root. `showModal()`
 * puts it in the top layer, above everything, whatever the page's `overflow`, `z-index` or
 * `transform`, and makes the rest of the page inert.
 */

/** The dialog's styles, adopted into the button's shadow root when they arrive. */
export const dialogStyles = css`
  dialog {
    box-sizing: border-box;
    width: min(640px, 100vw - 16px);
    max-height: calc(100dvh - 16px);
    padding: 0;
    border: 0;
    border-radius: var(--wushe-radius, 8px);
    overflow: auto;
    background: transparent;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.55);
  }
  .bar {
    position: sticky;
    top: 0;
    z-index: 1;
    display: flex;
    justify-content: flex-end;
  }
  .close {
    gap: 0.25em;
    margin: 0 0 8px;
    padding: 0 0.75em;
    border-color: currentColor;
    background: var(--wushe-color-surface, #ffffff);
    color: var(--wushe-color-text, #1f2328);
    font-weight: 400;
  }
  .close span[aria-hidden] {
    font-size: 1.4em;
    line-height: 1;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) .close {
      background: var(--wushe-color-surface, #0d1117);
      color: var(--wushe-color-text, #e6edf3);
    }
  }
  :host([theme='dark']) .close {
    background: var(--wushe-color-surface, #0d1117);
    color: var(--wushe-color-text, #e6edf3);
  }
  :host([elder]) dialog {
    width: 100vw;
    max-height: 100dvh;
  }
`;

/** What the dialog passes on to its `<wushe-donation>`: only what the button was given. */
export interface DialogConfig {
  readonly fund: string;
  readonly apiBase: string | undefined;
  readonly publishableKey: string | undefined;
  readonly community: string | undefined;
  readonly lang: string;
  readonly theme: string | undefined;
  readonly elder: boolean;
  readonly amounts: string | undefined;
  readonly channels: string | undefined;
  readonly policyUrl: string | undefined;
  readonly policyVersion: string | undefined;
  readonly client: WusheClient | undefined;
  readonly text: DonateButtonStrings;
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** What can take focus under `root`, in order, inside open shadow roots too (the widget's form). */
function focusables(root: Element | ShadowRoot): HTMLElement[] {
  const found: HTMLElement[] = [];
  for (const child of root.children) {
    if (child.matches(FOCUSABLE) && (child as HTMLElement).checkVisibility()) {
      found.push(child as HTMLElement);
    }
    if (child.shadowRoot) found.push(...focusables(child.shadowRoot));
    found.push(...focusables(child));
  }
  return found;
}

/** The focused element, looked for inside shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * The dialog of one button: Tab and Shift+Tab wrap around inside it (into the widget's shadow
 * root), Esc and the close button close it, and `closed` lets the button take focus back. The
 * widget stays in the dialog when it closes, so reopening finds the form, or the payment step,
 * as it was left.
 */
export class DonationDialog {
  constructor(
    private readonly root: ShadowRoot,
    private readonly closed: () => void,
  ) {}

  private get dialog(): HTMLDialogElement {
    return this.root.querySelector('dialog')!;
  }

  /** Opens it as a modal; focus goes to its first control (the close button). */
  show(): void {
    if (!this.dialog.open) this.dialog.showModal();
  }

  close(): void {
    this.dialog.close();
  }

  /** Tab from the last control goes to the first, Shift+Tab from the first to the last. */
  private readonly trap = (event: KeyboardEvent): void => {
    if (event.key !== 'Tab') return;
    const all = focusables(this.dialog);
    const first = all[0];
    const last = all.at(-1);
    if (!first || !last) return;
    const active = deepActive();
    if (event.shiftKey ? active === first : active === last) {
      event.preventDefault();
      (event.shiftKey ? last : first).focus();
    }
  };

  render(config: DialogConfig) {
    // Only what was set is passed on: the rest comes from a `<wushe-provider>`, as for any widget.
    return html`<dialog
      part="dialog"
      aria-label=${config.text.dialog}
      @keydown=${this.trap}
      @close=${this.closed}
    >
      <div class="bar">
        <button
          type="button"
          part="close"
          class="close"
          @click=${() => {
            this.close();
          }}
        >
          <span aria-hidden="true">×</span>${config.text.close}
        </button>
      </div>
      <wushe-donation
        fund=${config.fund}
        api-base=${config.apiBase || nothing}
        publishable-key=${config.publishableKey || nothing}
        community=${config.community || nothing}
        lang=${config.lang || nothing}
        theme=${config.theme || nothing}
        ?elder=${config.elder}
        amounts=${config.amounts || nothing}
        channels=${config.channels || nothing}
        policy-url=${config.policyUrl || nothing}
        policy-version=${config.policyVersion || nothing}
        .client=${config.client}
      ></wushe-donation>
    </dialog>`;
  }
}
