import { defineElement } from '../../internal/define.js';
import { WushePointsStore } from './points-store.component.js';

export { WushePointsStore };
export type { PointsStoreStrings } from './strings/zh-CN.js';

defineElement('wushe-points-store', WushePointsStore);

declare global {
  interface HTMLElementTagNameMap {
    'wushe-points-store': WushePointsStore;
  }
}
