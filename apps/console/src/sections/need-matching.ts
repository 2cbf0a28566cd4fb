import { html } from 'lit';
import type { ConsoleSection } from './section.js';

/** 供需对接: the open needs of the picked division matched to resources of the 资源清单. */
export const needMatchingSection: ConsoleSection = {
  id: 'need-matching',
  title: { 'zh-CN': '供需对接', 'zh-HK': '供需對接', en: 'Matching' },
  roles: ['district_admin', 'street_staff', 'community_staff'],
  load: () => import('@wushe/staff-elements/need-matcher.js'),
  render: ({ division, lang, elder }) =>
    html`<wushe-need-matcher
      division=${division}
      lang=${lang}
      ?elder=${elder}
    ></wushe-need-matcher>`,
};
