import { html } from 'lit';
import type { ConsoleSection } from './section.js';

/** Staff accounts: invite, change roles, disable (a district admin; street staff for their communities). */
export const accountsSection: ConsoleSection = {
  id: 'accounts',
  title: { 'zh-CN': '工作人员账号', 'zh-HK': '工作人員帳號', en: 'Staff accounts' },
  roles: ['district_admin', 'street_staff'],
  load: () => import('@wushe/staff-elements/account-editor.js'),
  render: ({ division, lang, elder }) =>
    html`<wushe-account-editor
      division=${division}
      lang=${lang}
      ?elder=${elder}
    ></wushe-account-editor>`,
};
