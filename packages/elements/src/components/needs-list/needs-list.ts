import { defineElement } from '../../internal/define.js';
import { WusheNeedsList } from './needs-list.component.js';

export { WusheNeedsList };
export { NeedsPaging } from './pages.js';
export type * from '../../events/wushe-need-submitted.js';
export type * from '../../events/wushe-need-claimed.js';
export type * from '../../events/wushe-need-reported.js';

defineElement('wushe-needs-list', WusheNeedsList);

declare global {
  interface HTMLElementTagNameMap {
    'wushe-needs-list': WusheNeedsList;
  }
}
