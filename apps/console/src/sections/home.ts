import { html } from 'lit';
import { StaffRole, valuesOf } from '@wushe/schema';
import type { ConsoleSection } from './section.js';

/** The lists the home links to: each to the section that works it. */
const LINKS = {
  needs_review: '#/review',
  needs_reported: '#/reported',
  donations_pending: '#/donations',
  follow_ups: '#/follow-ups',
  proposals_to_score: '#/proposal-scoring',
} as const;

/** Where every person lands: what waits in their work lists, with the counts. */
export const homeSection: ConsoleSection = {
  id: 'home',
  title: { 'zh-CN': '我的待办', 'zh-HK': '我的待辦', en: 'My work' },
  roles: valuesOf(StaffRole),
  withoutDivision: true,
  load: () => import('@wushe/staff-elements/queue-counts.js'),
  render: ({ lang, elder }) =>
    html`<wushe-queue-counts lang=${lang} ?elder=${elder} .links=${LINKS}></wushe-queue-counts>`,
};
