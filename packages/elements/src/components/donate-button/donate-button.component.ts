import { adoptStyles, html, LitElement, nothing } from 'lit';
import type { WusheClient } from '@wushe/sdk';
import { configProperties } from '../../internal/config-properties.js';
import { localeOf } from '../../internal/locale-of.js';
import { donateButtonStyles } from './donate-button.styles.js';
import { donateButtonStrings } from './strings/index.js';
import type { DonationDialog } from './donation-dialog.js';

/** The one-time cost of the click: the dialog and `<wushe-donation>`, with the SDK and schemas. */
const loadDialog = () => import('./donation-dialog.js');

/**
 * The nearest `<wushe-provider>` above `node`, across shadow roots: read by duck typing, so the
 * button carries neither the provider nor `@lit/context`. The dialog's `<wushe-donation>` gets
 * the provider's whole configuration through the context as every widget does.
 */
function providerLang(node: Node): string | undefined {
  let at: Node | null = node;
  while (at) {
    if (at instanceof HTMLElement && at.localName === 'wushe-provider') return at.lang;
    at = at.parentNode ?? (at instanceof ShadowRoot ? at.host : null);
  }
  return undefined;
}

/**
 * @tagname wushe-donate-button
 * @summary A tiny donate button for partner pages: the donation dialog loads only when clicked.
 *
 * Paste it into a page you do not control: before the click it costs Lit and a few hundred bytes.
 * The click loads `<wushe-donation>` into a native modal `<dialog>` (the top layer: no ancestor's
 * `overflow`, `z-index` or `transform` can clip or cover it), keeps focus inside it, closes on
 * Esc or the close button, and returns focus to the button. Configuration by attributes, or from
 * an ancestor `<wushe-provider>`; the `wushe-donation-*` events bubble out of it.
 *
 * @slot - The button's label (default: 我要捐款 / Donate).
 *
 * @event wushe-donation-created - From the dialog's `<wushe-donation>`: a pending donation was created.
 * @event wushe-donation-succeeded - From the dialog's `<wushe-donation>`: the donation was paid.
 * @event wushe-donation-failed - From the dialog's `<wushe-donation>`: the attempt or the payment failed.
 *
 * @csspart button - The button.
 * @csspart error - Why the dialog could not open (offline).
 * @csspart dialog - The native `<dialog>` holding `<wushe-donation>`.
 * @csspart close - The dialog's close button.
 *
 * @cssproperty --wushe-color-primary - The button's background.
 * @cssproperty --wushe-color-on-primary - The button's text.
 * @cssproperty --wushe-color-focus - The focus ring.
 * @cssproperty --wushe-color-danger - The message when the dialog cannot open.
 * @cssproperty --wushe-color-surface - The close button's background.
 * @cssproperty --wushe-color-text - The close button's text.
 * @cssproperty --wushe-radius - Corner radius of the button and the dialog.
 * @cssproperty --wushe-font-family - Typeface.
 * @cssproperty --wushe-font-size - Text size (16px; 20px in elder mode).
 */
export class WusheDonateButton extends LitElement {
  static override styles = donateButtonStyles;

  static override properties = {
    ...configProperties,
    fund: { type: String, reflect: true },
    amounts: { type: String },
    channels: { type: String },
    policyUrl: { type: String, attribute: 'policy-url' },
    policyVersion: { type: String, attribute: 'policy-version' },
    dialog: { state: true },
    failed: { state: true },
  };

  /** The fund to give to (`fund_…`). */
  declare fund: string;
  /** The API's base URL; falls back to the provider's. */
  declare apiBase: string | undefined;
  /** A publishable key (`pk_…`) bound to this page's origin; falls back to the provider's. */
  declare publishableKey: string | undefined;
  /** The 12-digit community code; falls back to the provider's. */
  declare community: string | undefined;
  /** `zh-CN` (default), `zh-HK` or `en`; falls back to the provider's. */
  declare lang: string;
  /** `light` or `dark`; by default the reader's system setting. */
  declare theme: 'light' | 'dark' | undefined;
  /** Elder mode (适老化): a larger button, and the dialog's larger text and targets. */
  declare elder: boolean;
  /** Preset amounts in yuan for the dialog's form (see `<wushe-donation amounts>`). */
  declare amounts: string | undefined;
  /** Payment channels the dialog offers (see `<wushe-donation channels>`). */
  declare channels: string | undefined;
  /** The privacy notice the dialog's consent links to. */
  declare policyUrl: string | undefined;
  /** The version of that notice, recorded with the donor's consent (see `<wushe-donation>`). */
  declare policyVersion: string | undefined;
  /** An SDK client built by the page; wins over `api-base` and `publishable-key`. */
  declare client: WusheClient | undefined;
  /** The dialog, once its code has arrived (the first click). */
  declare protected dialog: DonationDialog | undefined;
  declare protected failed: boolean;

  private opening = false;

  constructor() {
    super();
    this.fund = '';
    this.lang = '';
    this.elder = false;
    this.failed = false;
  }

  /** The wording in force: the button's own `lang`, else its provider's, else zh-CN. */
  private get text() {
    return donateButtonStrings[localeOf(this.lang || providerLang(this))];
  }

  /** Opens the donation dialog, loading it on the first click. */
  async open(): Promise<void> {
    if (this.opening) return;
    this.opening = true;
    this.failed = false;
    try {
      if (!this.dialog) {
        const { DonationDialog, dialogStyles } = await loadDialog();
        // The dialog's styles travel with its code, beside the button's own.
        adoptStyles(this.renderRoot as ShadowRoot, [WusheDonateButton.styles, dialogStyles]);
        this.dialog = new DonationDialog(this.renderRoot as ShadowRoot, this.closed);
      }
      await this.updateComplete;
      this.dialog.show();
    } catch {
      // Offline, or the chunk is gone after a deploy: say so; the next click tries again.
      this.failed = true;
    } finally {
      this.opening = false;
    }
  }

  /** Focus returns to the button the dialog was opened from. */
  private readonly closed = (): void => {
    this.renderRoot.querySelector('button')?.focus();
  };

  override render() {
    const text = this.text;
    return html`<button
        part="button"
        type="button"
        aria-haspopup="dialog"
        @click=${() => void this.open()}
      >
        <slot>${text.donate}</slot>
      </button>
      ${this.failed ? html`<span part="error" role="alert">${text.failed}</span>` : nothing}
      ${
        this.dialog?.render({
          fund: this.fund,
          apiBase: this.apiBase,
          publishableKey: this.publishableKey,
          community: this.community,
          lang: this.lang,
          theme: this.theme,
          elder: this.elder,
          amounts: this.amounts,
          channels: this.channels,
          policyUrl: this.policyUrl,
          policyVersion: this.policyVersion,
          client: this.client,
          text,
        }) ?? nothing
      }`;
  }
}
