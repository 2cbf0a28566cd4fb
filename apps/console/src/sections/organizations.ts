import { html } from 'lit';
import type { ConsoleSection } from './section.js';

/** The organizations working in the picked division: register (登记) or file (备案), edit. */
export const organizationsSection: ConsoleSection = {
  id: 'organizations',
  title: { 'zh-CN': '社会组织', 'zh-HK': '社會組織', en: 'Organizations' },
  roles: ['district_admin', 'street_staff', 'community_staff'],
  load: () => import('@wushe/staff-elements/organization-editor.js'),
  render: ({ division, lang, elder }) =>
    html`<wushe-organization-editor
      division=${division}
      lang=${lang}
      ?elder=${elder}
    ></wushe-organization-editor>`,
};
