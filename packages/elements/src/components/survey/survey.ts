import { defineElement } from '../../internal/define.js';
import { WusheSurvey } from './survey.component.js';

export { WusheSurvey };
export type { SurveyStrings, RatingLevelNames } from './strings/zh-CN.js';
export type * from '../../events/wushe-survey-submitted.js';

defineElement('wushe-survey', WusheSurvey);

declare global {
  interface HTMLElementTagNameMap {
    'wushe-survey': WusheSurvey;
  }
}
