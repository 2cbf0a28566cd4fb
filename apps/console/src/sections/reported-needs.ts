import { html } from 'lit';
import type { ConsoleSection } from './section.js';

/** Needs residents reported: hide them, or make them public again. */
export const reportedNeedsSection: ConsoleSection = {
  id: 'reported',
  title: { 'zh-CN': '被举报的需求', 'zh-HK': '被舉報的需求', en: 'Reported needs' },
  roles: ['district_admin', 'street_staff', 'community_staff'],
  load: () => import('@wushe/staff-elements/review-queue.js'),
  render: ({ division, lang, elder }) =>
    html`<wushe-review-queue
      kind="needs_reported"
      division=${division}
      lang=${lang}
      ?elder=${elder}
    ></wushe-review-queue>`,
};
