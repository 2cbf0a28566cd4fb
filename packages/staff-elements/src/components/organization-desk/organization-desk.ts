import { defineElement } from '@wushe/elements/foundation.js';
import { WusheOrganizationDesk } from './organization-desk.component.js';

export { WusheOrganizationDesk };
export type { OrganizationDeskStrings } from './strings/zh-CN.js';
export type * from '../../events/wushe-organization-acted.js';

defineElement('wushe-organization-desk', WusheOrganizationDesk);

declare global {
  interface HTMLElementTagNameMap {
    'wushe-organization-desk': WusheOrganizationDesk;
  }
}
