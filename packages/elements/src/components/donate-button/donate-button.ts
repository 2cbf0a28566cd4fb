import { defineElement } from '../../internal/define.js';
import { WusheDonateButton } from './donate-button.component.js';

export { WusheDonateButton };
export type { DonateButtonStrings } from './strings/index.js';
export type * from '../../events/wushe-donation-created.js';
export type * from '../../events/wushe-donation-succeeded.js';
export type * from '../../events/wushe-donation-failed.js';

defineElement('wushe-donate-button', WusheDonateButton);

declare global {
  interface HTMLElementTagNameMap {
    'wushe-donate-button': WusheDonateButton;
  }
}
