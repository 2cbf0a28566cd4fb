import { defineElement } from '@wushe/elements/foundation.js';
import { WusheSocialWorkerEditor } from './social-worker-editor.component.js';

export { WusheSocialWorkerEditor };
export type { SocialWorkerEditorStrings } from './strings/zh-CN.js';
export type * from '../../events/wushe-editor-saved.js';

defineElement('wushe-social-worker-editor', WusheSocialWorkerEditor);

declare global {
  interface HTMLElementTagNameMap {
    'wushe-social-worker-editor': WusheSocialWorkerEditor;
  }
}
