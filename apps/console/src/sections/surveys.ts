import { html } from 'lit';
import type { ConsoleSection } from './section.js';

/** The satisfaction surveys run in the picked division: create, edit, publish a new version. */
export const surveysSection: ConsoleSection = {
  id: 'surveys',
  title: { 'zh-CN': '满意度调查', 'zh-HK': '滿意度調查', en: 'Satisfaction surveys' },
  // As `POST /v1/surveys` and `GET /v1/staff/surveys` declare them.
  roles: ['district_admin', 'street_staff', 'community_staff'],
  load: () => import('@wushe/staff-elements/survey-editor.js'),
  render: ({ division, lang, elder }) =>
    html`<wushe-survey-editor
      division=${division}
      lang=${lang}
      ?elder=${elder}
    ></wushe-survey-editor>`,
};
