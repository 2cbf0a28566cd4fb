import { defineElement } from '@wushe/elements/foundation.js';
import { WusheActivityEditor } from './activity-editor.component.js';

export { WusheActivityEditor };
export type { ActivityEditorStrings } from './strings/zh-CN.js';
export type * from '../../events/wushe-editor-saved.js';

defineElement('wushe-activity-editor', WusheActivityEditor);

declare global {
  interface HTMLElementTagNameMap {
    'wushe-activity-editor': WusheActivityEditor;
  }
}
