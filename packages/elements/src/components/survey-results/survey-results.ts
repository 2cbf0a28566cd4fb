import { defineElement } from '../../internal/define.js';
import { WusheSurveyResults } from './survey-results.component.js';

export { WusheSurveyResults };
export type { SurveyResultsStrings } from './strings/zh-CN.js';

defineElement('wushe-survey-results', WusheSurveyResults);

declare global {
  interface HTMLElementTagNameMap {
    'wushe-survey-results': WusheSurveyResults;
  }
}
