import { defineElement } from '../../internal/define.js';
import { WusheLinkageIndex } from './linkage-index.component.js';

export { WusheLinkageIndex };
export type { LinkageIndexStrings } from './strings/zh-CN.js';

defineElement('wushe-linkage-index', WusheLinkageIndex);

declare global {
  interface HTMLElementTagNameMap {
    'wushe-linkage-index': WusheLinkageIndex;
  }
}
