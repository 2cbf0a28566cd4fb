import { html } from 'lit';
import type { ConsoleSection } from './section.js';

/**
 * 机构工作台: an organization's side of the linkage — the needs matched to it, the open calls and
 * its proposals, its projects. An organization's member opens their own organization's desk (it
 * has no division to pick); a district admin picks an organization of the division.
 */
export const organizationDeskSection: ConsoleSection = {
  id: 'organization-desk',
  title: { 'zh-CN': '机构工作台', 'zh-HK': '機構工作台', en: 'Organization desk' },
  roles: ['org_member', 'district_admin'],
  withoutDivision: true,
  load: () => import('@wushe/staff-elements/organization-desk.js'),
  render: ({ division, lang, elder }) =>
    html`<wushe-organization-desk
      division=${division}
      lang=${lang}
      ?elder=${elder}
    ></wushe-organization-desk>`,
};
