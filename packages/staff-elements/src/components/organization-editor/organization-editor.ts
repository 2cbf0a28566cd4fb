import { defineElement } from '@wushe/elements/foundation.js';
import { WusheOrganizationEditor } from './organization-editor.component.js';

export { WusheOrganizationEditor };
export type { OrganizationEditorStrings } from './strings/zh-CN.js';
export type * from '../../events/wushe-editor-saved.js';

defineElement('wushe-organization-editor', WusheOrganizationEditor);

declare global {
  interface HTMLElementTagNameMap {
    'wushe-organization-editor': WusheOrganizationEditor;
  }
}
