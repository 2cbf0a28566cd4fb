import { html } from 'lit';
import type { ConsoleSection } from './section.js';

/** The volunteer activities of the picked division: publish, edit, cancel. */
export const activitiesSection: ConsoleSection = {
  id: 'activities',
  title: { 'zh-CN': '志愿活动', 'zh-HK': '志願活動', en: 'Volunteer activities' },
  // As `POST /v1/activities` declares them: an org_member publishes its organization's.
  roles: ['district_admin', 'street_staff', 'community_staff', 'org_member'],
  load: () => import('@wushe/staff-elements/activity-editor.js'),
  render: ({ division, lang, elder }) =>
    html`<wushe-activity-editor
      division=${division}
      lang=${lang}
      ?elder=${elder}
    ></wushe-activity-editor>`,
};
