import { html } from 'lit';
import type { ConsoleSection } from './section.js';

/** 创投征集: a street or the district opens calls, closes and ranks them, approves and funds. */
export const callDeskSection: ConsoleSection = {
  id: 'call-desk',
  title: { 'zh-CN': '创投征集', 'zh-HK': '創投徵集', en: 'Calls for proposals' },
  roles: ['district_admin', 'street_staff'],
  load: () => import('@wushe/staff-elements/call-desk.js'),
  render: ({ division, lang, elder }) =>
    html`<wushe-call-desk division=${division} lang=${lang} ?elder=${elder}></wushe-call-desk>`,
};
