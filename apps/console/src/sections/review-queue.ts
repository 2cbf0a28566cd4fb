import { html } from 'lit';
import { STAFF_ROLES } from '@wushe/schema';
import type { ConsoleSection } from './section.js';

export const reviewQueueSection: ConsoleSection = {
  id: 'review',
  title: { 'zh-CN': '需求审核', 'zh-HK': '需求審核', en: 'Needs to review' },
  roles: STAFF_ROLES,
  load: () => import('@wushe/staff-elements/review-queue.js'),
  render: ({ division, lang, elder }) =>
    html`<wushe-review-queue
      division=${division}
      lang=${lang}
      ?elder=${elder}
    ></wushe-review-queue>`,
};
