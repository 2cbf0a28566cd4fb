import { html } from 'lit';
import type { ConsoleSection } from './section.js';

/** The pending pledges of the funds in scope: confirm with the bank reference, or mark failed. */
export const donationDeskSection: ConsoleSection = {
  id: 'donations',
  title: { 'zh-CN': '捐赠确认', 'zh-HK': '捐贈確認', en: 'Donation desk' },
  roles: ['district_admin', 'street_staff', 'community_staff'],
  load: () => import('@wushe/staff-elements/donation-desk.js'),
  render: ({ division, lang, elder }) =>
    html`<wushe-donation-desk
      division=${division}
      lang=${lang}
      ?elder=${elder}
    ></wushe-donation-desk>`,
};
