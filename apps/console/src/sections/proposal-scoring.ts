import { html } from 'lit';
import type { ConsoleSection } from './section.js';

/** 创投评审: a reviewer scores the proposals of the calls they are assigned to. */
export const proposalScoringSection: ConsoleSection = {
  id: 'proposal-scoring',
  title: { 'zh-CN': '创投评审', 'zh-HK': '創投評審', en: 'Scoring proposals' },
  roles: ['reviewer'],
  // A reviewer's scope is a call, not a division: the list is the calls they review.
  withoutDivision: true,
  load: () => import('@wushe/staff-elements/proposal-scoring.js'),
  render: ({ lang, elder }) =>
    html`<wushe-proposal-scoring lang=${lang} ?elder=${elder}></wushe-proposal-scoring>`,
};
