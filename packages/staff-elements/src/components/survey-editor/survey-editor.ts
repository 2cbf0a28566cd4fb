import { defineElement } from '@wushe/elements/foundation.js';
import { WusheSurveyEditor } from './survey-editor.component.js';

export { WusheSurveyEditor };
export type { SurveyEditorStrings } from './strings/zh-CN.js';
export type * from '../../events/wushe-editor-saved.js';

defineElement('wushe-survey-editor', WusheSurveyEditor);

declare global {
  interface HTMLElementTagNameMap {
    'wushe-survey-editor': WusheSurveyEditor;
  }
}
