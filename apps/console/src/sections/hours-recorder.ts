import { html } from 'lit';
import type { ConsoleSection } from './section.js';

/** Volunteer hours: an activity's check-in list, and manual entries. */
export const hoursRecorderSection: ConsoleSection = {
  id: 'hours',
  title: { 'zh-CN': '服务时长登记', 'zh-HK': '服務時數登記', en: 'Volunteer hours' },
  roles: ['district_admin', 'street_staff', 'community_staff', 'social_worker'],
  load: () => import('@wushe/staff-elements/hours-recorder.js'),
  render: ({ division, lang, elder }) =>
    html`<wushe-hours-recorder
      division=${division}
      lang=${lang}
      ?elder=${elder}
    ></wushe-hours-recorder>`,
};
