import { defineElement } from '../../internal/define.js';
import { WusheResources } from './resources.component.js';

export { WusheResources };
export type { ResourcesStrings } from './strings/zh-CN.js';

defineElement('wushe-resources', WusheResources);

declare global {
  interface HTMLElementTagNameMap {
    'wushe-resources': WusheResources;
  }
}
