import { defineElement } from '../../internal/define.js';
import { WusheVolunteerSignup } from './volunteer-signup.component.js';

export { WusheVolunteerSignup };
export type { VolunteerSignupStrings } from './strings/zh-CN.js';
export type * from '../../events/wushe-volunteer-registered.js';
export type * from '../../events/wushe-activity-signup.js';

defineElement('wushe-volunteer-signup', WusheVolunteerSignup);

declare global {
  interface HTMLElementTagNameMap {
    'wushe-volunteer-signup': WusheVolunteerSignup;
  }
}
