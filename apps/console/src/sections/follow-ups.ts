import { html } from 'lit';
import type { ConsoleSection } from './section.js';

/** 回访: the low ratings to call back in the picked division, overdue first. */
export const followUpsSection: ConsoleSection = {
  id: 'follow-ups',
  title: { 'zh-CN': '差评回访', 'zh-HK': '差評回訪', en: 'Follow-ups' },
  roles: ['district_admin', 'street_staff', 'community_staff', 'social_worker'],
  load: () => import('@wushe/staff-elements/follow-ups.js'),
  render: ({ division, lang, elder }) =>
    html`<wushe-follow-ups division=${division} lang=${lang} ?elder=${elder}></wushe-follow-ups>`,
};
