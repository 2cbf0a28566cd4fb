import { html } from 'lit';
import type { ConsoleSection } from './section.js';

/** The charity funds of the picked division: create, edit, the Charity-Law checklist. */
export const fundsSection: ConsoleSection = {
  id: 'funds',
  title: { 'zh-CN': '慈善基金', 'zh-HK': '慈善基金', en: 'Charity funds' },
  // Those who may edit funds (`listStaffFunds`, `createFund`, `updateFund`).
  roles: ['district_admin', 'street_staff'],
  load: () => import('@wushe/staff-elements/fund-editor.js'),
  render: ({ division, lang, elder }) =>
    html`<wushe-fund-editor division=${division} lang=${lang} ?elder=${elder}></wushe-fund-editor>`,
};
