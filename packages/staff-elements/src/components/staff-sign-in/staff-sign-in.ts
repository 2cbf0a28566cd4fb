import { defineElement } from '@wushe/elements/foundation.js';
import { WusheStaffSignIn, waitText } from './staff-sign-in.component.js';

export { WusheStaffSignIn, waitText };
export type { StaffSignInStrings } from './strings/zh-CN.js';
export type * from '../../events/wushe-signed-in.js';

defineElement('wushe-staff-sign-in', WusheStaffSignIn);

declare global {
  interface HTMLElementTagNameMap {
    'wushe-staff-sign-in': WusheStaffSignIn;
  }
}
