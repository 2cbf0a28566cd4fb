import { defineElement } from '../../internal/define.js';
import { WusheMyVolunteering } from './my-volunteering.component.js';

export { WusheMyVolunteering };
export type { MyVolunteeringStrings } from './strings/zh-CN.js';
export type * from '../../events/wushe-resident-signed-in.js';
export type * from '../../events/wushe-resident-signed-out.js';
export type * from '../../events/wushe-signup-cancelled.js';
export type * from '../../events/wushe-volunteer-updated.js';
export type * from '../../events/wushe-consent-withdrawn.js';

defineElement('wushe-my-volunteering', WusheMyVolunteering);

declare global {
  interface HTMLElementTagNameMap {
    'wushe-my-volunteering': WusheMyVolunteering;
  }
}
